"""A country's topic values as the country brief editor and ``briefer topic set`` keep them
(briefer/store/topics.py): one value per indicator and country, kept across reopening the file, a
value saved again unchanged making no new version, an emptied value removed — and the look-ups by
name the command line uses, naming what is known when a name is not."""

from __future__ import annotations

from datetime import date

import pytest

from briefer.errors import InvalidRecord, NotFound
from briefer.model import Conference
from briefer.model.topics import Indicator, Scale, TopicProfile
from briefer.store import Store
from briefer.store import topics


@pytest.fixture
def cop(tmp_path):
    path = tmp_path / "cop29.sqlite"
    with Store.open(path, user="tester") as s:
        s.conference_repo.add(Conference(name="COP29", city="Baku", start_date=date(2024, 11, 11),
                                         end_date=date(2024, 11, 22), timezone="Asia/Baku"))
        s.topic_profiles.add(TopicProfile(name_en="Climate", name_nl="Klimaat", indicators=[
            Indicator(name_en="NDC submitted", name_nl="NDC ingediend", scale=Scale.YES_NO),
            Indicator(name_en="Net-zero target year", name_nl="Jaar netto nul", scale=Scale.YEAR)]))
        s.topic_profiles.add(TopicProfile(name_en="Health", name_nl="Gezondheid", indicators=[
            Indicator(name_en="AMR action plan", name_nl="AMR-actieplan")]))
    return path


def _open(path) -> Store:
    return Store.open(path, user="tester")


def test_a_value_set_by_its_dutch_name_is_read_back_after_reopening(cop):
    with _open(cop) as s:
        profile, ndc = topics.find_indicator(s, "ndc ingediend")
        assert (profile.name_en, ndc.name_en) == ("Climate", "NDC submitted")
        saved = topics.set_value(s, profile, ndc, "AZE", "ja", source="UNFCCC", year=2024)
        assert saved.value == "yes"
        _, plan = topics.find_indicator(s, "AMR action plan")
        assert plan.name_nl == "AMR-actieplan"
    with _open(cop) as s:
        [value] = topics.values_for(s, "AZE").values()
        assert (value.value, value.source, value.year) == ("yes", "UNFCCC", 2024)
        assert value.indicator_id == ndc.id and value.profile_id == profile.id


def test_saving_the_same_value_again_makes_no_new_version_and_a_change_replaces_it(cop):
    with _open(cop) as s:
        profile, year = topics.find_indicator(s, "Net-zero target year")
        first = topics.set_value(s, profile, year, "AZE", "2050", source="LTS", year=2023)
        again = topics.set_value(s, profile, year, "AZE", " 2050 ", source="LTS ", year=2023)
        assert again.id == first.id and again.revision == first.revision == 1
        changed = topics.set_value(s, profile, year, "AZE", "2050", source="LTS, updated", year=2024)
        assert changed.id == first.id and changed.revision == 2
        sooner = topics.set_value(s, profile, year, "AZE", "2045", source="LTS, updated", year=2024)
        assert sooner.revision == 3
    with _open(cop) as s:
        [value] = topics.values_of_indicator(s, year.id)
        assert (value.country, value.value, value.source, value.year, value.revision) == \
            ("AZE", "2045", "LTS, updated", 2024, 3)


def test_an_emptied_value_is_removed_but_a_source_or_year_alone_is_kept(cop):
    with _open(cop) as s:
        profile, ndc = topics.find_indicator(s, "NDC submitted")
        topics.set_value(s, profile, ndc, "AZE", "yes")
        topics.set_value(s, profile, ndc, "NLD", "no")
        only_source = topics.set_value(s, profile, ndc, "TUR", "", source="to ask the embassy")
        only_year = topics.set_value(s, profile, ndc, "IDN", "", year=2025)
        assert only_source is not None and only_year is not None
        assert topics.set_value(s, profile, ndc, "AZE", "", source="  ") is None
        assert topics.set_value(s, profile, ndc, "BRA", "") is None  # nothing there, nothing made
    with _open(cop) as s:
        kept = {v.country: (v.value, v.source, v.year) for v in topics.values_of_indicator(s, ndc.id)}
        assert kept == {"NLD": ("no", "", None), "TUR": ("", "to ask the embassy", None), "IDN": ("", "", 2025)}


def test_a_value_the_scale_does_not_accept_is_refused_and_nothing_changes(cop):
    with _open(cop) as s:
        profile, ndc = topics.find_indicator(s, "NDC submitted")
        topics.set_value(s, profile, ndc, "AZE", "yes", source="UNFCCC")
        with pytest.raises(InvalidRecord) as e:
            topics.set_value(s, profile, ndc, "AZE", "maybe")
        assert "'maybe' is not yes or no" in str(e.value)
    with _open(cop) as s:
        [value] = topics.values_for(s, "AZE").values()
        assert (value.value, value.source, value.revision) == ("yes", "UNFCCC", 1)


def test_an_unknown_indicator_is_named_with_the_known_ones(cop, tmp_path):
    with _open(cop) as s:
        with pytest.raises(NotFound) as e:
            topics.find_indicator(s, "Sea level")
        assert str(e.value).startswith(
            "no indicator called 'Sea level' (known: NDC submitted, Net-zero target year, AMR action plan)")
    with Store.open(tmp_path / "empty.sqlite", user="tester") as s:
        with pytest.raises(NotFound) as e:
            topics.find_indicator(s, "Sea level")
        assert "(this conference has no topic profile)" in str(e.value)


def test_a_countrys_values_and_a_profiles_values_across_indicators(cop):
    with _open(cop) as s:
        climate, ndc = topics.find_indicator(s, "NDC submitted")
        _, year = topics.find_indicator(s, "Net-zero target year")
        health, plan = topics.find_indicator(s, "AMR action plan")
        topics.set_value(s, climate, ndc, "AZE", "yes")
        topics.set_value(s, climate, year, "AZE", "2050")
        topics.set_value(s, climate, ndc, "NLD", "yes")
        topics.set_value(s, health, plan, "AZE", "Adopted in 2023")
    with _open(cop) as s:
        assert [p.name_en for p in topics.profiles(s)] == ["Climate", "Health"]
        assert topics.profile(s, climate.id).name_nl == "Klimaat" and topics.profile(s, "no-such-id") is None
        aze = topics.values_for(s, "AZE")
        assert {k: v.value for k, v in aze.items()} == {ndc.id: "yes", year.id: "2050", plan.id: "Adopted in 2023"}
        assert sorted((v.country, v.value) for v in topics.values_of_profile(s, climate.id)) == \
            [("AZE", "2050"), ("AZE", "yes"), ("NLD", "yes")]
        assert [v.value for v in topics.values_of_profile(s, health.id)] == ["Adopted in 2023"]
