# GENERATED from ui/move_meeting_dialog.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'move_meeting_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

from briefer.gui.widgets.date_fields import (DateEdit, TimeEdit)

class Ui_MoveMeetingDialog(object):
    def setupUi(self, MoveMeetingDialog):
        if not MoveMeetingDialog.objectName():
            MoveMeetingDialog.setObjectName(u"MoveMeetingDialog")
        self.layout = QVBoxLayout(MoveMeetingDialog)
        self.layout.setObjectName(u"layout")
        self.meeting_label = QLabel(MoveMeetingDialog)
        self.meeting_label.setObjectName(u"meeting_label")
        self.meeting_label.setText(u"")
        self.meeting_label.setWordWrap(True)
        self.meeting_label.setStyleSheet(u"font-weight: 600;")

        self.layout.addWidget(self.meeting_label)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.day_label = QLabel(MoveMeetingDialog)
        self.day_label.setObjectName(u"day_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.day_label)

        self.day = DateEdit(MoveMeetingDialog)
        self.day.setObjectName(u"day")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.day)

        self.start_label = QLabel(MoveMeetingDialog)
        self.start_label.setObjectName(u"start_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start = TimeEdit(MoveMeetingDialog)
        self.start.setObjectName(u"start")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.start)

        self.duration_label = QLabel(MoveMeetingDialog)
        self.duration_label.setObjectName(u"duration_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.duration_label)

        self.duration = QSpinBox(MoveMeetingDialog)
        self.duration.setObjectName(u"duration")
        self.duration.setMinimum(5)
        self.duration.setMaximum(480)
        self.duration.setSingleStep(5)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.duration)

        self.room_label = QLabel(MoveMeetingDialog)
        self.room_label.setObjectName(u"room_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.room_label)

        self.room = QComboBox(MoveMeetingDialog)
        self.room.setObjectName(u"room")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.room)


        self.layout.addLayout(self.form)

        self.conflict_label = QLabel(MoveMeetingDialog)
        self.conflict_label.setObjectName(u"conflict_label")
        self.conflict_label.setText(u"")
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setTextFormat(Qt.RichText)

        self.layout.addWidget(self.conflict_label)

        self.buttons = QDialogButtonBox(MoveMeetingDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.day_label.setBuddy(self.day)
        self.start_label.setBuddy(self.start)
        self.duration_label.setBuddy(self.duration)
        self.room_label.setBuddy(self.room)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MoveMeetingDialog)

        QMetaObject.connectSlotsByName(MoveMeetingDialog)
    # setupUi

    def retranslateUi(self, MoveMeetingDialog):
        MoveMeetingDialog.setWindowTitle(QCoreApplication.translate("MoveMeetingDialog", u"Move the bilateral", None))
        self.day_label.setText(QCoreApplication.translate("MoveMeetingDialog", u"&Day:", None))
        self.start_label.setText(QCoreApplication.translate("MoveMeetingDialog", u"&Start:", None))
        self.duration_label.setText(QCoreApplication.translate("MoveMeetingDialog", u"D&uration:", None))
        self.duration.setSuffix(QCoreApplication.translate("MoveMeetingDialog", u" min", None))
        self.room_label.setText(QCoreApplication.translate("MoveMeetingDialog", u"&Room:", None))
    # retranslateUi

