# GENERATED from ui/person_editor.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_editor.ui'
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

from briefer.gui.widgets.fields import (CommaListEdit, CountryPicker, RecordCombo)

class Ui_PersonEditor(object):
    def setupUi(self, PersonEditor):
        if not PersonEditor.objectName():
            PersonEditor.setObjectName(u"PersonEditor")
        self.main_layout = QVBoxLayout(PersonEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.heading = QLabel(PersonEditor)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.main_layout.addWidget(self.heading)

        self.banner = QLabel(PersonEditor)
        self.banner.setObjectName(u"banner")
        self.banner.setText(u"")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(u"font-weight: 600;")
        self.banner.setProperty(u"tone", u"error")

        self.main_layout.addWidget(self.banner)

        self.scroll = QScrollArea(PersonEditor)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll_body = QWidget()
        self.scroll_body.setObjectName(u"scroll_body")
        self.form = QFormLayout(self.scroll_body)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.honorific_label = QLabel(self.scroll_body)
        self.honorific_label.setObjectName(u"honorific_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.honorific_label)

        self.honorific = QLineEdit(self.scroll_body)
        self.honorific.setObjectName(u"honorific")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.honorific)

        self.given_name_label = QLabel(self.scroll_body)
        self.given_name_label.setObjectName(u"given_name_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.given_name_label)

        self.given_name = QLineEdit(self.scroll_body)
        self.given_name.setObjectName(u"given_name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.given_name)

        self.family_name_label = QLabel(self.scroll_body)
        self.family_name_label.setObjectName(u"family_name_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.family_name_label)

        self.family_name = QLineEdit(self.scroll_body)
        self.family_name.setObjectName(u"family_name")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.family_name)

        self.position_label = QLabel(self.scroll_body)
        self.position_label.setObjectName(u"position_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.position_label)

        self.position = QLineEdit(self.scroll_body)
        self.position.setObjectName(u"position")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.position)

        self.country_label = QLabel(self.scroll_body)
        self.country_label.setObjectName(u"country_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.country_label)

        self.country = CountryPicker(self.scroll_body)
        self.country.setObjectName(u"country")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.country)

        self.organisation_id_label = QLabel(self.scroll_body)
        self.organisation_id_label.setObjectName(u"organisation_id_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.organisation_id_label)

        self.organisation_id = RecordCombo(self.scroll_body)
        self.organisation_id.setObjectName(u"organisation_id")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.organisation_id)

        self.principal_title_label = QLabel(self.scroll_body)
        self.principal_title_label.setObjectName(u"principal_title_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.principal_title_label)

        self.principal_title = QLineEdit(self.scroll_body)
        self.principal_title.setObjectName(u"principal_title")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.principal_title)

        self.languages_label = QLabel(self.scroll_body)
        self.languages_label.setObjectName(u"languages_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.languages_label)

        self.languages = CommaListEdit(self.scroll_body)
        self.languages.setObjectName(u"languages")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.languages)

        self.email_label = QLabel(self.scroll_body)
        self.email_label.setObjectName(u"email_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(self.scroll_body)
        self.email.setObjectName(u"email")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.email)

        self.phone_label = QLabel(self.scroll_body)
        self.phone_label.setObjectName(u"phone_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(self.scroll_body)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.phone)

        self.biography_label = QLabel(self.scroll_body)
        self.biography_label.setObjectName(u"biography_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.biography_label)

        self.biography = QPlainTextEdit(self.scroll_body)
        self.biography.setObjectName(u"biography")
        self.biography.setTabChangesFocus(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.biography)

        self.scroll.setWidget(self.scroll_body)

        self.main_layout.addWidget(self.scroll)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.history_button = QPushButton(PersonEditor)
        self.history_button.setObjectName(u"history_button")

        self.button_row.addWidget(self.history_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.revert_button = QPushButton(PersonEditor)
        self.revert_button.setObjectName(u"revert_button")

        self.button_row.addWidget(self.revert_button)

        self.save_button = QPushButton(PersonEditor)
        self.save_button.setObjectName(u"save_button")

        self.button_row.addWidget(self.save_button)


        self.main_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.honorific_label.setBuddy(self.honorific)
        self.given_name_label.setBuddy(self.given_name)
        self.family_name_label.setBuddy(self.family_name)
        self.position_label.setBuddy(self.position)
        self.country_label.setBuddy(self.country)
        self.organisation_id_label.setBuddy(self.organisation_id)
        self.principal_title_label.setBuddy(self.principal_title)
        self.languages_label.setBuddy(self.languages)
        self.email_label.setBuddy(self.email)
        self.phone_label.setBuddy(self.phone)
        self.biography_label.setBuddy(self.biography)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonEditor)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(PersonEditor)
    # setupUi

    def retranslateUi(self, PersonEditor):
        PersonEditor.setWindowTitle(QCoreApplication.translate("PersonEditor", u"Person", None))
        self.heading.setText(QCoreApplication.translate("PersonEditor", u"Person", None))
        self.honorific_label.setText(QCoreApplication.translate("PersonEditor", u"Honorific", None))
        self.given_name_label.setText(QCoreApplication.translate("PersonEditor", u"&Given name", None))
        self.family_name_label.setText(QCoreApplication.translate("PersonEditor", u"Fa&mily name", None))
        self.position_label.setText(QCoreApplication.translate("PersonEditor", u"Position", None))
        self.country_label.setText(QCoreApplication.translate("PersonEditor", u"&Country", None))
        self.organisation_id_label.setText(QCoreApplication.translate("PersonEditor", u"Organisation", None))
        self.principal_title_label.setText(QCoreApplication.translate("PersonEditor", u"Minister's title", None))
        self.languages_label.setText(QCoreApplication.translate("PersonEditor", u"Languages", None))
        self.email_label.setText(QCoreApplication.translate("PersonEditor", u"E-mail", None))
        self.phone_label.setText(QCoreApplication.translate("PersonEditor", u"Phone", None))
        self.biography_label.setText(QCoreApplication.translate("PersonEditor", u"Biography", None))
        self.history_button.setText(QCoreApplication.translate("PersonEditor", u"Histor&y\u2026", None))
        self.revert_button.setText(QCoreApplication.translate("PersonEditor", u"&Revert", None))
        self.save_button.setText(QCoreApplication.translate("PersonEditor", u"&Save", None))
    # retranslateUi

