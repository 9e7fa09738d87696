# GENERATED from ui/export_dialog.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from briefer.gui.widgets.date_fields import DateEdit

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(560, 360)
        self.layout = QVBoxLayout(ExportDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(ExportDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.layout.addWidget(self.heading)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.format_label = QLabel(ExportDialog)
        self.format_label.setObjectName(u"format_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.format_label)

        self.format_combo = QComboBox(ExportDialog)
        self.format_combo.setObjectName(u"format_combo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.format_combo)

        self.scope_label = QLabel(ExportDialog)
        self.scope_label.setObjectName(u"scope_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.scope_label)

        self.scope_combo = QComboBox(ExportDialog)
        self.scope_combo.setObjectName(u"scope_combo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.scope_combo)

        self.target_label = QLabel(ExportDialog)
        self.target_label.setObjectName(u"target_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.target_label)

        self.target_combo = QComboBox(ExportDialog)
        self.target_combo.setObjectName(u"target_combo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.target_combo)

        self.lang_label = QLabel(ExportDialog)
        self.lang_label.setObjectName(u"lang_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lang_label)

        self.lang_combo = QComboBox(ExportDialog)
        self.lang_combo.setObjectName(u"lang_combo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lang_combo)

        self.leave_out_check = QCheckBox(ExportDialog)
        self.leave_out_check.setObjectName(u"leave_out_check")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.leave_out_check)

        self.only_notes_check = QCheckBox(ExportDialog)
        self.only_notes_check.setObjectName(u"only_notes_check")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.only_notes_check)

        self.since_check = QCheckBox(ExportDialog)
        self.since_check.setObjectName(u"since_check")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.since_check)

        self.since_edit = DateEdit(ExportDialog)
        self.since_edit.setObjectName(u"since_edit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.since_edit)

        self.path_label = QLabel(ExportDialog)
        self.path_label.setObjectName(u"path_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.path_label)

        self.path_row = QHBoxLayout()
        self.path_row.setObjectName(u"path_row")
        self.path_edit = QLineEdit(ExportDialog)
        self.path_edit.setObjectName(u"path_edit")

        self.path_row.addWidget(self.path_edit)

        self.browse_button = QPushButton(ExportDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.path_row.addWidget(self.browse_button)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.path_row)


        self.layout.addLayout(self.form)

        self.status_label = QLabel(ExportDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setText(u"")

        self.layout.addWidget(self.status_label)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(ExportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.format_label.setBuddy(self.format_combo)
        self.scope_label.setBuddy(self.scope_combo)
        self.target_label.setBuddy(self.target_combo)
        self.lang_label.setBuddy(self.lang_combo)
        self.path_label.setBuddy(self.path_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export", None))
        self.heading.setText(QCoreApplication.translate("ExportDialog", u"Export", None))
        self.format_label.setText(QCoreApplication.translate("ExportDialog", u"&Format", None))
        self.scope_label.setText(QCoreApplication.translate("ExportDialog", u"&Meetings", None))
        self.target_label.setText(QCoreApplication.translate("ExportDialog", u"&Which", None))
        self.lang_label.setText(QCoreApplication.translate("ExportDialog", u"&Language", None))
        self.leave_out_check.setText(QCoreApplication.translate("ExportDialog", u"Leave &out classified (not-for-disclosure) meetings and notes", None))
        self.only_notes_check.setText(QCoreApplication.translate("ExportDialog", u"Only &notes, outcomes and actions", None))
        self.since_check.setText(QCoreApplication.translate("ExportDialog", u"Changed sinc&e", None))
        self.path_label.setText(QCoreApplication.translate("ExportDialog", u"&Save as", None))
        self.browse_button.setText(QCoreApplication.translate("ExportDialog", u"&Browse\u2026", None))
    # retranslateUi

