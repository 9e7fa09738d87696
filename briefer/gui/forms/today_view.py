# GENERATED from ui/today_view.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'today_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_TodayView(object):
    def setupUi(self, TodayView):
        if not TodayView.objectName():
            TodayView.setObjectName(u"TodayView")
        self.layout = QVBoxLayout(TodayView)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(TodayView)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.layout.addWidget(self.heading)

        self.top_row = QHBoxLayout()
        self.top_row.setObjectName(u"top_row")
        self.principal_label = QLabel(TodayView)
        self.principal_label.setObjectName(u"principal_label")

        self.top_row.addWidget(self.principal_label)

        self.principal_combo = QComboBox(TodayView)
        self.principal_combo.setObjectName(u"principal_combo")
        self.principal_combo.setMinimumSize(QSize(320, 0))

        self.top_row.addWidget(self.principal_combo)

        self.sp = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top_row.addItem(self.sp)


        self.layout.addLayout(self.top_row)

        self.when_label = QLabel(TodayView)
        self.when_label.setObjectName(u"when_label")
        self.when_label.setText(u"")
        self.when_label.setStyleSheet(u"color: #444;")
        self.when_label.setWordWrap(True)

        self.layout.addWidget(self.when_label)

        self.items = QTableView(TodayView)
        self.items.setObjectName(u"items")
        self.items.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.SingleSelection)
        self.items.setAlternatingRowColors(True)
        self.items.setSortingEnabled(True)
        self.items.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.items.setWordWrap(False)

        self.layout.addWidget(self.items)


        self.retranslateUi(TodayView)

        QMetaObject.connectSlotsByName(TodayView)
    # setupUi

    def retranslateUi(self, TodayView):
        TodayView.setWindowTitle(QCoreApplication.translate("TodayView", u"Today", None))
        self.heading.setText(QCoreApplication.translate("TodayView", u"Today", None))
        self.principal_label.setText(QCoreApplication.translate("TodayView", u"For:", None))
    # retranslateUi

