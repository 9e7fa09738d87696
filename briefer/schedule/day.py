"""One person's day as the Today view shows it: the list from a moment on, now/next, and that day's conflicts.

Read in one go from one store connection, so the GUI can run it on a worker
thread; pure otherwise (the clock is a parameter).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from briefer.schedule.countdown import countdown_text  # noqa: F401 (Today and tests read it here)
from briefer.schedule.conflicts import Finding, conflicts_for, sort_findings
from briefer.schedule.items import Schedule, ScheduleIndex, load_schedule
from briefer.schedule.meeting_sheet import brief_of
from briefer.schedule.pocket_card import PocketCard, card_item, pocket_card
from briefer.schedule.programme import ProgrammeItem, Today, programme_for, today
from briefer.store import Store
from briefer.store.walking import WalkingTimeRepository


@dataclass(frozen=True)
class DayView:
    """What Today shows for one person at one moment."""

    items: list[ProgrammeItem]
    today: Today
    #: conflicts on ``day`` that involve the person or one of their items, errors first
    conflicts: list[Finding]
    #: the bilateral on now or next, shown large (None: no bilateral left)
    card: PocketCard | None = None
    #: every moment at which one of the person's items (past ones too) begins or ends, in order:
    #: between two of them the list, now/next and the card stay as they are — the span in which
    #: a picture of Today holds (briefer.gui.today.today_snapshot)
    moments: tuple[datetime, ...] = ()


def day_bounds(day: date, tz) -> tuple[datetime, datetime]:
    """Local midnight to midnight of ``day`` in ``tz``."""
    return datetime.combine(day, time(0), tz), datetime.combine(day + timedelta(days=1), time(0), tz)


def read_day_items(store: Store, person_id: str, now: datetime, since: datetime | None, day: date | None, tz,
                   lang: str = "en") -> tuple[DayView, set[str]]:
    """The first half of :func:`read_day`: the items and now/next (no conflicts yet), and the
    ids of the person's items on local ``day`` — what :func:`read_day_conflicts` checks.

    Split so that the GUI can show the list before the (slower) whole-schedule read.
    """
    everything = programme_for(store, person_id, lang=lang)
    items = [i for i in everything if since is None or i.end > since]
    mine: set[str] = set()
    if day is not None:
        day_start, day_end = day_bounds(day, tz)
        mine = {i.record_id for i in everything if i.start < day_end and i.end > day_start}
    found = card_item(everything, now)
    brief = brief_of(store, found[0].record_id) if found else None
    card = pocket_card(everything, now, {brief.meeting_id: brief} if brief else {},
                       WalkingTimeRepository(store).load(), tz)
    moments = tuple(sorted({m for i in everything for m in (i.start, i.end)}))
    return DayView(items, today(items, now, tz=tz), [], card, moments), mine


def read_day_conflicts(store: Store, item_ids: set[str], day: date, tz, lang: str = "en") -> list[Finding]:
    """The second half of :func:`read_day`: the conflicts of local ``day`` involving ``item_ids``."""
    if not item_ids:
        return []
    return day_conflicts(load_schedule(store, lang=lang), item_ids, *day_bounds(day, tz))


def read_day(store: Store, person_id: str, now: datetime, since: datetime | None, day: date | None, tz,
             lang: str = "en") -> DayView:
    """The programme from ``since`` (None: all), split around ``now``, and the conflicts of local ``day``.

    ``lang`` is the reader's: the conflicts' messages are written in it.
    The conflicts are those the schedule service finds for each of the person's
    items that day (``conflicts_for`` on one index: a few binary searches per
    item), not a check of the whole programme — the same findings for this
    person, at a fraction of the cost on a large conference.
    """
    view, mine = read_day_items(store, person_id, now, since, day, tz, lang)
    if day is None or not mine:
        return view
    return replace(view, conflicts=read_day_conflicts(store, mine, day, tz, lang))


def day_conflicts(schedule: Schedule, item_ids: set[str], day_start: datetime, day_end: datetime) -> list[Finding]:
    """Every finding that involves one of ``item_ids`` and starts within the day, each once, errors first."""
    index = ScheduleIndex(schedule)
    records = [r for r in (*schedule.meetings, *schedule.sessions) if r.id in item_ids]
    seen: dict[tuple, Finding] = {}
    for record in records:
        for f in conflicts_for(record, index):
            if f.start is None or day_start <= f.start < day_end:
                seen.setdefault((f.code, tuple(sorted(f.item_ids)), f.message), f)
    return sort_findings(seen.values())
