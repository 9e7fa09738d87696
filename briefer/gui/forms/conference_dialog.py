# GENERATED from ui/conference_dialog.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conference_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from briefer.gui.widgets.date_fields import (DateEdit, TimeEdit)
from briefer.gui.widgets.fields import TimezoneCombo

class Ui_ConferenceDialog(object):
    def setupUi(self, ConferenceDialog):
        if not ConferenceDialog.objectName():
            ConferenceDialog.setObjectName(u"ConferenceDialog")
        self.layout = QVBoxLayout(ConferenceDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(ConferenceDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(ConferenceDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.name_nl_label = QLabel(ConferenceDialog)
        self.name_nl_label.setObjectName(u"name_nl_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_nl_label)

        self.name_nl = QLineEdit(ConferenceDialog)
        self.name_nl.setObjectName(u"name_nl")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_nl)

        self.city_label = QLabel(ConferenceDialog)
        self.city_label.setObjectName(u"city_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city = QLineEdit(ConferenceDialog)
        self.city.setObjectName(u"city")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.city)

        self.venue_label = QLabel(ConferenceDialog)
        self.venue_label.setObjectName(u"venue_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.venue_label)

        self.venue = QLineEdit(ConferenceDialog)
        self.venue.setObjectName(u"venue")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.venue)

        self.start_date_label = QLabel(ConferenceDialog)
        self.start_date_label.setObjectName(u"start_date_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date = DateEdit(ConferenceDialog)
        self.start_date.setObjectName(u"start_date")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.start_date)

        self.end_date_label = QLabel(ConferenceDialog)
        self.end_date_label.setObjectName(u"end_date_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.end_date_label)

        self.end_date = DateEdit(ConferenceDialog)
        self.end_date.setObjectName(u"end_date")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.end_date)

        self.timezone_label = QLabel(ConferenceDialog)
        self.timezone_label.setObjectName(u"timezone_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.timezone_label)

        self.timezone = TimezoneCombo(ConferenceDialog)
        self.timezone.setObjectName(u"timezone")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.timezone)

        self.day_start_label = QLabel(ConferenceDialog)
        self.day_start_label.setObjectName(u"day_start_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.day_start_label)

        self.day_start = TimeEdit(ConferenceDialog)
        self.day_start.setObjectName(u"day_start")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.day_start)

        self.day_end_label = QLabel(ConferenceDialog)
        self.day_end_label.setObjectName(u"day_end_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.day_end_label)

        self.day_end = TimeEdit(ConferenceDialog)
        self.day_end.setObjectName(u"day_end")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.day_end)

        self.day_hours_label = QLabel(ConferenceDialog)
        self.day_hours_label.setObjectName(u"day_hours_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.day_hours_label)

        self.day_hours = QPlainTextEdit(ConferenceDialog)
        self.day_hours.setObjectName(u"day_hours")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.day_hours)


        self.layout.addLayout(self.form)

        self.day_hours_hint = QLabel(ConferenceDialog)
        self.day_hours_hint.setObjectName(u"day_hours_hint")
        self.day_hours_hint.setWordWrap(True)

        self.layout.addWidget(self.day_hours_hint)

        self.banner = QLabel(ConferenceDialog)
        self.banner.setObjectName(u"banner")
        self.banner.setText(u"")
        self.banner.setWordWrap(True)

        self.layout.addWidget(self.banner)

        self.buttons = QDialogButtonBox(ConferenceDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.name_nl_label.setBuddy(self.name_nl)
        self.city_label.setBuddy(self.city)
        self.venue_label.setBuddy(self.venue)
        self.start_date_label.setBuddy(self.start_date)
        self.end_date_label.setBuddy(self.end_date)
        self.timezone_label.setBuddy(self.timezone)
        self.day_start_label.setBuddy(self.day_start)
        self.day_end_label.setBuddy(self.day_end)
        self.day_hours_label.setBuddy(self.day_hours)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConferenceDialog)

        QMetaObject.connectSlotsByName(ConferenceDialog)
    # setupUi

    def retranslateUi(self, ConferenceDialog):
        ConferenceDialog.setWindowTitle(QCoreApplication.translate("ConferenceDialog", u"Conference settings", None))
        self.name_label.setText(QCoreApplication.translate("ConferenceDialog", u"&Name:", None))
        self.name_nl_label.setText(QCoreApplication.translate("ConferenceDialog", u"Dutch na&me:", None))
        self.city_label.setText(QCoreApplication.translate("ConferenceDialog", u"&City:", None))
        self.venue_label.setText(QCoreApplication.translate("ConferenceDialog", u"&Venue:", None))
        self.start_date_label.setText(QCoreApplication.translate("ConferenceDialog", u"&First day:", None))
        self.end_date_label.setText(QCoreApplication.translate("ConferenceDialog", u"&Last day:", None))
        self.timezone_label.setText(QCoreApplication.translate("ConferenceDialog", u"&Timezone:", None))
        self.day_start_label.setText(QCoreApplication.translate("ConferenceDialog", u"Day &opens:", None))
        self.day_end_label.setText(QCoreApplication.translate("ConferenceDialog", u"Da&y closes:", None))
        self.day_hours_label.setText(QCoreApplication.translate("ConferenceDialog", u"&Days with other hours:", None))
        self.day_hours_hint.setText(QCoreApplication.translate("ConferenceDialog", u"One day a line, for example: 21-11-2024 08:00-23:30", None))
    # retranslateUi

