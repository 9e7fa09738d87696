# GENERATED from ui/capture_action.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'capture_action.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QWidget)

from briefer.gui.widgets.date_fields import OptionalDateEdit
from briefer.gui.widgets.fields import PersonPicker

class Ui_CaptureAction(object):
    def setupUi(self, CaptureAction):
        if not CaptureAction.objectName():
            CaptureAction.setObjectName(u"CaptureAction")
        CaptureAction.setMinimumSize(QSize(520, 0))
        self.form = QFormLayout(CaptureAction)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.what_label = QLabel(CaptureAction)
        self.what_label.setObjectName(u"what_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.what_label)

        self.what = QLineEdit(CaptureAction)
        self.what.setObjectName(u"what")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.what)

        self.who_label = QLabel(CaptureAction)
        self.who_label.setObjectName(u"who_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.who_label)

        self.who = PersonPicker(CaptureAction)
        self.who.setObjectName(u"who")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.who)

        self.due_label = QLabel(CaptureAction)
        self.due_label.setObjectName(u"due_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.due_label)

        self.due = OptionalDateEdit(CaptureAction)
        self.due.setObjectName(u"due")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.due)

        self.error_label = QLabel(CaptureAction)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"tone", u"error")

        self.form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.error_label)

        self.buttons = QDialogButtonBox(CaptureAction)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.what_label.setBuddy(self.what)
        self.who_label.setBuddy(self.who)
        self.due_label.setBuddy(self.due)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaptureAction)

        QMetaObject.connectSlotsByName(CaptureAction)
    # setupUi

    def retranslateUi(self, CaptureAction):
        CaptureAction.setWindowTitle(QCoreApplication.translate("CaptureAction", u"Follow-up action", None))
        self.what_label.setText(QCoreApplication.translate("CaptureAction", u"&What", None))
        self.who_label.setText(QCoreApplication.translate("CaptureAction", u"W&ho", None))
#if QT_CONFIG(tooltip)
        self.who.setToolTip(QCoreApplication.translate("CaptureAction", u"A person, or type a unit (e.g. LNV/DG Agro)", None))
#endif // QT_CONFIG(tooltip)
        self.due_label.setText(QCoreApplication.translate("CaptureAction", u"&By when", None))
    # retranslateUi

