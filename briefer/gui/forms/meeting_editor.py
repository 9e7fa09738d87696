# GENERATED from ui/meeting_editor.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from briefer.gui.widgets.date_fields import ConferenceDateTimeEdit
from briefer.gui.widgets.fields import (CountryPicker, EnumCombo, PeopleListEditor, PersonPicker,
    RecordCombo)

class Ui_MeetingEditor(object):
    def setupUi(self, MeetingEditor):
        if not MeetingEditor.objectName():
            MeetingEditor.setObjectName(u"MeetingEditor")
        self.main_layout = QVBoxLayout(MeetingEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.heading = QLabel(MeetingEditor)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.main_layout.addWidget(self.heading)

        self.banner = QLabel(MeetingEditor)
        self.banner.setObjectName(u"banner")
        self.banner.setText(u"")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(u"font-weight: 600;")
        self.banner.setProperty(u"tone", u"error")

        self.main_layout.addWidget(self.banner)

        self.scroll = QScrollArea(MeetingEditor)
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

        self.principal_id_label = QLabel(self.scroll_body)
        self.principal_id_label.setObjectName(u"principal_id_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.principal_id_label)

        self.principal_id = PersonPicker(self.scroll_body)
        self.principal_id.setObjectName(u"principal_id")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.principal_id)

        self.counterpart_country_label = QLabel(self.scroll_body)
        self.counterpart_country_label.setObjectName(u"counterpart_country_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.counterpart_country_label)

        self.counterpart_country = CountryPicker(self.scroll_body)
        self.counterpart_country.setObjectName(u"counterpart_country")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.counterpart_country)

        self.counterpart_organisation_id_label = QLabel(self.scroll_body)
        self.counterpart_organisation_id_label.setObjectName(u"counterpart_organisation_id_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.counterpart_organisation_id_label)

        self.counterpart_organisation_id = RecordCombo(self.scroll_body)
        self.counterpart_organisation_id.setObjectName(u"counterpart_organisation_id")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.counterpart_organisation_id)

        self.counterpart_ids_label = QLabel(self.scroll_body)
        self.counterpart_ids_label.setObjectName(u"counterpart_ids_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.counterpart_ids_label)

        self.counterpart_ids = PeopleListEditor(self.scroll_body)
        self.counterpart_ids.setObjectName(u"counterpart_ids")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.counterpart_ids)

        self.start_label = QLabel(self.scroll_body)
        self.start_label.setObjectName(u"start_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start = ConferenceDateTimeEdit(self.scroll_body)
        self.start.setObjectName(u"start")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.start)

        self.end_label = QLabel(self.scroll_body)
        self.end_label.setObjectName(u"end_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end = ConferenceDateTimeEdit(self.scroll_body)
        self.end.setObjectName(u"end")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.end)

        self.room_id_label = QLabel(self.scroll_body)
        self.room_id_label.setObjectName(u"room_id_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.room_id_label)

        self.room_id = RecordCombo(self.scroll_body)
        self.room_id.setObjectName(u"room_id")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.room_id)

        self.room_confirmed_label = QLabel(self.scroll_body)
        self.room_confirmed_label.setObjectName(u"room_confirmed_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.room_confirmed_label)

        self.room_confirmed = QCheckBox(self.scroll_body)
        self.room_confirmed.setObjectName(u"room_confirmed")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.room_confirmed)

        self.nl_participant_ids_label = QLabel(self.scroll_body)
        self.nl_participant_ids_label.setObjectName(u"nl_participant_ids_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.nl_participant_ids_label)

        self.nl_participant_ids = PeopleListEditor(self.scroll_body)
        self.nl_participant_ids.setObjectName(u"nl_participant_ids")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.nl_participant_ids)

        self.note_taker_id_label = QLabel(self.scroll_body)
        self.note_taker_id_label.setObjectName(u"note_taker_id_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.note_taker_id_label)

        self.note_taker_id = PersonPicker(self.scroll_body)
        self.note_taker_id.setObjectName(u"note_taker_id")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.note_taker_id)

        self.interpreter_language_label = QLabel(self.scroll_body)
        self.interpreter_language_label.setObjectName(u"interpreter_language_label")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.interpreter_language_label)

        self.interpreter_language = QLineEdit(self.scroll_body)
        self.interpreter_language.setObjectName(u"interpreter_language")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.interpreter_language)

        self.interpreter_name_label = QLabel(self.scroll_body)
        self.interpreter_name_label.setObjectName(u"interpreter_name_label")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.interpreter_name_label)

        self.interpreter_name = QLineEdit(self.scroll_body)
        self.interpreter_name.setObjectName(u"interpreter_name")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.interpreter_name)

        self.status_label = QLabel(self.scroll_body)
        self.status_label.setObjectName(u"status_label")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = EnumCombo(self.scroll_body)
        self.status.setObjectName(u"status")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.status)

        self.classification_label = QLabel(self.scroll_body)
        self.classification_label.setObjectName(u"classification_label")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.classification_label)

        self.classification = EnumCombo(self.scroll_body)
        self.classification.setObjectName(u"classification")

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.classification)

        self.press_line_label = QLabel(self.scroll_body)
        self.press_line_label.setObjectName(u"press_line_label")

        self.form.setWidget(15, QFormLayout.ItemRole.LabelRole, self.press_line_label)

        self.press_line = QPlainTextEdit(self.scroll_body)
        self.press_line.setObjectName(u"press_line")
        self.press_line.setTabChangesFocus(True)

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.press_line)

        self.scroll.setWidget(self.scroll_body)

        self.main_layout.addWidget(self.scroll)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.history_button = QPushButton(MeetingEditor)
        self.history_button.setObjectName(u"history_button")

        self.button_row.addWidget(self.history_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.revert_button = QPushButton(MeetingEditor)
        self.revert_button.setObjectName(u"revert_button")

        self.button_row.addWidget(self.revert_button)

        self.save_button = QPushButton(MeetingEditor)
        self.save_button.setObjectName(u"save_button")

        self.button_row.addWidget(self.save_button)


        self.main_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title)
        self.principal_id_label.setBuddy(self.principal_id)
        self.counterpart_country_label.setBuddy(self.counterpart_country)
        self.counterpart_organisation_id_label.setBuddy(self.counterpart_organisation_id)
        self.counterpart_ids_label.setBuddy(self.counterpart_ids)
        self.start_label.setBuddy(self.start)
        self.end_label.setBuddy(self.end)
        self.room_id_label.setBuddy(self.room_id)
        self.room_confirmed_label.setBuddy(self.room_confirmed)
        self.nl_participant_ids_label.setBuddy(self.nl_participant_ids)
        self.note_taker_id_label.setBuddy(self.note_taker_id)
        self.interpreter_language_label.setBuddy(self.interpreter_language)
        self.interpreter_name_label.setBuddy(self.interpreter_name)
        self.status_label.setBuddy(self.status)
        self.classification_label.setBuddy(self.classification)
        self.press_line_label.setBuddy(self.press_line)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingEditor)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(MeetingEditor)
    # setupUi

    def retranslateUi(self, MeetingEditor):
        MeetingEditor.setWindowTitle(QCoreApplication.translate("MeetingEditor", u"Bilateral meeting", None))
        self.heading.setText(QCoreApplication.translate("MeetingEditor", u"Bilateral meeting", None))
        self.title_label.setText(QCoreApplication.translate("MeetingEditor", u"Tit&le", None))
        self.principal_id_label.setText(QCoreApplication.translate("MeetingEditor", u"&Principal", None))
        self.counterpart_country_label.setText(QCoreApplication.translate("MeetingEditor", u"Counterpart &country", None))
        self.counterpart_organisation_id_label.setText(QCoreApplication.translate("MeetingEditor", u"Counterpart organisation", None))
        self.counterpart_ids_label.setText(QCoreApplication.translate("MeetingEditor", u"Counterparts", None))
        self.start_label.setText(QCoreApplication.translate("MeetingEditor", u"St&art", None))
        self.end_label.setText(QCoreApplication.translate("MeetingEditor", u"En&d", None))
        self.room_id_label.setText(QCoreApplication.translate("MeetingEditor", u"Roo&m", None))
        self.room_confirmed_label.setText(QCoreApplication.translate("MeetingEditor", u"Room confirmed", None))
        self.room_confirmed.setText("")
        self.nl_participant_ids_label.setText(QCoreApplication.translate("MeetingEditor", u"Dutch participants", None))
        self.note_taker_id_label.setText(QCoreApplication.translate("MeetingEditor", u"Note taker", None))
        self.interpreter_language_label.setText(QCoreApplication.translate("MeetingEditor", u"Interpretation (language code)", None))
        self.interpreter_name_label.setText(QCoreApplication.translate("MeetingEditor", u"Interpreter", None))
        self.status_label.setText(QCoreApplication.translate("MeetingEditor", u"Status", None))
        self.classification_label.setText(QCoreApplication.translate("MeetingEditor", u"Classification", None))
        self.press_line_label.setText(QCoreApplication.translate("MeetingEditor", u"Press line", None))
        self.history_button.setText(QCoreApplication.translate("MeetingEditor", u"Histor&y\u2026", None))
        self.revert_button.setText(QCoreApplication.translate("MeetingEditor", u"&Revert", None))
        self.save_button.setText(QCoreApplication.translate("MeetingEditor", u"&Save", None))
    # retranslateUi

