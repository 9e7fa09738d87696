"""The exported programme as calendar programs keep it: Outlook's VTIMEZONE form, cancelled
events that reach the calendar, SEQUENCE that rises with what an event shows, and a real
CalDAV server (Radicale) that receives the calendar twice and keeps no stale events."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar
import pytest
from caldav_server import Radicale, server_events, upload
from schedule_helpers import local

from briefer.cli import main
from briefer.model import MeetingBrief, MeetingStatus, Objective
from briefer.schedule.ics_export import export_calendar, uid_for
from briefer.schedule.ics_register import ExportRegister
from briefer.schedule.items import load_schedule
from briefer.schedule.vtimezone import vtimezone
from test_schedule_ics_export import programme


def export(w, register, **kw):
    return export_calendar(load_schedule(w.store, with_briefs=True), w.minister.id, register=register, **kw)


def by_uid(data: bytes) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}


def starting_in(tz: icalendar.Timezone, year: int) -> icalendar.Timezone:
    """The same VTIMEZONE with its rules starting in ``year`` rather than 1601 (same time of day):
    icalendar expands a rule from its start, and from 1601 that takes seconds per zone."""
    copy = icalendar.Timezone.from_ical(tz.to_ical())
    for observance in copy.walk("STANDARD") + copy.walk("DAYLIGHT"):
        start = observance.decoded("DTSTART")
        observance.pop("DTSTART")
        observance.add("dtstart", start.replace(year=year))
    return copy


def moments_to_check(zone: ZoneInfo, first: int, end: int) -> list[datetime]:
    """Twice a day from 1 January ``first`` until ``end`` (a rule on the wrong day shows), and every half
    hour on the days around each of the zone's changes (a rule at the wrong hour shows)."""
    day = datetime(first, 1, 1, tzinfo=timezone.utc)
    out = []
    while day.year < end:
        out += [day, day + timedelta(hours=12)]
        if day.astimezone(zone).utcoffset() != (day + timedelta(days=1)).astimezone(zone).utcoffset():
            out += [day - timedelta(days=1) + timedelta(minutes=30 * i) for i in range(3 * 48)]
        day += timedelta(days=1)
    return out


@pytest.mark.parametrize("tzid, year", [
    *((tzid, 2019) for tzid in ("Europe/Amsterdam", "America/New_York", "Australia/Sydney", "Europe/London",
                                "Asia/Tokyo", "Pacific/Chatham", "UTC")),
    ("America/New_York", 2020),  # summer time from 8 March: the second Sunday on the earliest day it can be
    ("Australia/Sydney", 2017),  # summer time from 1 October: the first Sunday on the 1st
])
def test_vtimezone_is_the_yearly_rule_form_and_gives_the_right_offset_every_hour(tzid, year):
    tz = vtimezone(tzid, year)
    text = tz.to_ical().decode()
    assert "RDATE" not in text
    observances = tz.walk("STANDARD") + tz.walk("DAYLIGHT")
    assert all(str(o.decoded("DTSTART").year) == "1601" for o in observances)  # as Outlook writes it
    if len(observances) == 2:
        assert text.count("RRULE:FREQ=YEARLY") == 2
    # the offsets as the written rules give them: icalendar would otherwise look the TZID up in its own
    # timezone database and never read the rules at all
    zone, theirs = ZoneInfo(tzid), starting_in(tz, year - 2).to_tz(lookup_tzid=False)
    for moment in moments_to_check(zone, year - 1, year + 2):
        assert moment.astimezone(theirs).utcoffset() == moment.astimezone(zone).utcoffset(), moment


@pytest.mark.parametrize("tzid, names", [("Europe/Amsterdam", {"CET", "CEST"}), ("Asia/Tokyo", {"JST"}),
                                         ("UTC", {"UTC"}), ("America/New_York", {"EST", "EDT"})])
def test_every_observance_has_what_rfc_5545_requires_and_the_zones_own_names(tzid, names):
    """DTSTART, TZOFFSETFROM and TZOFFSETTO are required in each STANDARD and DAYLIGHT (RFC 5545
    3.6.5); a calendar that lacks one is refused or misread. TZNAME is what a client shows."""
    observances = vtimezone(tzid, 2019).walk("STANDARD") + vtimezone(tzid, 2019).walk("DAYLIGHT")
    for o in observances:
        assert {"DTSTART", "TZOFFSETFROM", "TZOFFSETTO"} <= set(o), (tzid, dict(o))
    assert {str(o["TZNAME"]) for o in observances} == names
    if len(observances) == 1:  # no daylight saving: one offset, from and to alike
        (o,) = observances
        moment = datetime(2019, 7, 1, 12, tzinfo=ZoneInfo(tzid))
        assert o.decoded("TZOFFSETFROM") == o.decoded("TZOFFSETTO") == moment.utcoffset()


@pytest.mark.parametrize("tzid, year", [
    ("Africa/Khartoum", 2017),  # Sudan went from +3 to +2 on 1 November 2017, no summer time either side
    ("Africa/Khartoum", 2018),  # ... the year after that change
    ("Africa/Juba", 2020),  # South Sudan went from +3 to +2 on 1 February 2021
    ("America/Grand_Turk", 2019),  # the Turks and Caicos took up US summer time again in 2018
])
def test_a_zone_that_changed_around_the_conference_is_right_from_the_year_before_to_the_year_after(tzid, year):
    """The export covers the year before the conference to the year after (a conference across New
    Year, the RDATE form's span): a zone whose rules changed then is written so that every moment of
    it has the right offset, or left to the exact RDATE form (None)."""
    tz = vtimezone(tzid, year)
    if tz is None:
        return
    zone, theirs = ZoneInfo(tzid), starting_in(tz, year - 2).to_tz(lookup_tzid=False)
    for moment in moments_to_check(zone, year - 1, year + 2):
        assert moment.astimezone(theirs).utcoffset() == moment.astimezone(zone).utcoffset(), moment


def test_a_zone_without_a_yearly_rule_falls_back_to_the_exact_form():
    assert vtimezone("Asia/Tehran", 2019) is None  # its dates follow the Persian calendar
    # Brazil's last summer time ended in February 2019 and none began that year: one change, no rule
    assert vtimezone("America/Sao_Paulo", 2019) is None


def test_the_exported_file_uses_the_rule_form(world):
    programme(world)
    data = export(world, ExportRegister())
    assert b"RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in data and b"RDATE" not in data


def test_sequence_rises_when_the_description_changes_and_only_then(world):
    opening, m = programme(world)
    register = ExportRegister()
    first = by_uid(export(world, register))
    again = by_uid(export(world, register))
    assert {u: int(e["SEQUENCE"]) for u, e in first.items()} == {u: int(e["SEQUENCE"]) for u, e in again.items()}
    # the meeting brief changes; the meeting record itself does not
    brief = world.store.meeting_briefs.list(meeting_id=m.id)[0]
    world.store.meeting_briefs.update(brief.evolve(objectives=[Objective(text="Agree a twinning programme")]))
    after = by_uid(export(world, register))
    uid = uid_for(m.id)
    assert "Agree a twinning programme" in str(after[uid]["DESCRIPTION"])
    assert int(after[uid]["SEQUENCE"]) > int(first[uid]["SEQUENCE"])
    assert int(after[uid_for(opening.id)]["SEQUENCE"]) == int(first[uid_for(opening.id)]["SEQUENCE"])


def test_an_event_the_person_left_is_written_as_cancelled(world):
    opening, _ = programme(world)
    register = ExportRegister()
    first = by_uid(export(world, register))
    world.store.sessions.update(world.store.sessions.get(opening.id).evolve(speaker_ids=[]))
    after = by_uid(export(world, register))
    gone = after[uid_for(opening.id)]
    assert str(gone["STATUS"]) == "CANCELLED" and int(gone["SEQUENCE"]) > int(first[uid_for(opening.id)]["SEQUENCE"])
    assert gone.decoded("DTSTART") == local(19, 9)
    # and it stays cancelled, at the same SEQUENCE, in later exports
    assert int(by_uid(export(world, register))[uid_for(opening.id)]["SEQUENCE"]) == int(gone["SEQUENCE"])


def _data_folder_of(world, tmp_path):
    """The world's database closed and copied into a data folder of its own, as the command line opens one."""
    import shutil

    world.store.close()
    data = tmp_path / "cli"
    data.mkdir()
    shutil.copy(world.store.path, data / "briefer.sqlite")
    return data


def test_cli_remembers_what_it_wrote(world, tmp_path, capsys):
    from briefer.store import Store

    _, m = programme(world)
    data = _data_folder_of(world, tmp_path)
    out = tmp_path / "b.ics"
    assert main(["--data-dir", str(data), "ics", "--for", "Bruins", "-o", str(out)]) == 0
    assert "(1 cancelled)" in capsys.readouterr().out
    first = int(by_uid(out.read_bytes())[uid_for(m.id)]["SEQUENCE"])
    with Store.open(data / "briefer.sqlite") as s:
        brief = s.meeting_briefs.list(meeting_id=m.id)[0]
        s.meeting_briefs.update(brief.evolve(objectives=[Objective(text="Something else")]))
    assert main(["--data-dir", str(data), "ics", "--for", "Bruins", "-o", str(out)]) == 0
    assert int(by_uid(out.read_bytes())[uid_for(m.id)]["SEQUENCE"]) > first


def test_a_caldav_server_receives_the_calendar_twice_and_keeps_no_stale_events(world, tmp_path):
    opening, m = programme(world)
    fra = next(x for x in world.store.meetings.list() if x.counterpart_country == "FRA")
    world.store.meetings.update(fra.evolve(status=MeetingStatus.CONFIRMED))
    server = Radicale(tmp_path)
    try:
        calendar = server.calendar("bruins")
        register = ExportRegister()
        upload(calendar, export(world, register))
        held = server_events(calendar)
        assert {str(e["STATUS"]) for e in held.values()} == {"CONFIRMED"} and len(held) == 3
        # the organisers drop the minister from the opening; the French bilateral is cancelled; the brief changes
        world.store.sessions.update(world.store.sessions.get(opening.id).evolve(speaker_ids=[]))
        world.store.meetings.update(world.store.meetings.get(fra.id).evolve(status=MeetingStatus.CANCELLED))
        brief = world.store.meeting_briefs.list(meeting_id=m.id)[0]
        world.store.meeting_briefs.update(brief.evolve(objectives=[Objective(text="Agree a twinning programme")]))
        second = export(world, register)
        upload(calendar, second)
        now = server_events(calendar)
        live = {u for u, e in now.items() if str(e.get("STATUS", "")) != "CANCELLED"}
        assert live == {uid_for(m.id)}  # nothing stale: what the minister no longer has is cancelled
        assert str(now[uid_for(fra.id)]["STATUS"]) == "CANCELLED"
        assert str(now[uid_for(opening.id)]["STATUS"]) == "CANCELLED"
        idn = now[uid_for(m.id)]
        assert "Agree a twinning programme" in str(idn["DESCRIPTION"])
        assert int(idn["SEQUENCE"]) > int(held[uid_for(m.id)]["SEQUENCE"])
        # the server's copy, read with its own VTIMEZONE, is still at 11:00 summer time in Noordwijk
        [stored] = [e for e in calendar.events() if str(e.icalendar_component["UID"]) == uid_for(m.id)]
        zone = icalendar.Calendar.from_ical(stored.data).walk("VTIMEZONE")[0].to_tz()
        start = idn.decoded("DTSTART")
        assert start.replace(tzinfo=zone).astimezone(timezone.utc) == local(19, 11).astimezone(timezone.utc)
    finally:
        server.stop()


def test_the_line_briefer_ics_prints_counts_the_bilaterals_and_those_cancelled(world, tmp_path, capsys):
    """What the advisor reads after an export: the minister's sessions, bilaterals, and how many of those
    were written as cancelled — one of three here (a confirmed, a requested and a cancelled bilateral)."""
    from briefer.model import Meeting

    programme(world)  # the opening plenary; IDN confirmed, FRA cancelled
    world.store.meetings.add(Meeting(start=local(19, 14), end=local(19, 14, 20), principal_id=world.minister.id,
                                     counterpart_country="JPN", status=MeetingStatus.REQUESTED))
    data = _data_folder_of(world, tmp_path)
    out = tmp_path / "bruins.ics"

    assert main(["--data-dir", str(data), "ics", "--for", "Bruins", "-o", str(out)]) == 0

    assert capsys.readouterr().out.strip().endswith(
        ": 1 session and 3 bilaterals (1 cancelled) for Bruno Bruins")
