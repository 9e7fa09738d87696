"""A conference's topic as data: a country's value is kept only for a real country and a plausible year,
a scale's levels read back as they were typed, and a profile that names two indicators alike says which.

Values reach the store from the brief editor and from other laptops' bundles as well as from
``briefer topic set`` (whose own checks are in tests/test_cli_topics.py), so the records check themselves.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from briefer.model import Indicator, Scale, TopicProfile, TopicValue
from briefer.model.topics import format_levels, parse_levels


@pytest.fixture
def climate(store) -> tuple[TopicProfile, Indicator]:
    profile = store.topic_profiles.add(TopicProfile(name_en="Climate", name_nl="Klimaat", indicators=[
        Indicator(name_en="Net-zero target year", name_nl="Jaar netto nul", scale=Scale.YEAR)]))
    return profile, profile.indicators[0]


def test_a_value_is_kept_under_its_country_however_its_code_was_written(store, climate):
    profile, year = climate
    store.topic_values.add(TopicValue(profile_id=profile.id, indicator_id=year.id, country=" ken", value="2050"))
    [kenya] = store.topic_values.list(country="KEN")
    assert kenya.country == "KEN" and kenya.label() == "Kenya: 2050" and kenya.label("nl") == "Kenia: 2050"


def test_a_value_for_no_country_is_refused_and_not_stored(store, climate):
    profile, year = climate
    with pytest.raises(ValidationError, match="'ATL' is not an ISO 3166 alpha-3 country code"):
        store.topic_values.add(TopicValue(profile_id=profile.id, indicator_id=year.id, country="ATL", value="2050"))
    assert store.topic_values.list() == []


def test_the_year_a_value_is_of_must_be_plausible_from_1900_to_2200(store, climate):
    profile, year = climate
    for country, plausible in (("AZE", 1900), ("KEN", 2024), ("NLD", 2200)):
        store.topic_values.add(TopicValue(profile_id=profile.id, indicator_id=year.id, country=country, value="2050",
                                          source="UNFCCC", year=plausible))
    assert [v.year for v in store.topic_values.list()] == [1900, 2024, 2200]
    for typo in (1899, 2201, 202):
        with pytest.raises(ValidationError, match=f"{typo} is not a plausible year"):
            TopicValue(profile_id=profile.id, indicator_id=year.id, country="KEN", value="2050", year=typo)
    assert len(store.topic_values.list()) == 3


def test_levels_shown_in_the_profile_editor_read_back_as_they_were_typed():
    typed = ["A=No plan|Geen plan", "B=Drafted", "C=Approved|Goedgekeurd"]
    levels = parse_levels(typed)
    assert format_levels(levels) == typed
    assert parse_levels(format_levels(levels)) == levels


def test_a_level_without_a_code_from_another_laptop_is_refused():
    data = {"name_en": "Health", "indicators": [{"name_en": "Action plan stage", "scale": "levels",
                                                  "levels": [{"code": "A", "text_en": "No plan"},
                                                             {"code": "  ", "text_en": "Drafted"}]}]}
    with pytest.raises(ValidationError, match="a level's code must not be empty"):
        TopicProfile.model_validate(data)


def test_indicators_named_alike_twice_are_refused_naming_the_first_alphabetically():
    """The topic profile editor saves every row at once: the refusal names one clash, the same one each time."""
    with pytest.raises(ValidationError, match="two indicators are called 'stage'"):
        TopicProfile(name_en="Health", indicators=[
            Indicator(name_en="Year"), Indicator(name_en="Stage"), Indicator(name_en="year"),
            Indicator(name_en="stage")])
