"""What every list's Qt table model shares: the base model, its roles and the names beside ids.

Each list's own model sits beside its view (``today/agenda_model.py``,
``bilaterals/meeting_model.py`` …) and subclasses :class:`RecordTableModel`. Each model has ``COL_*`` constants, a ``set_rows()`` that resets it inside
begin/endResetModel, display text per cell and a sort key in ``SORT_ROLE`` (so
dates sort as dates, not as text). Names of people, rooms and briefs come
from a :class:`Directory` snapshot taken from the store when the list loads.
"""

from __future__ import annotations

from functools import cached_property
from datetime import datetime
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from briefer.gui.widgets.labels import label, tr
from briefer.gui.widgets.fields import ui_language
from briefer.i18n import format_date, format_span, format_time
from briefer.model import Conference, Organisation, Person, Room, country_name
from briefer.model.base import BriefStatus

#: Columns are sized to fit this many rows, not all of them (thousands would be slow).
RESIZE_PRECISION = 50
SORT_ROLE = Qt.ItemDataRole.UserRole + 10
KEY_ROLE = Qt.ItemDataRole.UserRole + 11



class Directory:
    """A snapshot of the names a list shows beside ids (people, rooms, organisations, brief status).

    Each part is read from the store the first time it is needed, so a view
    that shows no people does not pay for loading them.
    """

    def __init__(self, store=None, *, conference: Conference | None = None):
        self._store = store
        self.conference = store.conference() if store is not None else conference

    #: The parts that can be read ahead (:meth:`preload`).
    PARTS = ("people", "rooms", "organisations", "meeting_brief_status")

    @classmethod
    def load(cls, store) -> "Directory":
        return cls(store)

    def preload(self, parts: tuple[str, ...]) -> "Directory":
        """Read ``parts`` now (on a worker, from its own connection) and let go of the store.

        Call :meth:`rebind` on the GUI thread before use: any part not read
        ahead is then read lazily from the GUI thread's own store.
        """
        for part in parts:
            getattr(self, part)
        self._store = None
        return self

    def rebind(self, store) -> "Directory":
        self._store = store
        return self

    def _all(self, repo_name: str) -> list:
        return getattr(self._store, repo_name).list() if self._store is not None else []

    @cached_property
    def people(self) -> dict[str, Person]:
        return {p.id: p for p in self._all("people")}

    @cached_property
    def rooms(self) -> dict[str, Room]:
        return {r.id: r for r in self._all("rooms")}

    @cached_property
    def organisations(self) -> dict[str, Organisation]:
        return {o.id: o for o in self._all("organisations")}

    @cached_property
    def meeting_brief_status(self) -> dict[str, BriefStatus]:
        return {b.meeting_id: b.status for b in self._all("meeting_briefs")}

    @property
    def tz(self):
        from zoneinfo import ZoneInfo

        return self.conference.tz if self.conference else ZoneInfo("UTC")

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
        return format_span(start, end, self.tz, ui_language())

    def day(self, moment: datetime) -> str:
        return format_date(moment, ui_language(), self.tz, fmt="short")

    def time(self, start: datetime, end: datetime) -> str:
        return f"{format_time(start, self.tz)}–{format_time(end, self.tz)}"


class RecordTableModel(QAbstractTableModel):
    """Rows of records; subclasses say what each column shows and how it sorts."""

    HEADERS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._text: dict[tuple[int, int], str] = {}  # display text, computed once per cell
        self.directory = Directory()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- the API the views use
    def set_rows(self, rows: list[Any], directory: Directory | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._text = {}
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

    def retranslate(self) -> None:
        self._text = {}
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
