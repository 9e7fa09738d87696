"""The pocket card: the one bilateral a principal needs in hand right now, with the walk to it.

Today shows large the meeting on now, else the next one — who, when, where,
how far it is from the item before, the point in one sentence, the objectives
and key messages — because at a conference the advisor glances at the app
between two doors; everything else on the day can be small. Pure: the caller
reads the programme, the briefs and the walking times and passes them in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from briefer.model import MeetingBrief
from briefer.model.walking import WalkingTimes
from briefer.schedule.programme import ProgrammeItem

#: How far into the first bilateral a rehearsal starts: the card then shows a meeting under way
#: with the next one coming, the moment an advisor most needs the app.
REHEARSAL_LEAD = timedelta(minutes=5)


@dataclass(frozen=True)
class PocketCard:
    item: ProgrammeItem
    #: True while it is on, False when it is the next one
    on_now: bool
    brief: MeetingBrief | None
    #: the person's item that ends last before this one starts on the same day (None: the first of the day)
    previous: ProgrammeItem | None
    #: minutes' walk from the previous item's room (0: same room, no room known, or first of the day)
    walk_minutes: int

    @property
    def gap_minutes(self) -> int | None:
        """Minutes between the end of the previous item and the start of this one (None without one)."""
        if self.previous is None:
            return None
        return int((self.item.start - self.previous.end).total_seconds() // 60)

    @property
    def walk_is_tight(self) -> bool:
        """True when the walk takes longer than the time between the two items."""
        gap = self.gap_minutes
        return gap is not None and self.walk_minutes > gap


def card_item(items: list[ProgrammeItem], now: datetime) -> tuple[ProgrammeItem, bool] | None:
    """The bilateral on now (the one that started last), else the next one; with whether it is on."""
    on = [i for i in items if i.kind == "meeting" and i.start <= now < i.end]
    if on:
        return max(on, key=lambda i: i.start), True
    ahead = [i for i in items if i.kind == "meeting" and i.start > now]
    return (min(ahead, key=lambda i: i.start), False) if ahead else None


def previous_item(items: list[ProgrammeItem], item: ProgrammeItem, tz) -> ProgrammeItem | None:
    """The person's item that ends last at or before ``item`` starts, on the same local day."""
    day = item.start.astimezone(tz).date()
    before = [i for i in items if i.record_id != item.record_id and i.end <= item.start
              and i.end.astimezone(tz).date() == day]
    return max(before, key=lambda i: (i.end, i.start)) if before else None


def pocket_card(items: list[ProgrammeItem], now: datetime, briefs: dict[str, MeetingBrief],
                walking: WalkingTimes, tz) -> PocketCard | None:
    """The card for ``now`` from the person's whole programme ``items``; None when no bilateral is left."""
    found = card_item(items, now)
    if found is None:
        return None
    item, on_now = found
    prev = previous_item(items, item, tz)
    walk = walking.minutes(prev.room_id, item.room_id) if prev is not None else 0
    return PocketCard(item, on_now, briefs.get(item.record_id), prev, walk)


def rehearsal_moment(meeting_starts: Iterable[datetime], first_day: date, day_start: time, tz) -> datetime:
    """Where a rehearsal starts: a few minutes into the first bilateral of the conference's first day
    (so the card has a meeting on and the next one coming), else the start of the first day."""
    on_first = [s for s in meeting_starts if s.astimezone(tz).date() == first_day]
    if on_first:
        return min(on_first) + REHEARSAL_LEAD
    return datetime.combine(first_day, day_start, tz)


def rehearsal_moment_in(store) -> datetime:
    """:func:`rehearsal_moment` of the store's conference and bilaterals (Today asks this; it reads no store)."""
    conf = store.require_conference()
    return rehearsal_moment((m.start for m in store.meetings.list()), conf.start_date, conf.day_start, conf.tz)
