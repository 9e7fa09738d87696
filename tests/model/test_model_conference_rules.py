"""The conference and its reference data as the advisor sets them up: days, hours, organisations, rooms."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

import pytest
from pydantic import ValidationError

from briefer.model import Conference, Country, Organisation, Room
from briefer.model.conference import OpeningHours, validate_iso3
from briefer.store.repository import invalid_record

START, END = date(2030, 3, 4), date(2030, 3, 6)


def conference(**changes) -> Conference:
    return Conference(**{"name": "Health ministers", "start_date": START, "end_date": END, **changes})


def refusal(exc: ValidationError, kind: str) -> str:
    return str(invalid_record(exc, kind))


def test_a_day_of_its_own_hours_and_the_default_for_the_others():
    conf = conference(day_hours={date(2030, 3, 5): OpeningHours(start=time(8), end=time(23))})
    assert conf.hours_on(date(2030, 3, 5)) == (time(8), time(23))
    assert conf.hours_on(date(2030, 3, 4)) == (time(8), time(20))


def test_opening_hours_are_local_times_and_the_day_ends_after_it_starts():
    with pytest.raises(ValidationError) as info:
        OpeningHours(start=time(9), end=time(9))
    assert refusal(info.value, "day") == "day: field 'end': the day must end after it starts"
    with pytest.raises(ValidationError) as info:
        OpeningHours(start="08:00:00+01:00", end=time(18))
    assert refusal(info.value, "day") == (
        "day: field 'start': a local time of day without a timezone offset, such as 08:00")
    assert OpeningHours(start=time(9), end=time(9, 1)).end == time(9, 1)
    with pytest.raises(ValidationError) as info:
        conference(day_start=time(20), day_end=time(20))
    assert refusal(info.value, "conference") == "conference: field 'day_end': the day must end after it starts"


def test_hours_for_a_day_outside_the_conference_are_refused_naming_the_day():
    hours = OpeningHours(start=time(8), end=time(22))
    for day in (date(2030, 3, 3), date(2030, 3, 7)):
        with pytest.raises(ValidationError) as info:
            conference(day_hours={day: hours, date(2030, 3, 8): hours})
        assert refusal(info.value, "conference") == (
            f"conference: field 'day_hours': {day.isoformat()} is not a conference day (2030-03-04 to 2030-03-06)")
    kept = conference(day_hours={START: hours, END: hours})
    assert sorted(kept.day_hours) == [START, END]


def test_a_conference_of_one_day_and_its_names():
    one = conference(end_date=START, name_nl="Ministers van Volksgezondheid")
    assert one.days() == [START]
    assert (one.label(), one.label("nl")) == ("Health ministers", "Ministers van Volksgezondheid")
    assert conference().label("nl") == "Health ministers"
    assert conference(timezone="Asia/Tokyo").local(datetime(2030, 3, 4, 15, 0, tzinfo=timezone.utc)).hour == 0


def test_a_country_attended_yes_no_or_unknown():
    assert Country(iso3="DEU", attended="yes").attended == "yes"
    with pytest.raises(ValidationError) as info:
        Country(iso3="DEU", attended="maybe")
    assert refusal(info.value, "country") == "country: field 'attended': must be yes, no or unknown"
    assert Country(iso3="DEU", notes="chairs the group").search_text() == (
        "Germany Duitsland DEU", "chairs the group")


def test_a_country_code_has_three_letters_of_a_real_country():
    assert validate_iso3(" deu ") == "DEU"
    for bad in ("DE", "DEUT", "", None):
        with pytest.raises(ValueError, match="is not an ISO 3166 alpha-3 country code"):
            validate_iso3(bad)


def test_an_organisation_takes_the_article_its_language_allows():
    with pytest.raises(ValidationError) as info:
        Organisation(name="European Commission", article_en="de")
    assert refusal(info.value, "organisation") == "organisation: field 'article_en': must be empty or one of: the"
    with pytest.raises(ValidationError) as info:
        Organisation(name="European Commission", article_nl="the")
    assert refusal(info.value, "organisation") == (
        "organisation: field 'article_nl': must be empty or one of: de, het")
    ec = Organisation(name="European Commission", name_nl="Europese Commissie", article_en=" The ", article_nl="de",
                      acronym="EC", acronym_in_titles=False)
    assert (ec.in_sentence("en"), ec.in_sentence("nl")) == ("the European Commission", "de Europese Commissie")
    assert (ec.short("nl"), ec.label("nl"), ec.full_name("en")) == (
        "Europese Commissie", "Europese Commissie (EC)", "European Commission")
    fao = Organisation(name="Food and Agriculture Organization", acronym="FAO", article_en="the")
    assert (fao.in_sentence("en"), fao.short(), fao.label()) == (
        "the FAO", "FAO", "Food and Agriculture Organization (FAO)")
    who = Organisation(name="World Health Organization", name_nl="Wereldgezondheidsorganisatie")
    assert (who.in_sentence("nl"), who.short("nl"), who.label("nl")) == ("Wereldgezondheidsorganisatie",) * 3
    assert who.search_text() == ("World Health Organization", "Wereldgezondheidsorganisatie")
    assert Organisation(name="UNEP", country="ken").country == "KEN"


def test_a_room_holds_at_least_one_person():
    assert Room(name="Room A", capacity=1).capacity == 1
    with pytest.raises(ValidationError) as info:
        Room(name="Room A", capacity=0)
    assert invalid_record(info.value, "room").field == "capacity"
    with pytest.raises(ValidationError) as info:
        Room(name="  ")
    assert refusal(info.value, "room") == "room: field 'name': the room name must not be empty"
    assert Room(name="Room A").label() == "Room A"


def test_what_is_not_said_is_not_assumed():
    # a conference set up by hand is not the bundled demo, and a new room is not offered for
    # bilaterals nor said to have interpretation booths until the advisor marks it so
    assert conference().demo is False
    room = Room(name="Room A")
    assert (room.suitable_for_bilaterals, room.has_interpretation_booths, room.capacity) == (False, False, None)
