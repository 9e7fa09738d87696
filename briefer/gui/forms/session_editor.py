# GENERATED from ui/session_editor.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_editor.ui'
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
    QLineEdit, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from briefer.gui.widgets.date_fields import ConferenceDateTimeEdit
from briefer.gui.widgets.fields import (EnumCombo, PeopleListEditor, PersonPicker, RecordCombo)
from briefer.gui.widgets.speaker_notes_editor import SpeakerNotesEditor

class Ui_SessionEditor(object):
    def setupUi(self, SessionEditor):
        if not SessionEditor.objectName():
            SessionEditor.setObjectName(u"SessionEditor")
        self.main_layout = QVBoxLayout(SessionEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.heading = QLabel(SessionEditor)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.main_layout.addWidget(self.heading)

        self.banner = QLabel(SessionEditor)
        self.banner.setObjectName(u"banner")
        self.banner.setText(u"")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(u"font-weight: 600;")
        self.banner.setProperty(u"tone", u"error")

        self.main_layout.addWidget(self.banner)

        self.scroll = QScrollArea(SessionEditor)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll_body = QWidget()
        self.scroll_body.setObjectName(u"scroll_body")
        self.form = QFormLayout(self.scroll_body)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.title_label = QLabel(self.scroll_body)
        self.title_label.setObjectName(u"title_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(self.scroll_body)
        self.title.setObjectName(u"title")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.session_kind_label = QLabel(self.scroll_body)
        self.session_kind_label.setObjectName(u"session_kind_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.session_kind_label)

        self.session_kind = EnumCombo(self.scroll_body)
        self.session_kind.setObjectName(u"session_kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.session_kind)

        self.start_label = QLabel(self.scroll_body)
        self.start_label.setObjectName(u"start_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start = ConferenceDateTimeEdit(self.scroll_body)
        self.start.setObjectName(u"start")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.start)

        self.end_label = QLabel(self.scroll_body)
        self.end_label.setObjectName(u"end_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end = ConferenceDateTimeEdit(self.scroll_body)
        self.end.setObjectName(u"end")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.end)

        self.room_id_label = QLabel(self.scroll_body)
        self.room_id_label.setObjectName(u"room_id_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.room_id_label)

        self.room_id = RecordCombo(self.scroll_body)
        self.room_id.setObjectName(u"room_id")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.room_id)

        self.chair_id_label = QLabel(self.scroll_body)
        self.chair_id_label.setObjectName(u"chair_id_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.chair_id_label)

        self.chair_id = PersonPicker(self.scroll_body)
        self.chair_id.setObjectName(u"chair_id")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.chair_id)

        self.speaker_ids_label = QLabel(self.scroll_body)
        self.speaker_ids_label.setObjectName(u"speaker_ids_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.speaker_ids_label)

        self.speaker_ids = PeopleListEditor(self.scroll_body)
        self.speaker_ids.setObjectName(u"speaker_ids")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.speaker_ids)

        self.attendee_ids_label = QLabel(self.scroll_body)
        self.attendee_ids_label.setObjectName(u"attendee_ids_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.attendee_ids_label)

        self.attendee_ids = PeopleListEditor(self.scroll_body)
        self.attendee_ids.setObjectName(u"attendee_ids")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.attendee_ids)

        self.description_label = QLabel(self.scroll_body)
        self.description_label.setObjectName(u"description_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QPlainTextEdit(self.scroll_body)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.description)

        self.speaker_notes_label = QLabel(self.scroll_body)
        self.speaker_notes_label.setObjectName(u"speaker_notes_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.speaker_notes_label)

        self.speaker_notes = SpeakerNotesEditor(self.scroll_body)
        self.speaker_notes.setObjectName(u"speaker_notes")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.speaker_notes)

        self.classification_label = QLabel(self.scroll_body)
        self.classification_label.setObjectName(u"classification_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.classification_label)

        self.classification = EnumCombo(self.scroll_body)
        self.classification.setObjectName(u"classification")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.classification)

        self.scroll.setWidget(self.scroll_body)

        self.main_layout.addWidget(self.scroll)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.history_button = QPushButton(SessionEditor)
        self.history_button.setObjectName(u"history_button")

        self.button_row.addWidget(self.history_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.revert_button = QPushButton(SessionEditor)
        self.revert_button.setObjectName(u"revert_button")

        self.button_row.addWidget(self.revert_button)

        self.save_button = QPushButton(SessionEditor)
        self.save_button.setObjectName(u"save_button")

        self.button_row.addWidget(self.save_button)


        self.main_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title)
        self.session_kind_label.setBuddy(self.session_kind)
        self.start_label.setBuddy(self.start)
        self.end_label.setBuddy(self.end)
        self.room_id_label.setBuddy(self.room_id)
        self.chair_id_label.setBuddy(self.chair_id)
        self.speaker_ids_label.setBuddy(self.speaker_ids)
        self.attendee_ids_label.setBuddy(self.attendee_ids)
        self.description_label.setBuddy(self.description)
        self.speaker_notes_label.setBuddy(self.speaker_notes)
        self.classification_label.setBuddy(self.classification)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SessionEditor)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(SessionEditor)
    # setupUi

    def retranslateUi(self, SessionEditor):
        SessionEditor.setWindowTitle(QCoreApplication.translate("SessionEditor", u"Session", None))
        self.heading.setText(QCoreApplication.translate("SessionEditor", u"Session", None))
        self.title_label.setText(QCoreApplication.translate("SessionEditor", u"Tit&le", None))
        self.session_kind_label.setText(QCoreApplication.translate("SessionEditor", u"&Kind", None))
        self.start_label.setText(QCoreApplication.translate("SessionEditor", u"St&art", None))
        self.end_label.setText(QCoreApplication.translate("SessionEditor", u"En&d", None))
        self.room_id_label.setText(QCoreApplication.translate("SessionEditor", u"Roo&m", None))
        self.chair_id_label.setText(QCoreApplication.translate("SessionEditor", u"Chair", None))
        self.speaker_ids_label.setText(QCoreApplication.translate("SessionEditor", u"Speakers", None))
        self.attendee_ids_label.setText(QCoreApplication.translate("SessionEditor", u"Dutch attendees", None))
        self.description_label.setText(QCoreApplication.translate("SessionEditor", u"Description", None))
        self.speaker_notes_label.setText(QCoreApplication.translate("SessionEditor", u"Speaking notes", None))
        self.classification_label.setText(QCoreApplication.translate("SessionEditor", u"Classification", None))
        self.history_button.setText(QCoreApplication.translate("SessionEditor", u"Histor&y\u2026", None))
        self.revert_button.setText(QCoreApplication.translate("SessionEditor", u"&Revert", None))
        self.save_button.setText(QCoreApplication.translate("SessionEditor", u"&Save", None))
    # retranslateUi

