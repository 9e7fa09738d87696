# GENERATED from ui/country_brief_editor.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'country_brief_editor.ui'
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
    QLineEdit, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout,
    QWidget)

from briefer.gui.widgets.fields import (CountryPicker, EnumCombo, ListEditor)

class Ui_CountryBriefEditor(object):
    def setupUi(self, CountryBriefEditor):
        if not CountryBriefEditor.objectName():
            CountryBriefEditor.setObjectName(u"CountryBriefEditor")
        self.main_layout = QVBoxLayout(CountryBriefEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.heading = QLabel(CountryBriefEditor)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.main_layout.addWidget(self.heading)

        self.banner = QLabel(CountryBriefEditor)
        self.banner.setObjectName(u"banner")
        self.banner.setText(u"")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(u"font-weight: 600;")
        self.banner.setProperty(u"tone", u"error")

        self.main_layout.addWidget(self.banner)

        self.tabs = QTabWidget(CountryBriefEditor)
        self.tabs.setObjectName(u"tabs")
        self.page0_tab = QWidget()
        self.page0_tab.setObjectName(u"page0_tab")
        self.page0_layout = QVBoxLayout(self.page0_tab)
        self.page0_layout.setObjectName(u"page0_layout")
        self.page0_layout.setContentsMargins(0, 4, 0, 0)
        self.page0_scroll = QScrollArea(self.page0_tab)
        self.page0_scroll.setObjectName(u"page0_scroll")
        self.page0_scroll.setWidgetResizable(True)
        self.page0_scroll_body = QWidget()
        self.page0_scroll_body.setObjectName(u"page0_scroll_body")
        self.page0_form = QFormLayout(self.page0_scroll_body)
        self.page0_form.setObjectName(u"page0_form")
        self.page0_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.country_label = QLabel(self.page0_scroll_body)
        self.country_label.setObjectName(u"country_label")

        self.page0_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.country_label)

        self.country = CountryPicker(self.page0_scroll_body)
        self.country.setObjectName(u"country")

        self.page0_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.country)

        self.status_label = QLabel(self.page0_scroll_body)
        self.status_label.setObjectName(u"status_label")

        self.page0_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = EnumCombo(self.page0_scroll_body)
        self.status.setObjectName(u"status")

        self.page0_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.status)

        self.classification_label = QLabel(self.page0_scroll_body)
        self.classification_label.setObjectName(u"classification_label")

        self.page0_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.classification_label)

        self.classification = EnumCombo(self.page0_scroll_body)
        self.classification.setObjectName(u"classification")

        self.page0_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.classification)

        self.author_label = QLabel(self.page0_scroll_body)
        self.author_label.setObjectName(u"author_label")

        self.page0_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.author_label)

        self.author = QLineEdit(self.page0_scroll_body)
        self.author.setObjectName(u"author")

        self.page0_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.author)

        self.summary_label = QLabel(self.page0_scroll_body)
        self.summary_label.setObjectName(u"summary_label")

        self.page0_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary = QPlainTextEdit(self.page0_scroll_body)
        self.summary.setObjectName(u"summary")
        self.summary.setTabChangesFocus(True)

        self.page0_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.summary)

        self.amr_situation_label = QLabel(self.page0_scroll_body)
        self.amr_situation_label.setObjectName(u"amr_situation_label")

        self.page0_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.amr_situation_label)

        self.amr_situation = QPlainTextEdit(self.page0_scroll_body)
        self.amr_situation.setObjectName(u"amr_situation")
        self.amr_situation.setTabChangesFocus(True)

        self.page0_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.amr_situation)

        self.nap_level_label = QLabel(self.page0_scroll_body)
        self.nap_level_label.setObjectName(u"nap_level_label")

        self.page0_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.nap_level_label)

        self.nap_level = EnumCombo(self.page0_scroll_body)
        self.nap_level.setObjectName(u"nap_level")

        self.page0_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nap_level)

        self.nap_source_label = QLabel(self.page0_scroll_body)
        self.nap_source_label.setObjectName(u"nap_source_label")

        self.page0_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.nap_source_label)

        self.nap_source = QLineEdit(self.page0_scroll_body)
        self.nap_source.setObjectName(u"nap_source")

        self.page0_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.nap_source)

        self.one_health_label = QLabel(self.page0_scroll_body)
        self.one_health_label.setObjectName(u"one_health_label")

        self.page0_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.one_health_label)

        self.one_health = QPlainTextEdit(self.page0_scroll_body)
        self.one_health.setObjectName(u"one_health")
        self.one_health.setTabChangesFocus(True)

        self.page0_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.one_health)

        self.relations_nl_label = QLabel(self.page0_scroll_body)
        self.relations_nl_label.setObjectName(u"relations_nl_label")

        self.page0_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.relations_nl_label)

        self.relations_nl = QPlainTextEdit(self.page0_scroll_body)
        self.relations_nl.setObjectName(u"relations_nl")
        self.relations_nl.setTabChangesFocus(True)

        self.page0_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.relations_nl)

        self.page0_scroll.setWidget(self.page0_scroll_body)

        self.page0_layout.addWidget(self.page0_scroll)

        self.tabs.addTab(self.page0_tab, "")
        self.page1_tab = QWidget()
        self.page1_tab.setObjectName(u"page1_tab")
        self.page1_layout = QVBoxLayout(self.page1_tab)
        self.page1_layout.setObjectName(u"page1_layout")
        self.page1_layout.setContentsMargins(0, 4, 0, 0)
        self.page1_scroll = QScrollArea(self.page1_tab)
        self.page1_scroll.setObjectName(u"page1_scroll")
        self.page1_scroll.setWidgetResizable(True)
        self.page1_scroll_body = QWidget()
        self.page1_scroll_body.setObjectName(u"page1_scroll_body")
        self.page1_form = QFormLayout(self.page1_scroll_body)
        self.page1_form.setObjectName(u"page1_form")
        self.page1_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.key_messages_label = QLabel(self.page1_scroll_body)
        self.key_messages_label.setObjectName(u"key_messages_label")

        self.page1_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.key_messages_label)

        self.key_messages = ListEditor(self.page1_scroll_body)
        self.key_messages.setObjectName(u"key_messages")

        self.page1_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.key_messages)

        self.talking_points_label = QLabel(self.page1_scroll_body)
        self.talking_points_label.setObjectName(u"talking_points_label")

        self.page1_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.talking_points_label)

        self.talking_points = ListEditor(self.page1_scroll_body)
        self.talking_points.setObjectName(u"talking_points")

        self.page1_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.talking_points)

        self.asks_label = QLabel(self.page1_scroll_body)
        self.asks_label.setObjectName(u"asks_label")

        self.page1_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.asks_label)

        self.asks = ListEditor(self.page1_scroll_body)
        self.asks.setObjectName(u"asks")

        self.page1_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.asks)

        self.offers_label = QLabel(self.page1_scroll_body)
        self.offers_label.setObjectName(u"offers_label")

        self.page1_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.offers_label)

        self.offers = ListEditor(self.page1_scroll_body)
        self.offers.setObjectName(u"offers")

        self.page1_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.offers)

        self.page1_scroll.setWidget(self.page1_scroll_body)

        self.page1_layout.addWidget(self.page1_scroll)

        self.tabs.addTab(self.page1_tab, "")
        self.page2_tab = QWidget()
        self.page2_tab.setObjectName(u"page2_tab")
        self.page2_layout = QVBoxLayout(self.page2_tab)
        self.page2_layout.setObjectName(u"page2_layout")
        self.page2_layout.setContentsMargins(0, 4, 0, 0)
        self.page2_scroll = QScrollArea(self.page2_tab)
        self.page2_scroll.setObjectName(u"page2_scroll")
        self.page2_scroll.setWidgetResizable(True)
        self.page2_scroll_body = QWidget()
        self.page2_scroll_body.setObjectName(u"page2_scroll_body")
        self.page2_form = QFormLayout(self.page2_scroll_body)
        self.page2_form.setObjectName(u"page2_form")
        self.page2_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.defensive_lines_label = QLabel(self.page2_scroll_body)
        self.defensive_lines_label.setObjectName(u"defensive_lines_label")

        self.page2_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.defensive_lines_label)

        self.defensive_lines = ListEditor(self.page2_scroll_body)
        self.defensive_lines.setObjectName(u"defensive_lines")

        self.page2_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.defensive_lines)

        self.page2_scroll.setWidget(self.page2_scroll_body)

        self.page2_layout.addWidget(self.page2_scroll)

        self.tabs.addTab(self.page2_tab, "")
        self.page3_tab = QWidget()
        self.page3_tab.setObjectName(u"page3_tab")
        self.page3_layout = QVBoxLayout(self.page3_tab)
        self.page3_layout.setObjectName(u"page3_layout")
        self.page3_layout.setContentsMargins(0, 4, 0, 0)
        self.page3_scroll = QScrollArea(self.page3_tab)
        self.page3_scroll.setObjectName(u"page3_scroll")
        self.page3_scroll.setWidgetResizable(True)
        self.page3_scroll_body = QWidget()
        self.page3_scroll_body.setObjectName(u"page3_scroll_body")
        self.page3_form = QFormLayout(self.page3_scroll_body)
        self.page3_form.setObjectName(u"page3_form")
        self.page3_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.facts_label = QLabel(self.page3_scroll_body)
        self.facts_label.setObjectName(u"facts_label")

        self.page3_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.facts_label)

        self.facts = ListEditor(self.page3_scroll_body)
        self.facts.setObjectName(u"facts")

        self.page3_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.facts)

        self.background_label = QLabel(self.page3_scroll_body)
        self.background_label.setObjectName(u"background_label")

        self.page3_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.background_label)

        self.background = ListEditor(self.page3_scroll_body)
        self.background.setObjectName(u"background")

        self.page3_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.background)

        self.sources_label = QLabel(self.page3_scroll_body)
        self.sources_label.setObjectName(u"sources_label")

        self.page3_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sources_label)

        self.sources = ListEditor(self.page3_scroll_body)
        self.sources.setObjectName(u"sources")

        self.page3_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sources)

        self.page3_scroll.setWidget(self.page3_scroll_body)

        self.page3_layout.addWidget(self.page3_scroll)

        self.tabs.addTab(self.page3_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.history_button = QPushButton(CountryBriefEditor)
        self.history_button.setObjectName(u"history_button")

        self.button_row.addWidget(self.history_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.revert_button = QPushButton(CountryBriefEditor)
        self.revert_button.setObjectName(u"revert_button")

        self.button_row.addWidget(self.revert_button)

        self.save_button = QPushButton(CountryBriefEditor)
        self.save_button.setObjectName(u"save_button")

        self.button_row.addWidget(self.save_button)


        self.main_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.country_label.setBuddy(self.country)
        self.status_label.setBuddy(self.status)
        self.classification_label.setBuddy(self.classification)
        self.author_label.setBuddy(self.author)
        self.summary_label.setBuddy(self.summary)
        self.amr_situation_label.setBuddy(self.amr_situation)
        self.nap_level_label.setBuddy(self.nap_level)
        self.nap_source_label.setBuddy(self.nap_source)
        self.one_health_label.setBuddy(self.one_health)
        self.relations_nl_label.setBuddy(self.relations_nl)
        self.key_messages_label.setBuddy(self.key_messages)
        self.talking_points_label.setBuddy(self.talking_points)
        self.asks_label.setBuddy(self.asks)
        self.offers_label.setBuddy(self.offers)
        self.defensive_lines_label.setBuddy(self.defensive_lines)
        self.facts_label.setBuddy(self.facts)
        self.background_label.setBuddy(self.background)
        self.sources_label.setBuddy(self.sources)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CountryBriefEditor)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(CountryBriefEditor)
    # setupUi

    def retranslateUi(self, CountryBriefEditor):
        CountryBriefEditor.setWindowTitle(QCoreApplication.translate("CountryBriefEditor", u"Country brief", None))
        self.heading.setText(QCoreApplication.translate("CountryBriefEditor", u"Country brief", None))
        self.country_label.setText(QCoreApplication.translate("CountryBriefEditor", u"&Country", None))
        self.status_label.setText(QCoreApplication.translate("CountryBriefEditor", u"St&atus", None))
        self.classification_label.setText(QCoreApplication.translate("CountryBriefEditor", u"Classification", None))
        self.author_label.setText(QCoreApplication.translate("CountryBriefEditor", u"Author", None))
        self.summary_label.setText(QCoreApplication.translate("CountryBriefEditor", u"Su&mmary", None))
        self.amr_situation_label.setText(QCoreApplication.translate("CountryBriefEditor", u"AMR situation", None))
        self.nap_level_label.setText(QCoreApplication.translate("CountryBriefEditor", u"National action plan", None))
        self.nap_source_label.setText(QCoreApplication.translate("CountryBriefEditor", u"Action plan source", None))
        self.one_health_label.setText(QCoreApplication.translate("CountryBriefEditor", u"One Health", None))
        self.relations_nl_label.setText(QCoreApplication.translate("CountryBriefEditor", u"Relations with the Netherlands", None))
        self.tabs.setTabText(self.tabs.indexOf(self.page0_tab), QCoreApplication.translate("CountryBriefEditor", u"Overview", None))
        self.key_messages_label.setText(QCoreApplication.translate("CountryBriefEditor", u"Key messages", None))
        self.talking_points_label.setText(QCoreApplication.translate("CountryBriefEditor", u"Talking points", None))
        self.asks_label.setText(QCoreApplication.translate("CountryBriefEditor", u"Asks", None))
        self.offers_label.setText(QCoreApplication.translate("CountryBriefEditor", u"Offers", None))
        self.tabs.setTabText(self.tabs.indexOf(self.page1_tab), QCoreApplication.translate("CountryBriefEditor", u"Messages", None))
        self.defensive_lines_label.setText(QCoreApplication.translate("CountryBriefEditor", u"Defensive lines", None))
        self.tabs.setTabText(self.tabs.indexOf(self.page2_tab), QCoreApplication.translate("CountryBriefEditor", u"Defensive lines", None))
        self.facts_label.setText(QCoreApplication.translate("CountryBriefEditor", u"Facts", None))
        self.background_label.setText(QCoreApplication.translate("CountryBriefEditor", u"Background", None))
        self.sources_label.setText(QCoreApplication.translate("CountryBriefEditor", u"Sources", None))
        self.tabs.setTabText(self.tabs.indexOf(self.page3_tab), QCoreApplication.translate("CountryBriefEditor", u"Background", None))
        self.history_button.setText(QCoreApplication.translate("CountryBriefEditor", u"Histor&y\u2026", None))
        self.revert_button.setText(QCoreApplication.translate("CountryBriefEditor", u"&Revert", None))
        self.save_button.setText(QCoreApplication.translate("CountryBriefEditor", u"&Save", None))
    # retranslateUi

