"""Exporting a person's programme: stable UIDs, VTIMEZONE, classification, round trip."""

from __future__ import annotations

from datetime import datetime, timezone

import icalendar
from schedule_helpers import local

from briefer.model import (
    Classification,
    CountryBrief,
    Fact,
    Meeting,
    MeetingBrief,
    MeetingStatus,
    Objective,
    Session,
)
from briefer.schedule.ics_export import export_calendar
from briefer.schedule.ics_import import import_calendar
from briefer.schedule.items import load_schedule
from briefer.store import Store


def programme(w):
    s = w.store
    opening = s.sessions.add(Session(title="Opening plenary", start=local(19, 9), end=local(19, 10, 30),
                                     room_id=w.room_far.id, speaker_ids=[w.minister.id],
                                     description="Welcome", speaking_role="Opening remarks, 5 min"))
    s.sessions.add(Session(title="Not his", start=local(19, 11), end=local(19, 12), room_id=w.room_far.id))
    m = s.meetings.add(Meeting(start=local(19, 11), end=local(19, 11, 20), principal_id=w.minister.id,
                               counterpart_country="IDN", room_id=w.room_a.id, status=MeetingStatus.CONFIRMED,
                               classification=Classification.DEP_VERTROUWELIJK))
    s.meeting_briefs.add(MeetingBrief(meeting_id=m.id, objectives=[Objective(text="Secure support for the NAP")],
                                      classification=Classification.DEP_VERTROUWELIJK))
    s.country_briefs.add(CountryBrief(country="IDN", facts=[Fact(label="Population", value="270 million")]))
    s.meetings.add(Meeting(start=local(19, 12), end=local(19, 12, 20), principal_id=w.minister.id,
                           counterpart_country="FRA", room_id=w.room_b.id, status=MeetingStatus.CANCELLED))
    return opening, m


def export(w, **kw):
    return export_calendar(load_schedule(w.store, with_briefs=True), w.minister.id, **kw)


def events(data: bytes):
    cal = icalendar.Calendar.from_ical(data)
    return cal, {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}


def test_export_has_the_person_items_with_timezone_and_stable_uids(world):
    opening, m = programme(world)
    data = export(world)
    cal, evs = events(data)
    # not others' sessions; a cancelled bilateral is there as cancelled, so calendars drop the old event
    assert set(evs) == {"Opening plenary", "Bilateral with Indonesia", "Bilateral with France"}
    assert str(evs["Bilateral with France"]["STATUS"]) == "CANCELLED"
    assert str(evs["Bilateral with Indonesia"]["STATUS"]) == "CONFIRMED"
    tz = cal.walk("VTIMEZONE")
    assert [str(t["TZID"]) for t in tz] == ["Europe/Amsterdam"]
    assert b"DTSTART;TZID=Europe/Amsterdam:20190619T090000" in data
    o = evs["Opening plenary"]
    assert o.decoded("DTSTART") == local(19, 9)
    assert str(o["UID"]) == f"{opening.id}@briefer" and int(o["SEQUENCE"]) == 1
    assert str(o["LOCATION"]) == "Plenary hall, Space Expo"
    assert "Opening remarks, 5 min" in str(o["DESCRIPTION"])
    b = evs["Bilateral with Indonesia"]
    assert str(b["LOCATION"]) == "Room A, Huis ter Duin"
    desc = str(b["DESCRIPTION"])
    assert desc.startswith("Dep. VERTROUWELIJK")
    assert "Secure support for the NAP" in desc and "Population: 270 million" in desc
    assert "Nila Moeloek" in desc  # the counterpart head sits at the table
    assert str(b["CLASS"]) == "CONFIDENTIAL"
    # re-export after an edit: same UID, higher SEQUENCE (Outlook updates the event)
    world.store.sessions.update(world.store.sessions.get(opening.id).evolve(title="Opening session"))
    _, evs2 = events(export(world))
    assert str(evs2["Opening session"]["UID"]) == str(o["UID"]) and int(evs2["Opening session"]["SEQUENCE"]) == 2


def test_public_export_leaves_classified_text_out(world):
    programme(world)
    data = export(world, public=True)
    _, evs = events(data)
    desc = str(evs["Bilateral with Indonesia"]["DESCRIPTION"])
    assert "Secure support" not in desc and b"Secure support" not in data
    assert "VERTROUWELIJK" not in desc
    assert "(classified content left out)" in desc
    assert "Population: 270 million" in desc  # the country brief is unclassified
    assert str(evs["Bilateral with Indonesia"]["CLASS"]) == "PUBLIC"


def test_round_trip_into_a_fresh_store(world, tmp_path):
    from briefer.model import Conference

    programme(world)
    data = export(world)
    with Store.open(tmp_path / "fresh.sqlite") as fresh:
        conf = world.store.conference()
        fresh.conference_repo.add(Conference(name=conf.name, start_date=conf.start_date, end_date=conf.end_date,
                                             timezone=conf.timezone))
        plan = import_calendar(fresh, data)
        # bilaterals are not programme items: reported, not imported as sessions
        assert [x.reason for x in plan.skipped] == ["a bilateral exported by Briefer, not a programme item"] * 2
        (s,) = fresh.sessions.list()
        orig = world.store.sessions.list(title="Opening plenary")[0]
        assert (s.title, s.start, s.end, s.session_kind) == (orig.title, orig.start, orig.end, orig.session_kind)
        assert fresh.rooms.get(s.room_id).name == "Plenary hall" and fresh.rooms.get(s.room_id).venue == "Space Expo"
        # and importing it again changes nothing
        again = import_calendar(fresh, data)
        assert again.count("add") == 0 and again.count("update") == 0 and fresh.sessions.count() == 1
    # importing the export back into the original store matches the sessions by id: no duplicates
    plan = import_calendar(world.store, data)
    assert plan.count("add") == 0 and plan.count("update") == 0
    assert world.store.sessions.count() == 2


def test_dst_edge_export_and_back(store, tmp_path):
    """An event across the late-October change keeps its true length through export and import."""
    from datetime import date, time

    from briefer.model import Conference, Person

    store.conference_repo.add(Conference(name="Autumn", start_date=date(2019, 10, 26), end_date=date(2019, 10, 27),
                                         day_start=time(0, 0), day_end=time(23, 59)))
    p = store.people.add(Person(family_name="Night"))
    # 00:30 UTC = 02:30 CEST (first pass); 01:30 UTC = 02:30 CET (second pass)
    first = store.sessions.add(Session(title="First 02:30", start=datetime(2019, 10, 27, 0, 30, tzinfo=timezone.utc),
                                       end=datetime(2019, 10, 27, 1, 30, tzinfo=timezone.utc), attendee_ids=[p.id]))
    second = store.sessions.add(Session(title="Second 02:30", start=datetime(2019, 10, 27, 1, 30, tzinfo=timezone.utc),
                                        end=datetime(2019, 10, 27, 3, 0, tzinfo=timezone.utc), attendee_ids=[p.id]))
    data = export_calendar(load_schedule(store), p.id)
    _, evs = events(data)
    for s in (first, second):
        ev = evs[s.title]
        assert ev.decoded("DTSTART").astimezone(timezone.utc) == s.start
        assert ev.decoded("DTEND").astimezone(timezone.utc) == s.end
    with Store.open(tmp_path / "fresh.sqlite") as fresh:
        fresh.conference_repo.add(store.conference().evolve())
        import_calendar(fresh, data)
        got = {s.title: (s.start, s.end) for s in fresh.sessions.list()}
        assert got == {"First 02:30": (first.start, first.end), "Second 02:30": (second.start, second.end)}
