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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

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
        self.when_label.setProperty(u"tone", u"muted")
        self.when_label.setWordWrap(True)

        self.layout.addWidget(self.when_label)

        self.next_box = QFrame(TodayView)
        self.next_box.setObjectName(u"next_box")
        self.next_box.setFrameShape(QFrame.StyledPanel)
        self.next_layout = QGridLayout(self.next_box)
        self.next_layout.setObjectName(u"next_layout")
        self.now_caption = QLabel(self.next_box)
        self.now_caption.setObjectName(u"now_caption")
        self.now_caption.setStyleSheet(u"font-weight: 600;")
        self.now_caption.setProperty(u"tone", u"muted")

        self.next_layout.addWidget(self.now_caption, 0, 0, 1, 1)

        self.now_text = QLabel(self.next_box)
        self.now_text.setObjectName(u"now_text")
        self.now_text.setText(u"")
        self.now_text.setWordWrap(True)
        self.now_text.setTextFormat(Qt.PlainText)

        self.next_layout.addWidget(self.now_text, 0, 1, 1, 1)

        self.next_caption = QLabel(self.next_box)
        self.next_caption.setObjectName(u"next_caption")
        self.next_caption.setStyleSheet(u"font-weight: 600;")
        self.next_caption.setProperty(u"tone", u"muted")

        self.next_layout.addWidget(self.next_caption, 1, 0, 1, 1)

        self.next_title = QLabel(self.next_box)
        self.next_title.setObjectName(u"next_title")
        self.next_title.setText(u"")
        self.next_title.setWordWrap(True)
        self.next_title.setTextFormat(Qt.PlainText)
        self.next_title.setStyleSheet(u"font-size: 13pt; font-weight: 600;")

        self.next_layout.addWidget(self.next_title, 1, 1, 1, 1)

        self.countdown = QLabel(self.next_box)
        self.countdown.setObjectName(u"countdown")
        self.countdown.setText(u"")
        self.countdown.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.countdown.setStyleSheet(u"font-size: 16pt; font-weight: 600;")
        self.countdown.setProperty(u"tone", u"accent")

        self.next_layout.addWidget(self.countdown, 1, 2, 2, 1)

        self.next_details = QLabel(self.next_box)
        self.next_details.setObjectName(u"next_details")
        self.next_details.setText(u"")
        self.next_details.setWordWrap(True)
        self.next_details.setTextFormat(Qt.PlainText)

        self.next_layout.addWidget(self.next_details, 2, 1, 1, 1)

        self.next_objective = QLabel(self.next_box)
        self.next_objective.setObjectName(u"next_objective")
        self.next_objective.setText(u"")
        self.next_objective.setWordWrap(True)
        self.next_objective.setTextFormat(Qt.PlainText)
        self.next_objective.setStyleSheet(u"font-style: italic;")

        self.next_layout.addWidget(self.next_objective, 3, 1, 1, 2)

        self.target_label = QLabel(self.next_box)
        self.target_label.setObjectName(u"target_label")
        self.target_label.setText(u"")
        self.target_label.setWordWrap(True)
        self.target_label.setTextFormat(Qt.PlainText)
        self.target_label.setProperty(u"tone", u"muted")

        self.next_layout.addWidget(self.target_label, 4, 0, 1, 3)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.brief_button = QPushButton(self.next_box)
        self.brief_button.setObjectName(u"brief_button")

        self.button_row.addWidget(self.brief_button)

        self.print_button = QPushButton(self.next_box)
        self.print_button.setObjectName(u"print_button")

        self.button_row.addWidget(self.print_button)

        self.meeting_mode_button = QPushButton(self.next_box)
        self.meeting_mode_button.setObjectName(u"meeting_mode_button")

        self.button_row.addWidget(self.meeting_mode_button)


        self.next_layout.addLayout(self.button_row, 5, 0, 1, 3)

        self.next_layout.setColumnStretch(1, 1)

        self.layout.addWidget(self.next_box)

        self.conflicts_label = QLabel(TodayView)
        self.conflicts_label.setObjectName(u"conflicts_label")
        self.conflicts_label.setText(u"")
        self.conflicts_label.setWordWrap(True)
        self.conflicts_label.setTextFormat(Qt.PlainText)
        self.conflicts_label.setProperty(u"tone", u"banner")

        self.layout.addWidget(self.conflicts_label)

        self.items = QTableView(TodayView)
        self.items.setObjectName(u"items")
        self.items.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.SingleSelection)
        self.items.setAlternatingRowColors(True)
        self.items.setSortingEnabled(True)
        self.items.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.items.setWordWrap(False)

        self.layout.addWidget(self.items)

#if QT_CONFIG(shortcut)
        self.principal_label.setBuddy(self.principal_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TodayView)

        QMetaObject.connectSlotsByName(TodayView)
    # setupUi

    def retranslateUi(self, TodayView):
        TodayView.setWindowTitle(QCoreApplication.translate("TodayView", u"Today", None))
        self.heading.setText(QCoreApplication.translate("TodayView", u"Today", None))
        self.principal_label.setText(QCoreApplication.translate("TodayView", u"F&or:", None))
        self.now_caption.setText(QCoreApplication.translate("TodayView", u"Now", None))
        self.next_caption.setText(QCoreApplication.translate("TodayView", u"Next", None))
        self.brief_button.setText(QCoreApplication.translate("TodayView", u"Open the meeting &brief", None))
        self.print_button.setText(QCoreApplication.translate("TodayView", u"&Print the one-page brief\u2026", None))
        self.meeting_mode_button.setText(QCoreApplication.translate("TodayView", u"&Meeting mode", None))
#if QT_CONFIG(accessibility)
        self.items.setAccessibleName(QCoreApplication.translate("TodayView", u"Programme for the day", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

