# GENERATED from ui/welcome.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome.ui'
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
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from briefer.gui.widgets.date_fields import DateEdit
from briefer.gui.widgets.fields import TimezoneCombo

class Ui_Welcome(object):
    def setupUi(self, Welcome):
        if not Welcome.objectName():
            Welcome.setObjectName(u"Welcome")
        self.outer = QHBoxLayout(Welcome)
        self.outer.setObjectName(u"outer")
        self.l_sp = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outer.addItem(self.l_sp)

        self.column = QWidget(Welcome)
        self.column.setObjectName(u"column")
        self.column.setMaximumSize(QSize(620, 16777215))
        self.layout = QVBoxLayout(self.column)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.top_sp = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.top_sp)

        self.heading = QLabel(self.column)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 20pt; font-weight: 600;")

        self.layout.addWidget(self.heading)

        self.intro = QLabel(self.column)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.demo_row = QHBoxLayout()
        self.demo_row.setObjectName(u"demo_row")
        self.demo_button = QPushButton(self.column)
        self.demo_button.setObjectName(u"demo_button")

        self.demo_row.addWidget(self.demo_button)

        self.demo_sp = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.demo_row.addItem(self.demo_sp)


        self.layout.addLayout(self.demo_row)

        self.progress = QProgressBar(self.column)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(0)
        self.progress.setVisible(False)

        self.layout.addWidget(self.progress)

        self.new_heading = QLabel(self.column)
        self.new_heading.setObjectName(u"new_heading")
        self.new_heading.setStyleSheet(u"font-size: 13pt; font-weight: 600;")

        self.layout.addWidget(self.new_heading)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name_label = QLabel(self.column)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(self.column)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.start_date_label = QLabel(self.column)
        self.start_date_label.setObjectName(u"start_date_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date = DateEdit(self.column)
        self.start_date.setObjectName(u"start_date")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.start_date)

        self.end_date_label = QLabel(self.column)
        self.end_date_label.setObjectName(u"end_date_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.end_date_label)

        self.end_date = DateEdit(self.column)
        self.end_date.setObjectName(u"end_date")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.end_date)

        self.city_label = QLabel(self.column)
        self.city_label.setObjectName(u"city_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city = QLineEdit(self.column)
        self.city.setObjectName(u"city")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.city)

        self.venue_label = QLabel(self.column)
        self.venue_label.setObjectName(u"venue_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.venue_label)

        self.venue = QLineEdit(self.column)
        self.venue.setObjectName(u"venue")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.venue)

        self.timezone_label = QLabel(self.column)
        self.timezone_label.setObjectName(u"timezone_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.timezone_label)

        self.timezone = TimezoneCombo(self.column)
        self.timezone.setObjectName(u"timezone")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.timezone)


        self.layout.addLayout(self.form)

        self.banner = QLabel(self.column)
        self.banner.setObjectName(u"banner")
        self.banner.setText(u"")
        self.banner.setStyleSheet(u"font-weight: 600;")
        self.banner.setProperty(u"tone", u"error")
        self.banner.setWordWrap(True)

        self.layout.addWidget(self.banner)

        self.create_row = QHBoxLayout()
        self.create_row.setObjectName(u"create_row")
        self.create_button = QPushButton(self.column)
        self.create_button.setObjectName(u"create_button")

        self.create_row.addWidget(self.create_button)

        self.based_on_button = QPushButton(self.column)
        self.based_on_button.setObjectName(u"based_on_button")

        self.create_row.addWidget(self.based_on_button)

        self.create_sp = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.create_row.addItem(self.create_sp)


        self.layout.addLayout(self.create_row)

        self.bottom_sp = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottom_sp)


        self.outer.addWidget(self.column)

        self.r_sp = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outer.addItem(self.r_sp)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.start_date_label.setBuddy(self.start_date)
        self.end_date_label.setBuddy(self.end_date)
        self.city_label.setBuddy(self.city)
        self.venue_label.setBuddy(self.venue)
        self.timezone_label.setBuddy(self.timezone)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(Welcome)

        self.demo_button.setDefault(True)


        QMetaObject.connectSlotsByName(Welcome)
    # setupUi

    def retranslateUi(self, Welcome):
        Welcome.setWindowTitle(QCoreApplication.translate("Welcome", u"Welcome", None))
        self.heading.setText(QCoreApplication.translate("Welcome", u"Welcome to Briefer", None))
        self.intro.setText(QCoreApplication.translate("Welcome", u"This database is empty. Explore the bundled demo conference, or create your own conference.", None))
        self.demo_button.setText(QCoreApplication.translate("Welcome", u"Open the &demo", None))
        self.new_heading.setText(QCoreApplication.translate("Welcome", u"Or create a new conference", None))
        self.name_label.setText(QCoreApplication.translate("Welcome", u"Conference na&me", None))
        self.start_date_label.setText(QCoreApplication.translate("Welcome", u"Fi&rst day", None))
        self.end_date_label.setText(QCoreApplication.translate("Welcome", u"&Last day", None))
        self.city_label.setText(QCoreApplication.translate("Welcome", u"C&ity", None))
        self.venue_label.setText(QCoreApplication.translate("Welcome", u"Ve&nue", None))
        self.timezone_label.setText(QCoreApplication.translate("Welcome", u"Time&zone", None))
        self.create_button.setText(QCoreApplication.translate("Welcome", u"&Create conference", None))
        self.based_on_button.setText(QCoreApplication.translate("Welcome", u"Create it &based on an earlier conference\u2026", None))
    # retranslateUi

