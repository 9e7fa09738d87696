"""Finding the country meant from typed text: exact names beat prefixes, every common name works, in English and Dutch."""

from __future__ import annotations

import time

import pytest

import briefer.model.country_lookup as country_lookup
from briefer.model.country_lookup import ALIASES, CountryNotFound, find_countries, fold, resolve_country

# A short name that is the start of another country's name: the exact one must win.
TRAPS = [
    ("India", "IND", "IOT"),  # British Indian Ocean Territory
    ("Niger", "NER", "NGA"),
    ("Sudan", "SDN", "SSD"),  # South Sudan
    ("Guinea", "GIN", "GNQ"),  # Equatorial Guinea (and Guinea-Bissau, Papua New Guinea)
    ("Dominica", "DMA", "DOM"),  # Dominican Republic
    ("Soedan", "SDN", "SSD"),  # Dutch
    ("Guinee", "GIN", "GNB"),  # Dutch: Guinee-Bissau
]


@pytest.mark.parametrize("text, meant, trap", TRAPS)
def test_an_exact_name_wins_over_a_longer_name_that_starts_with_it(text, meant, trap):
    assert resolve_country(text) == meant
    ranked = find_countries(text)
    assert ranked[0] == meant and trap in ranked[1:]


@pytest.mark.parametrize("text, meant", [
    ("Nigeria", "NGA"), ("South Sudan", "SSD"), ("Equatorial Guinea", "GNQ"), ("Dominican Republic", "DOM"),
    ("Zuid-Soedan", "SSD"), ("Equatoriaal-Guinea", "GNQ"), ("Dominicaanse Republiek", "DOM"),
])
def test_the_longer_name_still_finds_its_own_country(text, meant):
    assert resolve_country(text) == meant


@pytest.mark.parametrize("text, meant", [
    # common and former English names
    ("Turkey", "TUR"), ("Ivory Coast", "CIV"), ("Czech Republic", "CZE"), ("Swaziland", "SWZ"),
    ("Burma", "MMR"), ("Holland", "NLD"), ("Macedonia", "MKD"), ("Cape Verde", "CPV"), ("East Timor", "TLS"),
    ("Zaire", "COD"), ("UK", "GBR"), ("Great Britain", "GBR"), ("Britain", "GBR"), ("USA", "USA"),
    ("America", "USA"), ("United States", "USA"), ("Russia", "RUS"), ("South Korea", "KOR"),
    ("North Korea", "PRK"), ("Vietnam", "VNM"), ("Laos", "LAO"), ("Iran", "IRN"), ("Syria", "SYR"),
    ("Bolivia", "BOL"), ("Venezuela", "VEN"), ("Tanzania", "TZA"), ("Moldova", "MDA"), ("Palestine", "PSE"),
    ("Vatican", "VAT"), ("The Netherlands", "NLD"),
    # Dutch names (CLDR through babel, pycountry's translation)
    ("Turkije", "TUR"), ("Ivoorkust", "CIV"), ("Tsjechië", "CZE"), ("Wit-Rusland", "BLR"),
    ("Verenigd Koninkrijk", "GBR"), ("Verenigde Staten", "USA"), ("Zuid-Korea", "KOR"), ("Noord-Korea", "PRK"),
    ("Birma", "MMR"), ("Kaapverdië", "CPV"), ("Oost-Timor", "TLS"), ("Nederland", "NLD"), ("Duitsland", "DEU"),
    ("Rusland", "RUS"), ("Vaticaanstad", "VAT"), ("Noord-Macedonië", "MKD"), ("Syrië", "SYR"),
    # official names and the ISO short names
    ("Republic of Türkiye", "TUR"), ("Côte d'Ivoire", "CIV"), ("Türkiye", "TUR"), ("Czechia", "CZE"),
    ("Eswatini", "SWZ"), ("Myanmar", "MMR"), ("Viet Nam", "VNM"),
])
def test_common_former_and_dutch_names_find_the_country(text, meant):
    assert resolve_country(text) == meant


@pytest.mark.parametrize("iso3, names", sorted(ALIASES.items()))
def test_every_alias_in_the_table_finds_its_country(iso3, names):
    unique = [n for n in names if n != "Congo"]  # shared on purpose, see test_congo_alone_asks_which_congo
    assert {n: resolve_country(n) for n in unique} == {n: iso3 for n in unique}
    assert all(iso3 in find_countries(n)[:2] for n in names)


def test_the_alias_table_holds_only_names_the_libraries_lack(monkeypatch):
    """Turkije, Ivoorkust, Cape Verde, Burma… must come from pycountry and CLDR, not from a hand-kept copy."""
    import pycountry

    monkeypatch.setattr(country_lookup, "ALIASES", {})
    repeats = {}
    for iso3, names in ALIASES.items():
        country = pycountry.countries.get(alpha_3=iso3)
        known = {fold(n) for n in country_lookup._names_of(country)} | {fold(country.alpha_2), fold(iso3)}
        repeats.update({n: iso3 for n in names if fold(n) in known})
    assert repeats == {}


def test_congo_alone_asks_which_congo():
    with pytest.raises(CountryNotFound) as caught:
        resolve_country("Congo")
    assert sorted(caught.value.candidates) == ["COD", "COG"]
    assert resolve_country("Congo-Brazzaville") == "COG" and resolve_country("Congo-Kinshasa") == "COD"
    assert resolve_country("DR Congo") == "COD" and resolve_country("Republiek Congo") == "COG"


@pytest.mark.parametrize("text, meant", [
    ("IND", "IND"), ("ind", "IND"), ("nld", "NLD"), ("NL", "NLD"), ("de", "DEU"), (" tur ", "TUR"),
])
def test_an_iso_code_finds_its_country(text, meant):
    """'ind' is India's code, so it means India (Indonesia is IDN), even though it starts 'Indonesia' too."""
    assert resolve_country(text) == meant
    assert find_countries(text)[0] == meant


@pytest.mark.parametrize("text", ["cote d’ivoire", "COTE D'IVOIRE", "côte divoire", "  Ivoorkust ", "türkiye", "TURKIYE"])
def test_case_accents_and_apostrophes_do_not_matter(text):
    assert resolve_country(text) in {"CIV", "TUR"}


def test_text_that_fits_several_countries_says_to_choose_and_names_them():
    with pytest.raises(CountryNotFound) as caught:
        resolve_country("nig")
    exc = caught.value
    assert exc.ambiguous and exc.candidates == ["NER", "NGA"]
    assert str(exc) == "'nig' could be Niger (NER), Nigeria (NGA) — choose from the list"
    with pytest.raises(CountryNotFound, match=r"North Korea \(PRK\), South Korea \(KOR\) — choose from the list"):
        resolve_country("Korea")
    with pytest.raises(CountryNotFound) as caught:  # one name starts with it, another has a word that does
        resolve_country("sud")
    assert caught.value.candidates == ["SDN", "SSD"]


def test_a_misspelled_name_is_refused_with_a_did_you_mean():
    with pytest.raises(CountryNotFound) as caught:
        resolve_country("Indonsia")
    exc = caught.value
    assert not exc.ambiguous and exc.suggestions == ["IDN"]
    assert str(exc) == "'Indonsia' is not a country — choose from the list (did you mean Indonesia (IDN)?)"
    assert exc.message("nl") == ("'Indonsia' is not a country — choose from the list "
                                 "(did you mean Indonesië (IDN)?)")


def test_text_that_is_no_country_at_all_is_refused():
    for text in ("Atlantis", "Kosovo"):  # Kosovo has no ISO 3166 code that the model accepts
        with pytest.raises(CountryNotFound, match="is not a country — choose from the list"):
            resolve_country(text)
    assert find_countries("") == [] and find_countries("   ") == []


def test_a_pasted_page_is_quoted_back_short():
    with pytest.raises(CountryNotFound) as caught:
        resolve_country("lorem ipsum " * 1000)
    assert len(str(caught.value)) < 200 and "…' is not a country" in str(caught.value)


def test_candidates_rank_start_of_name_before_start_of_a_word_before_anywhere():
    ranked = find_countries("guinea")
    assert ranked[:2] == ["GIN", "GNB"]  # exact, then "Guinea-Bissau" (starts with it)
    assert ranked.index("GNB") < ranked.index("GNQ") and ranked.index("GNB") < ranked.index("PNG")
    ranked = find_countries("land")  # no name starts with "land"; many contain it
    assert ranked and "NLD" in ranked


def test_equal_candidates_are_ordered_by_the_name_in_the_interface_language():
    assert find_countries("korea", "en") == ["PRK", "KOR"]  # North, South
    assert find_countries("korea", "nl") == ["PRK", "KOR"]  # Noord-Korea, Zuid-Korea (by pycountry nl name)
    en = find_countries("sud", "en")
    assert en == ["SDN", "SSD"]


def test_fold_drops_case_accents_punctuation_and_a_leading_article():
    assert fold("Côte d’Ivoire") == "cote divoire"
    assert fold("The  Netherlands") == "netherlands"
    assert fold("Guinea-Bissau") == "guinea bissau"


def test_the_names_are_gathered_once_not_at_every_keystroke(monkeypatch):
    """Gathering every country's names (pycountry, the Dutch translation, CLDR) is the costly part;
    a country field searches at every keystroke, so it is done once per process. (The time per
    keystroke is measured in benchmarks/country_lookup.py, not asserted here.)"""
    import pycountry

    country_lookup._index.cache_clear()
    gathered = []
    real = country_lookup._names_of
    monkeypatch.setattr(country_lookup, "_names_of", lambda c: gathered.append(c.alpha_3) or real(c))
    try:
        for text in ("i", "in", "ind", "indi", "india") * 20:
            assert find_countries(text, "nl")
        assert sorted(gathered) == sorted(c.alpha_3 for c in pycountry.countries)  # each country once
    finally:
        country_lookup._index.cache_clear()  # built again, without the counting wrapper, when next needed
