"""The Countries list's rows, read in the core: recorded or briefed countries, their brief, the listed topic values."""

from __future__ import annotations

from briefer.model import Country, CountryBrief
from briefer.model.topics import Indicator, TopicProfile, TopicValue
from briefer.store.country_rows import country_of, country_rows


def test_a_row_per_country_recorded_or_briefed_with_its_brief(conference_store):
    s = conference_store
    s.countries.add(Country(iso3="IDN"))
    brief = s.country_briefs.add(CountryBrief(country="FRA"))  # briefed, not (yet) recorded as taking part
    rows = country_rows(s)
    assert [(r.iso3, r.country is not None, r.brief.id if r.brief else None) for r in rows] == [
        ("FRA", False, brief.id), ("IDN", True, None)]


def test_only_indicators_marked_for_lists_are_shown_joined(conference_store):
    s = conference_store
    s.countries.add(Country(iso3="IDN"))
    listed, hidden, second = (Indicator(name_en="Action plan", in_list=True), Indicator(name_en="Notes"),
                              Indicator(name_en="Target year", in_list=True))
    profile = s.topic_profiles.add(TopicProfile(name_en="Climate", indicators=[listed, hidden, second]))
    for ind, value in ((listed, "yes"), (hidden, "not shown"), (second, "2050")):
        s.topic_values.add(TopicValue(profile_id=profile.id, indicator_id=ind.id, country="IDN", value=value))
    assert [r.topics for r in country_rows(s)] == ["yes · 2050"]


def test_a_search_hit_finds_its_country(conference_store):
    s = conference_store
    country = s.countries.add(Country(iso3="IDN"))
    brief = s.country_briefs.add(CountryBrief(country="FRA"))
    ind = Indicator(name_en="Action plan", in_list=True)
    profile = s.topic_profiles.add(TopicProfile(name_en="Climate", indicators=[ind]))
    value = s.topic_values.add(TopicValue(profile_id=profile.id, indicator_id=ind.id, country="DEU", value="yes"))
    assert country_of(s, "countries", country.id) == "IDN"
    assert country_of(s, "country_briefs", brief.id) == "FRA"
    assert country_of(s, "topic_values", value.id) == "DEU"
    assert country_of(s, "country_briefs", "gone") is None
