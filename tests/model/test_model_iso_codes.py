"""The validators' ISO code sets are pycountry's codes, read from its data files without its objects."""

from __future__ import annotations

import pycountry
import pytest
from pydantic import ValidationError

from briefer.model import Country, Meeting
from briefer.model.iso_codes import country_codes, language_codes


def test_the_country_codes_are_pycountrys_alpha_3_codes():
    assert country_codes() == {c.alpha_3 for c in pycountry.countries}
    assert {"NLD", "IDN", "GBR"} <= country_codes() and "XXX" not in country_codes()


def test_the_language_codes_are_pycountrys_two_and_three_letter_codes():
    expected = {getattr(lang, "alpha_2", None) for lang in pycountry.languages} | {
        lang.alpha_3 for lang in pycountry.languages}
    expected.discard(None)
    assert language_codes() == expected
    assert len(language_codes()) > 8000


@pytest.mark.parametrize("code", ["fr", "FRA", " id ", "ind", "nld"])
def test_a_known_language_is_kept_lower_case(code):
    m = Meeting(principal_id="p", counterpart_country="IDN", interpreter_language=code,
                start="2030-01-01T09:00:00Z", end="2030-01-01T09:30:00Z")
    assert m.interpreter_language == code.strip().lower()


@pytest.mark.parametrize("code", ["xx", "klingon", "zzz", "f"])
def test_an_unknown_language_or_country_is_refused(code):
    with pytest.raises(ValidationError, match="is not an ISO 639 language code"):
        Meeting(principal_id="p", counterpart_country="IDN", interpreter_language=code,
                start="2030-01-01T09:00:00Z", end="2030-01-01T09:30:00Z")
    with pytest.raises(ValidationError, match="is not an ISO 3166 alpha-3 country code"):
        Country(iso3=code.upper()[:3].ljust(3, "Q"))


def test_pycountrys_code_files_are_read_once_however_many_records_are_checked(monkeypatch):
    """Every bilateral read is validated (Today's first read at start-up, lists of thousands): the code files
    (~1 MB of JSON for the languages) are read once per process, not once per record."""
    from briefer.model import iso_codes

    reads = []
    real = iso_codes._entries
    monkeypatch.setattr(iso_codes, "_entries", lambda database, key: reads.append(database) or real(database, key))
    country_codes.cache_clear()
    language_codes.cache_clear()
    try:
        for i in range(200):
            Meeting(principal_id="p", counterpart_country=("IDN", "GHA", "NLD")[i % 3], interpreter_language="fr",
                    start="2030-01-01T09:00:00Z", end="2030-01-01T09:30:00Z")
            Country(iso3=("IDN", "GHA", "NLD")[i % 3])
        assert sorted(reads) == ["iso3166-1", "iso639-3"]
    finally:
        country_codes.cache_clear()
        language_codes.cache_clear()
