"""``briefer import-ics``: the organisers' programme into sessions, whole or not at all.

:func:`plan_import` compares what the file holds (:mod:`briefer.schedule.ics_read`)
with the sessions already stored and says, item by item, what would change —
that is ``--dry-run``. :func:`apply_plan` then writes it in one transaction.
Sessions are matched by their iCalendar UID (``Session.external_uid``; one key
per instance of a recurring event), so importing a newer version of the same
file updates sessions instead of duplicating them, and a cancelled event
removes its session. Only what the calendar knows is updated (title, times,
room, description, kind); the Dutch side's speakers, attendees and speaking
notes are left as they were.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from pydantic import ValidationError

from briefer.errors import BrieferError, ImportFailed
from briefer.model import Room, Session, SessionKind
from briefer.schedule.ics_export import record_id_from_uid
from briefer.schedule.ics_read import CalendarContent, Occurrence, Skipped, read_calendar
from briefer.store.repository import invalid_record

ADD, UPDATE, DELETE, UNCHANGED, KEEP = "add", "update", "delete", "unchanged", "keep"
MAX_NAME = 200


@dataclass(frozen=True)
class Change:
    action: str
    key: str
    title: str
    start: datetime | None = None
    end: datetime | None = None
    detail: str = ""
    session: Session | None = None


@dataclass(frozen=True)
class ImportPlan:
    file: str
    changes: tuple[Change, ...]
    skipped: tuple[Skipped, ...]
    new_rooms: tuple[Room, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)

    def count(self, action: str) -> int:
        return sum(1 for c in self.changes if c.action == action)

    def summary(self) -> str:
        parts = [f"{self.count(ADD)} added", f"{self.count(UPDATE)} updated", f"{self.count(DELETE)} removed",
                 f"{self.count(UNCHANGED)} unchanged", f"{len(self.skipped)} skipped"]
        if self.count(KEEP):
            parts.append(f"{self.count(KEEP)} cancelled but kept")
        if self.new_rooms:
            parts.append(f"{len(self.new_rooms)} new room(s)")
        return ", ".join(parts)

    @property
    def writes(self) -> bool:
        return bool(self.new_rooms) or any(c.action in (ADD, UPDATE, DELETE) for c in self.changes)


def plan_import(store, data: bytes, *, file: str = "calendar") -> ImportPlan:
    """What importing ``data`` would change — reads the store, writes nothing."""
    conf = store.require_conference()
    content = read_calendar(data, conf, file=file)
    return _plan(store, content, file)


def import_calendar(store, data: bytes, *, file: str = "calendar", dry_run: bool = False) -> ImportPlan:
    """Plan and (unless ``dry_run``) apply an import; on any problem nothing is changed."""
    plan = plan_import(store, data, file=file)
    if not dry_run:
        apply_plan(store, plan)
    return plan


def apply_plan(store, plan: ImportPlan) -> None:
    """Write a plan in one transaction; an error rolls everything back.

    A database that already holds data is backed up first (issue 7: a backup
    before every import), outside the transaction so it shows the state before.
    """
    if plan.writes:
        from briefer.store.backup import backup_before_import

        backup_before_import(store)
    try:
        with store.write():
            for room in plan.new_rooms:
                store.rooms.add(room)
            for c in plan.changes:
                if c.action == ADD:
                    store.sessions.add(c.session)
                elif c.action == UPDATE:
                    store.sessions.update(c.session)
                elif c.action == DELETE:
                    store.sessions.delete(c.session.id, revision=c.session.revision)
    except ImportFailed:
        raise
    except BrieferError as exc:
        raise ImportFailed(f"nothing was imported: {exc}", file=plan.file) from None


# ---------------------------------------------------------------------- planning
def _plan(store, content: CalendarContent, file: str) -> ImportPlan:
    existing = store.sessions.list()
    by_uid = {s.external_uid: s for s in existing if s.external_uid}
    by_id = {s.id: s for s in existing}
    rooms = _RoomFinder(store.rooms.list())
    changes: list[Change] = []
    for occ in content.occurrences:
        current = by_uid.get(occ.key)
        if current is None:
            rid = record_id_from_uid(occ.key)
            current = by_id.get(rid) if rid else None
        if occ.cancelled:
            changes.append(_cancel(store, occ, current))
            continue
        room_id = rooms.find(occ.location) if occ.location else None
        kind = _kind(occ.categories)
        try:
            if current is None:
                session = Session(
                    title=occ.title[:MAX_NAME * 5], start=occ.start, end=occ.end, room_id=room_id,
                    description=occ.description, external_uid=occ.key,
                    **({"session_kind": kind} if kind else {}),
                )
                changes.append(Change(ADD, occ.key, session.title, occ.start, occ.end, _notes(occ), session))
                continue
            wanted = {"title": occ.title[:MAX_NAME * 5], "start": occ.start, "end": occ.end}
            if not occ.briefer_kind:  # a Briefer export's description is composed; keep the session's own
                wanted["description"] = occ.description
            if occ.location:
                wanted["room_id"] = room_id
            if kind:
                wanted["session_kind"] = kind
            changed = [k for k, v in wanted.items() if getattr(current, k) != v]
            if not changed:
                changes.append(Change(UNCHANGED, occ.key, current.title, current.start, current.end))
                continue
            session = current.evolve(**wanted)
            changes.append(Change(UPDATE, occ.key, session.title, occ.start, occ.end,
                                  "changed: " + ", ".join(changed), session))
        except ValidationError as exc:
            raise ImportFailed(f"event '{occ.title}' (UID {occ.uid}): {invalid_record(exc, 'session')}",
                               file=file) from None
    return ImportPlan(file, tuple(changes), content.skipped, tuple(rooms.new))


def _cancel(store, occ: Occurrence, current: Session | None) -> Change:
    if current is None:
        return Change(UNCHANGED, occ.key, occ.title, occ.start, occ.end, "cancelled; not in the programme")
    refs = store.dependents(store.sessions.spec.table, current.id)
    if refs:
        what = ", ".join(f"{n} {k}" for k, n in refs.items())
        return Change(KEEP, occ.key, current.title, current.start, current.end,
                      f"cancelled by the organisers, but kept: {what} refer to it; delete it by hand")
    return Change(DELETE, occ.key, current.title, current.start, current.end, "cancelled by the organisers", current)


def _notes(occ: Occurrence) -> str:
    return "; ".join(occ.notes)


def _kind(categories: tuple[str, ...]) -> SessionKind | None:
    values = {k.value: k for k in SessionKind}
    for c in categories:
        k = values.get(c.strip().lower().replace(" ", "_").replace("-", "_"))
        if k:
            return k
    return None


class _RoomFinder:
    """Rooms by what a LOCATION says: "Room A", "Room A, Venue"; unknown ones become new rooms."""

    def __init__(self, rooms: list[Room]):
        self.new: list[Room] = []
        self._by_name: dict[str, str] = {}
        for r in rooms:
            self._remember(r)

    def _remember(self, r: Room) -> None:
        self._by_name.setdefault(_fold(r.name), r.id)
        if r.venue:
            self._by_name.setdefault(_fold(f"{r.name}, {r.venue}"), r.id)

    def find(self, location: str) -> str:
        first = location.splitlines()[0].strip() if location.strip() else location
        for candidate in (location, first, first.split(",")[0]):
            rid = self._by_name.get(_fold(candidate))
            if rid:
                return rid
        name, _, venue = first.partition(",")
        room = Room(name=(name.strip() or first or "Unnamed room")[:MAX_NAME], venue=venue.strip()[:MAX_NAME])
        self.new.append(room)
        self._remember(room)
        return room.id


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())
