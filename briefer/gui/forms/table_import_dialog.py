# GENERATED from ui/table_import_dialog.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'table_import_dialog.ui'
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
    QDialog, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_TableImportDialog(object):
    def setupUi(self, TableImportDialog):
        if not TableImportDialog.objectName():
            TableImportDialog.setObjectName(u"TableImportDialog")
        TableImportDialog.resize(900, 600)
        self.layout = QVBoxLayout(TableImportDialog)
        self.layout.setObjectName(u"layout")
        self.explanation = QLabel(TableImportDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kind_label = QLabel(TableImportDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(TableImportDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.file_label = QLabel(TableImportDialog)
        self.file_label.setObjectName(u"file_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_row = QHBoxLayout()
        self.file_row.setObjectName(u"file_row")
        self.file_edit = QLineEdit(TableImportDialog)
        self.file_edit.setObjectName(u"file_edit")

        self.file_row.addWidget(self.file_edit)

        self.choose_button = QPushButton(TableImportDialog)
        self.choose_button.setObjectName(u"choose_button")

        self.file_row.addWidget(self.choose_button)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.file_row)


        self.layout.addLayout(self.form)

        self.summary_label = QLabel(TableImportDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.layout.addWidget(self.summary_label)

        self.rows_table = QTableWidget(TableImportDialog)
        self.rows_table.setObjectName(u"rows_table")
        self.rows_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.rows_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rows_table.setTabKeyNavigation(False)

        self.layout.addWidget(self.rows_table)

        self.conflicts_label = QLabel(TableImportDialog)
        self.conflicts_label.setObjectName(u"conflicts_label")

        self.layout.addWidget(self.conflicts_label)

        self.conflicts_text = QPlainTextEdit(TableImportDialog)
        self.conflicts_text.setObjectName(u"conflicts_text")
        self.conflicts_text.setReadOnly(True)
        self.conflicts_text.setMaximumSize(QSize(16777215, 120))

        self.layout.addWidget(self.conflicts_text)

        self.skip_refused_check = QCheckBox(TableImportDialog)
        self.skip_refused_check.setObjectName(u"skip_refused_check")

        self.layout.addWidget(self.skip_refused_check)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.template_button = QPushButton(TableImportDialog)
        self.template_button.setObjectName(u"template_button")

        self.buttons.addWidget(self.template_button)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.import_button = QPushButton(TableImportDialog)
        self.import_button.setObjectName(u"import_button")

        self.buttons.addWidget(self.import_button)

        self.cancel_button = QPushButton(TableImportDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.buttons.addWidget(self.cancel_button)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.file_label.setBuddy(self.file_edit)
        self.conflicts_label.setBuddy(self.conflicts_text)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TableImportDialog)

        QMetaObject.connectSlotsByName(TableImportDialog)
    # setupUi

    def retranslateUi(self, TableImportDialog):
        TableImportDialog.setWindowTitle(QCoreApplication.translate("TableImportDialog", u"Import from a spreadsheet", None))
        self.explanation.setText(QCoreApplication.translate("TableImportDialog", u"Choose what the sheet holds and the file (.xlsx or .csv). Every row is shown first: add, update, unchanged or refused. Nothing is written until you import, and then all rows or none.", None))
        self.kind_label.setText(QCoreApplication.translate("TableImportDialog", u"&What the sheet holds", None))
        self.file_label.setText(QCoreApplication.translate("TableImportDialog", u"&File", None))
        self.choose_button.setText(QCoreApplication.translate("TableImportDialog", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.rows_table.setAccessibleName(QCoreApplication.translate("TableImportDialog", u"Rows of the sheet", None))
#endif // QT_CONFIG(accessibility)
        self.conflicts_label.setText(QCoreApplication.translate("TableImportDialog", u"Conflicts in the programme after this import", None))
        self.skip_refused_check.setText(QCoreApplication.translate("TableImportDialog", u"&Leave out the refused rows and import the others", None))
        self.template_button.setText(QCoreApplication.translate("TableImportDialog", u"Save a &template\u2026", None))
        self.import_button.setText(QCoreApplication.translate("TableImportDialog", u"&Import", None))
        self.cancel_button.setText(QCoreApplication.translate("TableImportDialog", u"Cancel", None))
    # retranslateUi

