# GENERATED from ui/action_editor.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_editor.ui'
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

from briefer.gui.widgets.date_fields import OptionalDateEdit
from briefer.gui.widgets.fields import (CountryPicker, EnumCombo, PersonPicker, RecordCombo)

class Ui_ActionEditor(object):
    def setupUi(self, ActionEditor):
        if not ActionEditor.objectName():
            ActionEditor.setObjectName(u"ActionEditor")
        self.main_layout = QVBoxLayout(ActionEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.heading = QLabel(ActionEditor)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.main_layout.addWidget(self.heading)

        self.banner = QLabel(ActionEditor)
        self.banner.setObjectName(u"banner")
        self.banner.setText(u"")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(u"font-weight: 600;")
        self.banner.setProperty(u"tone", u"error")

        self.main_layout.addWidget(self.banner)

        self.scroll = QScrollArea(ActionEditor)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll_body = QWidget()
        self.scroll_body.setObjectName(u"scroll_body")
        self.form = QFormLayout(self.scroll_body)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.description_label = QLabel(self.scroll_body)
        self.description_label.setObjectName(u"description_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QPlainTextEdit(self.scroll_body)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.description)

        self.owner_id_label = QLabel(self.scroll_body)
        self.owner_id_label.setObjectName(u"owner_id_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.owner_id_label)

        self.owner_id = PersonPicker(self.scroll_body)
        self.owner_id.setObjectName(u"owner_id")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.owner_id)

        self.owner_label = QLabel(self.scroll_body)
        self.owner_label.setObjectName(u"owner_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.owner_label)

        self.owner = QLineEdit(self.scroll_body)
        self.owner.setObjectName(u"owner")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.owner)

        self.due_label = QLabel(self.scroll_body)
        self.due_label.setObjectName(u"due_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.due_label)

        self.due = OptionalDateEdit(self.scroll_body)
        self.due.setObjectName(u"due")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.due)

        self.status_label = QLabel(self.scroll_body)
        self.status_label.setObjectName(u"status_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = EnumCombo(self.scroll_body)
        self.status.setObjectName(u"status")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.status)

        self.country_label = QLabel(self.scroll_body)
        self.country_label.setObjectName(u"country_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.country_label)

        self.country = CountryPicker(self.scroll_body)
        self.country.setObjectName(u"country")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.country)

        self.meeting_id_label = QLabel(self.scroll_body)
        self.meeting_id_label.setObjectName(u"meeting_id_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.meeting_id_label)

        self.meeting_id = RecordCombo(self.scroll_body)
        self.meeting_id.setObjectName(u"meeting_id")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.meeting_id)

        self.scroll.setWidget(self.scroll_body)

        self.main_layout.addWidget(self.scroll)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.history_button = QPushButton(ActionEditor)
        self.history_button.setObjectName(u"history_button")

        self.button_row.addWidget(self.history_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.revert_button = QPushButton(ActionEditor)
        self.revert_button.setObjectName(u"revert_button")

        self.button_row.addWidget(self.revert_button)

        self.save_button = QPushButton(ActionEditor)
        self.save_button.setObjectName(u"save_button")

        self.button_row.addWidget(self.save_button)


        self.main_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.description_label.setBuddy(self.description)
        self.owner_id_label.setBuddy(self.owner_id)
        self.owner_label.setBuddy(self.owner)
        self.due_label.setBuddy(self.due)
        self.status_label.setBuddy(self.status)
        self.country_label.setBuddy(self.country)
        self.meeting_id_label.setBuddy(self.meeting_id)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActionEditor)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(ActionEditor)
    # setupUi

    def retranslateUi(self, ActionEditor):
        ActionEditor.setWindowTitle(QCoreApplication.translate("ActionEditor", u"Action", None))
        self.heading.setText(QCoreApplication.translate("ActionEditor", u"Action", None))
        self.description_label.setText(QCoreApplication.translate("ActionEditor", u"&Description", None))
        self.owner_id_label.setText(QCoreApplication.translate("ActionEditor", u"Owner", None))
        self.owner_label.setText(QCoreApplication.translate("ActionEditor", u"Owner (unit)", None))
        self.due_label.setText(QCoreApplication.translate("ActionEditor", u"D&ue", None))
        self.status_label.setText(QCoreApplication.translate("ActionEditor", u"St&atus", None))
        self.country_label.setText(QCoreApplication.translate("ActionEditor", u"&Country", None))
        self.meeting_id_label.setText(QCoreApplication.translate("ActionEditor", u"Meeting", None))
        self.history_button.setText(QCoreApplication.translate("ActionEditor", u"Histor&y\u2026", None))
        self.revert_button.setText(QCoreApplication.translate("ActionEditor", u"&Revert", None))
        self.save_button.setText(QCoreApplication.translate("ActionEditor", u"&Save", None))
    # retranslateUi

