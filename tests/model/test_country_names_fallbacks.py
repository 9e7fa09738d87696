"""Countries keep their everyday names when the app's name table is missing or damaged, or CLDR lacks a country.

The table (resources/country_names.json) only saves start-up time: an install that lost it, or a
file cut short by a full disk, must still say "South Korea" and "het Verenigd Koninkrijk".
"""

from __future__ import annotations

import pytest

from briefer.model import country_names


@pytest.fixture
def fresh_caches():
    """The names' caches emptied before and after (the cached functions themselves: a test may patch the module)."""
    clears = [getattr(f, "cache_clear", lambda: None) for f in (country_names._table, country_names.country_name)]
    for clear in clears:
        clear()
    yield
    for clear in clears:
        clear()


def _names():
    return (country_names.country_name("KOR"), country_names.country_name("KOR", "nl"),
            country_names.country_name("GBR", "nl", article=True), country_names.country_name("XXX"))


@pytest.mark.parametrize("damage", ["missing", "cut short", "not text"])
def test_without_a_readable_name_table_the_names_are_computed(fresh_caches, tmp_path, monkeypatch, damage):
    table = tmp_path / "country_names.json"
    if damage == "cut short":
        table.write_text('{"KOR": ["South Korea", "Zuid-K', encoding="utf-8")
    elif damage == "not text":
        table.write_bytes(b"\xff\xfe\x00garbage")
    monkeypatch.setattr(country_names, "TABLE", (str(table),))
    assert _names() == ("South Korea", "Zuid-Korea", "het Verenigd Koninkrijk", "XXX")


def test_a_country_cldr_does_not_name_is_named_as_iso_3166_writes_it(fresh_caches, monkeypatch):
    """A code pycountry knows and CLDR (babel) not yet: its ISO name, in Dutch from pycountry's translation."""
    monkeypatch.setattr(country_names, "_table", lambda: {})
    monkeypatch.setattr(country_names, "_cldr", lambda alpha_2, lang: "")
    assert country_names.country_name("BOL") == "Bolivia"  # ISO's common name, not "Bolivia, Plurinational State of"
    assert country_names.country_name("DEU", "nl") == "Duitsland"
    assert country_names.country_name("DEU") == "Germany"  # no common name: ISO's own


def test_names_cldr_writes_for_menus_are_never_a_countrys_name(fresh_caches, monkeypatch):
    """Without the curated names, "Congo - Kinshasa" and "Myanmar (Burma)" (CLDR's menu forms) are not taken."""
    monkeypatch.setattr(country_names, "_CURATED", {"en": {}, "nl": {}})
    monkeypatch.setattr(country_names, "_table", lambda: {})
    names = {(c, lang): country_names.country_name(c, lang) for c in ("COD", "COG", "MMR") for lang in ("en", "nl")}
    assert [n for n in names.values() if " - " in n or "Burma" in n or "Birma" in n] == []
    assert names[("MMR", "en")] == "Myanmar"
