# GENERATED from ui/history_dialog.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_HistoryDialog(object):
    def setupUi(self, HistoryDialog):
        if not HistoryDialog.objectName():
            HistoryDialog.setObjectName(u"HistoryDialog")
        HistoryDialog.resize(860, 520)
        self.layout = QVBoxLayout(HistoryDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(HistoryDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.layout.addWidget(self.heading)

        self.splitter = QSplitter(HistoryDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.revisions = QTableView(self.splitter)
        self.revisions.setObjectName(u"revisions")
        self.revisions.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.revisions.setSelectionMode(QAbstractItemView.SingleSelection)
        self.revisions.setAlternatingRowColors(True)
        self.revisions.setSortingEnabled(True)
        self.revisions.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.revisions.setWordWrap(False)
        self.splitter.addWidget(self.revisions)
        self.preview = QPlainTextEdit(self.splitter)
        self.preview.setObjectName(u"preview")
        self.preview.setReadOnly(True)
        self.splitter.addWidget(self.preview)

        self.layout.addWidget(self.splitter)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.sp = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.sp)

        self.earlier_button = QPushButton(HistoryDialog)
        self.earlier_button.setObjectName(u"earlier_button")

        self.buttons.addWidget(self.earlier_button)

        self.restore_button = QPushButton(HistoryDialog)
        self.restore_button.setObjectName(u"restore_button")

        self.buttons.addWidget(self.restore_button)

        self.close_button = QPushButton(HistoryDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons.addWidget(self.close_button)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(HistoryDialog)

        self.close_button.setDefault(True)


        QMetaObject.connectSlotsByName(HistoryDialog)
    # setupUi

    def retranslateUi(self, HistoryDialog):
        HistoryDialog.setWindowTitle(QCoreApplication.translate("HistoryDialog", u"History", None))
        self.heading.setText(QCoreApplication.translate("HistoryDialog", u"History", None))
#if QT_CONFIG(accessibility)
        self.revisions.setAccessibleName(QCoreApplication.translate("HistoryDialog", u"Revisions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.preview.setAccessibleName(QCoreApplication.translate("HistoryDialog", u"The chosen revision", None))
#endif // QT_CONFIG(accessibility)
        self.earlier_button.setText(QCoreApplication.translate("HistoryDialog", u"At &earlier conferences\u2026", None))
        self.restore_button.setText(QCoreApplication.translate("HistoryDialog", u"&Restore this version", None))
        self.close_button.setText(QCoreApplication.translate("HistoryDialog", u"Close", None))
    # retranslateUi

