# GENERATED from ui/packs_view.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'packs_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTableWidget, QTableWidgetItem, QTreeView, QVBoxLayout,
    QWidget)

from briefer.gui.widgets.date_fields import DateEdit

class Ui_PacksView(object):
    def setupUi(self, PacksView):
        if not PacksView.objectName():
            PacksView.setObjectName(u"PacksView")
        self.layout = QVBoxLayout(PacksView)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(PacksView)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.layout.addWidget(self.heading)

        self.intro = QLabel(PacksView)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.splitter = QSplitter(PacksView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.left_scroll = QScrollArea(self.splitter)
        self.left_scroll.setObjectName(u"left_scroll")
        self.left_scroll.setWidgetResizable(True)
        self.left_scroll.setFrameShape(QFrame.NoFrame)
        self.left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.left = QWidget()
        self.left.setObjectName(u"left")
        self.left_layout = QVBoxLayout(self.left)
        self.left_layout.setObjectName(u"left_layout")
        self.left_layout.setContentsMargins(0, -1, 0, -1)
        self.filter_edit = QLineEdit(self.left)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.left_layout.addWidget(self.filter_edit)

        self.people = QTableView(self.left)
        self.people.setObjectName(u"people")
        self.people.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SingleSelection)
        self.people.setAlternatingRowColors(True)
        self.people.setSortingEnabled(True)
        self.people.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.people.setWordWrap(False)

        self.left_layout.addWidget(self.people)

        self.summary_label = QLabel(self.left)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)

        self.left_layout.addWidget(self.summary_label)

        self.options_box = QGroupBox(self.left)
        self.options_box.setObjectName(u"options_box")
        self.options_form = QFormLayout(self.options_box)
        self.options_form.setObjectName(u"options_form")
        self.lang_label = QLabel(self.options_box)
        self.lang_label.setObjectName(u"lang_label")

        self.options_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lang_label)

        self.lang_combo = QComboBox(self.options_box)
        self.lang_combo.setObjectName(u"lang_combo")

        self.options_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lang_combo)

        self.period_label = QLabel(self.options_box)
        self.period_label.setObjectName(u"period_label")

        self.options_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.period_label)

        self.from_date = DateEdit(self.options_box)
        self.from_date.setObjectName(u"from_date")

        self.options_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.from_date)

        self.to_label = QLabel(self.options_box)
        self.to_label.setObjectName(u"to_label")

        self.options_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.to_label)

        self.to_date = DateEdit(self.options_box)
        self.to_date.setObjectName(u"to_date")

        self.options_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.to_date)

        self.class_label = QLabel(self.options_box)
        self.class_label.setObjectName(u"class_label")

        self.options_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.class_label)

        self.class_combo = QComboBox(self.options_box)
        self.class_combo.setObjectName(u"class_combo")

        self.options_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.class_combo)

        self.final_check = QCheckBox(self.options_box)
        self.final_check.setObjectName(u"final_check")

        self.options_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.final_check)

        self.watermark_check = QCheckBox(self.options_box)
        self.watermark_check.setObjectName(u"watermark_check")

        self.options_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.watermark_check)

        self.password_label = QLabel(self.options_box)
        self.password_label.setObjectName(u"password_label")

        self.options_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(self.options_box)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.Password)

        self.options_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.sections_label = QLabel(self.options_box)
        self.sections_label.setObjectName(u"sections_label")

        self.options_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.sections_label)

        self.sections_list = QListWidget(self.options_box)
        self.sections_list.setObjectName(u"sections_list")
        self.sections_list.setMaximumSize(QSize(16777215, 140))

        self.options_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.sections_list)


        self.left_layout.addWidget(self.options_box)

        self.register_label = QLabel(self.left)
        self.register_label.setObjectName(u"register_label")
        self.register_label.setStyleSheet(u"font-weight: 600;")

        self.left_layout.addWidget(self.register_label)

        self.register = QTableWidget(self.left)
        self.register.setObjectName(u"register")
        self.register.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.register.setSelectionMode(QAbstractItemView.SingleSelection)
        self.register.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.register.setMaximumSize(QSize(16777215, 160))

        self.left_layout.addWidget(self.register)

        self.register_buttons = QHBoxLayout()
        self.register_buttons.setObjectName(u"register_buttons")
        self.sp2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.register_buttons.addItem(self.sp2)

        self.addendum_button = QPushButton(self.left)
        self.addendum_button.setObjectName(u"addendum_button")

        self.register_buttons.addWidget(self.addendum_button)


        self.left_layout.addLayout(self.register_buttons)

        self.left_scroll.setWidget(self.left)
        self.splitter.addWidget(self.left_scroll)
        self.right = QWidget(self.splitter)
        self.right.setObjectName(u"right")
        self.right_layout = QVBoxLayout(self.right)
        self.right_layout.setObjectName(u"right_layout")
        self.right_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_bar = QHBoxLayout()
        self.preview_bar.setObjectName(u"preview_bar")
        self.preview_label = QLabel(self.right)
        self.preview_label.setObjectName(u"preview_label")
        self.preview_label.setWordWrap(True)

        self.preview_bar.addWidget(self.preview_label)

        self.sp3 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.preview_bar.addItem(self.sp3)

        self.print_button = QPushButton(self.right)
        self.print_button.setObjectName(u"print_button")

        self.preview_bar.addWidget(self.print_button)

        self.save_button = QPushButton(self.right)
        self.save_button.setObjectName(u"save_button")

        self.preview_bar.addWidget(self.save_button)


        self.right_layout.addLayout(self.preview_bar)

        self.preview_splitter = QSplitter(self.right)
        self.preview_splitter.setObjectName(u"preview_splitter")
        self.preview_splitter.setOrientation(Qt.Horizontal)
        self.bookmarks = QTreeView(self.preview_splitter)
        self.bookmarks.setObjectName(u"bookmarks")
        self.bookmarks.setHeaderHidden(True)
        self.bookmarks.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.preview_splitter.addWidget(self.bookmarks)
        self.preview_host = QWidget(self.preview_splitter)
        self.preview_host.setObjectName(u"preview_host")
        self.preview_layout = QVBoxLayout(self.preview_host)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_splitter.addWidget(self.preview_host)

        self.right_layout.addWidget(self.preview_splitter)

        self.splitter.addWidget(self.right)

        self.layout.addWidget(self.splitter)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.cancel_button = QPushButton(PacksView)
        self.cancel_button.setObjectName(u"cancel_button")

        self.buttons.addWidget(self.cancel_button)

        self.build_button = QPushButton(PacksView)
        self.build_button.setObjectName(u"build_button")

        self.buttons.addWidget(self.build_button)

        self.progress = QProgressBar(PacksView)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(100)

        self.buttons.addWidget(self.progress)

        self.sp = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.sp)


        self.layout.addLayout(self.buttons)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.lang_label.setBuddy(self.lang_combo)
        self.period_label.setBuddy(self.from_date)
        self.to_label.setBuddy(self.to_date)
        self.class_label.setBuddy(self.class_combo)
        self.password_label.setBuddy(self.password_edit)
        self.sections_label.setBuddy(self.sections_list)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PacksView)

        self.build_button.setDefault(True)


        QMetaObject.connectSlotsByName(PacksView)
    # setupUi

    def retranslateUi(self, PacksView):
        PacksView.setWindowTitle(QCoreApplication.translate("PacksView", u"Packs", None))
        self.heading.setText(QCoreApplication.translate("PacksView", u"Packs", None))
        self.intro.setText(QCoreApplication.translate("PacksView", u"Briefing packs are printed for a minister or a member of the Dutch delegation. Choose a person and the options, build the pack, check it in the preview, then print or save it.", None))
#if QT_CONFIG(accessibility)
        self.filter_edit.setAccessibleName(QCoreApplication.translate("PacksView", u"Filter people", None))
#endif // QT_CONFIG(accessibility)
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("PacksView", u"Filter people\u2026", None))
#if QT_CONFIG(accessibility)
        self.people.setAccessibleName(QCoreApplication.translate("PacksView", u"People a pack can be made for", None))
#endif // QT_CONFIG(accessibility)
        self.options_box.setTitle(QCoreApplication.translate("PacksView", u"What the pack holds", None))
        self.lang_label.setText(QCoreApplication.translate("PacksView", u"&Language:", None))
        self.period_label.setText(QCoreApplication.translate("PacksView", u"&Period from:", None))
        self.to_label.setText(QCoreApplication.translate("PacksView", u"Period to:", None))
        self.class_label.setText(QCoreApplication.translate("PacksView", u"&Classification:", None))
        self.final_check.setText(QCoreApplication.translate("PacksView", u"Fi&nal (no DRAFT mark)", None))
        self.watermark_check.setText(QCoreApplication.translate("PacksView", u"Personal copy water&mark", None))
        self.password_label.setText(QCoreApplication.translate("PacksView", u"Pass&word:", None))
        self.password_edit.setPlaceholderText(QCoreApplication.translate("PacksView", u"none (optional)", None))
        self.sections_label.setText(QCoreApplication.translate("PacksView", u"&Sections:", None))
        self.register_label.setText(QCoreApplication.translate("PacksView", u"Printed before for this person", None))
        self.addendum_button.setText(QCoreApplication.translate("PacksView", u"Changes since this cop&y", None))
        self.preview_label.setText(QCoreApplication.translate("PacksView", u"No pack built yet.", None))
        self.print_button.setText(QCoreApplication.translate("PacksView", u"P&rint\u2026", None))
        self.save_button.setText(QCoreApplication.translate("PacksView", u"Save &as\u2026", None))
#if QT_CONFIG(accessibility)
        self.bookmarks.setAccessibleName(QCoreApplication.translate("PacksView", u"Contents of the pack", None))
#endif // QT_CONFIG(accessibility)
        self.cancel_button.setText(QCoreApplication.translate("PacksView", u"Cancel", None))
        self.build_button.setText(QCoreApplication.translate("PacksView", u"&Build pack", None))
    # retranslateUi

