"""Importing real and hand-written iCalendar files into sessions."""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from schedule_helpers import local

from briefer.errors import ImportFailed
from briefer.model import Conference, SessionKind
from briefer.schedule.ics_import import import_calendar

DATA = Path(__file__).parent / "data"


def load(name: str) -> bytes:
    return (DATA / name).read_bytes()


def snapshot(store):
    return ({s.id: (s.title, s.start, s.end, s.room_id, s.revision) for s in store.sessions.list()},
            {r.id: r.name for r in store.rooms.list()})


def by_title(store):
    out = {}
    for s in store.sessions.list():
        out.setdefault(s.title, []).append(s)
    return out


def test_outlook_programme_with_windows_timezone(conference_store):
    s = conference_store
    plan = import_calendar(s, load("outlook_w_europe.ics"), file="outlook_w_europe.ics")
    got = by_title(s)
    opening = got["Opening plenary"][0]
    assert (opening.start, opening.end) == (local(19, 9), local(19, 10, 30))  # CEST, +02:00
    assert opening.description == "Welcome by the host ministers, keynote."
    assert s.rooms.get(opening.room_id).name == "Plenary hall"
    # daily recurrence from the 18th, four times: only the two conference days are sessions
    coffee = sorted(got["Coffee break"], key=lambda x: x.start)
    assert [c.start for c in coffee] == [local(19, 10, 30), local(20, 10, 30)]
    assert {c.session_kind for c in coffee} == {SessionKind.BREAK}
    assert len({c.external_uid for c in coffee}) == 2
    panel = got["Panel: One Health in practice"][0]
    assert panel.start == datetime(2019, 6, 19, 12, tzinfo=timezone.utc) and panel.session_kind == SessionKind.PANEL
    # all-day over both days: no times, so no session (08:00–20:00 would book everyone) — said so
    assert "Exhibition open" not in got
    [expo] = [x for x in plan.skipped if x.title == "Exhibition open"]
    assert "all-day" in expo.reason and expo.when == "2019-06-19"
    # floating time = conference time; no end = 30 minutes, and said so
    photo = got["Family photo"][0]
    assert (photo.start, photo.end) == (local(20, 13, 15), local(20, 13, 45))
    assert any("no end" in c.detail for c in plan.changes if c.title == "Family photo")
    # outside the conference: reported, not silently dropped
    assert [x.title for x in plan.skipped] == ["Exhibition open", "Preparatory meeting of senior officials"]
    assert "outside the conference days" in plan.skipped[1].reason
    assert {r.name for r in s.rooms.list()} == {"Plenary hall", "Foyer", "Room A", "Garden"}
    assert plan.summary().startswith("5 added, 0 updated, 0 removed, 0 unchanged, 2 skipped")


def test_reimport_is_idempotent_and_updates_by_uid(conference_store):
    s = conference_store
    data = load("outlook_w_europe.ics")
    import_calendar(s, data)
    before = snapshot(s)
    plan = import_calendar(s, data)
    assert plan.summary().startswith("0 added, 0 updated, 0 removed, 5 unchanged")
    assert snapshot(s) == before
    # the organisers move the opening and rename the panel
    changed = data.replace(b"20190619T090000\r\nDTEND;TZID=W. Europe Standard Time:20190619T103000",
                           b"20190619T093000\r\nDTEND;TZID=W. Europe Standard Time:20190619T110000")
    changed = changed.replace(b"SUMMARY:Panel: One Health in practice", b"SUMMARY:Panel: One Health")
    plan = import_calendar(s, changed)
    assert plan.count("update") == 2 and plan.count("add") == 0
    got = by_title(s)
    assert got["Opening plenary"][0].start == local(19, 9, 30)
    assert "Panel: One Health" in got and "Panel: One Health in practice" not in got
    assert len(s.sessions.list()) == 5


def test_reimport_keeps_what_the_dutch_side_added(world):
    s = world.store
    import_calendar(s, load("outlook_w_europe.ics"))
    opening = by_title(s)["Opening plenary"][0]
    s.sessions.update(opening.evolve(speaker_ids=[world.minister.id], speaking_notes="Thank the hosts"))
    data = load("outlook_w_europe.ics").replace(b"SUMMARY:Opening plenary", b"SUMMARY:Opening session")
    import_calendar(s, data)
    after = s.sessions.get(opening.id)
    assert after.title == "Opening session"
    assert after.speaker_ids == [world.minister.id] and after.speaking_notes == "Thank the hosts"


def test_cancelled_event_removes_its_session_and_instance(conference_store):
    s = conference_store
    data = load("outlook_w_europe.ics")
    import_calendar(s, data)
    cancel_opening = data.replace(b"STATUS:CONFIRMED", b"STATUS:CANCELLED")
    cancel_one_coffee = cancel_opening.replace(b"END:VCALENDAR", b"""BEGIN:VEVENT\r
UID:coffee-series-2019\r
RECURRENCE-ID;TZID=W. Europe Standard Time:20190620T103000\r
DTSTART;TZID=W. Europe Standard Time:20190620T103000\r
DTEND;TZID=W. Europe Standard Time:20190620T110000\r
SUMMARY:Coffee break\r
STATUS:CANCELLED\r
DTSTAMP:20190602T120000Z\r
END:VEVENT\r
END:VCALENDAR""")
    plan = import_calendar(s, cancel_one_coffee)
    assert plan.count("delete") == 2
    got = by_title(s)
    assert "Opening plenary" not in got
    assert [c.start for c in got["Coffee break"]] == [local(19, 10, 30)]


def test_cancelled_session_with_notes_is_kept_and_said(world):
    from briefer.model import Note

    s = world.store
    import_calendar(s, load("outlook_w_europe.ics"))
    opening = by_title(s)["Opening plenary"][0]
    s.notes.add(Note(session_id=opening.id, body="Minister spoke well", author="tester"))
    plan = import_calendar(s, load("outlook_w_europe.ics").replace(b"STATUS:CONFIRMED", b"STATUS:CANCELLED"))
    assert plan.count("keep") == 1 and "1 note refer to it" in plan.changes[[c.action for c in plan.changes].index("keep")].detail
    assert s.sessions.find(opening.id) is not None


def test_dry_run_changes_nothing(conference_store):
    s = conference_store
    plan = import_calendar(s, load("outlook_w_europe.ics"), dry_run=True)
    assert plan.count("add") == 5
    assert s.sessions.count() == 0 and s.rooms.count() == 0


def test_dst_edge_event_across_the_october_change(store):
    """An event from 01:30 summer time to 04:00 winter time lasts 3.5 hours, not 2.5."""
    store.conference_repo.add(Conference(name="Autumn", start_date=date(2019, 10, 26), end_date=date(2019, 10, 27),
                                         day_start=time(0, 0), day_end=time(23, 59)))
    ics = (DATA / "outlook_w_europe.ics").read_text().split("BEGIN:VEVENT")[0] + (
        "BEGIN:VEVENT\r\nUID:night\r\nSUMMARY:Night session\r\n"
        "DTSTART;TZID=W. Europe Standard Time:20191027T013000\r\n"
        "DTEND;TZID=W. Europe Standard Time:20191027T040000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    import_calendar(store, ics.encode())
    night = store.sessions.list()[0]
    ams = ZoneInfo("Europe/Amsterdam")
    assert night.start == datetime(2019, 10, 26, 23, 30, tzinfo=timezone.utc)
    assert night.end == datetime(2019, 10, 27, 3, 0, tzinfo=timezone.utc)
    assert night.minutes == 210
    assert night.start.astimezone(ams).hour == 1 and night.end.astimezone(ams).hour == 4


# ---------------------------------------------------------------------- real calendars
def conf_for(store, day: date, tz="Europe/Amsterdam"):
    store.conference_repo.add(Conference(name="C", start_date=day, end_date=day, timezone=tz,
                                         day_start=time(0, 0), day_end=time(23, 59)))


def test_google_calendar_event_in_utc(store):
    conf_for(store, date(2024, 10, 4), "Europe/London")
    plan = import_calendar(store, load("alarm_google_future.ics"))
    (s,) = store.sessions.list()
    assert s.title == "event with alarms"
    assert (s.start, s.end) == (datetime(2024, 10, 4, 18, 15, tzinfo=timezone.utc),
                                datetime(2024, 10, 4, 19, 0, tzinfo=timezone.utc))
    assert plan.skipped == ()


def test_outlook_exchange_calendar_gmt_standard_time(store):
    conf_for(store, date(2024, 10, 4), "Europe/London")
    plan = import_calendar(store, load("alarm_outlook_in_future.ics"))
    (s,) = store.sessions.list()
    assert s.title == "outlook event with alarm"
    # 18:30 "GMT Standard Time" in October is British summer time: 17:30 UTC
    assert s.start == datetime(2024, 10, 4, 17, 30, tzinfo=timezone.utc)
    assert s.end == datetime(2024, 10, 4, 18, 0, tzinfo=timezone.utc)
    # the two fortnightly all-day series in July are reported, not dropped
    assert sorted(x.title for x in plan.skipped) == ["test123", "test123 - edited event!!!!"]


def test_thunderbird_calendar(store):
    conf_for(store, date(2024, 10, 23), "Europe/London")
    import_calendar(store, load("alarm_thunderbird_future.ics"))
    (s,) = store.sessions.list()
    assert s.start == datetime(2024, 10, 23, 14, 0, tzinfo=timezone.utc)  # 15:00 BST


def test_custom_vtimezone_and_weekly_series(store):
    conf_for(store, date(2014, 8, 29), "America/New_York")
    import_calendar(store, load("america_new_york.ics"))
    (s,) = store.sessions.list()
    assert s.start == datetime(2014, 8, 29, 12, 0, tzinfo=timezone.utc)  # 08:00 EDT


def test_google_recurring_series_expanded_within_conference(tmp_path):
    from briefer.store import Store

    with Store.open(tmp_path / "x.sqlite") as st:
        st.conference_repo.add(Conference(name="C", start_date=date(2016, 10, 31), end_date=date(2016, 11, 2),
                                          timezone="Europe/Zurich"))
        plan = import_calendar(st, load("x_location.ics"))
        starts = sorted(s.start for s in st.sessions.list())
        zurich = ZoneInfo("Europe/Zurich")
        assert [x.astimezone(zurich).strftime("%d %H:%M") for x in starts] == ["31 14:00", "01 14:00", "02 14:00"]
        assert plan.skipped == ()
        assert {r.name for r in st.rooms.list()} == {"Roadstar 16"}


def test_events_all_outside_are_reported(conference_store):
    plan = import_calendar(conference_store, load("timezoned.ics"))
    assert conference_store.sessions.count() == 0
    assert [(x.title, x.when) for x in plan.skipped] == [("artsprint 2012", "2012-02-13 10:00")]


def test_empty_calendars_import_nothing(conference_store):
    for name in ("bom_calendar.ics", "calendar_with_unicode.ics"):
        plan = import_calendar(conference_store, load(name))
        assert plan.changes == () and plan.skipped == ()


@pytest.mark.parametrize("name, words", [
    ("broken_ical.ics", ["line 4", "event 'An Event with too many semicolons'", "DTSTART"]),
    ("big_bad_calendar.ics", ["line 1", "BEGIN:VCALENDAR is never closed"]),
    ("multiple_timezones.ics", ["test-vtime-named-timezone", "RDATE"]),
])
def test_malformed_real_files_are_refused_clearly(conference_store, name, words):
    before = snapshot(conference_store)
    with pytest.raises(ImportFailed) as exc:
        import_calendar(conference_store, load(name), file=name)
    msg = str(exc.value)
    assert msg.startswith(name)
    for w in words:
        assert w in msg
    assert snapshot(conference_store) == before


def test_custom_timezone_transition_is_honoured(store):
    """issue_722: a VTIMEZONE going from +12 to +10 at 08:00 on 5 May 2024."""
    conf_for(store, date(2024, 5, 5), "Pacific/Auckland")
    plan = import_calendar(store, load("issue_722_timezone_transition_ambiguity.ics"))
    got = {s.external_uid: s.start for s in store.sessions.list()}
    assert got == {
        "2": datetime(2024, 5, 4, 22, 0, 1, tzinfo=timezone.utc),  # 08:00:01 summer (+10)
        "3": datetime(2024, 5, 4, 19, 0, 1, tzinfo=timezone.utc),  # 07:00:01 winter (+12)
    }
    assert sorted(x.uid for x in plan.skipped) == ["0", "1"]  # March and August: outside the day


def test_lone_recurrence_instance_without_end(store):
    """issue_1231: one VEVENT with only a RECURRENCE-ID and no end."""
    conf_for(store, date(2025, 4, 28))
    plan = import_calendar(store, load("issue_1231_recurrence.ics"))
    (s,) = store.sessions.list()
    assert s.start == datetime(2025, 4, 28, 16, 5, tzinfo=timezone.utc) and s.minutes == 30
    assert "no end: taken as 30 minutes" in plan.changes[0].detail


def test_windows_tzid_without_vtimezone_and_unknown_tzid(conference_store):
    data = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
            "BEGIN:VEVENT\r\nUID:w\r\nSUMMARY:Paris time\r\nDTSTART;TZID=Romance Standard Time:20190619T090000\r\n"
            "DTEND;TZID=Romance Standard Time:20190619T100000\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:u\r\nSUMMARY:Somewhere\r\nDTSTART;TZID=Nowhere/Else:20190619T110000\r\n"
            "DTEND;TZID=Nowhere/Else:20190619T120000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
    plan = import_calendar(conference_store, data)
    got = {s.title: s for s in conference_store.sessions.list()}
    assert got["Paris time"].start == local(19, 9)
    assert got["Somewhere"].start == local(19, 11)
    assert [c.detail for c in plan.changes if c.title == "Somewhere"] == [
        "unknown timezone 'Nowhere/Else': taken as Europe/Amsterdam time"]
