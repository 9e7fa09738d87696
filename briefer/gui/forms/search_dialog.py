# GENERATED from ui/search_dialog.ui by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.
# Regenerate: python -m briefer.gui.forms
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'search_dialog.ui'
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
    QDialog, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QTreeView, QVBoxLayout,
    QWidget)

class Ui_SearchDialog(object):
    def setupUi(self, SearchDialog):
        if not SearchDialog.objectName():
            SearchDialog.setObjectName(u"SearchDialog")
        SearchDialog.resize(720, 480)
        self.layout = QVBoxLayout(SearchDialog)
        self.layout.setObjectName(u"layout")
        self.query_row = QHBoxLayout()
        self.query_row.setObjectName(u"query_row")
        self.query_edit = QLineEdit(SearchDialog)
        self.query_edit.setObjectName(u"query_edit")
        self.query_edit.setClearButtonEnabled(True)

        self.query_row.addWidget(self.query_edit)

        self.order_combo = QComboBox(SearchDialog)
        self.order_combo.addItem("")
        self.order_combo.addItem("")
        self.order_combo.setObjectName(u"order_combo")

        self.query_row.addWidget(self.order_combo)

        self.earlier_check = QCheckBox(SearchDialog)
        self.earlier_check.setObjectName(u"earlier_check")

        self.query_row.addWidget(self.earlier_check)


        self.layout.addLayout(self.query_row)

        self.results = QTreeView(SearchDialog)
        self.results.setObjectName(u"results")
        self.results.setHeaderHidden(True)
        self.results.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.results.setWordWrap(True)
        self.results.setUniformRowHeights(False)

        self.layout.addWidget(self.results)

        self.hint_label = QLabel(SearchDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setProperty(u"tone", u"muted")

        self.layout.addWidget(self.hint_label)


        self.retranslateUi(SearchDialog)

        QMetaObject.connectSlotsByName(SearchDialog)
    # setupUi

    def retranslateUi(self, SearchDialog):
        SearchDialog.setWindowTitle(QCoreApplication.translate("SearchDialog", u"Search", None))
#if QT_CONFIG(accessibility)
        self.query_edit.setAccessibleName(QCoreApplication.translate("SearchDialog", u"Search everything", None))
#endif // QT_CONFIG(accessibility)
        self.query_edit.setPlaceholderText(QCoreApplication.translate("SearchDialog", u"Search people, countries, briefs, meetings, notes\u2026", None))
        self.order_combo.setItemText(0, QCoreApplication.translate("SearchDialog", u"Best match first", None))
        self.order_combo.setItemText(1, QCoreApplication.translate("SearchDialog", u"Newest first", None))

#if QT_CONFIG(accessibility)
        self.order_combo.setAccessibleName(QCoreApplication.translate("SearchDialog", u"Order of the results", None))
#endif // QT_CONFIG(accessibility)
        self.earlier_check.setText(QCoreApplication.translate("SearchDialog", u"Include earlier conferences", None))
#if QT_CONFIG(tooltip)
        self.earlier_check.setToolTip(QCoreApplication.translate("SearchDialog", u"Also search the earlier conferences this one knows (read only, never changed)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.results.setAccessibleName(QCoreApplication.translate("SearchDialog", u"Results", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("SearchDialog", u"Type to search; Enter opens the selected result; Esc closes.", None))
    # retranslateUi

