"""The Countries list's rows keyed as the list keys them, and a search hit's table as the search gives it."""

from __future__ import annotations

from briefer.model import Country, CountryBrief
from briefer.model.topics import Indicator, TopicProfile, TopicValue
from briefer.store.country_rows import country_of, country_rows


def test_a_country_recorded_and_briefed_is_one_row_keyed_by_its_code(conference_store):
    s = conference_store
    s.countries.add(Country(iso3="IDN"))
    s.countries.add(Country(iso3="VNM"))
    brief = s.country_briefs.add(CountryBrief(country="IDN", summary="Co-sponsor of the declaration"))
    rows = country_rows(s)
    assert [(r.id, r.country.iso3 if r.country else None, r.brief.id if r.brief else None) for r in rows] == [
        ("IDN", "IDN", brief.id), ("VNM", "VNM", None)]


def test_search_hits_on_a_brief_and_a_topic_value_open_their_countries(conference_store):
    # the table name comes from the search index, as the Countries view gets it
    s = conference_store
    s.country_briefs.add(CountryBrief(country="FRA", summary="Champion of the stewardship pledge"))
    ind = Indicator(name_en="Action plan", in_list=True)
    profile = s.topic_profiles.add(TopicProfile(name_en="Climate", indicators=[ind]))
    s.topic_values.add(TopicValue(profile_id=profile.id, indicator_id=ind.id, country="DEU", value="retrofitted"))
    opened = {h.record_table: country_of(s, h.record_table, h.record_id)
              for word in ("stewardship", "retrofitted") for h in s.search(word)}
    assert opened == {"country_briefs": "FRA", "topic_values": "DEU"}
