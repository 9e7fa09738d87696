"""Briefs as an advisor fills them in: empty lines refused, defaults from the country brief, objectives found.

A defensive line without its question or answer, an empty background item or
objective, a country code that is no country: each is refused, naming what is
wrong. A meeting brief takes what it leaves empty from the country brief, and
never lowers its own classification in doing so. Outcomes find the objective
they were recorded against.
"""

from __future__ import annotations

import uuid

import pytest
from pydantic import ValidationError

from briefer.model import (
    BackgroundItem, Classification, CountryBrief, DefensiveLine, MeetingBrief, Objective, TalkingPoint,
)

MEETING = "11111111-1111-1111-1111-111111111111"


@pytest.mark.parametrize("build, words", [
    (lambda: DefensiveLine(question="Why only 5 million?", answer="  "), "a defensive line's question and answer"),
    (lambda: DefensiveLine(question="", answer="A first tranche."), "a defensive line's question and answer"),
    (lambda: BackgroundItem(text=" "), "a background item"),
    (lambda: Objective(text=""), "an objective"),
    (lambda: TalkingPoint(text=""), "a talking point"),
])
def test_an_empty_line_in_a_brief_is_refused_naming_what_it_is(build, words):
    with pytest.raises(ValidationError, match=f"{words} must not be empty"):
        build()


def test_a_country_brief_for_a_code_that_is_no_country_is_refused():
    with pytest.raises(ValidationError) as caught:
        CountryBrief(country="XYZ")
    assert caught.value.errors()[0]["loc"] == ("country",)
    assert CountryBrief(country="idn").country == "IDN"


def test_new_briefs_are_real_content_and_background_is_usable_unless_marked():
    assert CountryBrief(country="IDN").illustrative is False
    assert BackgroundItem(text="Hosts a regional WHO office.").usable is True


def test_a_meeting_brief_takes_what_it_leaves_empty_from_the_country_brief():
    country = CountryBrief(country="IDN", key_messages=["Twinning"], talking_points=[TalkingPoint(text="MPTF pledge")],
                           classification=Classification.STG_CONFIDENTIEEL)
    own = MeetingBrief(meeting_id=MEETING, key_messages=["Our own message"], classification=Classification.DEP_VERTROUWELIJK)
    full = own.with_defaults_from(country)
    assert full.key_messages == ["Our own message"] and [t.text for t in full.talking_points] == ["MPTF pledge"]
    assert full.classification == Classification.STG_CONFIDENTIEEL   # it now holds the country brief's lines


def test_taking_defaults_never_lowers_the_meeting_brief_s_classification():
    country = CountryBrief(country="IDN", key_messages=["Twinning"])                 # unclassified
    own = MeetingBrief(meeting_id=MEETING, classification=Classification.DEP_VERTROUWELIJK)
    full = own.with_defaults_from(country)
    assert full.key_messages == ["Twinning"] and full.classification == Classification.DEP_VERTROUWELIJK


def test_an_outcome_finds_the_objective_it_was_recorded_against():
    first, second = Objective(text="Secure support"), Objective(text="Offer twinning")
    brief = MeetingBrief(meeting_id=MEETING, objectives=[first, second])
    # the id as an outcome holds it: read from the database, an equal string but not the same object
    as_stored = lambda oid: str(uuid.UUID(oid))  # noqa: E731
    assert brief.objective(as_stored(second.id)) is second and brief.objective(as_stored(first.id)) is first
    assert brief.objective("22222222-2222-2222-2222-222222222222") is None


def test_a_meeting_brief_is_found_by_its_words(store):
    from briefer.model import Meeting, Person
    from tests.conftest import utc

    bruins = store.people.add(Person(given_name="Bruno", family_name="Bruins", principal_title="Minister"))
    meeting = store.meetings.add(Meeting(principal_id=bruins.id, counterpart_country="IDN",
                                         start=utc(2019, 6, 19, 9), end=utc(2019, 6, 19, 9, 30)))
    brief = store.meeting_briefs.add(MeetingBrief(meeting_id=meeting.id, key_messages=["Surveillance twinning"],
                                                  defensive_lines=[DefensiveLine(question="Colistin?", answer="Down 70 %")]))
    assert [h.record_id for h in store.search("twinning")] == [brief.id]
    assert [h.record_id for h in store.search("colistin")] == [brief.id]
