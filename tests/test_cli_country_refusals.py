"""A country typed that names several countries, or none: what the command line and the country picker say.

Each refusal is one line naming what to choose from, or the countries spelled closest — as many as
help, never a guess from two letters — and the text typed is quoted back, cut short only when long.
"""

from __future__ import annotations

import pytest

from briefer.cli import main
from briefer.model.country_lookup import find_countries
from briefer.store import Store


@pytest.fixture
def empty(data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    Store.open(data_dir / "briefer.sqlite", user="tester").close()
    return data_dir


def refusal(capsys, text: str) -> str:
    code = main(["topic", "show", text])
    out, err = capsys.readouterr()
    assert code != 0 and out == "" and err.count("\n") == 1 and "Traceback" not in err
    return err.strip()


def test_saint_could_be_seven_countries_six_are_named_and_the_list_goes_on(empty, capsys):
    assert refusal(capsys, "Saint") == (
        "briefer: error: field 'country': 'Saint' could be Saint Barthélemy (BLM), Saint Helena (SHN), "
        "Saint Kitts and Nevis (KNA), Saint Lucia (LCA), Saint Martin (MAF), Saint Pierre and Miquelon (SPM), … "
        "— give its name or ISO code exactly")


def test_a_misspelt_name_suggests_the_three_closest_countries(empty, capsys):
    # Greenland in Dutch is Groenland; "Grenland" is as close to Greece and Ireland (Griekenland, Ierland)
    assert refusal(capsys, "Grenland") == (
        "briefer: error: field 'country': 'Grenland' is not a country — give its name or ISO code exactly "
        "(did you mean Greenland (GRL), Greece (GRC), Ireland (IRL)?)")


def test_two_letters_that_are_no_code_get_no_guess(empty, capsys):
    assert refusal(capsys, "pc") == "briefer: error: field 'country': 'pc' is not a country — give its name or ISO code exactly"


def test_the_text_typed_is_quoted_whole_up_to_sixty_characters(empty, capsys):
    sixty = "Republic of the Nowhere Islands and the Far Southern Atlantic"[:60]
    assert len(sixty) == 60 and f"'{sixty}' is not a country" in refusal(capsys, sixty)
    assert f"'{sixty[:59]}…' is not a country" in refusal(capsys, sixty + "s")


def test_the_picker_offers_the_netherlands_while_the_netherlands_is_being_typed():
    for typed in ("The", "The N", "The Netherlands"):
        assert "NLD" in find_countries(typed), typed
    assert find_countries("The Netherlands")[0] == "NLD"
