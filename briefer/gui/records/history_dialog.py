"""The revision history of one record, each version comparable with the current one, with restore.

Restoring makes the old content current as a new revision (the store never
overwrites history), through the undo stack like any other edit.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from briefer.errors import BrieferError
from briefer.gui.forms.history_dialog import Ui_HistoryDialog
from briefer.gui.widgets.labels import record_label
from briefer.gui.widgets.screen_fit import fit_to_screen
from briefer.gui.records.table_models import RESIZE_PRECISION, SORT_ROLE, Directory
from briefer.gui.records.revision_model import RevisionTableModel
from briefer.gui.records.subjects import subject_of
from briefer.store.revisions import revisions_of

if TYPE_CHECKING:  # annotations only: the dialog is imported when first opened
    from briefer.gui.records.earlier_dialog import EarlierDialog

_SKIP = {"revision", "updated_at", "created_at", "id"}


class HistoryDialog(QDialog):
    def __init__(self, services, record, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.record = record
        self.restored = None
        self.ui = Ui_HistoryDialog()
        self.ui.setupUi(self)
        self.ui.revisions.setTabKeyNavigation(False)  # Tab leaves the list; arrows move between rows
        self.model = RevisionTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.ui.revisions.setModel(self.proxy)
        self.ui.revisions.verticalHeader().hide()
        for header in (self.ui.revisions.horizontalHeader(), self.ui.revisions.verticalHeader()):
            header.setResizeContentsPrecision(RESIZE_PRECISION)  # size columns from the first rows only
        self.ui.revisions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.revisions.horizontalHeader().setStretchLastSection(True)
        self.ui.splitter.setStretchFactor(1, 2)
        self.model.set_rows(revisions_of(services.store, record), Directory.load(services.store))
        self.ui.revisions.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.ui.revisions.selectionModel().currentRowChanged.connect(self._show)
        self.ui.restore_button.clicked.connect(self._restore)
        self.ui.earlier_button.setVisible(subject_of(record) is not None)
        self.ui.earlier_button.clicked.connect(self.show_earlier)
        self.ui.close_button.clicked.connect(self.reject)
        self._retranslate()
        self.ui.revisions.selectRow(0)
        fit_to_screen(self)  # a laptop screen, 125–150 % scaling: never taller than the screen

    def _retranslate(self) -> None:
        what = record_label(self.record, self.services.store)
        self.setWindowTitle(self.tr("History of {0}").format(what))
        self.ui.heading.setText(self.tr("History of {0}").format(what))

    def selected(self):
        idx = self.ui.revisions.currentIndex()
        return self.model.row_at(self.proxy.mapToSource(idx).row()) if idx.isValid() else None

    def select_revision(self, revision: int) -> None:
        row = self.model.row_of_key(str(revision))
        self.ui.revisions.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def _show(self, *_args) -> None:
        rev = self.selected()
        if rev is None:
            return
        current = self.record.model_dump(mode="json")
        is_current = rev.revision == self.record.revision
        self.ui.restore_button.setEnabled(not is_current and rev.action != "delete")
        lines = []
        if is_current:
            lines.append(self.tr("This is the current version."))
        else:
            changed = [k for k in rev.data if k not in _SKIP and rev.data.get(k) != current.get(k)]
            lines.append(self.tr("Differences from the current version:") if changed
                         else self.tr("Same content as the current version."))
            then, now = self.tr("then"), self.tr("now")
            for k in changed:
                lines.append(f"\n■ {k}\n  {then}: {_short(rev.data.get(k))}\n  {now}: {_short(current.get(k))}")
        self.ui.preview.setPlainText("\n".join(lines))

    def show_earlier(self) -> "EarlierDialog":
        """The record's country, person or organisation at earlier conferences (read from their files)."""
        from briefer.gui.records.earlier_dialog import EarlierDialog

        dialog = EarlierDialog(self.services, subject_of(self.record), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _restore(self) -> None:
        rev = self.selected()
        if rev is None:
            return
        try:
            self.restored = self.services.saver.restore(self.record, rev.revision)
        except BrieferError as exc:
            self.services.ask.error(self, exc)
            return
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)


def _short(value) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) < 400 else text[:400] + "…"
