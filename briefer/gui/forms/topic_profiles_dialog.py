# GENERATED from ui/topic_profiles_dialog.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'topic_profiles_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_TopicProfilesDialog(object):
    def setupUi(self, TopicProfilesDialog):
        if not TopicProfilesDialog.objectName():
            TopicProfilesDialog.setObjectName(u"TopicProfilesDialog")
        self.layout = QVBoxLayout(TopicProfilesDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(TopicProfilesDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.banner = QLabel(TopicProfilesDialog)
        self.banner.setObjectName(u"banner")
        self.banner.setText(u"")
        self.banner.setWordWrap(True)
        self.banner.setProperty(u"tone", u"error")

        self.layout.addWidget(self.banner)

        self.profile_row = QHBoxLayout()
        self.profile_row.setObjectName(u"profile_row")
        self.profile_label = QLabel(TopicProfilesDialog)
        self.profile_label.setObjectName(u"profile_label")

        self.profile_row.addWidget(self.profile_label)

        self.profile = QComboBox(TopicProfilesDialog)
        self.profile.setObjectName(u"profile")

        self.profile_row.addWidget(self.profile)

        self.new_profile_button = QPushButton(TopicProfilesDialog)
        self.new_profile_button.setObjectName(u"new_profile_button")

        self.profile_row.addWidget(self.new_profile_button)

        self.delete_profile_button = QPushButton(TopicProfilesDialog)
        self.delete_profile_button.setObjectName(u"delete_profile_button")

        self.profile_row.addWidget(self.delete_profile_button)


        self.layout.addLayout(self.profile_row)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_en_label = QLabel(TopicProfilesDialog)
        self.name_en_label.setObjectName(u"name_en_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_en_label)

        self.name_en = QLineEdit(TopicProfilesDialog)
        self.name_en.setObjectName(u"name_en")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_en)

        self.name_nl_label = QLabel(TopicProfilesDialog)
        self.name_nl_label.setObjectName(u"name_nl_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_nl_label)

        self.name_nl = QLineEdit(TopicProfilesDialog)
        self.name_nl.setObjectName(u"name_nl")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_nl)


        self.layout.addLayout(self.form)

        self.indicators = QTableWidget(TopicProfilesDialog)
        self.indicators.setObjectName(u"indicators")
        self.indicators.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.indicators.setSelectionMode(QAbstractItemView.SingleSelection)

        self.layout.addWidget(self.indicators)

        self.indicator_buttons = QHBoxLayout()
        self.indicator_buttons.setObjectName(u"indicator_buttons")
        self.add_button = QPushButton(TopicProfilesDialog)
        self.add_button.setObjectName(u"add_button")

        self.indicator_buttons.addWidget(self.add_button)

        self.remove_button = QPushButton(TopicProfilesDialog)
        self.remove_button.setObjectName(u"remove_button")

        self.indicator_buttons.addWidget(self.remove_button)

        self.indicator_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.indicator_buttons.addItem(self.indicator_spacer)


        self.layout.addLayout(self.indicator_buttons)

        self.buttons = QDialogButtonBox(TopicProfilesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.profile_label.setBuddy(self.profile)
        self.name_en_label.setBuddy(self.name_en)
        self.name_nl_label.setBuddy(self.name_nl)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TopicProfilesDialog)

        QMetaObject.connectSlotsByName(TopicProfilesDialog)
    # setupUi

    def retranslateUi(self, TopicProfilesDialog):
        TopicProfilesDialog.setWindowTitle(QCoreApplication.translate("TopicProfilesDialog", u"Topic indicators", None))
        self.intro.setText(QCoreApplication.translate("TopicProfilesDialog", u"What every country brief of this conference tracks. Each indicator gets a field in the country briefs and a section in the packs; levels are typed as CODE=text, Dutch after a bar, separated by semicolons (A=No plan|Geen plan; B=\u2026).", None))
        self.profile_label.setText(QCoreApplication.translate("TopicProfilesDialog", u"&Profile", None))
        self.new_profile_button.setText(QCoreApplication.translate("TopicProfilesDialog", u"N&ew profile", None))
        self.delete_profile_button.setText(QCoreApplication.translate("TopicProfilesDialog", u"Delete profile", None))
        self.name_en_label.setText(QCoreApplication.translate("TopicProfilesDialog", u"Name (&English)", None))
        self.name_nl_label.setText(QCoreApplication.translate("TopicProfilesDialog", u"Name (&Dutch)", None))
        self.add_button.setText(QCoreApplication.translate("TopicProfilesDialog", u"&Add indicator", None))
        self.remove_button.setText(QCoreApplication.translate("TopicProfilesDialog", u"&Remove indicator", None))
    # retranslateUi

