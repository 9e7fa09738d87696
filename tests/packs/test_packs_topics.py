"""Country briefs print the conference's topic profile — whatever it is — and nothing for a topic
the conference does not have (no empty headings, no "not reported" lines)."""

from __future__ import annotations

from briefer.model import Indicator, Scale, TopicProfile
from briefer.packs import PackOptions, build_pack
from briefer.store.topics import find_indicator, set_value


def _pack(world, tmp_path, read_pack, lang="nl", name="p.pdf"):
    options = PackOptions(recipient_id=world.minister.id, lang=lang)
    return read_pack(build_pack(world.store, options, tmp_path / name).path)


def _drop_profiles(store):
    for v in store.topic_values.list():
        store.topic_values.delete(v.id)
    for p in store.topic_profiles.list():
        store.topic_profiles.delete(p.id)


def test_the_profile_s_indicators_print_with_their_values_levels_and_sources(world, tmp_path, read_pack):
    set_value(world.store, *find_indicator(world.store, "National action plan (TrACSS)"), "POL", "")
    text = _pack(world, tmp_path, read_pack).text
    assert "AMR-situatie" in text and "High resistance in hospitals." in text
    assert "D — Fase D" in text and "TrACSS 2019" in text
    # the indicator names what to say when a country has no value: Poland has none now
    assert text.count("Status nationaal actieplan: niet gerapporteerd") == 1


def test_without_a_profile_a_country_brief_has_no_topic_sections(world, tmp_path, read_pack):
    _drop_profiles(world.store)
    text = _pack(world, tmp_path, read_pack).text
    assert "Türkiye is a key partner in the region." in text  # the country brief is there
    for words in ("AMR-situatie", "Nationaal actieplan", "niet gerapporteerd", "High resistance", "Fase D"):
        assert words not in text


def test_a_climate_profile_prints_in_english_and_dutch(world, tmp_path, read_pack):
    _drop_profiles(world.store)
    profile = world.store.topic_profiles.add(TopicProfile(name_en="Climate", name_nl="Klimaat", indicators=[
        Indicator(name_en="NDC submitted", name_nl="NDC ingediend", scale=Scale.YES_NO),
        Indicator(name_en="Net-zero target year", name_nl="Jaar netto nul", scale=Scale.YEAR)]))
    ndc, net_zero = profile.indicators
    set_value(world.store, profile, ndc, "TUR", "yes", source="UNFCCC NDC registry", year=2024)
    set_value(world.store, profile, net_zero, "TUR", "2053")
    nl = _pack(world, tmp_path, read_pack).text
    assert "NDC ingediend" in nl and "Ja" in nl.split("NDC ingediend", 1)[1][:20]
    # Poland's brief is in the pack too, with no climate values: no empty headings for it
    assert "Landenoverzicht: Polen" in nl and nl.count("NDC ingediend") == 1 and nl.count("Jaar netto nul") == 1
    assert "UNFCCC NDC registry, 2024" in nl and "Jaar netto nul" in nl and "2053" in nl
    en = _pack(world, tmp_path, read_pack, lang="en", name="en.pdf").text
    assert "NDC submitted" in en and "Yes" in en.split("NDC submitted", 1)[1][:20] and "Net-zero target year" in en
