# GENERATED from ui/unlock_screen.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_UnlockScreen(object):
    def setupUi(self, UnlockScreen):
        if not UnlockScreen.objectName():
            UnlockScreen.setObjectName(u"UnlockScreen")
        UnlockScreen.setWindowTitle(u"Briefer")
        UnlockScreen.setAutoFillBackground(True)
        self.outer = QVBoxLayout(UnlockScreen)
        self.outer.setObjectName(u"outer")
        self.top_space = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.top_space)

        self.panel = QFrame(UnlockScreen)
        self.panel.setObjectName(u"panel")
        self.panel.setMinimumSize(QSize(440, 0))
        self.panel.setMaximumSize(QSize(440, 16777215))
        self.panel_layout = QVBoxLayout(self.panel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.title = QLabel(self.panel)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 16pt; font-weight: 600;")
        self.title.setAlignment(Qt.AlignCenter)

        self.panel_layout.addWidget(self.title)

        self.explanation = QLabel(self.panel)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setText(u"")
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignCenter)

        self.panel_layout.addWidget(self.explanation)

        self.passphrase_label = QLabel(self.panel)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.panel_layout.addWidget(self.passphrase_label)

        self.passphrase = QLineEdit(self.panel)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.passphrase.setInputMethodHints(Qt.ImhHiddenText|Qt.ImhNoAutoUppercase|Qt.ImhNoPredictiveText|Qt.ImhSensitiveData)

        self.panel_layout.addWidget(self.passphrase)

        self.error_label = QLabel(self.panel)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"tone", u"error")

        self.panel_layout.addWidget(self.error_label)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.button_space = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.button_space)

        self.quit_button = QPushButton(self.panel)
        self.quit_button.setObjectName(u"quit_button")
        self.quit_button.setAutoDefault(False)

        self.buttons.addWidget(self.quit_button)

        self.unlock_button = QPushButton(self.panel)
        self.unlock_button.setObjectName(u"unlock_button")

        self.buttons.addWidget(self.unlock_button)


        self.panel_layout.addLayout(self.buttons)


        self.outer.addWidget(self.panel, 0, Qt.AlignHCenter)

        self.bottom_space = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottom_space)

#if QT_CONFIG(shortcut)
        self.passphrase_label.setBuddy(self.passphrase)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UnlockScreen)

        self.unlock_button.setDefault(True)


        QMetaObject.connectSlotsByName(UnlockScreen)
    # setupUi

    def retranslateUi(self, UnlockScreen):
        self.title.setText(QCoreApplication.translate("UnlockScreen", u"Briefer is locked", None))
        self.passphrase_label.setText(QCoreApplication.translate("UnlockScreen", u"&Passphrase", None))
        self.quit_button.setText(QCoreApplication.translate("UnlockScreen", u"&Quit", None))
        self.unlock_button.setText(QCoreApplication.translate("UnlockScreen", u"&Unlock", None))
        pass
    # retranslateUi

