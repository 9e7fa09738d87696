"""Writing one person's calendar file (.ics), as ``briefer ics`` and File → Export → Calendar do.

One function for both, so the command line and the app write the same file and keep the
same register of what was delivered: the register (``ics_register``) is saved only once the
file is on disk, so the next export counts SEQUENCE from what the person's calendar really
received, whichever of the two wrote it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefer.files import write_atomic


@dataclass(frozen=True)
class CalendarWritten:
    """What one export wrote, for the line the command prints or the app's status bar shows."""

    path: Path
    person: str
    sessions: int
    bilaterals: int
    #: of ``bilaterals``: written as cancelled, so the person's calendar drops them
    cancelled: int
    public: bool


def calendar_people(store) -> list:
    """Whose calendar an export offers (``workload.Workload``s): the host delegation in its order, then
    the principals outside it — the people who carry a programme, as the Packs view lists them."""
    from briefer.schedule.workload import workloads

    return workloads(store, {p.id: p for p in store.people.list()})


def write_person_calendar(store, person_id: str, path: Path, *, lang: str = "en",
                          public: bool = False) -> CalendarWritten:
    """``person_id``'s sessions and bilaterals written to ``path`` (atomically), worded in ``lang``;
    ``public``: classified text left out (for a shared or phone calendar)."""
    from briefer.model import MeetingStatus
    from briefer.schedule.ics_export import export_calendar, person_items
    from briefer.schedule.ics_register import load_register, save_register
    from briefer.schedule.items import load_schedule

    schedule = load_schedule(store, with_briefs=True, lang=lang)
    register = load_register(store, person_id, public)
    data = export_calendar(schedule, person_id, public=public, register=register)
    written = write_atomic(path, data)
    # remembered only once the file is written: the next export counts from what was delivered
    save_register(store, person_id, public, register)
    sessions, meetings = person_items(schedule, person_id)
    return CalendarWritten(written, schedule.person_name(person_id), len(sessions), len(meetings),
                           sum(1 for m in meetings if m.status == MeetingStatus.CANCELLED), public)
