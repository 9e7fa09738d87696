# GENERATED from ui/meeting_brief_editor.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_brief_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from briefer.gui.widgets.fields import (EnumCombo, ListEditor)

class Ui_MeetingBriefEditor(object):
    def setupUi(self, MeetingBriefEditor):
        if not MeetingBriefEditor.objectName():
            MeetingBriefEditor.setObjectName(u"MeetingBriefEditor")
        self.main_layout = QVBoxLayout(MeetingBriefEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.heading = QLabel(MeetingBriefEditor)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.main_layout.addWidget(self.heading)

        self.banner = QLabel(MeetingBriefEditor)
        self.banner.setObjectName(u"banner")
        self.banner.setText(u"")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(u"font-weight: 600;")
        self.banner.setProperty(u"tone", u"error")

        self.main_layout.addWidget(self.banner)

        self.scroll = QScrollArea(MeetingBriefEditor)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll_body = QWidget()
        self.scroll_body.setObjectName(u"scroll_body")
        self.form = QFormLayout(self.scroll_body)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.status_label = QLabel(self.scroll_body)
        self.status_label.setObjectName(u"status_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = EnumCombo(self.scroll_body)
        self.status.setObjectName(u"status")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status)

        self.classification_label = QLabel(self.scroll_body)
        self.classification_label.setObjectName(u"classification_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.classification_label)

        self.classification = EnumCombo(self.scroll_body)
        self.classification.setObjectName(u"classification")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.classification)

        self.author_label = QLabel(self.scroll_body)
        self.author_label.setObjectName(u"author_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.author_label)

        self.author = QLineEdit(self.scroll_body)
        self.author.setObjectName(u"author")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.author)

        self.objectives_label = QLabel(self.scroll_body)
        self.objectives_label.setObjectName(u"objectives_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.objectives_label)

        self.objectives = ListEditor(self.scroll_body)
        self.objectives.setObjectName(u"objectives")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.objectives)

        self.key_messages_label = QLabel(self.scroll_body)
        self.key_messages_label.setObjectName(u"key_messages_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.key_messages_label)

        self.key_messages = ListEditor(self.scroll_body)
        self.key_messages.setObjectName(u"key_messages")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.key_messages)

        self.talking_points_label = QLabel(self.scroll_body)
        self.talking_points_label.setObjectName(u"talking_points_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.talking_points_label)

        self.talking_points = ListEditor(self.scroll_body)
        self.talking_points.setObjectName(u"talking_points")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.talking_points)

        self.expected_positions_label = QLabel(self.scroll_body)
        self.expected_positions_label.setObjectName(u"expected_positions_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.expected_positions_label)

        self.expected_positions = ListEditor(self.scroll_body)
        self.expected_positions.setObjectName(u"expected_positions")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.expected_positions)

        self.defensive_lines_label = QLabel(self.scroll_body)
        self.defensive_lines_label.setObjectName(u"defensive_lines_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.defensive_lines_label)

        self.defensive_lines = ListEditor(self.scroll_body)
        self.defensive_lines.setObjectName(u"defensive_lines")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.defensive_lines)

        self.background_label = QLabel(self.scroll_body)
        self.background_label.setObjectName(u"background_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.background_label)

        self.background = ListEditor(self.scroll_body)
        self.background.setObjectName(u"background")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.background)

        self.scroll.setWidget(self.scroll_body)

        self.main_layout.addWidget(self.scroll)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.history_button = QPushButton(MeetingBriefEditor)
        self.history_button.setObjectName(u"history_button")

        self.button_row.addWidget(self.history_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.revert_button = QPushButton(MeetingBriefEditor)
        self.revert_button.setObjectName(u"revert_button")

        self.button_row.addWidget(self.revert_button)

        self.save_button = QPushButton(MeetingBriefEditor)
        self.save_button.setObjectName(u"save_button")

        self.button_row.addWidget(self.save_button)


        self.main_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.status_label.setBuddy(self.status)
        self.classification_label.setBuddy(self.classification)
        self.author_label.setBuddy(self.author)
        self.objectives_label.setBuddy(self.objectives)
        self.key_messages_label.setBuddy(self.key_messages)
        self.talking_points_label.setBuddy(self.talking_points)
        self.expected_positions_label.setBuddy(self.expected_positions)
        self.defensive_lines_label.setBuddy(self.defensive_lines)
        self.background_label.setBuddy(self.background)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingBriefEditor)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(MeetingBriefEditor)
    # setupUi

    def retranslateUi(self, MeetingBriefEditor):
        MeetingBriefEditor.setWindowTitle(QCoreApplication.translate("MeetingBriefEditor", u"Meeting brief", None))
        self.heading.setText(QCoreApplication.translate("MeetingBriefEditor", u"Meeting brief", None))
        self.status_label.setText(QCoreApplication.translate("MeetingBriefEditor", u"St&atus", None))
        self.classification_label.setText(QCoreApplication.translate("MeetingBriefEditor", u"Classification", None))
        self.author_label.setText(QCoreApplication.translate("MeetingBriefEditor", u"Author", None))
        self.objectives_label.setText(QCoreApplication.translate("MeetingBriefEditor", u"Objectives", None))
        self.key_messages_label.setText(QCoreApplication.translate("MeetingBriefEditor", u"Key messages", None))
        self.talking_points_label.setText(QCoreApplication.translate("MeetingBriefEditor", u"Talking points", None))
        self.expected_positions_label.setText(QCoreApplication.translate("MeetingBriefEditor", u"Expected positions", None))
        self.defensive_lines_label.setText(QCoreApplication.translate("MeetingBriefEditor", u"Defensive lines", None))
        self.background_label.setText(QCoreApplication.translate("MeetingBriefEditor", u"Background", None))
        self.history_button.setText(QCoreApplication.translate("MeetingBriefEditor", u"Histor&y\u2026", None))
        self.revert_button.setText(QCoreApplication.translate("MeetingBriefEditor", u"&Revert", None))
        self.save_button.setText(QCoreApplication.translate("MeetingBriefEditor", u"&Save", None))
    # retranslateUi

