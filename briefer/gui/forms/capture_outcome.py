# GENERATED from ui/capture_outcome.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'capture_outcome.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QWidget)

class Ui_CaptureOutcome(object):
    def setupUi(self, CaptureOutcome):
        if not CaptureOutcome.objectName():
            CaptureOutcome.setObjectName(u"CaptureOutcome")
        CaptureOutcome.setMinimumSize(QSize(520, 0))
        self.form = QFormLayout(CaptureOutcome)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.objective_label = QLabel(CaptureOutcome)
        self.objective_label.setObjectName(u"objective_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.objective_label)

        self.objective = QComboBox(CaptureOutcome)
        self.objective.setObjectName(u"objective")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.objective)

        self.met_label = QLabel(CaptureOutcome)
        self.met_label.setObjectName(u"met_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.met_label)

        self.met = QComboBox(CaptureOutcome)
        self.met.setObjectName(u"met")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.met)

        self.kind_label = QLabel(CaptureOutcome)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(CaptureOutcome)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind)

        self.text_label = QLabel(CaptureOutcome)
        self.text_label.setObjectName(u"text_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text = QLineEdit(CaptureOutcome)
        self.text.setObjectName(u"text")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.text)

        self.error_label = QLabel(CaptureOutcome)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"tone", u"error")

        self.form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.error_label)

        self.buttons = QDialogButtonBox(CaptureOutcome)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.objective_label.setBuddy(self.objective)
        self.met_label.setBuddy(self.met)
        self.kind_label.setBuddy(self.kind)
        self.text_label.setBuddy(self.text)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaptureOutcome)

        QMetaObject.connectSlotsByName(CaptureOutcome)
    # setupUi

    def retranslateUi(self, CaptureOutcome):
        CaptureOutcome.setWindowTitle(QCoreApplication.translate("CaptureOutcome", u"Outcome", None))
        self.objective_label.setText(QCoreApplication.translate("CaptureOutcome", u"&Objective", None))
        self.met_label.setText(QCoreApplication.translate("CaptureOutcome", u"&Met", None))
        self.kind_label.setText(QCoreApplication.translate("CaptureOutcome", u"&Kind", None))
        self.text_label.setText(QCoreApplication.translate("CaptureOutcome", u"O&utcome", None))
    # retranslateUi

