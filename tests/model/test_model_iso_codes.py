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
