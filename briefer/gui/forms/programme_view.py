# GENERATED from ui/programme_view.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'programme_view.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QToolButton, QVBoxLayout, QWidget)

class Ui_ProgrammeView(object):
    def setupUi(self, ProgrammeView):
        if not ProgrammeView.objectName():
            ProgrammeView.setObjectName(u"ProgrammeView")
        self.layout = QVBoxLayout(ProgrammeView)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(ProgrammeView)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.layout.addWidget(self.heading)

        self.tabs = QTabWidget(ProgrammeView)
        self.tabs.setObjectName(u"tabs")
        self.timetable_tab = QWidget()
        self.timetable_tab.setObjectName(u"timetable_tab")
        self.timetable_layout = QVBoxLayout(self.timetable_tab)
        self.timetable_layout.setObjectName(u"timetable_layout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.day_label = QLabel(self.timetable_tab)
        self.day_label.setObjectName(u"day_label")

        self.toolbar.addWidget(self.day_label)

        self.prev_day_button = QToolButton(self.timetable_tab)
        self.prev_day_button.setObjectName(u"prev_day_button")
        self.prev_day_button.setArrowType(Qt.LeftArrow)

        self.toolbar.addWidget(self.prev_day_button)

        self.day_combo = QComboBox(self.timetable_tab)
        self.day_combo.setObjectName(u"day_combo")
        self.day_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.day_combo.setMinimumContentsLength(12)

        self.toolbar.addWidget(self.day_combo)

        self.next_day_button = QToolButton(self.timetable_tab)
        self.next_day_button.setObjectName(u"next_day_button")
        self.next_day_button.setArrowType(Qt.RightArrow)

        self.toolbar.addWidget(self.next_day_button)

        self.now_button = QPushButton(self.timetable_tab)
        self.now_button.setObjectName(u"now_button")

        self.toolbar.addWidget(self.now_button)

        self.columns_label = QLabel(self.timetable_tab)
        self.columns_label.setObjectName(u"columns_label")

        self.toolbar.addWidget(self.columns_label)

        self.columns_combo = QComboBox(self.timetable_tab)
        self.columns_combo.setObjectName(u"columns_combo")
        self.columns_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.columns_combo.setMinimumContentsLength(12)

        self.toolbar.addWidget(self.columns_combo)

        self.sp = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.sp)


        self.timetable_layout.addLayout(self.toolbar)

        self.now_label = QLabel(self.timetable_tab)
        self.now_label.setObjectName(u"now_label")
        self.now_label.setText(u"")
        self.now_label.setWordWrap(True)
        self.now_label.setVisible(False)

        self.timetable_layout.addWidget(self.now_label)

        self.splitter = QSplitter(self.timetable_tab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.scroll = QScrollArea(self.splitter)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.scroll.setWidget(self.scroll_contents)
        self.splitter.addWidget(self.scroll)
        self.side = QWidget(self.splitter)
        self.side.setObjectName(u"side")
        self.side_layout = QVBoxLayout(self.side)
        self.side_layout.setObjectName(u"side_layout")
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        self.hint_label = QLabel(self.side)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.side_layout.addWidget(self.hint_label)

        self.selection_label = QLabel(self.side)
        self.selection_label.setObjectName(u"selection_label")
        self.selection_label.setText(u"")
        self.selection_label.setWordWrap(True)
        self.selection_label.setStyleSheet(u"font-weight: 600;")

        self.side_layout.addWidget(self.selection_label)

        self.selection_buttons = QHBoxLayout()
        self.selection_buttons.setObjectName(u"selection_buttons")
        self.edit_button = QPushButton(self.side)
        self.edit_button.setObjectName(u"edit_button")

        self.selection_buttons.addWidget(self.edit_button)

        self.open_button = QPushButton(self.side)
        self.open_button.setObjectName(u"open_button")

        self.selection_buttons.addWidget(self.open_button)

        self.sp3 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.selection_buttons.addItem(self.sp3)


        self.side_layout.addLayout(self.selection_buttons)

        self.conflict_label = QLabel(self.side)
        self.conflict_label.setObjectName(u"conflict_label")
        self.conflict_label.setText(u"")
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setTextFormat(Qt.RichText)

        self.side_layout.addWidget(self.conflict_label)

        self.slots_label = QLabel(self.side)
        self.slots_label.setObjectName(u"slots_label")
        self.slots_label.setStyleSheet(u"font-weight: 600;")

        self.side_layout.addWidget(self.slots_label)

        self.slots_list = QListWidget(self.side)
        self.slots_list.setObjectName(u"slots_list")

        self.side_layout.addWidget(self.slots_list)

        self.why_label = QLabel(self.side)
        self.why_label.setObjectName(u"why_label")
        self.why_label.setText(u"")
        self.why_label.setWordWrap(True)

        self.side_layout.addWidget(self.why_label)

        self.slot_buttons = QHBoxLayout()
        self.slot_buttons.setObjectName(u"slot_buttons")
        self.slot_button = QPushButton(self.side)
        self.slot_button.setObjectName(u"slot_button")

        self.slot_buttons.addWidget(self.slot_button)

        self.sp2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.slot_buttons.addItem(self.sp2)

        self.move_button = QPushButton(self.side)
        self.move_button.setObjectName(u"move_button")

        self.slot_buttons.addWidget(self.move_button)


        self.side_layout.addLayout(self.slot_buttons)

        self.splitter.addWidget(self.side)

        self.timetable_layout.addWidget(self.splitter)

        self.timetable_layout.setStretch(2, 1)
        self.tabs.addTab(self.timetable_tab, "")

        self.layout.addWidget(self.tabs)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.day_label.setBuddy(self.day_combo)
        self.columns_label.setBuddy(self.columns_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProgrammeView)

        QMetaObject.connectSlotsByName(ProgrammeView)
    # setupUi

    def retranslateUi(self, ProgrammeView):
        ProgrammeView.setWindowTitle(QCoreApplication.translate("ProgrammeView", u"Programme", None))
        self.heading.setText(QCoreApplication.translate("ProgrammeView", u"Programme", None))
        self.day_label.setText(QCoreApplication.translate("ProgrammeView", u"&Day:", None))
#if QT_CONFIG(accessibility)
        self.prev_day_button.setAccessibleName(QCoreApplication.translate("ProgrammeView", u"Previous day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.next_day_button.setAccessibleName(QCoreApplication.translate("ProgrammeView", u"Next day", None))
#endif // QT_CONFIG(accessibility)
        self.now_button.setText(QCoreApplication.translate("ProgrammeView", u"Jump to &now", None))
        self.columns_label.setText(QCoreApplication.translate("ProgrammeView", u"&Columns:", None))
        self.hint_label.setText(QCoreApplication.translate("ProgrammeView", u"Drag a bilateral to another time or room; double-click it to type the time. Conflicts show in red with \u2716 (cannot work) or orange with \u26a0 (needs attention).", None))
        self.edit_button.setText(QCoreApplication.translate("ProgrammeView", u"Edit time and &room\u2026", None))
        self.open_button.setText(QCoreApplication.translate("ProgrammeView", u"Open the &bilateral", None))
        self.slots_label.setText(QCoreApplication.translate("ProgrammeView", u"Free slots", None))
        self.slot_button.setText(QCoreApplication.translate("ProgrammeView", u"Find a free s&lot", None))
        self.move_button.setText(QCoreApplication.translate("ProgrammeView", u"&Move to this slot", None))
        self.tabs.setTabText(self.tabs.indexOf(self.timetable_tab), QCoreApplication.translate("ProgrammeView", u"T&imetable", None))
    # retranslateUi

