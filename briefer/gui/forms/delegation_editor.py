# GENERATED from ui/delegation_editor.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'delegation_editor.ui'
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

from briefer.gui.widgets.fields import (CommaListEdit, CountryPicker, ListEditor, RecordCombo)

class Ui_DelegationEditor(object):
    def setupUi(self, DelegationEditor):
        if not DelegationEditor.objectName():
            DelegationEditor.setObjectName(u"DelegationEditor")
        self.main_layout = QVBoxLayout(DelegationEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.heading = QLabel(DelegationEditor)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.main_layout.addWidget(self.heading)

        self.banner = QLabel(DelegationEditor)
        self.banner.setObjectName(u"banner")
        self.banner.setText(u"")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(u"font-weight: 600;")
        self.banner.setProperty(u"tone", u"error")

        self.main_layout.addWidget(self.banner)

        self.scroll = QScrollArea(DelegationEditor)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll_body = QWidget()
        self.scroll_body.setObjectName(u"scroll_body")
        self.form = QFormLayout(self.scroll_body)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name_label = QLabel(self.scroll_body)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(self.scroll_body)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.country_label = QLabel(self.scroll_body)
        self.country_label.setObjectName(u"country_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.country_label)

        self.country = CountryPicker(self.scroll_body)
        self.country.setObjectName(u"country")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.country)

        self.organisation_id_label = QLabel(self.scroll_body)
        self.organisation_id_label.setObjectName(u"organisation_id_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organisation_id_label)

        self.organisation_id = RecordCombo(self.scroll_body)
        self.organisation_id.setObjectName(u"organisation_id")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organisation_id)

        self.host_label = QLabel(self.scroll_body)
        self.host_label.setObjectName(u"host_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.host_label)

        self.host = QCheckBox(self.scroll_body)
        self.host.setObjectName(u"host")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.host)

        self.members_label = QLabel(self.scroll_body)
        self.members_label.setObjectName(u"members_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.members_label)

        self.members = ListEditor(self.scroll_body)
        self.members.setObjectName(u"members")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.members)

        self.interpretation_languages_label = QLabel(self.scroll_body)
        self.interpretation_languages_label.setObjectName(u"interpretation_languages_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.interpretation_languages_label)

        self.interpretation_languages = CommaListEdit(self.scroll_body)
        self.interpretation_languages.setObjectName(u"interpretation_languages")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.interpretation_languages)

        self.notes_label = QLabel(self.scroll_body)
        self.notes_label.setObjectName(u"notes_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.scroll_body)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes)

        self.scroll.setWidget(self.scroll_body)

        self.main_layout.addWidget(self.scroll)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.history_button = QPushButton(DelegationEditor)
        self.history_button.setObjectName(u"history_button")

        self.button_row.addWidget(self.history_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.revert_button = QPushButton(DelegationEditor)
        self.revert_button.setObjectName(u"revert_button")

        self.button_row.addWidget(self.revert_button)

        self.save_button = QPushButton(DelegationEditor)
        self.save_button.setObjectName(u"save_button")

        self.button_row.addWidget(self.save_button)


        self.main_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.country_label.setBuddy(self.country)
        self.organisation_id_label.setBuddy(self.organisation_id)
        self.host_label.setBuddy(self.host)
        self.members_label.setBuddy(self.members)
        self.interpretation_languages_label.setBuddy(self.interpretation_languages)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DelegationEditor)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(DelegationEditor)
    # setupUi

    def retranslateUi(self, DelegationEditor):
        DelegationEditor.setWindowTitle(QCoreApplication.translate("DelegationEditor", u"Delegation", None))
        self.heading.setText(QCoreApplication.translate("DelegationEditor", u"Delegation", None))
        self.name_label.setText(QCoreApplication.translate("DelegationEditor", u"&Name", None))
        self.country_label.setText(QCoreApplication.translate("DelegationEditor", u"&Country", None))
        self.organisation_id_label.setText(QCoreApplication.translate("DelegationEditor", u"Organisation", None))
        self.host_label.setText(QCoreApplication.translate("DelegationEditor", u"Host delegation", None))
        self.host.setText("")
        self.members_label.setText(QCoreApplication.translate("DelegationEditor", u"Members", None))
        self.interpretation_languages_label.setText(QCoreApplication.translate("DelegationEditor", u"Interpretation languages", None))
        self.notes_label.setText(QCoreApplication.translate("DelegationEditor", u"Notes", None))
        self.history_button.setText(QCoreApplication.translate("DelegationEditor", u"Histor&y\u2026", None))
        self.revert_button.setText(QCoreApplication.translate("DelegationEditor", u"&Revert", None))
        self.save_button.setText(QCoreApplication.translate("DelegationEditor", u"&Save", None))
    # retranslateUi

