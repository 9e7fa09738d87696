"""Country names people use, in English and Dutch, with articles for running text; official names for facts."""

from __future__ import annotations

import pycountry
import pytest

from briefer.model import Meeting, country_name
from briefer.model.country_names import official_country_name


@pytest.mark.parametrize(("iso3", "en", "nl"), [
    ("KOR", "South Korea", "Zuid-Korea"),
    ("PRK", "North Korea", "Noord-Korea"),
    ("COD", "Democratic Republic of the Congo", "Democratische Republiek Congo"),
    ("COG", "Republic of the Congo", "Republiek Congo"),
    ("BOL", "Bolivia", "Bolivia"),
    ("PSE", "Palestine", "Palestina"),
    ("RUS", "Russia", "Rusland"),
    ("VEN", "Venezuela", "Venezuela"),
    ("MDA", "Moldova", "Moldavië"),
    ("KNA", "Saint Kitts and Nevis", "Saint Kitts en Nevis"),
    ("TUR", "Türkiye", "Turkije"),
    ("AZE", "Azerbaijan", "Azerbeidzjan"),
])
def test_short_names_people_use(iso3, en, nl):
    assert (country_name(iso3, "en"), country_name(iso3, "nl")) == (en, nl)


def test_no_country_is_named_in_a_registers_inverted_form():
    for c in pycountry.countries:
        for lang in ("en", "nl"):
            name = country_name(c.alpha_3, lang)
            assert "," not in name and " - " not in name and "&" not in name, (c.alpha_3, lang, name)
            assert "SAR" not in name and "U.S." not in name and "St. " not in name, (c.alpha_3, lang, name)


@pytest.mark.parametrize(("iso3", "en", "nl"), [
    ("GBR", "the United Kingdom", "het Verenigd Koninkrijk"),
    ("NLD", "the Netherlands", "Nederland"),
    ("COD", "the Democratic Republic of the Congo", "de Democratische Republiek Congo"),
    ("PHL", "the Philippines", "de Filipijnen"),
    ("DEU", "Germany", "Duitsland"),
])
def test_running_text_takes_the_article(iso3, en, nl):
    assert country_name(iso3, "en", article=True) == en
    assert country_name(iso3, "nl", article=True) == nl


def test_a_bilateral_is_with_the_united_kingdom():
    from datetime import datetime, timezone

    m = Meeting(start=datetime(2024, 11, 12, 17, tzinfo=timezone.utc), end=datetime(2024, 11, 12, 18, tzinfo=timezone.utc),
                principal_id="p", counterpart_country="GBR")
    assert m.label("en") == "Bilateral with the United Kingdom"
    assert m.label("nl") == "Bilateraal met het Verenigd Koninkrijk"


def test_the_official_name_stays_available_in_reading_order():
    assert official_country_name("KOR") == "Republic of Korea"
    assert official_country_name("KOR", "nl") == "Republiek Korea"
    assert official_country_name("BOL") == "Plurinational State of Bolivia"
    assert official_country_name("PSE") == "The State of Palestine"
    assert official_country_name("GBR", "nl") == "Verenigd Koninkrijk van Groot-Brittannië en Noord-Ierland"
