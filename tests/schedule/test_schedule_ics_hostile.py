"""Hostile and malformed calendars: never a traceback, never a partial write (hypothesis)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer.errors import ImportFailed
from briefer.model import Conference
from briefer.schedule.ics_import import import_calendar
from briefer.store import Store

DATA = Path(__file__).parent / "data"
VALID = (DATA / "outlook_w_europe.ics").read_text().splitlines()
SETTINGS = settings(max_examples=int(os.environ.get("BRIEFER_FUZZ_EXAMPLES", "100")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def fresh_store() -> Store:
    s = Store.memory()
    s.conference_repo.add(Conference(name="C", start_date=date(2019, 6, 19), end_date=date(2019, 6, 20)))
    return s


def state(s: Store):
    return ({x.id: (x.title, x.start, x.end, x.room_id, x.revision, x.external_uid) for x in s.sessions.list()},
            {r.id: r.name for r in s.rooms.list()})


def attempt(s: Store, data: bytes) -> None:
    """Import must either work or raise ImportFailed — and on failure leave the store as it was."""
    before = state(s)
    try:
        import_calendar(s, data, file="hostile.ics")
    except ImportFailed as exc:
        assert str(exc).startswith("hostile.ics")
        assert state(s) == before
    else:
        after = state(s)
        # a successful import only ever adds or updates sessions inside the conference days
        conf = s.conference()
        for _, (title, start, end, *_rest) in after[0].items():
            assert title and conf.contains(start) and end > start


@SETTINGS
@given(st.binary(max_size=400))
def test_random_bytes(data):
    attempt(fresh_store(), data)


@SETTINGS
@given(st.text(max_size=300))
def test_random_text_after_a_calendar_header(text):
    attempt(fresh_store(), f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{text}\r\nEND:VCALENDAR\r\n".encode("utf-8", "replace"))


line_edit = st.tuples(
    st.sampled_from(["drop", "dup", "replace", "insert", "cut"]),
    st.integers(min_value=0, max_value=len(VALID) - 1),
    st.one_of(
        st.text(max_size=60),
        st.sampled_from([
            "DTSTART:20190619T250000", "DTEND;TZID=Nowhere/Else:20190619T100000", "RRULE:FREQ=SECONDLY",
            "RRULE:FREQ=MINUTELY;COUNT=100000", "RRULE:FREQ=DAILY;INTERVAL=0", "RRULE:FREQ=YEARLY;BYMONTH=13",
            "DURATION:PT-1H", "DURATION:banana", "DTSTART;VALUE=DATE:20190620", "EXDATE:20190619T103000",
            "RDATE;VALUE=PERIOD:20190619T100000Z/PT1H", "STATUS:CANCELLED", "RECURRENCE-ID:20190620T103000",
            "UID:", "SUMMARY:", "LOCATION:" + "x" * 500, "BEGIN:VEVENT", "END:VEVENT", "BEGIN:VTIMEZONE",
            "TZID:W. Europe Standard Time", "DTSTART:19000101T000000", "RRULE:FREQ=HOURLY",
            "RRULE:FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11;BYMINUTE=0,5,10,15,20,25,30,35,40,45,50,55",
            "X-BRIEFER-KIND:meeting", "CATEGORIES:Break,Panel", "DTSTART:2019",
            # components nested thousands deep (the parser's tree walk recurses)
            "\r\n".join(["BEGIN:VALARM"] * 3000 + ["END:VALARM"] * 3000),
            "\r\n".join(["BEGIN:VEVENT"] * 12 + ["END:VEVENT"] * 12),
        ]),
    ),
)


@SETTINGS
@given(st.lists(line_edit, min_size=1, max_size=6))
def test_mutated_outlook_programme(edits):
    lines = list(VALID)
    for op, i, text in edits:
        i = min(i, len(lines) - 1) if lines else 0
        if not lines:
            break
        if op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "replace":
            lines[i] = text
        elif op == "insert":
            lines.insert(i, text)
        else:
            lines = lines[:i]
    s = fresh_store()
    attempt(s, "\r\n".join(lines).encode("utf-8", "replace"))
    # the same store again: a re-import must hold the same promise
    attempt(s, "\r\n".join(VALID).encode())


def test_a_failure_half_way_through_writing_changes_nothing(monkeypatch):
    s = fresh_store()
    before = state(s)
    real_add = s.sessions.add
    calls = {"n": 0}

    def flaky(obj):
        calls["n"] += 1
        if calls["n"] == 3:
            from briefer.errors import InvalidRecord

            raise InvalidRecord("disk says no", record="session")
        return real_add(obj)

    monkeypatch.setattr(s.sessions, "add", flaky)
    with pytest.raises(ImportFailed, match="nothing was imported"):
        import_calendar(s, (DATA / "outlook_w_europe.ics").read_bytes())
    assert state(s) == before and calls["n"] == 3


def test_a_huge_recurrence_is_refused_by_name():
    s = fresh_store()
    data = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:tick\r\nSUMMARY:Every second\r\n"
            "DTSTART:20000101T000000Z\r\nRRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
    with pytest.raises(ImportFailed, match="event 'Every second' .*expanded about"):
        import_calendar(s, data, file="tick.ics")
    assert s.sessions.count() == 0


def test_too_many_items_in_the_conference_days_is_refused():
    s = fresh_store()
    data = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:tick\r\nSUMMARY:Every ten seconds\r\n"
            "DTSTART:20190619T000000Z\r\nRRULE:FREQ=SECONDLY;INTERVAL=10;COUNT=100000\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n").encode()
    with pytest.raises(ImportFailed, match="more than 5000 items"):
        import_calendar(s, data, file="tick.ics")
    assert s.sessions.count() == 0


@pytest.mark.parametrize("levels", [11, 50_000])
def test_components_nested_too_deep_are_refused_naming_the_line(levels):
    s = fresh_store()
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
    data = (head + "BEGIN:VEVENT\r\n" * levels + "END:VEVENT\r\n" * levels + "END:VCALENDAR\r\n").encode()
    # the calendar is the first level, so the 10th VEVENT (line 13) is the 11th
    with pytest.raises(ImportFailed, match="deep.ics: line 13: BEGIN:VEVENT nests components more than 10 deep"):
        import_calendar(s, data, file="deep.ics")
    assert s.sessions.count() == 0


def test_ten_levels_of_components_are_allowed():
    s = fresh_store()
    inner = ["BEGIN:X-ONE", "BEGIN:X-TWO", "BEGIN:X-THREE", "BEGIN:X-FOUR", "BEGIN:X-FIVE", "BEGIN:X-SIX",
             "BEGIN:X-SEVEN", "BEGIN:X-EIGHT"]
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x", "BEGIN:VEVENT", "UID:a", "SUMMARY:Plenary",
             "DTSTART:20190619T090000Z", "DTEND:20190619T100000Z", *inner,
             *[b.replace("BEGIN", "END") for b in reversed(inner)], "END:VEVENT", "END:VCALENDAR"]
    import_calendar(s, "\r\n".join(lines).encode(), file="ten.ics")
    assert [x.title for x in s.sessions.list()] == ["Plenary"]
