"""A filterable, sortable list of records beside a detail area — the shape of every main view.

The list is a QTableView over a :class:`~briefer.gui.records.table_models.RecordTableModel`
through a sort/filter proxy (no widget per row, so thousands of rows stay
fast). Moving to another row first asks ``guard`` — the page's
unsaved-changes check — and stays put when it says no.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QProgressBar, QWidget

from briefer.gui.forms.record_list import Ui_RecordList
from briefer.model.matching import latin_key
from briefer.gui.records.table_models import (RESIZE_PRECISION, KEY_ROLE, SORT_ROLE, Directory,
                                             RecordTableModel)


class ListProxy(QSortFilterProxyModel):
    """A list's filter over a :class:`RecordTableModel`: keeps the rows whose search key holds what was typed.

    Each row's key (its cells' text and Latin form, case-folded) is made once by the model
    (:meth:`RecordTableModel.search_keys`); a key typed is one pass of ``in`` over those keys, and
    Qt asks only the answer per row. Sorting is handed to the source model, which sorts in Python
    one key per row.
    """

    def __init__(self, parent=None, *, sorts_here: bool = False):
        super().__init__(parent)
        self._sorts_here = sorts_here  # sort in the proxy by SORT_ROLE (a short list) instead of in the model
        self._needle = ""
        self._latin = ""
        self._accepted: list[bool] = []
        self._answered_for = (None, -1, "", "")  # (model, generation, needle, latin) that _accepted answers

    def set_filter_text(self, text: str) -> None:
        self._needle = text.casefold()
        # also as its Latin form against the rows' Latin forms: "wisniewska-zak" → Wiśniewska-Żak
        latin = latin_key(text) if text.strip() else ""
        self._latin = latin if latin and latin != self._needle else ""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filter_text(self) -> str:
        return self._needle

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        asked = (model, model.generation, self._needle, self._latin)
        if self._answered_for != asked:
            needle, latin = self._needle, self._latin
            keys = model.search_keys()
            self._accepted = ([needle in key or latin in key for key in keys] if latin
                              else [needle in key for key in keys])
            self._answered_for = asked
        return 0 <= source_row < len(self._accepted) and self._accepted[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._sorts_here:
            super().sort(column, order)
        else:
            self.sourceModel().sort(column, order)


class RecordList(QWidget):
    current_changed = Signal(object)  # the row's item, or None
    activated = Signal(object)

    def __init__(self, model: RecordTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RecordList()
        self.ui.setupUi(self)
        self.model = model
        self.proxy = ListProxy(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        table = self.ui.table
        table.setModel(self.proxy)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        for header in (table.horizontalHeader(), table.verticalHeader()):
            header.setResizeContentsPrecision(RESIZE_PRECISION)  # size columns from the first rows only
        table.verticalHeader().setDefaultSectionSize(26)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Tab leaves the list in one press (arrows move between rows); a table's default walks every
        # cell, 100+ presses for 14 rows and no way out of 5,000
        table.setTabKeyNavigation(False)
        self.ui.layout.setStretch(1, 1)  # the list and editor take the height, not the count line
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([560, 640])
        self.guard: Callable[[], bool] | None = None
        self._quiet = False
        self._current_key: str | None = None
        table.selectionModel().currentRowChanged.connect(self._on_current)
        table.activated.connect(lambda idx: self.activated.emit(self._item(idx)))  # Enter, or a double-click
        self.ui.filter_edit.textChanged.connect(self._filter)
        self.busy_bar = QProgressBar(self)  # shown while the rows are read on a worker
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.ui.top_row.addWidget(self.busy_bar)
        self.busy = False
        self._update_count()

    def set_names(self, what: str) -> None:
        """Name the list and its filter for screen readers after what the list holds ("Bilaterals").

        A placeholder is not a name: it is gone once something is typed, and several lists
        (People, Delegations) would all be "Filter this list…".
        """
        self.ui.table.setAccessibleName(what)
        self.ui.filter_edit.setAccessibleName(self.tr("Filter: {0}").format(what))

    def set_busy(self, on: bool) -> None:
        """Show (or end) the "Loading…" state while the page reads its rows in the background."""
        self.busy = on
        self.busy_bar.setVisible(on)
        self._update_count()

    # ---------------------------------------------------------------- detail area
    def add_detail(self, widget: QWidget) -> None:
        self.ui.detail.addWidget(widget)

    def show_detail(self, widget: QWidget | None) -> None:
        self.ui.detail.setCurrentWidget(widget or self.ui.empty_page)

    # ---------------------------------------------------------------- rows
    def set_rows(self, rows: list[Any], directory: Directory | None = None) -> None:
        """Replace the rows, keeping the selected one selected (without re-asking the guard)."""
        key = self._current_key
        self._quiet = True
        try:
            self.model.set_rows(rows, directory)
            if key is not None:
                self._select_row_quietly(key)
        finally:
            self._quiet = False
        if key is not None and self.model.row_of_key(key) < 0:
            self._current_key = None
            self.current_changed.emit(None)
        self._update_count()
        if self.ui.table.horizontalHeader().sectionSize(0) < 60 or not getattr(self, "_sized", False):
            self.ui.table.resizeColumnsToContents()
            for c in range(self.model.columnCount()):
                if self.ui.table.columnWidth(c) > 230:
                    self.ui.table.setColumnWidth(c, 230)
            self._sized = bool(rows)

    def current_key(self) -> str | None:
        return self._current_key

    def current_item(self) -> Any:
        row = self.model.row_of_key(self._current_key) if self._current_key else -1
        return self.model.row_at(row) if row >= 0 else None

    def select_key(self, key: str) -> bool:
        """Select the row with ``key`` (clearing the filter if it hides it); False when absent or refused."""
        row = self.model.row_of_key(key)
        if row < 0:
            return False
        if not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
            self.ui.filter_edit.clear()
        idx = self.proxy.mapFromSource(self.model.index(row, 0))
        self.ui.table.setCurrentIndex(idx)
        self.ui.table.scrollTo(idx)
        return self._current_key == key

    def mark_current(self, key: str) -> None:
        """Make ``key`` the current row without asking the guard (the editor already shows it)."""
        self._current_key = key
        self._quiet = True
        self._select_row_quietly(key)
        self._quiet = False

    def clear_selection(self) -> bool:
        if self.guard is not None and self._current_key is not None and not self.guard():
            return False
        self._quiet = True
        self.ui.table.selectionModel().clear()
        self._quiet = False
        self._current_key = None
        return True

    def _select_row_quietly(self, key: str) -> None:
        row = self.model.row_of_key(key)
        if row < 0:
            return
        idx = self.proxy.mapFromSource(self.model.index(row, 0))
        self.ui.table.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _item(self, proxy_index: QModelIndex) -> Any:
        if not proxy_index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(proxy_index).row())

    def _on_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._quiet:
            return
        key = current.data(KEY_ROLE) if current.isValid() else None
        if key == self._current_key:
            return
        if self.guard is not None and self._current_key is not None and not self.guard():
            self._quiet = True
            self._select_row_quietly(self._current_key)
            self._quiet = False
            return
        # the guard may have saved, which reloads the rows: find the row again by its key
        self._current_key = key
        if key is not None:
            self._quiet = True
            self._select_row_quietly(key)
            self._quiet = False
        row = self.model.row_of_key(key) if key is not None else -1
        self.current_changed.emit(self.model.row_at(row) if row >= 0 else None)

    def _filter(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_count()

    def _update_count(self) -> None:
        if self.busy:
            self.ui.count_label.setText(self.tr("Loading…"))
            return
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown != total:
            text = self.tr("{0} of {1} items").format(shown, total)
        else:  # "1 items" read as a slip; Qt's %n plurals would need an English translation file too
            text = self.tr("1 item") if total == 1 else self.tr("{0} items").format(total)
        self.ui.count_label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self._update_count()
        super().changeEvent(event)
