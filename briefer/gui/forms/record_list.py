# GENERATED from ui/record_list.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_list.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSplitter, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_RecordList(object):
    def setupUi(self, RecordList):
        if not RecordList.objectName():
            RecordList.setObjectName(u"RecordList")
        self.layout = QVBoxLayout(RecordList)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.top_row = QHBoxLayout()
        self.top_row.setObjectName(u"top_row")
        self.filter_edit = QLineEdit(RecordList)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.top_row.addWidget(self.filter_edit)

        self.new_button = QPushButton(RecordList)
        self.new_button.setObjectName(u"new_button")

        self.top_row.addWidget(self.new_button)

        self.delete_button = QPushButton(RecordList)
        self.delete_button.setObjectName(u"delete_button")

        self.top_row.addWidget(self.delete_button)


        self.layout.addLayout(self.top_row)

        self.splitter = QSplitter(RecordList)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(False)
        self.splitter.addWidget(self.table)
        self.detail = QStackedWidget(self.splitter)
        self.detail.setObjectName(u"detail")
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_layout = QVBoxLayout(self.empty_page)
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_label = QLabel(self.empty_page)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setProperty(u"tone", u"muted")
        self.empty_label.setWordWrap(True)

        self.empty_layout.addWidget(self.empty_label)

        self.detail.addWidget(self.empty_page)
        self.splitter.addWidget(self.detail)

        self.layout.addWidget(self.splitter)

        self.count_label = QLabel(RecordList)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")
        self.count_label.setProperty(u"tone", u"muted")

        self.layout.addWidget(self.count_label)


        self.retranslateUi(RecordList)

        QMetaObject.connectSlotsByName(RecordList)
    # setupUi

    def retranslateUi(self, RecordList):
        RecordList.setWindowTitle(QCoreApplication.translate("RecordList", u"List", None))
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("RecordList", u"Filter this list\u2026", None))
        self.new_button.setText(QCoreApplication.translate("RecordList", u"&New", None))
        self.delete_button.setText(QCoreApplication.translate("RecordList", u"Delete", None))
        self.empty_label.setText(QCoreApplication.translate("RecordList", u"Select an item in the list, or create a new one.", None))
    # retranslateUi

