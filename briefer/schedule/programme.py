"""A person's own programme: the sessions they attend, speak at or chair, and their bilaterals.

One list, in time order, with what the person is there to do — the spine of
the Today view, the pack's programme chapter and the calendar export.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from briefer.model.counterparts import counterpart_name
from briefer.model import Meeting, MeetingStatus, Session
from briefer.store import Store


@dataclass(frozen=True)
class ProgrammeItem:
    kind: str  # "session" | "meeting"
    record_id: str
    start: datetime
    end: datetime
    title: str
    room: str | None  # None: to be confirmed
    role: str  # chairs | speaks | attends | principal | participant | note_taker
    status: str = ""
    counterpart: str = ""
    #: The counterpart as a sentence names it, article included: "Bilateral with {the United Kingdom}",
    #: "{the European Commission}".
    counterpart_in_sentence: str = ""
    objective: str = ""
    #: The meeting brief's point in one sentence, when it has one (what Today shows first).
    point: str = ""
    with_names: tuple[str, ...] = field(default=())
    #: The room's id (None: to be confirmed), for the walk from the item before.
    room_id: str | None = None

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


def _session_role(s: Session, pid: str) -> str | None:
    if s.chair_id == pid:
        return "chairs"
    if pid in s.speaker_ids:
        return "speaks"
    if pid in s.attendee_ids:
        return "attends"
    return None


def _meeting_role(m: Meeting, pid: str) -> str | None:
    if m.principal_id == pid:
        return "principal"
    if m.note_taker_id == pid:
        return "note_taker"
    if pid in m.nl_participant_ids:
        return "participant"
    if pid in m.counterpart_ids:
        return "counterpart"
    return None


def programme_for(
    store: Store,
    person_id: str,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    include_cancelled: bool = False,
    lang: str = "en",
) -> list[ProgrammeItem]:
    """Everything ``person_id`` takes part in, in time order (cancelled meetings left out)."""
    people = {p.id: p for p in store.people.list()}
    rooms = {r.id: r.name for r in store.rooms.list()}
    orgs = {o.id: o for o in store.organisations.list()}
    briefs = {b.meeting_id: b for b in store.meeting_briefs.list()}
    objectives = {mid: (b.objectives[0].text if b.objectives else "") for mid, b in briefs.items()}
    points = {mid: b.point for mid, b in briefs.items()}
    items: list[ProgrammeItem] = []
    for s in store.sessions.list():
        role = _session_role(s, person_id)
        if role:
            others = sorted((s.people_ids() - {person_id}) & {p for p in s.attendee_ids})
            items.append(ProgrammeItem(
                "session", s.id, s.start, s.end, s.title, rooms.get(s.room_id) if s.room_id else None, role,
                with_names=tuple(people[i].full_name for i in others if i in people), room_id=s.room_id,
            ))
    for m in store.meetings.list():
        role = _meeting_role(m, person_id)
        if not role or (m.status == MeetingStatus.CANCELLED and not include_cancelled):
            continue
        counterpart = counterpart_name(m, orgs, lang, article=False)
        in_sentence = counterpart_name(m, orgs, lang)
        nl_side = sorted(m.nl_side_ids() - {person_id})
        items.append(ProgrammeItem(
            "meeting", m.id, m.start, m.end, m.title or counterpart, rooms.get(m.room_id) if m.room_id else None,
            role, status=m.status.value, counterpart=counterpart, counterpart_in_sentence=in_sentence,
            objective=objectives.get(m.id, ""), point=points.get(m.id, ""),
            with_names=tuple(people[i].full_name for i in nl_side if i in people), room_id=m.room_id,
        ))
    items = [i for i in items if (start is None or i.end > start) and (end is None or i.start < end)]
    items.sort(key=lambda i: (i.start, i.end, i.kind, i.title))
    return items


@dataclass(frozen=True)
class Today:
    """Now and next for one person at one moment."""

    now: datetime
    current: tuple[ProgrammeItem, ...]
    next: ProgrammeItem | None
    later: tuple[ProgrammeItem, ...]

    @property
    def until_next(self) -> timedelta | None:
        return self.next.start - self.now if self.next else None


def today(items: list[ProgrammeItem], now: datetime, day: date | None = None, tz=None) -> Today:
    """Split a programme around ``now``: what is on, what is next, what follows that day."""
    local_day = day or (now.astimezone(tz).date() if tz else now.date())

    def on_day(i: ProgrammeItem) -> bool:
        return (i.start.astimezone(tz).date() if tz else i.start.date()) == local_day

    current = tuple(i for i in items if i.start <= now < i.end)
    upcoming = [i for i in items if i.start > now]
    nxt = upcoming[0] if upcoming else None
    later = tuple(i for i in upcoming[1:] if on_day(i))
    return Today(now, current, nxt, later)
