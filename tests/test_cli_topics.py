"""``briefer topic``: a second conference defines its own topic (climate) from the command line."""

from __future__ import annotations

from datetime import date

import pytest

from briefer.cli import main
from briefer.model import Conference, Country, CountryBrief
from briefer.store import Store


@pytest.fixture
def cop(data_dir, capsys):
    data_dir.mkdir(parents=True, exist_ok=True)
    with Store.open(data_dir / "briefer.sqlite", user="tester") as s:
        s.conference_repo.add(Conference(name="Climate conference", start_date=date(2024, 11, 11),
                                         end_date=date(2024, 11, 22), city="Baku", timezone="Asia/Baku"))
        s.countries.add(Country(iso3="AZE"))
        s.country_briefs.add(CountryBrief(country="AZE", summary="Host."))
    return data_dir


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def climate(capsys):
    for argv in (("topic", "new", "Climate", "--nl", "Klimaat"),
                 ("topic", "indicator", "Climate", "NDC submitted", "--nl", "NDC ingediend", "--scale", "yes_no",
                  "--in-list"),
                 ("topic", "indicator", "klimaat", "Net-zero target year", "--nl", "Jaar netto nul", "--scale", "year")):
        code, out, err = run(capsys, *argv)
        assert code == 0, err


def test_a_climate_profile_with_values_shows_in_lists_and_briefs(cop, capsys):
    climate(capsys)
    assert run(capsys, "topic", "set", "NDC submitted", "Azerbaijan", "ja", "--source", "UNFCCC", "--year", "2024")[0] == 0
    assert run(capsys, "topic", "set", "jaar netto nul", "AZE", "2050")[0] == 0
    code, out, _ = run(capsys, "list", "countries")
    assert out.splitlines()[0].split() == ["ISO", "Country", "Land", "NDC", "submitted", "Brief"]
    assert out.splitlines()[2].split()[-2:] == ["yes", "draft"]
    code, out, _ = run(capsys, "show", "brief", "AZE")
    assert "NDC submitted: Yes (UNFCCC, 2024)" in out and "Net-zero target year: 2050" in out
    code, out, _ = run(capsys, "topic", "show", "Azerbeidzjan")
    assert "2050" in out and "UNFCCC" in out


@pytest.mark.parametrize("argv, words", [
    (("topic", "set", "Net-zero target year", "AZE", "soon"), "'soon' is not a year"),
    (("topic", "set", "NDC submitted", "AZE", "maybe"), "'maybe' is not yes or no"),
    (("topic", "set", "Sea level", "AZE", "1"), "no indicator called 'Sea level' (known: NDC submitted, Net-zero"),
    (("topic", "set", "NDC submitted", "Atlantis", "yes"), "Atlantis"),
    (("topic", "indicator", "Climate", "Stage", "--scale", "levels"), "has no levels"),
    (("topic", "indicator", "Climate", "ndc submitted"), "two indicators are called 'ndc submitted'"),
    (("topic", "indicator", "Oceans", "Stage"), "no topic profile called 'Oceans'"),
    (("topic", "new", "klimaat"), "already exists"),
])
def test_bad_input_is_named_and_changes_nothing(cop, capsys, argv, words):
    climate(capsys)
    before = run(capsys, "topic", "list", "--json")[1], run(capsys, "topic", "show", "--json")[1]
    code, out, err = run(capsys, *argv)
    assert code != 0 and words in err and "Traceback" not in err
    assert (run(capsys, "topic", "list", "--json")[1], run(capsys, "topic", "show", "--json")[1]) == before


def test_without_a_profile_nothing_topical_is_listed(cop, capsys):
    code, out, _ = run(capsys, "list", "countries")
    assert out.splitlines()[0].split() == ["ISO", "Country", "Land", "Brief"]
    assert "no topic profile" in run(capsys, "topic")[1]


def test_deleting_a_profile_with_values_asks_for_with_values(cop, capsys):
    climate(capsys)
    run(capsys, "topic", "set", "NDC submitted", "AZE", "yes")
    code, _, err = run(capsys, "topic", "delete", "Climate")
    assert code != 0 and "--with-values" in err
    assert run(capsys, "topic", "delete", "Climate", "--with-values")[0] == 0
    assert "no topic profile" in run(capsys, "topic", "list")[1]
    assert run(capsys, "topic", "show", "--json")[1].strip() == "[]"
