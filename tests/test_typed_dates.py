"""Reading dates and times as people type them (briefer.typed_dates): every accepted form, every refusal."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.typed_dates import DATE, DATETIME, TIME, DateProblem, format_typed, read_typed

TZ = ZoneInfo("Asia/Kolkata")  # not the laptop's zone, not UTC: a wrong zone shows
TODAY = date(2026, 12, 2)  # a Wednesday
SHOWN = date(2024, 11, 19)  # the day the field already shows (a Tuesday)


def dt(text: str):
    return read_typed(text, DATETIME, today=TODAY, shown=SHOWN, tz=TZ)


def d(text: str):
    return read_typed(text, DATE, today=TODAY, shown=SHOWN)


@pytest.mark.parametrize("text", [
    "19-11-2024 11:15", "19/11/2024 11.15", "2024-11-19 11:15", "19 nov 2024 11:15", "19 Nov. 2024 11:15",
    "19 november 2024 11:15", "Tue 19 Nov 2024  11:15", "di 19 nov 2024 11:15", "dinsdag 19 november 2024 11.15",
    "19.11.2024 11:15", "  19 - 11 - 2024   11:15 ", "Nov 19, 2024 11:15", "19 nov 24 11:15", "19-11 11:15",
    "11:15", "11.15", "11h15", "19 nov 2024 om 11:15", "19th November 2024 11:15",
])
def test_every_documented_form_of_a_date_and_time_reads_as_that_moment_in_the_conference_zone(text):
    assert dt(text) == datetime(2024, 11, 19, 11, 15, tzinfo=TZ)


@pytest.mark.parametrize("text, expected", [
    ("1 mrt 2024", date(2024, 3, 1)), ("1 mrt. 2024", date(2024, 3, 1)), ("1 maart 2024", date(2024, 3, 1)),
    ("1 March 2024", date(2024, 3, 1)), ("1 mar 2024", date(2024, 3, 1)), ("3 mei 2024", date(2024, 5, 3)),
    ("3 May 2024", date(2024, 5, 3)), ("3 okt 2024", date(2024, 10, 3)), ("3 Oct 2024", date(2024, 10, 3)),
    ("3 oktober 2024", date(2024, 10, 3)), ("3 sept 2024", date(2024, 9, 3)), ("3 juni 2024", date(2024, 6, 3)),
    ("3 jun 2024", date(2024, 6, 3)), ("3 June 2024", date(2024, 6, 3)), ("1 Jul 2019", date(2019, 7, 1)),
    ("01-07-2019", date(2019, 7, 1)), ("2019-07-01", date(2019, 7, 1)), ("1/7/2019", date(2019, 7, 1)),
    ("1 juli", date(2024, 7, 1)),  # no year: the shown day's year
])
def test_dutch_and_english_month_names_and_day_first_numbers(text, expected):
    assert d(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("today", TODAY), ("vandaag", TODAY), ("tomorrow", date(2026, 12, 3)), ("morgen", date(2026, 12, 3)),
    ("fri", date(2026, 12, 4)), ("friday", date(2026, 12, 4)), ("vr", date(2026, 12, 4)), ("vrijdag", date(2026, 12, 4)),
    ("Wed", date(2026, 12, 9)), ("woensdag", date(2026, 12, 9)),  # the next one, not today
    ("ma", date(2026, 12, 7)), ("mon", date(2026, 12, 7)),
])
def test_relative_words_and_a_weekday_alone_mean_the_next_such_day(text, expected):
    assert d(text) == expected
    assert dt(text + " 09:00") == datetime.combine(expected, time(9), TZ)


def test_day_first_is_never_read_month_first():
    assert d("07-01-2019") == date(2019, 1, 7)
    assert isinstance(d("7/13/2024"), DateProblem)  # a US date is refused, not turned into something else


def test_an_empty_field_is_none():
    assert d("   ") is None and dt("") is None


@pytest.mark.parametrize("reader, text, words", [
    (d, "31-02-2024", "no such date"),
    (d, "30 feb 2024", "no such date"),
    (d, "13-13-2024", "no such date"),
    (d, "blurb 2024", "“blurb” is not a month"),
    (d, "19 nov 2024 11:15", "date only"),
    (d, "Fri 19 Nov 2024", "19 November 2024 is a Tuesday, not a Friday"),
    (dt, "19-11-2024", "could not read “19-11-2024” as a date and time"),
    (dt, "19-11-2024 25:00", "“25:00” is not a time of day"),
    (dt, "19-11-2024 11:75", "not a time of day"),
    (dt, "1", "could not read"),
    (d, "20241119", "could not read"),
])
def test_what_cannot_be_read_is_a_problem_naming_it_never_a_guess(reader, text, words):
    problem = reader(text)
    assert isinstance(problem, DateProblem)
    assert words in problem.message("en")


def test_problems_read_in_dutch_too():
    assert dt("di 19 nov 2024 25:00").message("nl") == "“25:00” is geen tijdstip (00:00 tot en met 23:59)"
    assert d("vr 19 nov 2024").message("nl") == "19 november 2024 is een dinsdag, geen vrijdag"


def test_a_time_the_clocks_skip_is_refused_in_the_conference_zone():
    problem = read_typed("31-03-2024 02:30", DATETIME, today=TODAY, tz=ZoneInfo("Europe/Amsterdam"))
    assert isinstance(problem, DateProblem)
    assert "02:30 does not exist on 31 March 2024 in Europe/Amsterdam" in problem.message("en")


def test_a_time_field_takes_a_time_only():
    assert read_typed("9.05", TIME, today=TODAY) == time(9, 5)
    assert isinstance(read_typed("19-11-2024 9:05", TIME, today=TODAY), DateProblem)


def test_the_shown_form_is_the_conference_wall_clock():
    moment = datetime(2024, 11, 19, 5, 45, tzinfo=ZoneInfo("UTC"))
    assert format_typed(moment, "en", TZ) == "Tue 19 Nov 2024 11:15"
    assert format_typed(moment, "nl", TZ) == "di 19 nov 2024 11:15"


@settings(max_examples=300, deadline=None)
@given(day=st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)), lang=st.sampled_from(["nl", "en"]))
def test_a_date_as_the_field_shows_it_reads_back_as_the_same_date(day, lang):
    assert read_typed(format_typed(day, lang), DATE, today=TODAY) == day


@settings(max_examples=300, deadline=None)
@given(moment=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
       zone=st.sampled_from(["Europe/Amsterdam", "America/New_York", "Asia/Kolkata", "UTC"]),
       lang=st.sampled_from(["nl", "en"]))
def test_a_moment_as_the_field_shows_it_reads_back_as_the_same_minute(moment, zone, lang):
    tz = ZoneInfo(zone)
    aware = moment.replace(second=0, microsecond=0, tzinfo=ZoneInfo("UTC")).astimezone(tz)
    back = read_typed(format_typed(aware, lang, tz), DATETIME, today=TODAY, tz=tz)
    assert not isinstance(back, DateProblem), back.message("en")
    # the wall clock is what the field shows; in the hour the clocks go back it is the first of the two
    assert back.replace(tzinfo=None) == aware.replace(tzinfo=None)


@pytest.mark.parametrize("text", ["1 ju 2024", "1 ma 2024", "1 m 2024"])
def test_a_month_abbreviation_that_could_be_two_months_is_refused(text):
    assert isinstance(d(text), DateProblem)


@pytest.mark.parametrize("text, expected", [
    ("overmorgen", date(2026, 12, 4)), ("yesterday", date(2026, 12, 1)), ("gisteren", date(2026, 12, 1)),
    ("2024 nov 19", date(2024, 11, 19)), ("19e november 2024", date(2024, 11, 19)), ("NOV 19 2024", date(2024, 11, 19)),
    ("3 Sept. 2024", date(2024, 9, 3)), ("19-nov-2024", date(2024, 11, 19)), ("1 mei", date(2024, 5, 1)),
])
def test_more_ways_people_write_a_date(text, expected):
    assert d(text) == expected


@settings(max_examples=200, deadline=None)
@given(day=st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)), sep=st.sampled_from("-/."),
       pad=st.booleans())
def test_numeric_dates_read_day_first_with_any_separator(day, sep, pad):
    dd, mm = (f"{day.day:02d}", f"{day.month:02d}") if pad else (str(day.day), str(day.month))
    assert d(f"{dd}{sep}{mm}{sep}{day.year}") == day
    assert d(day.isoformat()) == day


@pytest.mark.parametrize("text, day", [
    ("fri", date(2026, 12, 4)), ("vr", date(2026, 12, 4)), ("tomorrow", date(2026, 12, 3)),
    ("morgen", date(2026, 12, 3)), ("19 november 2024", date(2024, 11, 19)), ("20-11-2024", date(2024, 11, 20)),
])
def test_a_day_alone_in_a_date_and_time_field_keeps_the_time_it_shows(text, day):
    """As ``11:15`` alone keeps the day shown, a day alone keeps the time shown (issue 13's forms, typed into Start)."""
    assert read_typed(text, DATETIME, today=TODAY, shown=SHOWN, tz=TZ, shown_time=time(11, 15)) == \
        datetime.combine(day, time(11, 15), TZ)
    assert isinstance(dt(text), DateProblem)  # a field showing no time yet still needs one typed
