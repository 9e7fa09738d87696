"""Changing the conference after it was created: name, place, dates, timezone, opening hours.

Sessions and bilaterals are stored as instants (UTC) and must lie within the
conference days. Changing the dates or the timezone could silently move a
record to another local hour or leave it outside the conference, so a change
is refused when it would put a record outside the days (naming it), and a
timezone change with timed records says which to keep: their wall-clock
times (09:00 stays 09:00 in the new timezone: the programme was typed in the
wrong zone) or their instants (the same moments, shown at other hours). The
conference and every moved record are saved in one transaction, each as a new
revision, so History shows the change and can undo it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from briefer.errors import InvalidRecord, Refused
from briefer.i18n import counted
from briefer.model import Conference, Meeting, Session
from briefer.store.repository import validate
from briefer.store.store import Store

#: What a timezone change keeps of every session and bilateral.
KEEP_WALL_CLOCK = "wall-clock"
KEEP_INSTANTS = "instants"
KEEP_CHOICES = (KEEP_WALL_CLOCK, KEEP_INSTANTS)


_ONE_SECOND = timedelta(seconds=1)


class KeepRequired(Refused):
    """A timezone change with timed records, and no word on what to keep."""


@dataclass(frozen=True)
class ConferenceChange:
    """What :func:`change_conference` did."""

    conference: Conference
    moved_sessions: int = 0
    moved_meetings: int = 0


def _wall_clock(moment: datetime, old: Conference, new: Conference) -> datetime:
    """The same local time of day in the new timezone, as an instant."""
    local = moment.astimezone(old.tz).replace(tzinfo=None)
    return local.replace(tzinfo=new.tz).astimezone(timezone.utc)


def _what(record: Session | Meeting, conf: Conference, orgs: dict) -> str:
    local = conf.local(record.start)
    name = record.label("en", orgs) if isinstance(record, Meeting) else record.label("en")
    kind = "bilateral" if isinstance(record, Meeting) else "session"
    return f"{kind} '{name}' ({local:%Y-%m-%d %H:%M})"


def planned_conference(store: Store, changes: dict[str, Any]) -> Conference:
    """The conference with ``changes`` applied and validated (nothing saved)."""
    current = store.require_conference()
    data = current.model_dump()
    data.update(changes)
    return validate(Conference, data, current.id)


def change_conference(store: Store, changes: dict[str, Any], *, keep: str | None = None,
                      revision: int | None = None) -> ConferenceChange:
    """Apply ``changes`` (field → value) to the conference, with every record kept where it belongs.

    ``keep`` is needed only when the timezone changes and sessions or bilaterals exist.
    ``revision``: the conference's revision as the caller read it (a stale one is refused).
    """
    if keep is not None and keep not in KEEP_CHOICES:
        raise InvalidRecord(f"must be {' or '.join(KEEP_CHOICES)}", field="keep")
    current = store.require_conference()
    new = planned_conference(store, changes)
    if revision is not None:
        new = new.model_copy(update={"revision": revision})  # update() refuses a stale one
    sessions, meetings = store.sessions.list(), store.meetings.list()
    timed: list[Session | Meeting] = [*sessions, *meetings]
    orgs = {o.id: o for o in store.organisations.list()}
    tz_changed = new.timezone != current.timezone
    if tz_changed and timed and keep is None:
        raise KeepRequired(
            f"changing the timezone from {current.timezone} to {new.timezone}: {counted('sessions', len(sessions))} "
            f"and {counted('bilaterals', len(meetings))} have times; say whether their wall-clock times are kept (09:00 stays "
            f"09:00 in {new.timezone}) or their instants (the same moments, shown at other hours): "
            f"--keep {KEEP_WALL_CLOCK} or --keep {KEEP_INSTANTS}; nothing was changed",
            field="timezone",
        )
    moved: list[Session | Meeting] = []
    if tz_changed and keep == KEEP_WALL_CLOCK:
        for r in timed:
            start, end = _wall_clock(r.start, current, new), _wall_clock(r.end, current, new)
            if (start, end) != (r.start, r.end):
                moved.append(r.evolve(start=start, end=end))
    by_id = {r.id: r for r in timed}
    by_id.update({r.id: r for r in moved})
    outside = [r for r in by_id.values() if not new.contains(r.start) or not new.contains(r.end - _ONE_SECOND)]
    if outside:
        outside.sort(key=lambda r: r.start)
        named = "; ".join(_what(r, new, orgs) for r in outside[:5])
        more = f" and {len(outside) - 5} more" if len(outside) > 5 else ""
        raise Refused(
            f"{counted('records', len(outside))} would fall outside the conference days "
            f"({new.start_date.isoformat()} to {new.end_date.isoformat()}, {new.timezone}): {named}{more}; "
            "move or delete them first; nothing was changed",
        )
    with store.write():
        saved = store.conference_repo.update(new)
        for r in moved:
            repo = store.meetings if isinstance(r, Meeting) else store.sessions
            repo.update(r)
    return ConferenceChange(saved, sum(isinstance(r, Session) for r in moved), sum(isinstance(r, Meeting) for r in moved))
