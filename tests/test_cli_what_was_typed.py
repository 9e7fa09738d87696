"""The command line finds the person or organisation a user typed: a whole id copied from
`briefer list`, part of a name, or nothing found — said in words, never a traceback."""

from __future__ import annotations

import pytest

from briefer.cli import main
from briefer.store import Store


@pytest.fixture
def demo(data_dir, capsys):
    assert main(["demo"]) == 0
    capsys.readouterr()
    return data_dir


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def person_named(data_dir, family_name: str):
    with Store.open(data_dir / "briefer.sqlite", user="t") as store:
        (p,) = [p for p in store.people.list() if p.family_name == family_name]
        return p


def test_a_whole_id_copied_from_a_listing_finds_that_person(demo, capsys):
    ghana = person_named(demo, "Asante-Mensah")
    for typed in (ghana.id, ghana.id.upper(), f"  {ghana.id} "):  # as pasted: any case, stray spaces
        code, out, err = run(capsys, "show", "person", typed)
        assert code == 0, err
        assert out.splitlines()[0] == "Hon. Kwame Asante-Mensah"
        assert f"id:            {ghana.id}" in out


def test_part_of_one_persons_name_finds_that_person(demo, capsys):
    """"Asante" is nobody's whole name, but only one person's name holds it: that person is meant."""
    code, out, err = run(capsys, "show", "person", "Asante")
    assert code == 0, err
    assert out.splitlines()[0] == "Hon. Kwame Asante-Mensah"


def test_a_name_nobody_has_is_said_so_with_where_to_look(demo, capsys):
    code, out, err = run(capsys, "show", "person", "Nobody")
    assert code != 0 and out == ""
    assert err.strip() == "briefer: error: no person called 'Nobody' (try 'briefer list people')"


@pytest.mark.parametrize("typed", ["", "   "])
def test_history_of_nothing_typed_is_refused_in_words(demo, capsys, typed):
    """`briefer history ""` (an empty shell variable): no country, organisation or person is named."""
    code, out, err = run(capsys, "history", typed)
    assert code != 0 and out == ""
    assert err.strip() == (f"briefer: error: '{typed}' is not a country, organisation or person of this "
                           "conference (try 'briefer organisation list' or 'briefer list people')")


def test_a_name_several_people_share_lists_them_and_chooses_none(demo, capsys):
    """"van" is in three names (Văn read as van): the user is shown whom it could mean and
    asked for more — nobody is picked for them, nothing is shown as if it were the one."""
    code, out, err = run(capsys, "show", "person", "van")
    assert code != 0 and out == ""
    assert err.strip() == ("briefer: error: 'van' matches 3 people (Priya Raghavan, Trần Văn Đức, Joris van Leeuwen); "
                           "be more specific or give the id")
