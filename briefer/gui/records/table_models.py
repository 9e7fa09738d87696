"""What every list's Qt table model shares: the base model, its roles and the names beside ids.

Each list's own model sits beside its view (``today/agenda_model.py``,
``bilaterals/meeting_model.py`` …) and subclasses :class:`RecordTableModel`. Each model has ``COL_*`` constants, a ``set_rows()`` that resets it inside
begin/endResetModel, display text per cell and a sort key in ``SORT_ROLE`` (so
dates sort as dates, not as text). Names of people, rooms and briefs come
from a :class:`Directory` snapshot taken from the store when the list loads.
"""

from __future__ import annotations

import time
from datetime import datetime
from functools import cached_property
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor

from briefer.gui.widgets.labels import label, tr
from briefer.gui.widgets.fields import ui_language
from briefer.i18n import format_date, format_span, format_time
from briefer.model.matching import latin_key
from briefer.model import country_name
from briefer.model.base import BriefStatus
from briefer.store.names import Names

#: Columns are sized to fit this many rows, not all of them (thousands would be slow).
RESIZE_PRECISION = 50
SORT_ROLE = Qt.ItemDataRole.UserRole + 10
KEY_ROLE = Qt.ItemDataRole.UserRole + 11
# What a list's filter box matches: the cell's text and, for text outside ASCII, its Latin form, so
# "Yildirim" keeps Ayşe Yıldırım and "Kovalenko" Олена Коваленко (briefer.model.matching)
FILTER_ROLE = Qt.ItemDataRole.UserRole + 12
#: How long one idle slice of making the rows' search keys may keep the GUI thread (seconds).
WARM_SLICE_S = 0.012



class Directory(Names):
    """The names beside ids (read by :class:`~briefer.store.names.Names`), worded in the interface language."""

    def person(self, pid: str | None) -> str:
        p = self.people.get(pid or "")
        return p.full_name if p else ""

    def room(self, rid: str | None) -> str:
        r = self.rooms.get(rid or "")
        return r.name if r else ""

    def organisation(self, oid: str | None) -> str:
        o = self.organisations.get(oid or "")
        return o.label(ui_language()) if o else ""

    def country(self, iso3: str | None) -> str:
        return country_name(iso3, ui_language()) if iso3 else ""

    def span(self, start: datetime, end: datetime) -> str:
        # thousands of bilaterals share a few hundred slots: word each slot once (Babel is slow)
        key = (start, end, ui_language())
        text = self._spans.get(key)
        if text is None:
            text = self._spans[key] = format_span(start, end, self.tz, ui_language())
        return text

    @cached_property
    def _spans(self) -> dict[tuple, str]:
        return {}

    def day(self, moment: datetime) -> str:
        return format_date(moment, ui_language(), self.tz, fmt="short")

    def time(self, start: datetime, end: datetime) -> str:
        return f"{format_time(start, self.tz)}–{format_time(end, self.tz)}"


class RecordTableModel(QAbstractTableModel):
    """Rows of records; subclasses say what each column shows and how it sorts."""

    HEADERS: ClassVar[tuple[str, ...]] = ()
    #: The list has a filter field: its rows' search keys are made while the GUI is idle. A list
    #: without one (Today's agenda) does not spend its first idle moments on them.
    FILTERED: ClassVar[bool] = True

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._text: dict[tuple, str] = {}  # display (and filter) text, computed once per cell
        self._search: dict[int, str] = {}  # id(row item) → what the filter box matches (search_keys)
        #: Bumped whenever the rows, their order or their words change (a filter's answers go stale).
        self.generation = 0
        self._warm_at = 0
        self._warm_timer = QTimer(self)
        self._warm_timer.setSingleShot(True)
        self._warm_timer.setInterval(0)
        self._warm_timer.timeout.connect(self._warm_search_keys)
        self.directory = Directory()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- the API the views use
    def set_rows(self, rows: list[Any], directory: Directory | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._text = {}
        self._search = {}
        self.generation += 1
        self._warm_at = 0
        if self.FILTERED:
            self._warm_timer.start()
        if directory is not None:
            self.directory = directory
        self._order_rows()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows here, one key per row, keeping selections on the same records.

        A QSortFilterProxyModel sorting 5,000 rows asks ``data()`` ~70,000 times
        through Python (0.7 s); this takes a few milliseconds. The lists' proxy
        (:class:`briefer.gui.records.record_list.RecordList`) hands sorting to this.
        """
        self._sort_column, self._sort_order = column, order
        if not self._rows or not 0 <= column < len(self.HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [self._rows[i.row()] if 0 <= i.row() < len(self._rows) else None for i in persistent]
        self._order_rows()
        self._text = {}
        self.generation += 1
        where = {id(item): row for row, item in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(where[id(item)], i.column()) if item is not None else QModelIndex()
                         for item, i in zip(held, persistent)])
        self.layoutChanged.emit()

    def _order_rows(self) -> None:
        col = self._sort_column
        if 0 <= col < len(self.HEADERS) and len(self._rows) > 1:
            keys = [self.sort_key(item, col) for item in self._rows]
            order = sorted(range(len(self._rows)), key=keys.__getitem__,
                           reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
            self._rows = [self._rows[i] for i in order]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def key(self, item: Any) -> str:
        """The id a view selects rows by."""
        return item.id

    def row_of_key(self, key: str) -> int:
        for i, item in enumerate(self._rows):
            if self.key(item) == key:
                return i
        return -1

    def search_keys(self) -> list[str]:
        """Per row, in row order, what a list's filter box matches: all its cells' text, case-folded,
        and for text outside ASCII also its Latin form (so "Yildirim" keeps Ayşe Yıldırım).

        Computed once per row and kept until the rows or the language change: filtering 5,000 rows
        is then one ``in`` per row, where asking ``data()`` of every cell through Python for each
        key typed took 0.8 s (issue 19).
        """
        cache = self._search
        return [cache.get(id(item)) or self._search_key(item) for item in self._rows]

    def _search_key(self, item: Any) -> str:
        cells = [self.display(item, c) for c in range(len(self.HEADERS))]
        text = "\n".join(cells)
        key = text.casefold()
        if not text.isascii():
            key += "\n" + "\n".join(latin_key(c) for c in cells if not c.isascii())
        self._search[id(item)] = key
        return key

    def _warm_search_keys(self) -> None:
        """Make the rows' search keys a slice at a time while the GUI is idle, so the first key typed
        in the filter does not wait for all of them (5,000 bilaterals: about a second)."""
        deadline = time.perf_counter() + WARM_SLICE_S
        rows, cache = self._rows, self._search
        while self._warm_at < len(rows):
            item = rows[self._warm_at]
            self._warm_at += 1
            if id(item) not in cache:
                self._search_key(item)
                if time.perf_counter() > deadline:
                    self._warm_timer.start()
                    return

    def retranslate(self) -> None:
        self._text = {}
        self._search = {}
        self.generation += 1
        self._warm_at = 0
        if self.FILTERED:
            self._warm_timer.start()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(self.HEADERS) - 1, 0))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.HEADERS) - 1))

    # -- for subclasses
    def display(self, item: Any, col: int) -> str:
        raise NotImplementedError

    def sort_key(self, item: Any, col: int) -> Any:
        return self.display(item, col).casefold()

    def foreground(self, item: Any, col: int) -> QColor | None:
        return None

    # -- QAbstractTableModel
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or not (0 <= index.column() < len(self.HEADERS)):
            return None
        item = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            key = (index.row(), col)
            text = self._text.get(key)
            if text is None:
                text = self._text[key] = self.display(item, col)
            return text
        if role == FILTER_ROLE:
            key = (index.row(), col, FILTER_ROLE)  # kept beside the display text, cleared with it
            text = self._text.get(key)
            if text is None:
                shown = self.data(index, Qt.ItemDataRole.DisplayRole) or ""
                text = self._text[key] = shown if shown.isascii() else f"{shown}\n{latin_key(shown)}"
            return text
        if role == SORT_ROLE:
            return self.sort_key(item, col)
        if role == KEY_ROLE:
            return self.key(item)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.foreground(item, col)
            return QBrush(colour) if colour is not None else None
        return None


def brief_status_text(status: BriefStatus | None) -> str:
    return label(status) if status else tr(QT_TRANSLATE_NOOP("Labels", "no brief"))
