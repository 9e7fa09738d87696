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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateTimeEdit,
    QFrame, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QTableView, QTextBrowser, QVBoxLayout,
    QWidget)

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

        self.scroll = QScrollArea(TodayView)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.body = QWidget()
        self.body.setObjectName(u"body")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setObjectName(u"body_layout")
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.when_label = QLabel(self.body)
        self.when_label.setObjectName(u"when_label")
        self.when_label.setText(u"")
        self.when_label.setProperty(u"tone", u"muted")
        self.when_label.setWordWrap(True)

        self.body_layout.addWidget(self.when_label)

        self.rehearse_box = QFrame(self.body)
        self.rehearse_box.setObjectName(u"rehearse_box")
        self.rehearse_box.setFrameShape(QFrame.StyledPanel)
        self.rehearse_layout = QHBoxLayout(self.rehearse_box)
        self.rehearse_layout.setObjectName(u"rehearse_layout")
        self.rehearse_text = QLabel(self.rehearse_box)
        self.rehearse_text.setObjectName(u"rehearse_text")
        self.rehearse_text.setText(u"")
        self.rehearse_text.setWordWrap(True)
        self.rehearse_text.setTextFormat(Qt.PlainText)

        self.rehearse_layout.addWidget(self.rehearse_text)

        self.rehearse_at = QDateTimeEdit(self.rehearse_box)
        self.rehearse_at.setObjectName(u"rehearse_at")
        self.rehearse_at.setCalendarPopup(True)

        self.rehearse_layout.addWidget(self.rehearse_at)

        self.rehearse_button = QPushButton(self.rehearse_box)
        self.rehearse_button.setObjectName(u"rehearse_button")

        self.rehearse_layout.addWidget(self.rehearse_button)

        self.real_time_button = QPushButton(self.rehearse_box)
        self.real_time_button.setObjectName(u"real_time_button")

        self.rehearse_layout.addWidget(self.real_time_button)


        self.body_layout.addWidget(self.rehearse_box)

        self.empty_box = QFrame(self.body)
        self.empty_box.setObjectName(u"empty_box")
        self.empty_box.setFrameShape(QFrame.StyledPanel)
        self.empty_layout = QHBoxLayout(self.empty_box)
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_text = QLabel(self.empty_box)
        self.empty_text.setObjectName(u"empty_text")
        self.empty_text.setText(u"")
        self.empty_text.setWordWrap(True)
        self.empty_text.setTextFormat(Qt.PlainText)

        self.empty_layout.addWidget(self.empty_text)

        self.empty_button = QPushButton(self.empty_box)
        self.empty_button.setObjectName(u"empty_button")
        self.empty_button.setText(u"")

        self.empty_layout.addWidget(self.empty_button)


        self.body_layout.addWidget(self.empty_box)

        self.card = QFrame(self.body)
        self.card.setObjectName(u"card")
        self.card.setFrameShape(QFrame.StyledPanel)
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setObjectName(u"card_layout")
        self.card_caption = QLabel(self.card)
        self.card_caption.setObjectName(u"card_caption")
        self.card_caption.setText(u"")
        self.card_caption.setStyleSheet(u"font-weight: 600;")
        self.card_caption.setProperty(u"tone", u"accent")

        self.card_layout.addWidget(self.card_caption)

        self.card_title = QLabel(self.card)
        self.card_title.setObjectName(u"card_title")
        self.card_title.setText(u"")
        self.card_title.setWordWrap(True)
        self.card_title.setTextFormat(Qt.PlainText)
        self.card_title.setStyleSheet(u"font-size: 20pt; font-weight: 600;")

        self.card_layout.addWidget(self.card_title)

        self.card_when = QLabel(self.card)
        self.card_when.setObjectName(u"card_when")
        self.card_when.setText(u"")
        self.card_when.setWordWrap(True)
        self.card_when.setTextFormat(Qt.PlainText)
        self.card_when.setStyleSheet(u"font-size: 13pt;")

        self.card_layout.addWidget(self.card_when)

        self.card_walk = QLabel(self.card)
        self.card_walk.setObjectName(u"card_walk")
        self.card_walk.setText(u"")
        self.card_walk.setWordWrap(True)
        self.card_walk.setTextFormat(Qt.PlainText)

        self.card_layout.addWidget(self.card_walk)

        self.card_point = QLabel(self.card)
        self.card_point.setObjectName(u"card_point")
        self.card_point.setText(u"")
        self.card_point.setWordWrap(True)
        self.card_point.setTextFormat(Qt.PlainText)
        self.card_point.setStyleSheet(u"font-size: 13pt; font-weight: 600;")

        self.card_layout.addWidget(self.card_point)

        self.card_brief = QTextBrowser(self.card)
        self.card_brief.setObjectName(u"card_brief")
        self.card_brief.setMinimumSize(QSize(0, 240))
        self.card_brief.setOpenLinks(False)
        self.card_brief.setFrameShape(QFrame.NoFrame)

        self.card_layout.addWidget(self.card_brief)


        self.body_layout.addWidget(self.card)

        self.next_box = QFrame(self.body)
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

        self.body_layout.addWidget(self.next_box)

        self.conflicts_label = QLabel(self.body)
        self.conflicts_label.setObjectName(u"conflicts_label")
        self.conflicts_label.setText(u"")
        self.conflicts_label.setWordWrap(True)
        self.conflicts_label.setTextFormat(Qt.PlainText)
        self.conflicts_label.setProperty(u"tone", u"banner")

        self.body_layout.addWidget(self.conflicts_label)

        self.items = QTableView(self.body)
        self.items.setObjectName(u"items")
        self.items.setMinimumSize(QSize(0, 160))
        self.items.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.SingleSelection)
        self.items.setAlternatingRowColors(True)
        self.items.setSortingEnabled(True)
        self.items.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.items.setWordWrap(False)

        self.body_layout.addWidget(self.items)

        self.scroll.setWidget(self.body)

        self.layout.addWidget(self.scroll)

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
#if QT_CONFIG(accessibility)
        self.rehearse_at.setAccessibleName(QCoreApplication.translate("TodayView", u"Moment to rehearse", None))
#endif // QT_CONFIG(accessibility)
        self.rehearse_button.setText(QCoreApplication.translate("TodayView", u"&Rehearse this moment", None))
#if QT_CONFIG(tooltip)
        self.rehearse_button.setToolTip(QCoreApplication.translate("TodayView", u"Set the app's clock to this moment, to walk through the day before it happens", None))
#endif // QT_CONFIG(tooltip)
        self.real_time_button.setText(QCoreApplication.translate("TodayView", u"Back to the real &time", None))
#if QT_CONFIG(accessibility)
        self.card.setAccessibleName(QCoreApplication.translate("TodayView", u"Pocket card", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.card_brief.setAccessibleName(QCoreApplication.translate("TodayView", u"One-page brief", None))
#endif // QT_CONFIG(accessibility)
        self.now_caption.setText(QCoreApplication.translate("TodayView", u"Now", None))
        self.next_caption.setText(QCoreApplication.translate("TodayView", u"Next", None))
        self.brief_button.setText(QCoreApplication.translate("TodayView", u"Open the meeting &brief", None))
        self.print_button.setText(QCoreApplication.translate("TodayView", u"&Print the one-page brief\u2026", None))
        self.meeting_mode_button.setText(QCoreApplication.translate("TodayView", u"&Meeting mode", None))
#if QT_CONFIG(accessibility)
        self.items.setAccessibleName(QCoreApplication.translate("TodayView", u"Programme for the day", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

