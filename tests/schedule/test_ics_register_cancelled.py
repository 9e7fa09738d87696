"""What an earlier export remembered, as the next export writes it: a cancelled event a calendar program
can show in its old place, SEQUENCE one step higher, and a register that survives damage and upgrades."""

from __future__ import annotations

from datetime import datetime, timezone

import icalendar
from schedule_helpers import local

from briefer.schedule.ics_export import export_calendar, uid_for
from briefer.schedule.ics_register import KIND_PROPERTY, ExportRegister, load_register, save_register
from briefer.schedule.items import load_schedule
from test_schedule_ics_export import programme


def export(w, register, **kw):
    return export_calendar(load_schedule(w.store, with_briefs=True), w.minister.id, register=register, **kw)


def by_uid(data: bytes) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}


def test_a_session_the_minister_left_is_cancelled_in_its_old_place_with_its_title_and_kind(world):
    opening, _ = programme(world)
    register = ExportRegister()
    before = by_uid(export(world, register))[uid_for(opening.id)]
    world.store.sessions.update(world.store.sessions.get(opening.id).evolve(speaker_ids=[]))
    gone = by_uid(export(world, register, now=datetime(2019, 6, 18, 20, 0, tzinfo=timezone.utc)))[uid_for(opening.id)]
    assert str(gone["STATUS"]) == "CANCELLED"
    assert int(gone["SEQUENCE"]) == int(before["SEQUENCE"]) + 1  # RFC 5545: one step per change
    assert str(gone["SUMMARY"]) == str(before["SUMMARY"]) != ""
    assert (gone.decoded("DTSTART"), gone.decoded("DTEND")) == (local(19, 9), local(19, 10, 30))
    assert gone.decoded("DTSTAMP") == datetime(2019, 6, 18, 20, 0, tzinfo=timezone.utc)
    assert str(gone["TRANSP"]) == "TRANSPARENT"  # the old slot shows as free
    assert str(gone[KIND_PROPERTY]) == "session" == str(before[KIND_PROPERTY])


def test_an_entry_from_before_kinds_were_kept_is_cancelled_without_one():
    register = ExportRegister({"old@briefer": {"sequence": 2, "fingerprint": "x", "summary": "Lunch",
                                               "start": "2019-06-19T10:00:00+00:00",
                                               "end": "2019-06-19T11:00:00+00:00"}})
    [gone] = register.gone_events(set(), datetime(2019, 6, 19, tzinfo=timezone.utc))
    assert int(gone["SEQUENCE"]) == 3 and KIND_PROPERTY not in gone


def test_an_event_that_shows_something_else_goes_up_exactly_one_sequence_step(world):
    _, m = programme(world)
    register = ExportRegister()
    first = int(by_uid(export(world, register))[uid_for(m.id)]["SEQUENCE"])
    world.store.meetings.update(world.store.meetings.get(m.id).evolve(start=local(19, 11, 5), end=local(19, 11, 25)))
    after = int(by_uid(export(world, register))[uid_for(m.id)]["SEQUENCE"])
    assert after == max(first + 1, world.store.meetings.get(m.id).revision)


def test_a_damaged_register_costs_a_sequence_step_never_the_export(world):
    opening, _ = programme(world)
    pid = world.minister.id
    world.store.set_meta(f"ics_export:{pid}:full", '{"half a regis')
    register = load_register(world.store, pid, public=False)
    assert register.entries == {}
    assert uid_for(opening.id) in by_uid(export(world, register))


def test_the_full_and_the_public_calendar_keep_their_registers_under_the_names_older_versions_wrote(world):
    # a database from an earlier version keeps its registers: the next export must find them
    programme(world)
    pid = world.minister.id
    full, public = ExportRegister(), ExportRegister()
    export(world, full)
    export(world, public, public=True)
    save_register(world.store, pid, False, full)
    save_register(world.store, pid, True, public)
    assert load_register(world.store, pid, False).entries == full.entries
    assert world.store.meta(f"ics_export:{pid}:full") == full.dumps()
    assert world.store.meta(f"ics_export:{pid}:public") == public.dumps()
