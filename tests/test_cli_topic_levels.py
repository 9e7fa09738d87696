"""``briefer topic``: an indicator on a scale of levels, defined at the terminal, and definitions that cannot work.

A health conference tracks each country's national action plan on a scale of stages, typed as
``--level CODE=TEXT`` (a Dutch text after a bar); what was typed wrong is refused with what to type,
and nothing is stored.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefer.cli import main
from briefer.model import Conference, Country
from briefer.store import Store


@pytest.fixture
def health(data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    with Store.open(data_dir / "briefer.sqlite", user="tester") as s:
        s.conference_repo.add(Conference(name="Health assembly", start_date=date(2025, 5, 19),
                                         end_date=date(2025, 5, 27), city="Geneva", timezone="Europe/Zurich"))
        s.countries.add(Country(iso3="KEN"))
    return data_dir


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_an_indicator_on_a_scale_of_stages_is_defined_with_its_levels_and_read_in_both_languages(health, capsys):
    assert run(capsys, "topic", "new", "Antimicrobial resistance", "--nl", "Antimicrobiële resistentie")[0] == 0
    code, out, err = run(capsys, "topic", "indicator", "Antimicrobial resistance", "Action plan stage",
                         "--nl", "Fase actieplan", "--scale", "levels", "--chart",
                         "--level", "A=No plan|Geen plan", "--level", " B = Drafted ", "--level", "", "--level", "C=Approved")
    assert code == 0, err
    assert out.strip() == "indicator 'Action plan stage' (levels) added to 'Antimicrobial resistance'"
    code, out, _ = run(capsys, "topic", "list")
    assert out.splitlines()[3].split() == ["Action", "plan", "stage", "Fase", "actieplan", "levels", "A", "B", "C",
                                           "brief,", "chart"]
    [profile] = _profiles(health)
    [stage] = profile.indicators
    assert [(lv.code, lv.text_en, lv.text_nl) for lv in stage.levels] == [
        ("A", "No plan", "Geen plan"), ("B", "Drafted", ""), ("C", "Approved", "")]
    assert (stage.display("A", "nl"), stage.display("A"), stage.display("B", "nl")) == (
        "A — Geen plan", "A — No plan", "B — Drafted")
    # a country's stage typed in lower case is the level's code
    code, out, err = run(capsys, "topic", "set", "Fase actieplan", "Kenya", "b", "--source", "TrACSS 2024")
    assert code == 0, err
    assert out.strip() == "Action plan stage for Kenya: B — Drafted"


@pytest.mark.parametrize("argv, words", [
    (("--scale", "levels", "--level", "No plan"), "level 'No plan' must be CODE=TEXT, e.g. 'A=No plan'"),
    (("--scale", "levels", "--level", "A=No plan", "--level", " =Drafted"), "level '=Drafted' must be CODE=TEXT"),
    (("--scale", "year", "--level", "A=Before 2030"), "indicator 'Target' has levels but its scale is year"),
])
def test_levels_typed_wrong_or_given_to_another_scale_are_refused_and_nothing_is_stored(health, capsys, argv, words):
    assert run(capsys, "topic", "new", "Antimicrobial resistance")[0] == 0
    code, out, err = run(capsys, "topic", "indicator", "Antimicrobial resistance", "Target", *argv)
    assert code != 0 and words in err and "Traceback" not in err
    assert [p.indicators for p in _profiles(health)] == [[]]


def test_a_profile_or_an_indicator_without_a_name_is_refused(health, capsys):
    code, _, err = run(capsys, "topic", "new", "   ")
    assert code != 0 and "a topic profile's English name must not be empty" in err
    assert _profiles(health) == []
    assert run(capsys, "topic", "new", "Antimicrobial resistance")[0] == 0
    code, _, err = run(capsys, "topic", "indicator", "Antimicrobial resistance", "  ", "--nl", "Fase")
    assert code != 0 and "an indicator's English name must not be empty" in err
    assert [p.indicators for p in _profiles(health)] == [[]]


def _profiles(data_dir):
    with Store.open(data_dir / "briefer.sqlite", user="tester") as s:
        return s.topic_profiles.list()
