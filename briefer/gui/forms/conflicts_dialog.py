# GENERATED from ui/conflicts_dialog.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflicts_dialog.ui'
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
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QVBoxLayout,
    QWidget)

class Ui_ConflictsDialog(object):
    def setupUi(self, ConflictsDialog):
        if not ConflictsDialog.objectName():
            ConflictsDialog.setObjectName(u"ConflictsDialog")
        ConflictsDialog.resize(980, 600)
        self.layout = QVBoxLayout(ConflictsDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(ConflictsDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.layout.addWidget(self.heading)

        self.explanation = QLabel(ConflictsDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.splitter = QSplitter(ConflictsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.conflict_list = QListWidget(self.splitter)
        self.conflict_list.setObjectName(u"conflict_list")
        self.splitter.addWidget(self.conflict_list)
        self.sides = QWidget(self.splitter)
        self.sides.setObjectName(u"sides")
        self.sides_layout = QHBoxLayout(self.sides)
        self.sides_layout.setObjectName(u"sides_layout")
        self.sides_layout.setContentsMargins(0, 0, 0, 0)
        self.mine_layout = QVBoxLayout()
        self.mine_layout.setObjectName(u"mine_layout")
        self.mine_label = QLabel(self.sides)
        self.mine_label.setObjectName(u"mine_label")

        self.mine_layout.addWidget(self.mine_label)

        self.mine_text = QPlainTextEdit(self.sides)
        self.mine_text.setObjectName(u"mine_text")
        self.mine_text.setReadOnly(True)

        self.mine_layout.addWidget(self.mine_text)


        self.sides_layout.addLayout(self.mine_layout)

        self.theirs_layout = QVBoxLayout()
        self.theirs_layout.setObjectName(u"theirs_layout")
        self.theirs_label = QLabel(self.sides)
        self.theirs_label.setObjectName(u"theirs_label")

        self.theirs_layout.addWidget(self.theirs_label)

        self.theirs_text = QPlainTextEdit(self.sides)
        self.theirs_text.setObjectName(u"theirs_text")
        self.theirs_text.setReadOnly(True)

        self.theirs_layout.addWidget(self.theirs_text)


        self.sides_layout.addLayout(self.theirs_layout)

        self.splitter.addWidget(self.sides)

        self.layout.addWidget(self.splitter)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.keep_mine_button = QPushButton(ConflictsDialog)
        self.keep_mine_button.setObjectName(u"keep_mine_button")

        self.buttons.addWidget(self.keep_mine_button)

        self.keep_theirs_button = QPushButton(ConflictsDialog)
        self.keep_theirs_button.setObjectName(u"keep_theirs_button")

        self.buttons.addWidget(self.keep_theirs_button)

        self.merge_button = QPushButton(ConflictsDialog)
        self.merge_button.setObjectName(u"merge_button")

        self.buttons.addWidget(self.merge_button)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.close_button = QPushButton(ConflictsDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons.addWidget(self.close_button)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(ConflictsDialog)

        QMetaObject.connectSlotsByName(ConflictsDialog)
    # setupUi

    def retranslateUi(self, ConflictsDialog):
        ConflictsDialog.setWindowTitle(QCoreApplication.translate("ConflictsDialog", u"Conflicts", None))
        self.heading.setText(QCoreApplication.translate("ConflictsDialog", u"Conflicts", None))
        self.explanation.setText(QCoreApplication.translate("ConflictsDialog", u"These records were changed on this laptop and on another one since they last exchanged. This laptop's version is the current one; the other is kept until you choose.", None))
#if QT_CONFIG(accessibility)
        self.conflict_list.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"Records in conflict", None))
#endif // QT_CONFIG(accessibility)
        self.mine_label.setText(QCoreApplication.translate("ConflictsDialog", u"This laptop (current)", None))
        self.theirs_label.setText(QCoreApplication.translate("ConflictsDialog", u"The other laptop", None))
        self.keep_mine_button.setText(QCoreApplication.translate("ConflictsDialog", u"Keep &mine", None))
        self.keep_theirs_button.setText(QCoreApplication.translate("ConflictsDialog", u"Keep &theirs", None))
        self.merge_button.setText(QCoreApplication.translate("ConflictsDialog", u"Me&rge both", None))
        self.close_button.setText(QCoreApplication.translate("ConflictsDialog", u"Close", None))
    # retranslateUi

