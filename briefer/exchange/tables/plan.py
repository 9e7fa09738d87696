"""Every row compared with what is stored — add, update, unchanged or refused — and the accepted plan written.

:func:`plan_table` reads the store and writes nothing: that is the preview (and
``--dry-run``). Rows are planned in order against the store *and* the rows before
them, so the same person twice in one file is seen, and a delegation list can add
people and their memberships in one go. :func:`apply_plan` writes the plan in one
transaction (every record with its revision, so History shows the import) after a
backup; any error rolls everything back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from briefer.errors import BrieferError, ImportFailed
from briefer.exchange.tables.cells import CellProblem
from briefer.exchange.tables.headers import Layout, find_layout
from briefer.exchange.tables.read import Grid, column_letter
from briefer.i18n import counted

if TYPE_CHECKING:
    from briefer.exchange.tables.kinds import Kind

ADD, UPDATE, UNCHANGED, REFUSED = "add", "update", "unchanged", "refused"
#: Repositories in the order an import writes them: what is referred to before what refers to it.
WRITE_ORDER = ("organisations", "rooms", "people", "countries", "country_briefs", "delegations", "meetings")


class RowRefused(Exception):
    """Raised by a row planner: the row cannot be imported, for this reason."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class RowPlan:
    row: int
    action: str
    #: What the row is ("Anna de Vries", "Bilateral with Indonesia, 15-05-2025 11:15").
    what: str
    #: Why refused; for an update, what changes; for unchanged, why (e.g. "the same as row 12").
    reason: str = ""

    def line(self) -> str:
        text = f"row {self.row}: {self.action}"
        if self.what:
            text += f" {self.what}"
        return text + (f" — {self.reason}" if self.reason else "")


@dataclass
class TablePlan:
    kind: str
    file: str
    sheet: str
    header_row: int
    columns: dict[str, str]
    rows: list[RowPlan]
    #: Records to write: (repository name, "add" | "update", record), in write order.
    writes: list[tuple[str, str, object]] = field(default_factory=list)
    #: Schedule conflicts the imported meetings would have (messages), shown with the preview.
    conflicts: list[str] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def refused(self) -> list[RowPlan]:
        return [r for r in self.rows if r.action == REFUSED]

    def summary(self, *, done: bool = False) -> str:
        add, update = ("added", "updated") if done else ("to add", "to update")
        return (f"{self.count(ADD)} {add}, {self.count(UPDATE)} {update}, {self.count(UNCHANGED)} unchanged, "
                f"{self.count(REFUSED)} refused")


class Planning:
    """What row planners read and stage: the stored records, and what earlier rows of the file did."""

    def __init__(self, store, kind: "Kind"):
        self.store = store
        self.kind = kind
        self.conference = store.conference()
        self.today = self.conference.start_date if self.conference else date.today()
        self._cache: dict[str, list] = {}
        #: repo → id → (action, record) staged by earlier rows.
        self.staged: dict[str, dict[str, tuple[str, object]]] = {}
        #: (repo, id) → the first row of the file that staged it, for "the same … as row N".
        self.rows_of: dict[tuple[str, str], int] = {}
        #: Indexes the row planners keep (people by e-mail, meetings by principal and counterpart).
        self.extra: dict[str, object] = {}
        self._by_id: dict[str, dict[str, object]] = {}

    def stored(self, repo: str) -> list:
        if repo not in self._cache:
            self._cache[repo] = getattr(self.store, repo).list()
        return self._cache[repo]

    def current(self, repo: str) -> list:
        """Stored records of ``repo`` as earlier rows left them, plus the ones they added."""
        staged = self.staged.get(repo, {})
        return [r for r in self.stored(repo) if r.id not in staged] + [rec for _, rec in staged.values()]

    def stored_one(self, repo: str, record_id: str):
        if repo not in self._by_id:
            self._by_id[repo] = {r.id: r for r in self.stored(repo)}
        return self._by_id[repo].get(record_id)

    def latest(self, repo: str, record_id: str):
        """The record as the rows so far left it (staged), else as stored."""
        staged = self.staged.get(repo, {}).get(record_id)
        return staged[1] if staged else self.stored_one(repo, record_id)

    def same(self, a, b) -> bool:
        return _same(a, b)

    def stage(self, repo: str, record, row: int) -> str:
        """Stage ``record`` to be written; returns ADD, UPDATE or UNCHANGED (compared with what is stored)."""
        self.rows_of.setdefault((repo, record.id), row)
        staged = self.staged.setdefault(repo, {})
        stored = self.stored_one(repo, record.id)
        if stored is None:
            staged[record.id] = (ADD, record)
            return ADD
        if _same(stored, record):
            staged.pop(record.id, None)
            return UNCHANGED
        staged[record.id] = (UPDATE, record)
        return UPDATE

    def changed_fields(self, repo: str, record) -> list[str]:
        stored = self.stored_one(repo, record.id)
        if stored is None:
            return []
        a, b = _comparable(stored), _comparable(record)
        return [k for k in b if a.get(k) != b.get(k)]


def _comparable(record) -> dict:
    data = record.model_dump(mode="json")
    for k in ("revision", "created_at", "updated_at"):
        data.pop(k, None)
    return data


def _same(a, b) -> bool:
    return _comparable(a) == _comparable(b)


def plan_table(store, kind: "Kind", grid: Grid, mapping: dict[str, str] | None = None, *,
               lang: str = "en") -> TablePlan:
    """The preview: every data row of ``grid`` planned against ``store``; nothing is written.

    ``lang`` ("en" or "nl") is the reader's, for the schedule conflicts of imported meetings."""
    layout: Layout = find_layout(grid, kind, mapping)
    planning = Planning(store, kind)
    rows: list[RowPlan] = []
    for number, cells in grid.rows:
        if number <= layout.header_row:
            continue
        # An empty cell says nothing: it leaves the stored value as it is (an organiser's list that
        # does not know the room must not take away the room the advisor entered).
        values = {f: cells[i] for i, f in layout.fields.items() if i < len(cells) and str(cells[i]).strip() != ""}
        if not values:
            continue
        try:
            rows.append(kind.planner(planning, number, values, layout))
        except RowRefused as exc:
            rows.append(RowPlan(number, REFUSED, _describe(values), exc.reason))
        except CellProblem as exc:  # a planner that did not say which column: name none
            rows.append(RowPlan(number, REFUSED, _describe(values), str(exc)))
    writes = [(repo, action, rec) for repo in WRITE_ORDER
              for action, rec in planning.staged.get(repo, {}).values()]
    plan = TablePlan(kind.name, grid.file, grid.sheet, layout.header_row,
                     {column_letter(i): f for i, f in layout.fields.items()}, rows, writes)
    if kind.name == "meetings":
        plan.conflicts = _conflicts(store, planning, lang)
    return plan


#: The cells that say which row a refused one is, in the order they are shown.
_NAMING = ("name", "given_name", "family_name", "principal", "counterpart", "country", "acronym")


def _describe(values: dict) -> str:
    """What a refused row is about, from its own cells ("Piet Pietersen", "Bruno Bruins, Indonsia")."""
    from briefer.exchange.tables.read import ErrorValue, Formula

    parts = [" ".join(str(values[f]).split()) for f in _NAMING
             if f in values and not isinstance(values[f], (Formula, ErrorValue))]
    text = " ".join(parts[:2]) if {"given_name", "family_name"} <= set(values) else ", ".join(parts[:2])
    return text if len(text) <= 60 else text[:59] + "…"


def cell(values: dict, fieldname: str, layout: Layout, reader, *args, **kwargs):
    """``reader(value)`` for one field, a CellProblem becoming a refusal that names the column."""
    if fieldname not in values:
        return None
    try:
        return reader(values[fieldname], *args, **kwargs)
    except CellProblem as exc:
        index = next(i for i, f in layout.fields.items() if f == fieldname)
        raise RowRefused(f"column {column_letter(index)} ('{layout.headers[index]}') {exc}") from None


def _conflicts(store, planning: Planning, lang: str = "en") -> list[str]:
    """The schedule check with the imported meetings in place: only findings that involve one of them."""
    import dataclasses

    from briefer.model import MeetingStatus
    from briefer.schedule.conflicts import check_schedule
    from briefer.schedule.items import load_schedule

    staged = {rid: rec for rid, (_, rec) in planning.staged.get("meetings", {}).items()}
    if not staged or planning.conference is None:
        return []
    schedule = load_schedule(store, lang=lang)
    meetings = [m for m in schedule.meetings if m.id not in staged]
    meetings += [m for m in staged.values() if m.status != MeetingStatus.CANCELLED]
    people = dict(schedule.people)
    for rid, (_, rec) in planning.staged.get("people", {}).items():
        people[rid] = rec
    schedule = dataclasses.replace(schedule, meetings=tuple(meetings), people=people)
    ids = set(staged)
    return [f"{schedule.text('severity_' + f.severity)}: {f.message}" for f in check_schedule(schedule)
            if not ids.isdisjoint(f.item_ids)]


def apply_plan(store, plan: TablePlan, *, skip_refused: bool = False) -> int:
    """Write an accepted plan in one transaction; returns the number of records written.

    Refused rows stop the import unless ``skip_refused`` (the user chose to import
    the other rows). A backup is taken first, as before every import.
    """
    if plan.refused and not skip_refused:
        raise ImportFailed(f"nothing was imported: {counted('rows', len(plan.refused))} refused ({plan.refused[0].line()}"
                           + (", …" if len(plan.refused) > 1 else "") + ")", file=plan.file)
    if not plan.writes:
        return 0
    from briefer.store.wholefile.backup import backup_before_import

    backup_before_import(store)
    try:
        with store.write():
            for repo, action, record in plan.writes:
                target = getattr(store, repo)
                if action == ADD:
                    target.add(record)
                else:
                    target.update(record)
    except ImportFailed:
        raise
    except BrieferError as exc:
        raise ImportFailed(f"nothing was imported: {exc}", file=plan.file) from None
    return len(plan.writes)

