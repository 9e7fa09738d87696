"""The country-name table the app reads is what the naming rules compute (tools/build_country_names.py)."""

from __future__ import annotations

import json

from briefer.model import country_names
from briefer.resources import resource_path


def test_the_table_holds_every_countrys_computed_names():
    table = json.loads(resource_path(*country_names.TABLE).read_text(encoding="utf-8"))
    assert table == country_names.build_table(), "run python tools/build_country_names.py"


def test_names_from_the_table_and_without_it_are_the_same(monkeypatch):
    codes = ["GBR", "NLD", "COD", "KOR", "PSE", "VAT", "USA", "IDN", "gbr", "XXX"]
    read = {(c, lang, art): country_names.country_name(c, lang, art)
            for c in codes for lang in ("en", "nl") for art in (False, True)}
    country_names.country_name.cache_clear()
    monkeypatch.setattr(country_names, "_table", lambda: {})
    try:
        computed = {(c, lang, art): country_names.country_name(c, lang, art)
                    for c in codes for lang in ("en", "nl") for art in (False, True)}
    finally:
        country_names.country_name.cache_clear()
    assert read == computed
    assert read[("GBR", "nl", True)] == "het Verenigd Koninkrijk" and read[("XXX", "en", False)] == "XXX"
