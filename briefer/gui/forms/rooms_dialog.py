# GENERATED from ui/rooms_dialog.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rooms_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from briefer.gui.widgets.fields import EnumCombo

class Ui_RoomsDialog(object):
    def setupUi(self, RoomsDialog):
        if not RoomsDialog.objectName():
            RoomsDialog.setObjectName(u"RoomsDialog")
        self.layout = QHBoxLayout(RoomsDialog)
        self.layout.setObjectName(u"layout")
        self.list_column = QVBoxLayout()
        self.list_column.setObjectName(u"list_column")
        self.records = QListWidget(RoomsDialog)
        self.records.setObjectName(u"records")

        self.list_column.addWidget(self.records)

        self.list_buttons = QHBoxLayout()
        self.list_buttons.setObjectName(u"list_buttons")
        self.add_button = QPushButton(RoomsDialog)
        self.add_button.setObjectName(u"add_button")

        self.list_buttons.addWidget(self.add_button)

        self.delete_button = QPushButton(RoomsDialog)
        self.delete_button.setObjectName(u"delete_button")

        self.list_buttons.addWidget(self.delete_button)


        self.list_column.addLayout(self.list_buttons)


        self.layout.addLayout(self.list_column)

        self.editor_column = QVBoxLayout()
        self.editor_column.setObjectName(u"editor_column")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(RoomsDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(RoomsDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.venue_label = QLabel(RoomsDialog)
        self.venue_label.setObjectName(u"venue_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.venue_label)

        self.venue = QLineEdit(RoomsDialog)
        self.venue.setObjectName(u"venue")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.venue)

        self.floor_label = QLabel(RoomsDialog)
        self.floor_label.setObjectName(u"floor_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.floor_label)

        self.floor = QLineEdit(RoomsDialog)
        self.floor.setObjectName(u"floor")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.floor)

        self.room_kind_label = QLabel(RoomsDialog)
        self.room_kind_label.setObjectName(u"room_kind_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.room_kind_label)

        self.room_kind = EnumCombo(RoomsDialog)
        self.room_kind.setObjectName(u"room_kind")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.room_kind)

        self.capacity_label = QLabel(RoomsDialog)
        self.capacity_label.setObjectName(u"capacity_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.capacity_label)

        self.capacity = QSpinBox(RoomsDialog)
        self.capacity.setObjectName(u"capacity")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.capacity)

        self.suitable_for_bilaterals = QCheckBox(RoomsDialog)
        self.suitable_for_bilaterals.setObjectName(u"suitable_for_bilaterals")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.suitable_for_bilaterals)

        self.has_interpretation_booths = QCheckBox(RoomsDialog)
        self.has_interpretation_booths.setObjectName(u"has_interpretation_booths")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.has_interpretation_booths)


        self.editor_column.addLayout(self.form)

        self.walking_label = QLabel(RoomsDialog)
        self.walking_label.setObjectName(u"walking_label")
        self.walking_label.setWordWrap(True)

        self.editor_column.addWidget(self.walking_label)

        self.walking = QTableWidget(RoomsDialog)
        self.walking.setObjectName(u"walking")

        self.editor_column.addWidget(self.walking)

        self.banner = QLabel(RoomsDialog)
        self.banner.setObjectName(u"banner")
        self.banner.setText(u"")
        self.banner.setWordWrap(True)

        self.editor_column.addWidget(self.banner)

        self.editor_buttons = QHBoxLayout()
        self.editor_buttons.setObjectName(u"editor_buttons")
        self.save_button = QPushButton(RoomsDialog)
        self.save_button.setObjectName(u"save_button")

        self.editor_buttons.addWidget(self.save_button)

        self.close_button = QPushButton(RoomsDialog)
        self.close_button.setObjectName(u"close_button")

        self.editor_buttons.addWidget(self.close_button)


        self.editor_column.addLayout(self.editor_buttons)


        self.layout.addLayout(self.editor_column)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.venue_label.setBuddy(self.venue)
        self.floor_label.setBuddy(self.floor)
        self.room_kind_label.setBuddy(self.room_kind)
        self.capacity_label.setBuddy(self.capacity)
        self.walking_label.setBuddy(self.walking)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RoomsDialog)

        QMetaObject.connectSlotsByName(RoomsDialog)
    # setupUi

    def retranslateUi(self, RoomsDialog):
        RoomsDialog.setWindowTitle(QCoreApplication.translate("RoomsDialog", u"Rooms and venues", None))
        self.add_button.setText(QCoreApplication.translate("RoomsDialog", u"&New", None))
        self.delete_button.setText(QCoreApplication.translate("RoomsDialog", u"&Delete", None))
        self.name_label.setText(QCoreApplication.translate("RoomsDialog", u"Na&me:", None))
        self.venue_label.setText(QCoreApplication.translate("RoomsDialog", u"&Venue:", None))
        self.floor_label.setText(QCoreApplication.translate("RoomsDialog", u"&Floor:", None))
        self.room_kind_label.setText(QCoreApplication.translate("RoomsDialog", u"&Kind:", None))
        self.capacity_label.setText(QCoreApplication.translate("RoomsDialog", u"S&eats:", None))
        self.suitable_for_bilaterals.setText(QCoreApplication.translate("RoomsDialog", u"Fit for &bilaterals (free slots are proposed only in these rooms)", None))
        self.has_interpretation_booths.setText(QCoreApplication.translate("RoomsDialog", u"Has &interpretation booths", None))
        self.walking_label.setText(QCoreApplication.translate("RoomsDialog", u"&Walking minutes to the other rooms (empty: the venue's default):", None))
        self.save_button.setText(QCoreApplication.translate("RoomsDialog", u"&Save", None))
        self.close_button.setText(QCoreApplication.translate("RoomsDialog", u"Close", None))
    # retranslateUi

