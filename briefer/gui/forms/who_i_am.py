# GENERATED from ui/who_i_am.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'who_i_am.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_WhoIAmDialog(object):
    def setupUi(self, WhoIAmDialog):
        if not WhoIAmDialog.objectName():
            WhoIAmDialog.setObjectName(u"WhoIAmDialog")
        WhoIAmDialog.setMinimumSize(QSize(480, 0))
        self.layout = QVBoxLayout(WhoIAmDialog)
        self.layout.setObjectName(u"layout")
        self.explanation = QLabel(WhoIAmDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.person_label = QLabel(WhoIAmDialog)
        self.person_label.setObjectName(u"person_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.person_label)

        self.person = QComboBox(WhoIAmDialog)
        self.person.setObjectName(u"person")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person)


        self.layout.addLayout(self.form)

        self.empty_label = QLabel(WhoIAmDialog)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)

        self.layout.addWidget(self.empty_label)

        self.buttons = QDialogButtonBox(WhoIAmDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.person_label.setBuddy(self.person)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WhoIAmDialog)

        QMetaObject.connectSlotsByName(WhoIAmDialog)
    # setupUi

    def retranslateUi(self, WhoIAmDialog):
        WhoIAmDialog.setWindowTitle(QCoreApplication.translate("WhoIAmDialog", u"Who I am", None))
        self.explanation.setText(QCoreApplication.translate("WhoIAmDialog", u"Choose who you are in the delegation. Your notes, the history of your changes and the actions you own then carry your name, not the computer's login name.", None))
        self.person_label.setText(QCoreApplication.translate("WhoIAmDialog", u"&I am:", None))
        self.empty_label.setText(QCoreApplication.translate("WhoIAmDialog", u"Nobody is in the delegation yet. Add yourself under People (Delegations), then choose yourself here.", None))
    # retranslateUi

