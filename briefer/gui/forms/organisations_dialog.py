# GENERATED from ui/organisations_dialog.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisations_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

from briefer.gui.widgets.fields import EnumCombo

class Ui_OrganisationsDialog(object):
    def setupUi(self, OrganisationsDialog):
        if not OrganisationsDialog.objectName():
            OrganisationsDialog.setObjectName(u"OrganisationsDialog")
        self.layout = QHBoxLayout(OrganisationsDialog)
        self.layout.setObjectName(u"layout")
        self.list_column = QVBoxLayout()
        self.list_column.setObjectName(u"list_column")
        self.records = QListWidget(OrganisationsDialog)
        self.records.setObjectName(u"records")

        self.list_column.addWidget(self.records)

        self.list_buttons = QHBoxLayout()
        self.list_buttons.setObjectName(u"list_buttons")
        self.add_button = QPushButton(OrganisationsDialog)
        self.add_button.setObjectName(u"add_button")

        self.list_buttons.addWidget(self.add_button)

        self.delete_button = QPushButton(OrganisationsDialog)
        self.delete_button.setObjectName(u"delete_button")

        self.list_buttons.addWidget(self.delete_button)


        self.list_column.addLayout(self.list_buttons)


        self.layout.addLayout(self.list_column)

        self.editor_column = QVBoxLayout()
        self.editor_column.setObjectName(u"editor_column")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(OrganisationsDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(OrganisationsDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.name_nl_label = QLabel(OrganisationsDialog)
        self.name_nl_label.setObjectName(u"name_nl_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_nl_label)

        self.name_nl = QLineEdit(OrganisationsDialog)
        self.name_nl.setObjectName(u"name_nl")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_nl)

        self.acronym_label = QLabel(OrganisationsDialog)
        self.acronym_label.setObjectName(u"acronym_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.acronym_label)

        self.acronym = QLineEdit(OrganisationsDialog)
        self.acronym.setObjectName(u"acronym")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.acronym)

        self.acronym_in_titles = QCheckBox(OrganisationsDialog)
        self.acronym_in_titles.setObjectName(u"acronym_in_titles")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.acronym_in_titles)

        self.article_en_label = QLabel(OrganisationsDialog)
        self.article_en_label.setObjectName(u"article_en_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.article_en_label)

        self.article_en = QComboBox(OrganisationsDialog)
        self.article_en.setObjectName(u"article_en")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.article_en)

        self.article_nl_label = QLabel(OrganisationsDialog)
        self.article_nl_label.setObjectName(u"article_nl_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.article_nl_label)

        self.article_nl = QComboBox(OrganisationsDialog)
        self.article_nl.setObjectName(u"article_nl")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.article_nl)

        self.type_label = QLabel(OrganisationsDialog)
        self.type_label.setObjectName(u"type_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.type_label)

        self.type = EnumCombo(OrganisationsDialog)
        self.type.setObjectName(u"type")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.type)

        self.example_label = QLabel(OrganisationsDialog)
        self.example_label.setObjectName(u"example_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.example_label)

        self.example = QLabel(OrganisationsDialog)
        self.example.setObjectName(u"example")
        self.example.setText(u"")
        self.example.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.example)


        self.editor_column.addLayout(self.form)

        self.banner = QLabel(OrganisationsDialog)
        self.banner.setObjectName(u"banner")
        self.banner.setText(u"")
        self.banner.setWordWrap(True)

        self.editor_column.addWidget(self.banner)

        self.editor_buttons = QHBoxLayout()
        self.editor_buttons.setObjectName(u"editor_buttons")
        self.history_button = QPushButton(OrganisationsDialog)
        self.history_button.setObjectName(u"history_button")

        self.editor_buttons.addWidget(self.history_button)

        self.earlier_button = QPushButton(OrganisationsDialog)
        self.earlier_button.setObjectName(u"earlier_button")

        self.editor_buttons.addWidget(self.earlier_button)

        self.save_button = QPushButton(OrganisationsDialog)
        self.save_button.setObjectName(u"save_button")

        self.editor_buttons.addWidget(self.save_button)

        self.close_button = QPushButton(OrganisationsDialog)
        self.close_button.setObjectName(u"close_button")

        self.editor_buttons.addWidget(self.close_button)


        self.editor_column.addLayout(self.editor_buttons)


        self.layout.addLayout(self.editor_column)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.name_nl_label.setBuddy(self.name_nl)
        self.acronym_label.setBuddy(self.acronym)
        self.article_en_label.setBuddy(self.article_en)
        self.article_nl_label.setBuddy(self.article_nl)
        self.type_label.setBuddy(self.type)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrganisationsDialog)

        QMetaObject.connectSlotsByName(OrganisationsDialog)
    # setupUi

    def retranslateUi(self, OrganisationsDialog):
        OrganisationsDialog.setWindowTitle(QCoreApplication.translate("OrganisationsDialog", u"Organisations", None))
        self.add_button.setText(QCoreApplication.translate("OrganisationsDialog", u"&New", None))
        self.delete_button.setText(QCoreApplication.translate("OrganisationsDialog", u"&Delete", None))
        self.name_label.setText(QCoreApplication.translate("OrganisationsDialog", u"Name (&English):", None))
        self.name_nl_label.setText(QCoreApplication.translate("OrganisationsDialog", u"Name (D&utch):", None))
        self.acronym_label.setText(QCoreApplication.translate("OrganisationsDialog", u"&Acronym:", None))
        self.acronym_in_titles.setText(QCoreApplication.translate("OrganisationsDialog", u"Titles use the a&cronym (\u201cBilateral with FAO\u201d)", None))
        self.article_en_label.setText(QCoreApplication.translate("OrganisationsDialog", u"English ar&ticle:", None))
        self.article_nl_label.setText(QCoreApplication.translate("OrganisationsDialog", u"Dutch art&icle:", None))
        self.type_label.setText(QCoreApplication.translate("OrganisationsDialog", u"T&ype:", None))
        self.example_label.setText(QCoreApplication.translate("OrganisationsDialog", u"In a title:", None))
        self.history_button.setText(QCoreApplication.translate("OrganisationsDialog", u"&History\u2026", None))
#if QT_CONFIG(tooltip)
        self.history_button.setToolTip(QCoreApplication.translate("OrganisationsDialog", u"The saved versions of this organisation", None))
#endif // QT_CONFIG(tooltip)
        self.earlier_button.setText(QCoreApplication.translate("OrganisationsDialog", u"At ea&rlier conferences\u2026", None))
#if QT_CONFIG(tooltip)
        self.earlier_button.setToolTip(QCoreApplication.translate("OrganisationsDialog", u"Bilaterals, outcomes and open actions with this organisation at earlier conferences", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("OrganisationsDialog", u"&Save", None))
        self.close_button.setText(QCoreApplication.translate("OrganisationsDialog", u"Close", None))
    # retranslateUi

