"""Free slots for a bilateral: when are the principal, the counterpart and a room all free?

Candidates are tried every few minutes through the conference hours, earliest
first. A candidate is taken when the principal and the counterpart delegation's
head have nothing on (with a minimum break before and after), a suitable room
is free, and both can walk there from where they were and on to where they go
next. Proposed slots never overlap each other; every candidate passed over
before the last proposal keeps its reason, so the GUI and ``briefer slots
--why`` can say why 10:00 did not work — in the schedule's language
(``Schedule.lang``), like the conflict findings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from briefer.model import country_name
from briefer.schedule.items import ScheduleIndex, Timeline

DEFAULT_DURATION = timedelta(minutes=20)
DEFAULT_BREAK = timedelta(minutes=5)
DEFAULT_STEP = timedelta(minutes=5)


class SlotRequestError(ValueError):
    """A search that cannot be made: ``field`` is "day" or "duration" (for the command line's message)."""

    def __init__(self, message: str, field: str):
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class Slot:
    start: datetime
    end: datetime
    room_id: str
    #: minutes the principal and counterpart walk to get there and away again (for ranking).
    walking_minutes: int = 0
    note: str = ""


@dataclass(frozen=True)
class Rejection:
    """Candidates from ``start`` to ``last_start`` that were passed over for one reason."""

    start: datetime
    last_start: datetime
    reason: str


@dataclass(frozen=True)
class SlotSearch:
    principal_id: str
    counterpart_id: str | None
    duration: timedelta
    slots: tuple[Slot, ...]
    rejected: tuple[Rejection, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)


def bilateral_rooms(index: ScheduleIndex) -> list[str]:
    """Rooms fit for a bilateral: only those the advisor marked so.

    Never every room when none is marked: that proposed the plenary hall and a
    pavilion. With none marked the search says so (``slot_no_rooms``) and how to mark one.
    """
    rooms = sorted(index.schedule.rooms.values(), key=lambda r: r.name.casefold())
    return [r.id for r in rooms if r.suitable_for_bilaterals]


def find_slots(
    index: ScheduleIndex,
    principal_id: str,
    *,
    counterpart_id: str | None = None,
    country: str | None = None,
    duration: timedelta = DEFAULT_DURATION,
    day: date | None = None,
    min_break: timedelta = DEFAULT_BREAK,
    step: timedelta = DEFAULT_STEP,
    limit: int = 5,
    rooms: list[str] | None = None,
) -> SlotSearch:
    """The earliest ``limit`` slots for a bilateral of ``principal_id`` with ``country``'s head.

    Raises :class:`SlotRequestError` (a ``ValueError``) for a day outside the
    conference or a duration that does not fit in a conference day.
    """
    schedule = index.schedule
    conf = schedule.conference
    notes: list[str] = []
    if counterpart_id is None and country:
        counterpart_id = schedule.delegation_head(country)
        if counterpart_id is None:
            notes.append(schedule.text("slot_no_head", code=country, name=country_name(country, schedule.lang)))
    if duration <= timedelta(0):
        raise SlotRequestError(schedule.text("slot_bad_duration"), "duration")
    days = conf.days()
    if day is not None:
        if day not in days:
            raise SlotRequestError(schedule.text("slot_not_a_day", day=day, first=days[0], last=days[-1]), "day")
        days = [day]
    room_ids = rooms if rooms is not None else bilateral_rooms(index)
    if not room_ids:
        notes.append(schedule.text("slot_no_bilateral_rooms" if schedule.rooms else "slot_no_rooms"))
    people = [p for p in (principal_id, counterpart_id) if p]
    lines = [(pid, index.person(pid)) for pid in people]

    slots: list[Slot] = []
    rejections: list[tuple[datetime, str]] = []
    for d in days:
        opens, closes = conf.hours_on(d)
        t = datetime.combine(d, opens, tzinfo=conf.tz)
        day_end = datetime.combine(d, closes, tzinfo=conf.tz)
        if t + duration > day_end:
            raise SlotRequestError(schedule.text("slot_does_not_fit", minutes=_min(duration)), "duration")
        while t + duration <= day_end and len(slots) < limit:
            start, end = t.astimezone(conf.tz), (t + duration).astimezone(conf.tz)
            t += step
            if slots and slots[-1].end > start:
                continue
            reason = _people_busy(index, lines, start, end, min_break)
            if reason is None:
                slot, reason = _room_for(index, lines, room_ids, start, end, min_break)
                if slot is not None:
                    slots.append(slot)
                    continue
            rejections.append((start, reason))
        if len(slots) >= limit:
            break
    last = slots[-1].start if slots else None
    nearby = [(s, r) for s, r in rejections if last is None or s < last]
    return SlotSearch(principal_id, counterpart_id, duration, tuple(slots), tuple(_merge(nearby)), tuple(notes))


def _people_busy(index, lines, start, end, min_break) -> str | None:
    sched = index.schedule
    for pid, tl in lines:
        busy = tl.overlapping(start, end)
        if busy:
            return sched.text("slot_busy", name=sched.person_name(pid), item=sched.describe(busy[0]))
        near = tl.overlapping(start - min_break, end + min_break)
        if near:
            return sched.text("slot_break", name=sched.person_name(pid), minutes=_min(min_break),
                              item=sched.describe(near[0]))
    return None


def _room_for(index, lines, room_ids, start, end, min_break) -> tuple[Slot | None, str]:
    """The free room with the least walking for everyone, or why none works."""
    if not room_ids:
        return Slot(start, end, "", 0, index.schedule.text("no_room")), ""
    best: Slot | None = None
    first_reason = ""
    taken = 0
    for rid in room_ids:
        busy = index.room(rid).overlapping(start, end)
        if busy:
            taken += 1
            continue
        total, reason = _walks(index, lines, rid, start, end, min_break)
        if reason:
            first_reason = first_reason or reason
            continue
        if best is None or total < best.walking_minutes:
            best = Slot(start, end, rid, total)
    if best is not None:
        return best, ""
    if taken == len(room_ids):
        return None, index.schedule.text("slot_no_room_free")
    return None, first_reason


def _walks(index, lines: list[tuple[str, Timeline]], rid: str, start, end, min_break) -> tuple[int, str]:
    sched = index.schedule
    total = 0
    for pid, tl in lines:
        prev = tl.before(start)
        if prev is not None and prev.room_id:
            need = sched.walking.minutes(prev.room_id, rid)
            if start - prev.end < max(timedelta(minutes=need), min_break):
                return 0, sched.text("slot_walk_after", name=sched.person_name(pid),
                                     from_room=sched.room_name(prev.room_id), to_room=sched.room_name(rid),
                                     need=need, item=sched.describe(prev))
            total += need
        nxt = tl.after(end)
        if nxt is not None and nxt.room_id:
            need = sched.walking.minutes(rid, nxt.room_id)
            if nxt.start - end < max(timedelta(minutes=need), min_break):
                return 0, sched.text("slot_walk_before", name=sched.person_name(pid),
                                     from_room=sched.room_name(rid), to_room=sched.room_name(nxt.room_id),
                                     need=need, item=sched.describe(nxt))
            total += need
    return total, ""


def _merge(rejections: list[tuple[datetime, str]]) -> list[Rejection]:
    out: list[Rejection] = []
    for start, reason in rejections:
        if out and out[-1].reason == reason:
            out[-1] = Rejection(out[-1].start, start, reason)
        else:
            out.append(Rejection(start, start, reason))
    return out


def _min(delta: timedelta) -> int:
    return int(delta.total_seconds() // 60)
