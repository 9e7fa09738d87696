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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

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

        self.filter_edit = QLineEdit(PacksView)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.layout.addWidget(self.filter_edit)

        self.people = QTableView(PacksView)
        self.people.setObjectName(u"people")
        self.people.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SingleSelection)
        self.people.setAlternatingRowColors(True)
        self.people.setSortingEnabled(True)
        self.people.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.people.setWordWrap(False)

        self.layout.addWidget(self.people)

        self.summary_label = QLabel(PacksView)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)

        self.layout.addWidget(self.summary_label)

        self.progress = QProgressBar(PacksView)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(100)

        self.layout.addWidget(self.progress)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.lang_label = QLabel(PacksView)
        self.lang_label.setObjectName(u"lang_label")

        self.buttons.addWidget(self.lang_label)

        self.lang_combo = QComboBox(PacksView)
        self.lang_combo.setObjectName(u"lang_combo")

        self.buttons.addWidget(self.lang_combo)

        self.final_check = QCheckBox(PacksView)
        self.final_check.setObjectName(u"final_check")

        self.buttons.addWidget(self.final_check)

        self.sp = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.sp)

        self.cancel_button = QPushButton(PacksView)
        self.cancel_button.setObjectName(u"cancel_button")

        self.buttons.addWidget(self.cancel_button)

        self.build_button = QPushButton(PacksView)
        self.build_button.setObjectName(u"build_button")

        self.buttons.addWidget(self.build_button)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(PacksView)

        self.build_button.setDefault(True)


        QMetaObject.connectSlotsByName(PacksView)
    # setupUi

    def retranslateUi(self, PacksView):
        PacksView.setWindowTitle(QCoreApplication.translate("PacksView", u"Packs", None))
        self.heading.setText(QCoreApplication.translate("PacksView", u"Packs", None))
        self.intro.setText(QCoreApplication.translate("PacksView", u"Briefing packs are printed for a minister or a member of the Dutch delegation. Choose a person to see what their pack will hold.", None))
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("PacksView", u"Filter people\u2026", None))
        self.lang_label.setText(QCoreApplication.translate("PacksView", u"&Language of the pack:", None))
        self.final_check.setText(QCoreApplication.translate("PacksView", u"&Final (no DRAFT mark)", None))
        self.cancel_button.setText(QCoreApplication.translate("PacksView", u"Cancel", None))
        self.build_button.setText(QCoreApplication.translate("PacksView", u"&Build pack\u2026", None))
    # retranslateUi

