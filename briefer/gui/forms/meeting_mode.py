# GENERATED from ui/meeting_mode.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_mode.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_MeetingMode(object):
    def setupUi(self, MeetingMode):
        if not MeetingMode.objectName():
            MeetingMode.setObjectName(u"MeetingMode")
        MeetingMode.resize(1200, 780)
        self.layout = QVBoxLayout(MeetingMode)
        self.layout.setObjectName(u"layout")
        self.top_row = QHBoxLayout()
        self.top_row.setObjectName(u"top_row")
        self.heading = QLabel(MeetingMode)
        self.heading.setObjectName(u"heading")
        self.heading.setText(u"")
        self.heading.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.top_row.addWidget(self.heading)

        self.top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top_row.addItem(self.top_spacer)

        self.status_label = QLabel(MeetingMode)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")

        self.top_row.addWidget(self.status_label)

        self.print_button = QPushButton(MeetingMode)
        self.print_button.setObjectName(u"print_button")

        self.top_row.addWidget(self.print_button)

        self.held_button = QPushButton(MeetingMode)
        self.held_button.setObjectName(u"held_button")

        self.top_row.addWidget(self.held_button)


        self.layout.addLayout(self.top_row)

        self.when_label = QLabel(MeetingMode)
        self.when_label.setObjectName(u"when_label")
        self.when_label.setText(u"")
        self.when_label.setProperty(u"tone", u"muted")
        self.when_label.setWordWrap(True)

        self.layout.addWidget(self.when_label)

        self.splitter = QSplitter(MeetingMode)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.brief_panel = QWidget(self.splitter)
        self.brief_panel.setObjectName(u"brief_panel")
        self.brief_layout = QVBoxLayout(self.brief_panel)
        self.brief_layout.setObjectName(u"brief_layout")
        self.brief_layout.setContentsMargins(0, 0, 0, 0)
        self.point_label = QLabel(self.brief_panel)
        self.point_label.setObjectName(u"point_label")
        self.point_label.setText(u"")
        self.point_label.setWordWrap(True)
        self.point_label.setTextFormat(Qt.PlainText)
        self.point_label.setStyleSheet(u"font-size: 13pt; font-weight: 600;")

        self.brief_layout.addWidget(self.point_label)

        self.objectives_label = QLabel(self.brief_panel)
        self.objectives_label.setObjectName(u"objectives_label")
        self.objectives_label.setStyleSheet(u"font-weight: 600;")

        self.brief_layout.addWidget(self.objectives_label)

        self.objectives = QListWidget(self.brief_panel)
        self.objectives.setObjectName(u"objectives")
        self.objectives.setWordWrap(True)
        self.objectives.setMaximumSize(QSize(16777215, 130))

        self.brief_layout.addWidget(self.objectives)

        self.messages_label = QLabel(self.brief_panel)
        self.messages_label.setObjectName(u"messages_label")
        self.messages_label.setStyleSheet(u"font-weight: 600;")

        self.brief_layout.addWidget(self.messages_label)

        self.messages = QListWidget(self.brief_panel)
        self.messages.setObjectName(u"messages")
        self.messages.setWordWrap(True)
        self.messages.setMaximumSize(QSize(16777215, 130))

        self.brief_layout.addWidget(self.messages)

        self.points_label = QLabel(self.brief_panel)
        self.points_label.setObjectName(u"points_label")
        self.points_label.setStyleSheet(u"font-weight: 600;")

        self.brief_layout.addWidget(self.points_label)

        self.points = QListWidget(self.brief_panel)
        self.points.setObjectName(u"points")
        self.points.setWordWrap(True)

        self.brief_layout.addWidget(self.points)

        self.defensive_label = QLabel(self.brief_panel)
        self.defensive_label.setObjectName(u"defensive_label")
        self.defensive_label.setStyleSheet(u"font-weight: 600;")

        self.brief_layout.addWidget(self.defensive_label)

        self.defensive = QTextBrowser(self.brief_panel)
        self.defensive.setObjectName(u"defensive")
        self.defensive.setMaximumSize(QSize(16777215, 150))

        self.brief_layout.addWidget(self.defensive)

        self.splitter.addWidget(self.brief_panel)
        self.notes_panel = QWidget(self.splitter)
        self.notes_panel.setObjectName(u"notes_panel")
        self.notes_layout = QVBoxLayout(self.notes_panel)
        self.notes_layout.setObjectName(u"notes_layout")
        self.notes_layout.setContentsMargins(0, 0, 0, 0)
        self.notes_label = QLabel(self.notes_panel)
        self.notes_label.setObjectName(u"notes_label")
        self.notes_label.setStyleSheet(u"font-weight: 600;")

        self.notes_layout.addWidget(self.notes_label)

        self.notes = QPlainTextEdit(self.notes_panel)
        self.notes.setObjectName(u"notes")
        self.notes.setStyleSheet(u"font-size: 13pt;")

        self.notes_layout.addWidget(self.notes)

        self.capture_row = QHBoxLayout()
        self.capture_row.setObjectName(u"capture_row")
        self.action_button = QPushButton(self.notes_panel)
        self.action_button.setObjectName(u"action_button")

        self.capture_row.addWidget(self.action_button)

        self.outcome_button = QPushButton(self.notes_panel)
        self.outcome_button.setObjectName(u"outcome_button")

        self.capture_row.addWidget(self.outcome_button)

        self.capture_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.capture_row.addItem(self.capture_spacer)

        self.saved_label = QLabel(self.notes_panel)
        self.saved_label.setObjectName(u"saved_label")
        self.saved_label.setText(u"")
        self.saved_label.setProperty(u"tone", u"muted")

        self.capture_row.addWidget(self.saved_label)


        self.notes_layout.addLayout(self.capture_row)

        self.captured_label = QLabel(self.notes_panel)
        self.captured_label.setObjectName(u"captured_label")
        self.captured_label.setStyleSheet(u"font-weight: 600;")

        self.notes_layout.addWidget(self.captured_label)

        self.captured = QListWidget(self.notes_panel)
        self.captured.setObjectName(u"captured")
        self.captured.setWordWrap(True)
        self.captured.setMaximumSize(QSize(16777215, 150))

        self.notes_layout.addWidget(self.captured)

        self.splitter.addWidget(self.notes_panel)

        self.layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.points_label.setBuddy(self.points)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingMode)

        QMetaObject.connectSlotsByName(MeetingMode)
    # setupUi

    def retranslateUi(self, MeetingMode):
        MeetingMode.setWindowTitle(QCoreApplication.translate("MeetingMode", u"Meeting mode", None))
        self.print_button.setText(QCoreApplication.translate("MeetingMode", u"&Print the one-page brief\u2026", None))
        self.held_button.setText(QCoreApplication.translate("MeetingMode", u"Mark as &held", None))
        self.objectives_label.setText(QCoreApplication.translate("MeetingMode", u"Objectives", None))
        self.messages_label.setText(QCoreApplication.translate("MeetingMode", u"Key messages", None))
        self.points_label.setText(QCoreApplication.translate("MeetingMode", u"&Talking points (tick them off as they are raised)", None))
        self.defensive_label.setText(QCoreApplication.translate("MeetingMode", u"Defensive lines", None))
        self.notes_label.setText(QCoreApplication.translate("MeetingMode", u"&Notes", None))
        self.action_button.setText(QCoreApplication.translate("MeetingMode", u"Follow-up &action\u2026", None))
        self.outcome_button.setText(QCoreApplication.translate("MeetingMode", u"&Outcome\u2026", None))
        self.captured_label.setText(QCoreApplication.translate("MeetingMode", u"Recorded in this meeting", None))
    # retranslateUi

