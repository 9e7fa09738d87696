"""Qt table models over lists of immutable records, one per list in the app.

Each model has ``COL_*`` constants, a ``set_rows()`` that resets it inside
begin/endResetModel, display text per cell and a sort key in ``SORT_ROLE`` (so
dates sort as dates, not as text). Names of people, rooms and briefs come
from a :class:`Directory` snapshot taken from the store when the list loads.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from datetime import datetime
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from briefer.gui.widgets.labels import label, tr
from briefer.gui.widgets.tones import tones_for
from briefer.gui.widgets.fields import ui_language
from briefer.i18n import format_date, format_span, format_time
from briefer.model import (
    Action,
    Conference,
    Country,
    CountryBrief,
    Delegation,
    Meeting,
    Organisation,
    Person,
    Room,
    Session,
    country_name,
)
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


def _status_text(status: BriefStatus | None) -> str:
    return label(status) if status else tr(QT_TRANSLATE_NOOP("Labels", "no brief"))


class SessionTableModel(RecordTableModel):
    COL_DAY, COL_TIME, COL_TITLE, COL_KIND, COL_ROOM, COL_DUTCH = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "Day"), QT_TRANSLATE_NOOP("Labels", "Time"), QT_TRANSLATE_NOOP("Labels", "Title"),
        QT_TRANSLATE_NOOP("Labels", "Kind"), QT_TRANSLATE_NOOP("Labels", "Room"),
        QT_TRANSLATE_NOOP("Labels", "Dutch delegation"),
    )

    def display(self, s: Session, col: int) -> str:
        d = self.directory
        if col == self.COL_DAY:
            return d.day(s.start)
        if col == self.COL_TIME:
            return d.time(s.start, s.end)
        if col == self.COL_TITLE:
            return s.title
        if col == self.COL_KIND:
            return label(s.session_kind)
        if col == self.COL_ROOM:
            return d.room(s.room_id)
        dutch = [pid for pid in s.people_ids() if pid in d.people and d.people[pid].country == "NLD"]
        return ", ".join(sorted(d.person(pid) for pid in dutch))

    def sort_key(self, s: Session, col: int):
        if col in (self.COL_DAY, self.COL_TIME):
            return s.start.isoformat()
        return super().sort_key(s, col)


class MeetingTableModel(RecordTableModel):
    COL_WHEN, COL_COUNTERPART, COL_BRIEF, COL_STATUS, COL_PRINCIPAL, COL_ROOM = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "When"), QT_TRANSLATE_NOOP("Labels", "Counterpart"),
        QT_TRANSLATE_NOOP("Labels", "Brief"), QT_TRANSLATE_NOOP("Labels", "Status"),
        QT_TRANSLATE_NOOP("Labels", "Principal"), QT_TRANSLATE_NOOP("Labels", "Room"),
    )

    def display(self, m: Meeting, col: int) -> str:
        d = self.directory
        if col == self.COL_WHEN:
            return d.span(m.start, m.end)
        if col == self.COL_PRINCIPAL:
            return d.person(m.principal_id)
        if col == self.COL_COUNTERPART:
            parts = [d.country(m.counterpart_country), d.organisation(m.counterpart_organisation_id)]
            return " / ".join(p for p in parts if p)
        if col == self.COL_ROOM:
            return d.room(m.room_id)
        if col == self.COL_STATUS:
            return label(m.status)
        return _status_text(d.meeting_brief_status.get(m.id))

    def sort_key(self, m: Meeting, col: int):
        if col == self.COL_WHEN:
            return m.start.isoformat()
        return super().sort_key(m, col)

    def foreground(self, m: Meeting, col: int):
        if col == self.COL_BRIEF:
            return tones_for().status_colour(self.directory.meeting_brief_status.get(m.id))
        return None


@dataclass(frozen=True)
class CountryRow:
    """A country in the Countries list: its record (if any) and its brief (if any)."""

    iso3: str
    country: Country | None
    brief: CountryBrief | None

    @property
    def id(self) -> str:
        return self.iso3


class CountryTableModel(RecordTableModel):
    COL_COUNTRY, COL_STATUS, COL_CLASSIFICATION, COL_CODE, COL_REGION, COL_UPDATED = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "Country"), QT_TRANSLATE_NOOP("Labels", "Brief"),
        QT_TRANSLATE_NOOP("Labels", "Classification"), QT_TRANSLATE_NOOP("Labels", "Code"),
        QT_TRANSLATE_NOOP("Labels", "WHO region"), QT_TRANSLATE_NOOP("Labels", "Brief updated"),
    )

    def display(self, r: CountryRow, col: int) -> str:
        if col == self.COL_COUNTRY:
            return self.directory.country(r.iso3)
        if col == self.COL_CODE:
            return r.iso3
        if col == self.COL_REGION:
            return r.country.who_region if r.country else ""
        if col == self.COL_STATUS:
            return _status_text(r.brief.status if r.brief else None)
        if col == self.COL_CLASSIFICATION:
            return label(r.brief.classification) if r.brief else ""
        if r.brief is None:
            return ""
        return format_date(r.brief.updated_at, ui_language(), self.directory.tz, fmt="d MMM y")

    def sort_key(self, r: CountryRow, col: int):
        if col == self.COL_UPDATED:
            return r.brief.updated_at.isoformat() if r.brief else ""
        return super().sort_key(r, col)

    def foreground(self, r: CountryRow, col: int):
        if col == self.COL_STATUS and r.brief:
            return tones_for().status_colour(r.brief.status)
        return None


class PersonTableModel(RecordTableModel):
    COL_NAME, COL_POSITION, COL_COUNTRY, COL_ORGANISATION, COL_PRINCIPAL = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "Name"), QT_TRANSLATE_NOOP("Labels", "Position"),
        QT_TRANSLATE_NOOP("Labels", "Country"), QT_TRANSLATE_NOOP("Labels", "Organisation"),
        QT_TRANSLATE_NOOP("Labels", "Minister"),
    )

    def display(self, p: Person, col: int) -> str:
        if col == self.COL_NAME:
            return p.formal_name
        if col == self.COL_POSITION:
            return p.position
        if col == self.COL_COUNTRY:
            return self.directory.country(p.country)
        if col == self.COL_ORGANISATION:
            return self.directory.organisation(p.organisation_id)
        return p.principal_title

    def sort_key(self, p: Person, col: int):
        if col == self.COL_NAME:
            return f"{p.family_name} {p.given_name}".casefold()
        return super().sort_key(p, col)


class DelegationTableModel(RecordTableModel):
    COL_NAME, COL_COUNTRY, COL_HEAD, COL_MEMBERS = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "Delegation"), QT_TRANSLATE_NOOP("Labels", "Country"),
        QT_TRANSLATE_NOOP("Labels", "Head"), QT_TRANSLATE_NOOP("Labels", "Members"),
    )

    def display(self, g: Delegation, col: int) -> str:
        d = self.directory
        if col == self.COL_NAME:
            return g.name or d.country(g.country) or d.organisation(g.organisation_id)
        if col == self.COL_COUNTRY:
            return d.country(g.country) or d.organisation(g.organisation_id)
        if col == self.COL_HEAD:
            return d.person(g.head_id)
        return str(len(g.members))

    def sort_key(self, g: Delegation, col: int):
        if col == self.COL_MEMBERS:
            return len(g.members)
        return super().sort_key(g, col)


class ActionTableModel(RecordTableModel):
    COL_DESCRIPTION, COL_OWNER, COL_DUE, COL_STATUS, COL_COUNTRY = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "Action"), QT_TRANSLATE_NOOP("Labels", "Owner"),
        QT_TRANSLATE_NOOP("Labels", "Due"), QT_TRANSLATE_NOOP("Labels", "Status"),
        QT_TRANSLATE_NOOP("Labels", "Country"),
    )

    def display(self, a: Action, col: int) -> str:
        if col == self.COL_DESCRIPTION:
            return a.description
        if col == self.COL_OWNER:
            return self.directory.person(a.owner_id) or a.owner
        if col == self.COL_DUE:
            return format_date(a.due, ui_language(), fmt="d MMM y") if a.due else ""
        if col == self.COL_STATUS:
            return label(a.status)
        return self.directory.country(a.country)

    def sort_key(self, a: Action, col: int):
        if col == self.COL_DUE:
            return a.due.isoformat() if a.due else "9999"
        return super().sort_key(a, col)


class AgendaTableModel(RecordTableModel):
    COL_WHEN, COL_WHAT, COL_KIND, COL_WHERE, COL_ROLE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "When"), QT_TRANSLATE_NOOP("Labels", "What"),
        QT_TRANSLATE_NOOP("Labels", "Kind"), QT_TRANSLATE_NOOP("Labels", "Where"),
        QT_TRANSLATE_NOOP("Labels", "Role"),
    )

    def key(self, i) -> str:
        return i.record_id

    def display(self, i, col: int) -> str:
        if col == self.COL_WHEN:
            return self.directory.span(i.start, i.end)
        if col == self.COL_WHAT:
            if i.kind == "meeting" and i.counterpart and i.counterpart == i.title:
                return tr(QT_TRANSLATE_NOOP("Labels", "Bilateral with {0}")).format(i.counterpart)
            return i.title
        if col == self.COL_KIND:
            return label("a_session" if i.kind == "session" else "bilateral")
        if col == self.COL_WHERE:
            return i.room or tr(QT_TRANSLATE_NOOP("Labels", "to be confirmed"))
        return label(i.role)

    def sort_key(self, i, col: int):
        if col == self.COL_WHEN:
            return i.start.isoformat()
        return super().sort_key(i, col)


@dataclass(frozen=True)
class Recipient:
    """Someone a pack can be printed for, with what their pack would hold."""

    person: Person
    role: str
    principal: str
    bilaterals: int
    sessions: int

    @property
    def id(self) -> str:
        return self.person.id


class RecipientTableModel(RecordTableModel):
    COL_NAME, COL_ROLE, COL_PRINCIPAL, COL_BILATERALS, COL_SESSIONS = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "Name"), QT_TRANSLATE_NOOP("Labels", "Role"),
        QT_TRANSLATE_NOOP("Labels", "Serves"), QT_TRANSLATE_NOOP("Labels", "Bilaterals"),
        QT_TRANSLATE_NOOP("Labels", "Sessions"),
    )

    def display(self, r: Recipient, col: int) -> str:
        if col == self.COL_NAME:
            return r.person.formal_name
        if col == self.COL_ROLE:
            return r.role
        if col == self.COL_PRINCIPAL:
            return r.principal
        if col == self.COL_BILATERALS:
            return str(r.bilaterals)
        return str(r.sessions)

    def sort_key(self, r: Recipient, col: int):
        if col == self.COL_BILATERALS:
            return r.bilaterals
        if col == self.COL_SESSIONS:
            return r.sessions
        return super().sort_key(r, col)


class RevisionTableModel(RecordTableModel):
    COL_REVISION, COL_WHEN, COL_BY, COL_ACTION = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "Revision"), QT_TRANSLATE_NOOP("Labels", "When"),
        QT_TRANSLATE_NOOP("Labels", "By"), QT_TRANSLATE_NOOP("Labels", "Change"),
    )

    def key(self, rev) -> str:
        return str(rev.revision)

    def display(self, rev, col: int) -> str:
        if col == self.COL_REVISION:
            return str(rev.revision)
        if col == self.COL_WHEN:
            moment = datetime.fromisoformat(rev.changed_at.replace("Z", "+00:00"))
            return f"{self.directory.day(moment)} {format_time(moment, self.directory.tz)}"
        if col == self.COL_BY:
            return rev.changed_by
        return rev.action

    def sort_key(self, rev, col: int):
        if col == self.COL_REVISION:
            return rev.revision
        if col == self.COL_WHEN:
            return rev.changed_at
        return super().sort_key(rev, col)
