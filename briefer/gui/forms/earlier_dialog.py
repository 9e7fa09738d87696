# GENERATED from ui/earlier_dialog.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'earlier_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_EarlierDialog(object):
    def setupUi(self, EarlierDialog):
        if not EarlierDialog.objectName():
            EarlierDialog.setObjectName(u"EarlierDialog")
        EarlierDialog.setMinimumSize(QSize(560, 420))
        self.layout = QVBoxLayout(EarlierDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(EarlierDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 14pt; font-weight: 600;")
        self.heading.setWordWrap(True)

        self.layout.addWidget(self.heading)

        self.report = QTextBrowser(EarlierDialog)
        self.report.setObjectName(u"report")
        self.report.setOpenLinks(False)

        self.layout.addWidget(self.report)

        self.unlock_row = QHBoxLayout()
        self.unlock_row.setObjectName(u"unlock_row")
        self.passphrase_label = QLabel(EarlierDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.unlock_row.addWidget(self.passphrase_label)

        self.passphrase = QLineEdit(EarlierDialog)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.Password)

        self.unlock_row.addWidget(self.passphrase)

        self.unlock_button = QPushButton(EarlierDialog)
        self.unlock_button.setObjectName(u"unlock_button")

        self.unlock_row.addWidget(self.unlock_button)


        self.layout.addLayout(self.unlock_row)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.add_button = QPushButton(EarlierDialog)
        self.add_button.setObjectName(u"add_button")

        self.buttons_row.addWidget(self.add_button)

        self.buttons_sp = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_sp)

        self.close_button = QPushButton(EarlierDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_row.addWidget(self.close_button)


        self.layout.addLayout(self.buttons_row)

#if QT_CONFIG(shortcut)
        self.passphrase_label.setBuddy(self.passphrase)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EarlierDialog)

        self.close_button.setDefault(True)


        QMetaObject.connectSlotsByName(EarlierDialog)
    # setupUi

    def retranslateUi(self, EarlierDialog):
        EarlierDialog.setWindowTitle(QCoreApplication.translate("EarlierDialog", u"At earlier conferences", None))
        self.passphrase_label.setText(QCoreApplication.translate("EarlierDialog", u"&Passphrase of a locked conference:", None))
        self.unlock_button.setText(QCoreApplication.translate("EarlierDialog", u"&Unlock", None))
        self.add_button.setText(QCoreApplication.translate("EarlierDialog", u"&Add an earlier conference\u2026", None))
        self.close_button.setText(QCoreApplication.translate("EarlierDialog", u"Close", None))
    # retranslateUi

