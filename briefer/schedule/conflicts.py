"""Conflicts in the programme: people or rooms booked twice, no time to walk, bad times.

Two entry points share the same rules:

- :func:`check_schedule` — every finding in the whole programme. Each person's
  and each room's items are swept once in start order (n log n), never every
  pair against every other.
- :func:`conflicts_for` — the findings one candidate meeting would have, for
  the GUI while a meeting is being moved: a few binary searches in a
  :class:`~briefer.schedule.items.ScheduleIndex` built once.

Severity: ``error`` when something cannot work as planned (someone needed in
two places, a room taken, a bilateral outside the conference days, a
principal's bilateral while they speak); ``warning`` when it may still work but
needs attention (someone who merely attends a session is also elsewhere, too
little time to walk, outside the daily hours, a room not confirmed, no
interpreter named).

Messages are written in the schedule's language (``Schedule.lang``, sentences
from :mod:`briefer.i18n`); codes, severities and the structured fields are the
same in every language, so code never reads a message.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Iterable

from briefer.model import Meeting, MeetingStatus, Session
from briefer.schedule.items import MEETING, SESSION, Item, Schedule, ScheduleIndex, Timeline, session_item

ERROR, WARNING = "error", "warning"

PERSON_DOUBLE_BOOKED = "person_double_booked"
BILATERAL_DURING_SPEECH = "bilateral_during_speech"
ROOM_DOUBLE_BOOKED = "room_double_booked"
WALKING_TIME = "walking_time"
OUTSIDE_DAYS = "outside_conference_days"
OUTSIDE_HOURS = "outside_conference_hours"
ROOM_UNCONFIRMED = "room_unconfirmed"
INTERPRETER_MISSING = "interpreter_missing"


@dataclass(frozen=True)
class Finding:
    """One problem, naming everything involved, ready for a list, a dialog or JSON."""

    code: str
    severity: str
    message: str
    item_ids: tuple[str, ...]
    person_ids: tuple[str, ...] = ()
    room_ids: tuple[str, ...] = ()
    start: datetime | None = None
    end: datetime | None = None

    def __str__(self) -> str:
        return f"{self.severity}: {self.message}"

    def to_dict(self) -> dict:
        return {
            "code": self.code, "severity": self.severity, "message": self.message,
            "item_ids": list(self.item_ids), "person_ids": list(self.person_ids), "room_ids": list(self.room_ids),
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }


# ---------------------------------------------------------------------- whole programme
def check_schedule(schedule: Schedule) -> list[Finding]:
    """Every conflict in the programme, errors first, then by time."""
    items = schedule.items()
    by_person: dict[str, list[Item]] = {}
    by_room: dict[str, list[Item]] = {}
    for item in items:
        if item.blocks_people:
            for pid in item.people:
                by_person.setdefault(pid, []).append(item)
        if item.room_id:
            by_room.setdefault(item.room_id, []).append(item)

    people_pairs: dict[tuple[str, str], set[str]] = {}
    walk_pairs: dict[tuple[str, str], set[str]] = {}
    room_pairs: set[tuple[str, str]] = set()
    for pid, lst in by_person.items():
        for a, b, overlap in _sweep(lst):
            (people_pairs if overlap else walk_pairs).setdefault(_pair(a, b), set()).add(pid)
    for lst in by_room.values():
        for a, b, overlap in _sweep(lst):
            if overlap:
                room_pairs.add(_pair(a, b))

    by_id = {i.id: i for i in items}
    findings: list[Finding] = []
    for (x, y), pids in people_pairs.items():
        findings += _overlap_findings(schedule, by_id[x], by_id[y], pids)
    for (x, y), pids in walk_pairs.items():
        f = _walk_finding(schedule, by_id[x], by_id[y], pids)
        if f:
            findings.append(f)
    for x, y in room_pairs:
        findings.append(_room_finding(schedule, by_id[x], by_id[y]))
    for m in schedule.meetings:
        findings += meeting_findings(schedule, m)
    return sort_findings(findings)


def _sweep(items: list[Item]):
    """(earlier, later, overlaps?) for every overlapping pair and every walk between neighbours."""
    items = sorted(items, key=lambda i: (i.start, i.end, i.id))
    active: list[Item] = []
    latest: Item | None = None
    for item in items:
        active = [a for a in active if a.end > item.start]
        for a in active:
            yield a, item, True
        if not active and latest is not None and latest.end <= item.start:
            yield latest, item, False
        active.append(item)
        if latest is None or item.end > latest.end:
            latest = item


def _pair(a: Item, b: Item) -> tuple[str, str]:
    return (a.id, b.id) if (a.start, a.id) <= (b.start, b.id) else (b.id, a.id)


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    far = datetime.max.replace(tzinfo=None)
    return sorted(
        findings,
        key=lambda f: (f.severity != ERROR, f.start.replace(tzinfo=None) if f.start else far, f.code, f.item_ids),
    )


# ---------------------------------------------------------------------- one candidate
def conflicts_for(candidate: Meeting | Session, index: ScheduleIndex) -> list[Finding]:
    """The findings ``candidate`` has against the programme in ``index``.

    ``candidate`` may be an existing meeting at a new time (its stored self is
    ignored by id) or a new one. Cheap: a few binary searches per person.
    """
    schedule = index.schedule
    if isinstance(candidate, Meeting):
        if candidate.status == MeetingStatus.CANCELLED:
            return []
        item = schedule.meeting_item(candidate)
    else:
        item = session_item(candidate)
    findings: list[Finding] = []
    people_pairs: dict[str, set[str]] = {}
    walks: dict[tuple[str, str], tuple[Item, Item, set[str]]] = {}
    if item.blocks_people:
        for pid in item.people:
            tl = index.person(pid)
            for other in tl.overlapping(item.start, item.end, skip=item.id):
                people_pairs.setdefault(other.id, set()).add(pid)
            for a, b in _neighbours(tl, item):
                walks.setdefault((a.id, b.id), (a, b, set()))[2].add(pid)
    others = {o.id: o for pid in item.people for o in index.person(pid).overlapping(item.start, item.end, skip=item.id)}
    for oid, pids in people_pairs.items():
        a, b = sorted((item, others[oid]), key=lambda i: (i.start, i.id))
        findings += _overlap_findings(schedule, a, b, pids)
    for a, b, pids in walks.values():
        f = _walk_finding(schedule, a, b, pids)
        if f:
            findings.append(f)
    if item.room_id:
        for other in index.room(item.room_id).overlapping(item.start, item.end, skip=item.id):
            a, b = sorted((item, other), key=lambda i: (i.start, i.id))
            findings.append(_room_finding(schedule, a, b))
    if isinstance(candidate, Meeting):
        findings += meeting_findings(schedule, candidate)
    return sort_findings(findings)


def _neighbours(tl: Timeline, item: Item):
    """The walks the full check's sweep would report for ``item`` in this person's timeline.

    The sweep is run over just the stretch of the timeline around ``item`` — from
    the item walked from to the item walked to, and everything overlapping that
    stretch — so the answer is the full check's by construction, not a second rule.
    """
    prev = tl.before(item.start, skip=item.id)
    nxt = tl.after(item.end, skip=item.id)
    lo = min(prev.start, item.start) if prev else item.start
    hi = max(nxt.end, item.end) if nxt else item.end
    local = tl.overlapping(lo, hi, skip=item.id) + [item]
    for a, b, overlap in _sweep(local):
        if not overlap and item.id in (a.id, b.id):
            yield a, b


# ---------------------------------------------------------------------- rules
def _overlap_findings(schedule: Schedule, a: Item, b: Item, pids: set[str]) -> list[Finding]:
    """Findings for people expected at two overlapping items ``a`` (earlier) and ``b``."""
    start, end = max(a.start, b.start), min(a.end, b.end)
    out: list[Finding] = []
    speech_pids = set()
    for meeting, session in ((a, b), (b, a)):
        if meeting.kind == MEETING and session.kind == SESSION and meeting.principal_id in session.speakers:
            if meeting.principal_id in pids:
                speech_pids.add(meeting.principal_id)
                out.append(Finding(
                    BILATERAL_DURING_SPEECH, ERROR,
                    schedule.text("sched_during_speech", name=schedule.person_name(meeting.principal_id),
                                  meeting=schedule.describe(meeting), session=schedule.describe(session)),
                    (a.id, b.id), (meeting.principal_id,), _rooms(a, b), start, end,
                ))
    rest = sorted(pids - speech_pids, key=schedule.person_name)
    if not rest:
        return out
    needed = [p for p in rest if p in a.needed and p in b.needed]
    attending = [p for p in rest if p not in needed]
    for group, severity in ((needed, ERROR), (attending, WARNING)):
        if not group:
            continue
        names = ", ".join(schedule.person_name(p) for p in group)
        key = "sched_double_booked_one" if len(group) == 1 else "sched_double_booked_many"
        out.append(Finding(
            PERSON_DOUBLE_BOOKED, severity,
            schedule.text(key, names=names, first=schedule.describe(a), second=schedule.describe(b)),
            (a.id, b.id), tuple(group), _rooms(a, b), start, end,
        ))
    return out


def _walk_finding(schedule: Schedule, a: Item, b: Item, pids: set[str]) -> Finding | None:
    """Too little time between ``a`` (ends first) and ``b`` to walk from a's room to b's."""
    if not a.room_id or not b.room_id or a.room_id == b.room_id:
        return None
    need = schedule.walking.minutes(a.room_id, b.room_id)
    gap = (b.start - a.end) / timedelta(minutes=1)
    if gap >= need:
        return None
    names = ", ".join(sorted((schedule.person_name(p) for p in pids)))
    return Finding(
        WALKING_TIME, WARNING,
        schedule.text("sched_walking_time", names=names, gap=f"{gap:.0f}", first=schedule.describe(a),
                      second=schedule.describe(b), from_room=schedule.room_name(a.room_id),
                      to_room=schedule.room_name(b.room_id), need=need),
        (a.id, b.id), tuple(sorted(pids)), (a.room_id, b.room_id), a.end, b.start,
    )


def _room_finding(schedule: Schedule, a: Item, b: Item) -> Finding:
    return Finding(
        ROOM_DOUBLE_BOOKED, ERROR,
        schedule.text("sched_room_double_booked", room=schedule.room_name(a.room_id),
                      first=schedule.describe(a), second=schedule.describe(b)),
        (a.id, b.id), (), (a.room_id,) if a.room_id else (), max(a.start, b.start), min(a.end, b.end),
    )


def _rooms(a: Item, b: Item) -> tuple[str, ...]:
    return tuple(dict.fromkeys(r for r in (a.room_id, b.room_id) if r))


def meeting_findings(schedule: Schedule, m: Meeting) -> list[Finding]:
    """Rules about one bilateral on its own: days, hours, room, interpreter."""
    conf = schedule.conference
    out: list[Finding] = []
    named: list[str] = []

    def say(key: str, **values) -> str:
        """The sentence about this bilateral (named once, and only when there is something to say)."""
        if not named:
            named.append(schedule.text("sched_the_bilateral", label=schedule.meeting_label(m),
                                       span=schedule.span(m.start, m.end)))
        return schedule.text(key, where=named[0], **values)

    start_l, end_l = conf.local(m.start), conf.local(m.end)
    last = m.end - timedelta(seconds=1)
    if not conf.contains(m.start) or not conf.contains(last):
        out.append(Finding(
            OUTSIDE_DAYS, ERROR,
            say("sched_outside_days", first=conf.start_date, last=conf.end_date),
            (m.id,), (m.principal_id,), _opt(m.room_id), m.start, m.end,
        ))
    elif (start_l.time() < conf.hours_on(start_l.date())[0] or end_l.time() > conf.hours_on(start_l.date())[1]
          or start_l.date() != end_l.date()):
        opens, closes = conf.hours_on(start_l.date())
        out.append(Finding(
            OUTSIDE_HOURS, WARNING,
            say("sched_outside_hours", start=opens, end=closes),
            (m.id,), (m.principal_id,), _opt(m.room_id), m.start, m.end,
        ))
    if not m.room_id:
        out.append(Finding(ROOM_UNCONFIRMED, WARNING, say("sched_no_room_yet"),
                           (m.id,), (m.principal_id,), (), m.start, m.end))
    elif not m.room_confirmed:
        out.append(Finding(
            ROOM_UNCONFIRMED, WARNING,
            say("sched_room_unconfirmed", room=schedule.room_name(m.room_id)),
            (m.id,), (m.principal_id,), (m.room_id,), m.start, m.end,
        ))
    if m.interpreter_language and not m.interpreter_name.strip():
        out.append(Finding(
            INTERPRETER_MISSING, WARNING,
            say("sched_interpreter_missing", language=m.interpreter_language),
            (m.id,), (m.principal_id,), _opt(m.room_id), m.start, m.end,
        ))
    return out


def _opt(rid: str | None) -> tuple[str, ...]:
    return (rid,) if rid else ()
