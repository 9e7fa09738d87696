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

import re
from dataclasses import dataclass, field
from datetime import datetime

from pydantic import ValidationError

from briefer.errors import BrieferError, ImportFailed
from briefer.i18n import counted
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
            parts.append(counted("new_rooms", len(self.new_rooms)))
        return ", ".join(parts)

    @property
    def writes(self) -> bool:
        return bool(self.new_rooms) or any(c.action in (ADD, UPDATE, DELETE) or (c.action == KEEP and c.session)
                                           for c in self.changes)


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
        from briefer.store.wholefile.backup import backup_before_import

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
                elif c.action == KEEP and c.session is not None:
                    store.sessions.update(c.session)  # marked cancelled
    except ImportFailed:
        raise
    except BrieferError as exc:
        raise ImportFailed(f"nothing was imported: {exc}", file=plan.file) from None


# ---------------------------------------------------------------------- planning
def _plan(store, content: CalendarContent, file: str) -> ImportPlan:
    conf = store.require_conference()
    existing = store.sessions.list()
    by_uid = {s.external_uid: s for s in existing if s.external_uid}
    by_id = {s.id: s for s in existing}
    rooms = _RoomFinder(store.rooms.list())
    changes: list[Change] = []
    skipped = list(content.skipped)
    keys = {occ.key for occ in content.occurrences}
    # Sessions of an event the file still has, under a key it no longer has: an instance taken
    # out with EXDATE, a series moved to other times, an event moved out of the conference days.
    file_uids = {occ.uid for occ in content.occurrences} | {x.uid for x in content.skipped}
    vanished = {s.external_uid: s for s in existing
                if s.external_uid and s.external_uid not in keys and _base_uid(s.external_uid) in file_uids}
    for occ in content.occurrences:
        current = by_uid.get(occ.key)
        if current is None:
            rid = record_id_from_uid(occ.key)
            current = by_id.get(rid) if rid else None
        if current is None and not occ.cancelled:
            # an instance of a series that moved: the session of the same event on the same day
            current = _same_day(vanished, occ, conf)
        if occ.cancelled:
            if current is None:
                skipped.append(Skipped(occ.uid, occ.title, occ.start.astimezone(conf.tz).strftime("%Y-%m-%d %H:%M"),
                                       "cancelled by the organisers; not imported"))
            else:
                changes.append(_cancel(store, current, "cancelled by the organisers", key=occ.key))
            continue
        room_id = rooms.find(occ.location) if occ.location else None
        kind = _kind(occ.categories)
        try:
            if current is None:
                guessed = kind or guess_kind(occ.title)
                session = Session(
                    title=occ.title[:MAX_NAME * 5], start=occ.start, end=occ.end, room_id=room_id,
                    description=occ.description, external_uid=occ.key,
                    **({"session_kind": guessed} if guessed else {}),
                )
                changes.append(Change(ADD, occ.key, session.title, occ.start, occ.end, _notes(occ), session))
                continue
            wanted = {"title": occ.title[:MAX_NAME * 5], "start": occ.start, "end": occ.end}
            if current.external_uid and current.external_uid != occ.key:
                wanted["external_uid"] = occ.key  # a moved instance now answers to its new key
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
    matched = {c.session.id for c in changes if c.session is not None}
    for key, session in sorted(vanished.items()):
        if session.id not in matched:
            changes.append(_cancel(store, session, "no longer in the organisers' programme", key=key))
    return ImportPlan(file, tuple(changes), tuple(skipped), tuple(rooms.new))


#: Put before the title of a session the organisers cancelled that is kept for what the Dutch
#: side added to it, so every list, pack and calendar shows it is off.
CANCELLED_MARK = "CANCELLED: "


def _dutch_part(session: Session) -> list[str]:
    """What the Dutch side added to a session, in words (an import never takes it away silently)."""
    parts = []
    if session.speaker_ids or session.chair_id:
        parts.append("a Dutch speaker or chair")
    if session.speaking_role.strip():
        parts.append("a speaking role")
    if session.speaking_notes.strip():
        parts.append("speaking notes")
    if session.attendee_ids:
        parts.append("Dutch attendees")
    return parts


def _cancel(store, current: Session, why: str, *, key: str) -> Change:
    """Remove a session the organisers dropped — or, if anything of ours refers to it or was
    added to it, keep it marked as cancelled and say what keeps it."""
    refs = store.dependents(store.sessions.spec.table, current.id)
    kept = [f"{n} {k}" for k, n in refs.items()] + _dutch_part(current)
    if kept:
        flagged = None
        if not current.title.startswith(CANCELLED_MARK):
            flagged = current.evolve(title=(CANCELLED_MARK + current.title)[:MAX_NAME * 5])
        what = ", ".join(kept)
        verb = "refer to it" if refs else "belong to it"
        return Change(KEEP, key, current.title, current.start, current.end,
                      f"{why}, but kept and marked cancelled: {what} {verb}; delete it by hand", flagged)
    return Change(DELETE, key, current.title, current.start, current.end, why, current)


def _base_uid(key: str) -> str:
    return key.split("#", 1)[0]


def _same_day(vanished: dict[str, Session], occ: Occurrence, conf) -> Session | None:
    day = occ.start.astimezone(conf.tz).date()
    for key, session in sorted(vanished.items()):
        if _base_uid(key) == occ.uid and session.start.astimezone(conf.tz).date() == day:
            del vanished[key]
            return session
    return None


def _notes(occ: Occurrence) -> str:
    return "; ".join(occ.notes)


def _kind(categories: tuple[str, ...]) -> SessionKind | None:
    """The kind the organisers' CATEGORIES name ("side event", "Coffee Break", "Plenary session")."""
    values = {k.value: k for k in SessionKind}
    for c in categories:
        k = values.get(c.strip().lower().replace(" ", "_").replace("-", "_"))
        if k:
            return k
    for c in categories:
        k = guess_kind(c)
        if k:
            return k
    return None


#: Words in a title or category that say what kind of item it is, in English, Dutch and
#: French (the languages of most programmes a Dutch delegation gets).
_KIND_WORDS: tuple[tuple[SessionKind, tuple[str, ...]], ...] = (
    # not "lunch" or "dinner" alone: a working lunch is a meeting, and a break frees the people in it
    (SessionKind.BREAK, ("coffee", "tea", "break", "koffie", "pauze", "lunchpauze", "koffiepauze",
                         "pause", "pause-café")),
    (SessionKind.RECEPTION, ("reception", "dinner", "cocktail", "receptie", "diner", "borrel", "réception",
                             "dîner", "gala")),
    (SessionKind.PRESS, ("press", "media", "pers", "persconferentie", "presse", "doorstep")),
    (SessionKind.SIDE_EVENT, ("side event", "side-event", "side events", "nevenevenement", "événement parallèle")),
    (SessionKind.SITE_VISIT, ("site visit", "field visit", "excursion", "excursie", "werkbezoek", "visite")),
    (SessionKind.PANEL, ("panel", "round table", "roundtable", "rondetafel", "paneldiscussie", "table ronde",
                         "workshop", "breakout")),
    (SessionKind.OPENING, ("opening", "welcome", "ouverture", "welkom")),
    (SessionKind.CLOSING, ("closing", "sluiting", "afsluiting", "clôture", "closure")),
    (SessionKind.PLENARY, ("plenary", "plenaire", "plenair", "plénière", "plenaire vergadering")),
)


def guess_kind(text: str) -> SessionKind | None:
    """The kind a telling word of ``text`` names ("Coffee break" → break), else None.

    Only for a new session: an existing one keeps the kind it has (someone may have set it).
    With no telling word the model's default (plenary) stands.
    """
    folded = " " + " ".join(re.split(r"[^\w\-éèëïôûç]+", text.casefold())) + " "
    for kind, words in _KIND_WORDS:  # most telling first: "Opening reception" is a reception
        if any(f" {word} " in folded for word in words):
            return kind
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
        name, venue = (name.strip() or first or "Unnamed room")[:MAX_NAME], venue.strip()[:MAX_NAME]
        for candidate in (f"{name}, {venue}", name):  # a name too long to store was stored cut: found cut
            rid = self._by_name.get(_fold(candidate))
            if rid:
                return rid
        room = Room(name=name, venue=venue)
        self.new.append(room)
        self._remember(room)
        return room.id


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())
