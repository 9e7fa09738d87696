"""Indicator scales read what an advisor types and print it in the reader's language."""

from __future__ import annotations

import pytest

from briefer.model import Indicator, Scale, ScaleLevel


def test_each_scale_accepts_its_values_and_names_what_it_wants():
    yes_no = Indicator(name_en="NDC submitted", name_nl="NDC ingediend", scale=Scale.YES_NO)
    assert [yes_no.check(v) for v in ("Yes", "ja", "nee", "N", "")] == ["yes", "yes", "no", "no", ""]
    assert (yes_no.display("yes", "nl"), yes_no.display("no", "en")) == ("Ja", "No")
    year = Indicator(name_en="Net-zero target year", scale=Scale.YEAR)
    assert year.check(" 2050 ") == "2050"
    number = Indicator(name_en="Share", scale=Scale.NUMBER)
    assert number.check("3,5") == "3.5"
    levels = Indicator(name_en="Stage", scale=Scale.LEVELS,
                       levels=[ScaleLevel(code="A", text_en="None", text_nl="Geen"), ScaleLevel(code="B", text_en="Some")])
    assert levels.check("b") == "B" and levels.display("A", "nl") == "A — Geen" and levels.display("B", "nl") == "B — Some"
    for ind, bad, words in ((yes_no, "maybe", "not yes or no"), (year, "2050s", "not a year"),
                            (number, "many", "not a number"), (levels, "C", r"not one of its levels \(A, B\)")):
        with pytest.raises(ValueError, match=words):
            ind.check(bad)


def test_an_indicator_definition_that_cannot_work_is_refused():
    with pytest.raises(ValueError, match="has no levels"):
        Indicator(name_en="Stage", scale=Scale.LEVELS)
    with pytest.raises(ValueError, match="only a levels scale can be drawn"):
        Indicator(name_en="Year", scale=Scale.YEAR, chart=True)
    with pytest.raises(ValueError, match="names a level twice"):
        Indicator(name_en="Stage", scale=Scale.LEVELS, levels=[ScaleLevel(code="A"), ScaleLevel(code="a")])
