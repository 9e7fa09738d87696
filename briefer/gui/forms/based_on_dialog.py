# GENERATED from ui/based_on_dialog.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'based_on_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_BasedOnDialog(object):
    def setupUi(self, BasedOnDialog):
        if not BasedOnDialog.objectName():
            BasedOnDialog.setObjectName(u"BasedOnDialog")
        BasedOnDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(BasedOnDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(BasedOnDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.folder_row = QHBoxLayout()
        self.folder_row.setObjectName(u"folder_row")
        self.folder_label = QLabel(BasedOnDialog)
        self.folder_label.setObjectName(u"folder_label")

        self.folder_row.addWidget(self.folder_label)

        self.folder = QLineEdit(BasedOnDialog)
        self.folder.setObjectName(u"folder")

        self.folder_row.addWidget(self.folder)

        self.browse_button = QPushButton(BasedOnDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.folder_row.addWidget(self.browse_button)


        self.layout.addLayout(self.folder_row)

        self.passphrase_row = QHBoxLayout()
        self.passphrase_row.setObjectName(u"passphrase_row")
        self.passphrase_label = QLabel(BasedOnDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.passphrase_row.addWidget(self.passphrase_label)

        self.passphrase = QLineEdit(BasedOnDialog)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.Password)

        self.passphrase_row.addWidget(self.passphrase)


        self.layout.addLayout(self.passphrase_row)

        self.bring_box = QGroupBox(BasedOnDialog)
        self.bring_box.setObjectName(u"bring_box")
        self.bring_layout = QVBoxLayout(self.bring_box)
        self.bring_layout.setObjectName(u"bring_layout")
        self.bring_briefs = QCheckBox(self.bring_box)
        self.bring_briefs.setObjectName(u"bring_briefs")
        self.bring_briefs.setChecked(True)

        self.bring_layout.addWidget(self.bring_briefs)

        self.bring_organisations = QCheckBox(self.bring_box)
        self.bring_organisations.setObjectName(u"bring_organisations")
        self.bring_organisations.setChecked(True)

        self.bring_layout.addWidget(self.bring_organisations)

        self.bring_people = QCheckBox(self.bring_box)
        self.bring_people.setObjectName(u"bring_people")
        self.bring_people.setChecked(True)

        self.bring_layout.addWidget(self.bring_people)

        self.bring_rooms = QCheckBox(self.bring_box)
        self.bring_rooms.setObjectName(u"bring_rooms")
        self.bring_rooms.setChecked(False)

        self.bring_layout.addWidget(self.bring_rooms)

        self.bring_topics = QCheckBox(self.bring_box)
        self.bring_topics.setObjectName(u"bring_topics")
        self.bring_topics.setChecked(True)

        self.bring_layout.addWidget(self.bring_topics)


        self.layout.addWidget(self.bring_box)

        self.problem = QLabel(BasedOnDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setProperty(u"tone", u"error")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(BasedOnDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.folder_label.setBuddy(self.folder)
        self.passphrase_label.setBuddy(self.passphrase)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BasedOnDialog)

        QMetaObject.connectSlotsByName(BasedOnDialog)
    # setupUi

    def retranslateUi(self, BasedOnDialog):
        BasedOnDialog.setWindowTitle(QCoreApplication.translate("BasedOnDialog", u"Based on an earlier conference", None))
        self.intro.setText(QCoreApplication.translate("BasedOnDialog", u"Choose the data folder of the earlier conference and what comes along. The earlier conference is only read, never changed. Meetings, notes and actions stay with it; carried briefs start as drafts.", None))
        self.folder_label.setText(QCoreApplication.translate("BasedOnDialog", u"Earlier &conference folder:", None))
        self.browse_button.setText(QCoreApplication.translate("BasedOnDialog", u"Bro&wse\u2026", None))
        self.passphrase_label.setText(QCoreApplication.translate("BasedOnDialog", u"Its &passphrase:", None))
        self.bring_box.setTitle(QCoreApplication.translate("BasedOnDialog", u"What comes along", None))
        self.bring_briefs.setText(QCoreApplication.translate("BasedOnDialog", u"Country &briefs (as drafts, with their history)", None))
        self.bring_organisations.setText(QCoreApplication.translate("BasedOnDialog", u"&Organisations", None))
        self.bring_people.setText(QCoreApplication.translate("BasedOnDialog", u"P&eople", None))
        self.bring_rooms.setText(QCoreApplication.translate("BasedOnDialog", u"&Rooms", None))
        self.bring_topics.setText(QCoreApplication.translate("BasedOnDialog", u"&Topic profile", None))
    # retranslateUi

