"""One person's day as the Today view shows it: the list from a moment on, now/next, and that day's conflicts.

Read in one go from one store connection, so the GUI can run it on a worker
thread; pure otherwise (the clock is a parameter).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from briefer.schedule.conflicts import Finding, check_schedule
from briefer.schedule.items import load_schedule
from briefer.schedule.programme import ProgrammeItem, Today, programme_for, today
from briefer.store import Store


@dataclass(frozen=True)
class DayView:
    """What Today shows for one person at one moment."""

    items: list[ProgrammeItem]
    today: Today
    #: conflicts on ``day`` that involve the person or one of their items, errors first
    conflicts: list[Finding]


def read_day(store: Store, person_id: str, now: datetime, since: datetime | None, day: date | None, tz,
             lang: str = "en") -> DayView:
    """The programme from ``since`` (None: all), split around ``now``, and the conflicts of local ``day``."""
    items = programme_for(store, person_id, start=since, lang=lang)
    conflicts: list[Finding] = []
    if day is not None:
        day_start = datetime.combine(day, time(0), tz)
        day_end = datetime.combine(day + timedelta(days=1), time(0), tz)
        mine = {i.record_id for i in programme_for(store, person_id, start=day_start, end=day_end, lang=lang)}
        for f in check_schedule(load_schedule(store)):
            on_day = f.start is None or day_start <= f.start < day_end
            if on_day and (person_id in f.person_ids or mine.intersection(f.item_ids)):
                conflicts.append(f)
    return DayView(items, today(items, now, tz=tz), conflicts)


def countdown_text(delta: timedelta) -> str:
    """'1 h 05 min' / '12 min', rounded up to the minute ('0 min' only when it starts now)."""
    minutes = max(0, -(-int(delta.total_seconds()) // 60))
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"
