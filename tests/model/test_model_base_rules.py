"""Rules every record shares: held still, trimmed, in UTC to the millisecond; markings read strictly.

A record read from the store is what was saved: nobody can change it in
place (a change is a new revision), spaces typed around a name are not kept,
times are held in UTC whatever zone they were typed in, and timestamps are
whole milliseconds as stored. A classification marking is read in any
spelling, but an empty or unknown one is refused with the list of valid ones.
"""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

import briefer.model.base as base
from briefer.model import Classification, Person, Room


def test_a_record_cannot_be_changed_in_place():
    room = Room(name="Plenary hall")
    with pytest.raises(ValidationError, match="frozen"):
        room.name = "Press room"  # type: ignore[misc]
    assert room.name == "Plenary hall" and room.evolve(name="Press room").name == "Press room"


def test_spaces_typed_around_a_name_are_not_kept():
    person = Person(given_name="  Bruno ", family_name=" Bruins\t")
    assert (person.given_name, person.family_name) == ("Bruno", "Bruins")


def test_timestamps_typed_in_another_zone_are_held_in_utc():
    amsterdam = datetime(2019, 6, 19, 11, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    room = Room(name="Room A", created_at=amsterdam, updated_at=amsterdam)
    assert room.created_at.utcoffset().total_seconds() == 0 and room.created_at.hour == 9
    assert room.updated_at == datetime(2019, 6, 19, 9, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("micro, kept", [(123456, 123000), (900000, 900000), (999999, 999000), (0, 0)])
def test_now_is_kept_to_the_whole_millisecond(monkeypatch, micro, kept):
    class Clock(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(2019, 6, 19, 9, 0, 0, micro, tzinfo=tz)

    monkeypatch.setattr(base, "datetime", Clock)
    assert base.utcnow() == datetime(2019, 6, 19, 9, 0, 0, kept, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, expected", [
    ("Dep. VERTROUWELIJK", Classification.DEP_VERTROUWELIJK), ("stg_confidentieel", Classification.STG_CONFIDENTIEEL),
    ("ONGERUBRICEERD", Classification.ONGERUBRICEERD), ("unclassified", Classification.ONGERUBRICEERD),
])
def test_a_marking_is_read_in_any_spelling(text, expected):
    assert Classification.parse(text) == expected


@pytest.mark.parametrize("text", ["", "  ", "--", "secret"])
def test_an_empty_or_unknown_marking_is_refused_naming_the_valid_ones(text):
    with pytest.raises(ValueError) as caught:
        Classification.parse(text)
    assert str(caught.value).endswith(
        "use one of: ONGERUBRICEERD, Dep. VERTROUWELIJK, Stg. CONFIDENTIEEL, Stg. GEHEIM, Stg. ZEER GEHEIM")
