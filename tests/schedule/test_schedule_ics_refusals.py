"""A calendar that cannot be imported is refused with a message that names the event or the line and
what is wrong with it — never a traceback — and the programme is left as it was.

Each case is one small fault of the kind organisers' tools and hand edits produce. The fuzz tests
(`test_schedule_ics_hostile.py`) show that no input gives a traceback; these show which words the
user gets, and that the file is read from disk as the import reads it."""

from __future__ import annotations

import os
from datetime import date, datetime, timezone

import pytest

from briefer.errors import ImportFailed
from briefer.model import Conference
from briefer.schedule.ics_import import import_calendar
from briefer.schedule.ics_read import read_calendar_file
from briefer.store import Store


def fresh_store() -> Store:
    s = Store.memory()
    s.conference_repo.add(Conference(name="C", start_date=date(2019, 6, 19), end_date=date(2019, 6, 20)))
    return s


def calendar(*event_lines: str) -> bytes:
    """A calendar with one event (lines 3 on: BEGIN:VEVENT is line 3) made of ``event_lines``."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", *event_lines, "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(lines) + "\r\n").encode()


PLENARY = ("UID:plenary-1", "SUMMARY:Opening plenary", "DTSTART:20190619T090000Z", "DTEND:20190619T100000Z")


@pytest.mark.parametrize("data, message", [
    # an END that closes the wrong component (a hand edit, a file cut and pasted together)
    (calendar("UID:a", "SUMMARY:Plenary", "DTSTART:20190619T090000Z", "BEGIN:VALARM", "ACTION:DISPLAY",
              "END:VEVENT", "END:VALARM"),
     "cal.ics: line 9: END:VEVENT where END:VALARM (opened on line 7) was expected"),
    (calendar(*PLENARY) + b"BEGIN:VEVENT\r\n", "cal.ics: line 10: BEGIN:VEVENT after the calendar's END:VCALENDAR"),
    # a file saved in another encoding than UTF-8 (here Latin-1, on line 5)
    (calendar("UID:a", "SUMMARY:Caf\xe9 des ministres", "DTSTART:20190619T090000Z").replace(b"\xc3\xa9", b"\xe9"),
     "cal.ics: line 5: the file is not UTF-8 text (an iCalendar file must be)"),
    # a line that is not "NAME:value" (a stray word left by a hand edit) is found by its text
    (calendar(*PLENARY, "abcd"), "cal.ics: line 8: event 'Opening plenary' (UID plenary-1): cannot read a line "
                                 "(Content line could not be parsed into parts: 'abcd'"),
    # a start that is not a date, or none
    (calendar("UID:a", "SUMMARY:Plenary", "DTSTART:next Tuesday"),
     "cal.ics: event 'Plenary' (UID a): cannot read DTSTART (Expected datetime, date, or time. Got: 'next Tuesday')"),
    (calendar("UID:a", "SUMMARY:Plenary"), "cal.ics: event 'Plenary' (UID a) has no start (DTSTART)"),
    # an end written as a length, a length written as a time, an exception pointing at a length
    (calendar(*PLENARY[:3], "DTEND:PT1H"), "cal.ics: event 'Opening plenary' (UID plenary-1): DTEND has the wrong kind of value"),
    (calendar(*PLENARY[:3], "DURATION:20190619T100000Z"),
     "cal.ics: event 'Opening plenary' (UID plenary-1): DURATION has the wrong kind of value"),
    (calendar(*PLENARY, "RECURRENCE-ID;VALUE=DURATION:PT1H"),
     "cal.ics: event 'Opening plenary' (UID plenary-1): RECURRENCE-ID has the wrong kind of value"),
    # a repetition every "abc" or every 0 days, "many" times, or "fortnightly"
    (calendar(*PLENARY, "RRULE:FREQ=DAILY;INTERVAL=abc"),
     "cal.ics: event 'Opening plenary' (UID plenary-1): cannot read RRULE (Expected int, got: abc)"),
    (calendar(*PLENARY, "RRULE:FREQ=DAILY;INTERVAL=0"),
     "cal.ics: event 'Opening plenary' (UID plenary-1): RRULE has an invalid INTERVAL"),
    (calendar(*PLENARY, "RRULE:FREQ=DAILY;COUNT=many"),
     "cal.ics: event 'Opening plenary' (UID plenary-1): cannot read RRULE (Expected int, got: many)"),
    (calendar(*PLENARY, "RRULE:INTERVAL=2"), "cal.ics: event 'Opening plenary' (UID plenary-1): RRULE has no valid FREQ"),
    # one step over the limit: a repetition the import would have to walk 200,001 times
    (calendar(*PLENARY[:2], "DTSTART:20000101T000000Z", "RRULE:FREQ=SECONDLY;COUNT=200001"),
     "cal.ics: event 'Opening plenary' (UID plenary-1): its recurrence (secondly) would have to be expanded about "
     "200,001 times"),
    (calendar(*PLENARY, "RRULE:FREQ=FORTNIGHTLY"),
     "cal.ics: event 'Opening plenary' (UID plenary-1): cannot read RRULE (Expected frequency, got: FORTNIGHTLY)"),
])
def test_a_faulty_calendar_is_refused_naming_what_is_wrong(data, message):
    s = fresh_store()
    with pytest.raises(ImportFailed) as refused:
        import_calendar(s, data, file="cal.ics")
    assert str(refused.value).startswith(message), str(refused.value)
    assert s.sessions.count() == 0 and s.rooms.count() == 0


def test_a_calendar_over_20_mb_is_refused_as_not_a_programme(tmp_path):
    big = calendar(*PLENARY, "DESCRIPTION:" + "x" * (20 * 1024 * 1024))
    s = fresh_store()
    with pytest.raises(ImportFailed, match="big.ics: the file is larger than 20 MB; not a conference programme"):
        import_calendar(s, big, file="big.ics")
    path = tmp_path / "big.ics"
    path.write_bytes(big)
    with pytest.raises(ImportFailed, match="big.ics"):
        read_calendar_file(path)  # refused as it is read, before anything parses it
    assert s.sessions.count() == 0


def test_a_calendar_file_is_read_from_disk_and_imported(tmp_path):
    path = tmp_path / "programme.ics"
    path.write_bytes(calendar(*PLENARY))
    s = fresh_store()
    import_calendar(s, read_calendar_file(path), file=path.name)
    assert [x.title for x in s.sessions.list()] == ["Opening plenary"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_is_refused_without_waiting_on_it(tmp_path):
    pipe = tmp_path / "calendar.ics"
    os.mkfifo(pipe)
    with pytest.raises(ImportFailed, match="calendar.ics"):
        read_calendar_file(pipe)


@pytest.mark.parametrize("start, rule, steps", [
    # from the start to the end of the conference's last day (21 June 2019, 00:00), step by step
    ("20190601T000000Z", "FREQ=SECONDLY", 20 * 86400),
    ("20190601T000000Z", "FREQ=SECONDLY;INTERVAL=4", 20 * 86400 // 4),  # every fourth second: a quarter
    ("20190101T000000Z", "FREQ=MINUTELY", 171 * 1440),
    ("19900101T000000Z", "FREQ=HOURLY", 10763 * 24),
    ("14000101T000000Z", "FREQ=DAILY", 226_256),
    ("19900101T000000Z", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR=" + ",".join(map(str, range(24))),
     258_312),
    ("19000101T000000Z", "FREQ=MONTHLY;BYMONTHDAY=1,2,3,4,5,6,7,8,9,10;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12",
     202_591),
    ("10000101T000000Z", "FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=1,2,3,4,5,6,7,8,9,10,"
                         "11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28", 342_768),
])
def test_a_recurrence_too_long_to_reach_the_conference_says_about_how_long(start, rule, steps):
    """The message gives the estimate the refusal rests on, per kind of step (a second, a minute,
    … a month counted as 28 days, a year as 365), times the days, hours… each step repeats on."""
    s = fresh_store()
    with pytest.raises(ImportFailed) as refused:
        import_calendar(s, calendar("UID:r", "SUMMARY:Recurring", f"DTSTART:{start}", f"RRULE:{rule}"), file="r.ics")
    said = str(refused.value)
    freq = rule.split(";")[0].removeprefix("FREQ=").lower()
    assert f"its recurrence ({freq}) would have to be expanded about " in said, said
    number = int(said.split("expanded about ")[1].split(" times")[0].replace(",", ""))
    assert number == steps
    assert s.sessions.count() == 0


def test_a_long_title_and_uid_are_shortened_in_the_message():
    """An organiser's tool may put a whole paragraph in SUMMARY or a 200-character UID: the message
    keeps 60 characters of each (the 60th an ellipsis), enough to find the event."""
    title = "High-level ministerial dialogue on " + "antimicrobial resistance and One Health " * 4
    uid = "040000008200E00074C5B7101A82E008" * 6
    s = fresh_store()
    with pytest.raises(ImportFailed) as refused:
        import_calendar(s, calendar(f"UID:{uid}", f"SUMMARY:{title}", "DTSTART:20190619T090000Z",
                                    "RRULE:FREQ=DAILY;INTERVAL=0"), file="cal.ics")
    assert str(refused.value) == (f"cal.ics: event '{title[:59]}…' (UID {uid[:59]}…): RRULE has an invalid INTERVAL")


def test_an_event_without_title_or_uid_is_named_by_its_place_in_the_file():
    data = calendar(*PLENARY).replace(b"END:VCALENDAR", b"BEGIN:VEVENT\r\nLOCATION:Room 2\r\nEND:VEVENT\r\nEND:VCALENDAR")
    s = fresh_store()
    with pytest.raises(ImportFailed, match=r"^cal\.ics: event #2 has no start \(DTSTART\)$"):
        import_calendar(s, data, file="cal.ics")
    assert s.sessions.count() == 0


def test_events_without_a_uid_are_imported_each_once_and_matched_again_on_a_second_import():
    """RFC 5545 requires a UID; some tools leave it out. Each such event is its own session, and the
    same file imported again changes nothing (the derived identity is stable)."""
    data = ("\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0",
                          "BEGIN:VEVENT", "SUMMARY:Opening plenary", "DTSTART:20190619T090000Z",
                          "DTEND:20190619T100000Z", "END:VEVENT",
                          "BEGIN:VEVENT", "SUMMARY:Closing plenary", "DTSTART:20190620T160000Z",
                          "DTEND:20190620T170000Z", "END:VEVENT", "END:VCALENDAR"]) + "\r\n").encode()
    s = fresh_store()
    import_calendar(s, data, file="cal.ics")
    first = sorted((x.title, x.start, x.external_uid) for x in s.sessions.list())
    assert [t for t, *_ in first] == ["Closing plenary", "Opening plenary"]
    import_calendar(s, data, file="cal.ics")
    assert sorted((x.title, x.start, x.external_uid) for x in s.sessions.list()) == first


def test_an_item_ending_at_midnight_after_the_last_day_is_in_and_one_past_it_is_skipped():
    """The conference days run to midnight after the last day, where the conference is (Amsterdam,
    UTC+2 in June): a late reception ending at 24:00 is part of it, one running to 00:30 is not."""
    data = ("\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0",
                        "BEGIN:VEVENT", "UID:late", "SUMMARY:Closing reception", "DTSTART:20190620T200000Z",
                        "DTEND:20190620T220000Z", "END:VEVENT",
                        "BEGIN:VEVENT", "UID:later", "SUMMARY:Night boat", "DTSTART:20190620T210000Z",
                        "DTEND:20190620T223000Z", "END:VEVENT", "END:VCALENDAR"]) + "\r\n").encode()
    s = fresh_store()
    import_calendar(s, data, file="cal.ics")
    assert [x.title for x in s.sessions.list()] == ["Closing reception"]


def test_a_programme_of_1300_items_in_the_conference_days_is_imported_whole():
    """A large conference's full programme (here one item a minute for a day) stays well within the
    limit of 5,000 items: nothing is refused or left out."""
    s = fresh_store()
    import_calendar(s, calendar("UID:slot", "SUMMARY:Slot", "DTSTART:20190619T000000Z", "DTEND:20190619T000100Z",
                                "RRULE:FREQ=MINUTELY;COUNT=1300"), file="cal.ics")
    assert s.sessions.count() == 1300


def test_floating_times_are_read_in_the_calendars_own_timezone():
    """Google writes X-WR-TIMEZONE and may leave times without a zone: they are that zone's times, not
    the conference's (a calendar kept in Tokyo for a conference in Amsterdam)."""
    data = ("\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "X-WR-TIMEZONE:Asia/Tokyo",
                          "BEGIN:VEVENT", "UID:call", "SUMMARY:Call with Tokyo", "DTSTART:20190620T030000",
                          "DTEND:20190620T040000", "END:VEVENT", "END:VCALENDAR"]) + "\r\n").encode()
    s = fresh_store()
    import_calendar(s, data, file="cal.ics")
    (call,) = s.sessions.list()
    assert call.start.astimezone(timezone.utc) == datetime(2019, 6, 19, 18, 0, tzinfo=timezone.utc)


def test_a_repeating_event_without_a_uid_is_kept_as_one_series():
    """Each day of a UID-less daily briefing is stored as that series on that date — the identity a later
    import of the same calendar matches — not as unrelated one-off items."""
    data = calendar("SUMMARY:Morning briefing", "DTSTART:20190619T070000Z", "DTEND:20190619T073000Z",
                    "RRULE:FREQ=DAILY;COUNT=2")
    s = fresh_store()
    import_calendar(s, data, file="cal.ics")
    ids = sorted(x.external_uid for x in s.sessions.list())
    series = {i.split("#")[0] for i in ids}
    assert len(series) == 1 and series.pop().startswith("no-uid-")
    assert [i.split("#")[1] for i in ids] == ["20190619T070000Z", "20190620T070000Z"]
