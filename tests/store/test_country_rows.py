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


def test_the_topic_reads_give_a_profile_and_its_values_by_indicator_or_profile(conference_store):
    from briefer.store import topics

    s = conference_store
    first, second = Indicator(name_en="Action plan"), Indicator(name_en="Target year")
    climate = s.topic_profiles.add(TopicProfile(name_en="Climate", indicators=[first, second]))
    # made in another millisecond: records made within one are listed by id (the same order on every
    # laptop), and this test is about the order they were made in
    import time

    time.sleep(0.002)
    other_ind = Indicator(name_en="Vaccination")
    health = s.topic_profiles.add(TopicProfile(name_en="Health", indicators=[other_ind]))
    s.topic_values.add(TopicValue(profile_id=climate.id, indicator_id=first.id, country="IDN", value="yes"))
    s.topic_values.add(TopicValue(profile_id=climate.id, indicator_id=second.id, country="FRA", value="2050"))
    s.topic_values.add(TopicValue(profile_id=health.id, indicator_id=other_ind.id, country="IDN", value="high"))

    assert [p.name_en for p in topics.profiles(s)] == ["Climate", "Health"]
    assert topics.profile(s, health.id).name_en == "Health" and topics.profile(s, "gone") is None
    assert [v.value for v in topics.values_of_indicator(s, first.id)] == ["yes"]
    assert sorted(v.value for v in topics.values_of_profile(s, climate.id)) == ["2050", "yes"]
