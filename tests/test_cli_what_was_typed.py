"""The command line finds the person or organisation a user typed: a whole id copied from
`briefer list`, part of a name, or nothing found — said in words, never a traceback."""

from __future__ import annotations

import pytest

from tests.conftest import run_cli as run
from briefer.store import Store


@pytest.fixture
def demo(cli_demo):
    return cli_demo


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


def test_an_id_prefix_needs_four_characters(demo, capsys):
    """`briefer list` prints the first 8 characters of an id; 4 of them are enough to name a
    person, 3 are read as (part of) a name — a name nobody has here."""
    ghana = person_named(demo, "Asante-Mensah")
    code, out, err = run(capsys, "show", "person", ghana.id[:4])
    assert code == 0, err
    assert out.splitlines()[0] == "Hon. Kwame Asante-Mensah"
    code, out, err = run(capsys, "show", "person", ghana.id[:3])
    assert code != 0 and out == ""
    assert err.strip() == f"briefer: error: no person called '{ghana.id[:3]}' (try 'briefer list people')"


def test_an_id_prefix_two_records_share_asks_for_more_of_the_id(tmp_path):
    from briefer.errors import Ambiguous
    from briefer.model import Person
    from briefer.store import lookup

    with Store.open(tmp_path / "ids.sqlite", user="t") as store:
        for tail in ("1", "2"):
            store.people.add(Person(id=f"abcd1234-0000-4000-8000-00000000000{tail}", family_name=f"Person {tail}"))
        with pytest.raises(Ambiguous) as told:
            lookup.person(store, "abcd")
        assert told.value.message == "2 person records start with 'abcd'; give more of the id"
        assert lookup.person(store, "abcd1234-0000-4000-8000-000000000002").family_name == "Person 2"


def test_two_people_with_the_very_same_name_are_both_listed_and_neither_chosen(demo, capsys):
    """Two Maria Santos: both are listed to choose from — and not Maria Santos Oliveira, whose name
    only begins with what was typed."""
    for family in ("Santos", "Santos", "Santos Oliveira"):
        assert run(capsys, "person", "add", "--family", family, "--given", "Maria", "--country", "Brazil")[0] == 0
    code, out, err = run(capsys, "show", "person", "Maria Santos")
    assert code != 0 and out == ""
    assert err.strip() == ("briefer: error: 'Maria Santos' matches 2 people (Maria Santos, Maria Santos); "
                           "be more specific or give the id")


def test_a_name_many_people_share_names_five_of_them_and_counts_all(demo, capsys):
    for given in ("Ana", "Bea", "Cas", "Dirk", "Eva", "Fay", "Gus"):
        assert run(capsys, "person", "add", "--family", "Kowalczyk", "--given", given, "--country", "Poland")[0] == 0
    code, out, err = run(capsys, "show", "person", "Kowalczyk")
    assert code != 0 and out == ""
    named = err.split("(", 1)[1].split(")", 1)[0].split(", ")
    assert err.startswith("briefer: error: 'Kowalczyk' matches 7 people (")
    assert len(named) == 5 and all(n.endswith(" Kowalczyk") for n in named)


def test_three_letters_of_an_organisations_name_find_it_two_do_not(demo, capsys):
    """"Org" is inside four organisations' names: they are listed to choose from. "Rl" is inside
    three ("World …") but two letters are too few to search inside names: not found, not a guess."""
    code, out, err = run(capsys, "history", "Org")
    assert code != 0 and out == ""
    assert err.strip() == (
        "briefer: error: 'Org' matches 4 organisations (Food and Agriculture Organization of the United Nations "
        "(FAO), Organisation for Economic Co-operation and Development (OECD), World Health Organization (WHO), "
        "World Organisation for Animal Health (OIE)); give more of the name, or the acronym")
    code, out, err = run(capsys, "history", "Rl")
    assert code != 0 and out == ""
    assert err.strip() == ("briefer: error: 'Rl' is not a country, organisation or person of this conference "
                           "(try 'briefer organisation list' or 'briefer list people')")


def test_many_organisations_matching_are_named_six_and_the_rest_left_to_an_ellipsis(demo, capsys):
    for name in ("Ministry of Health of Freedonia", "Ministry of Health of Genovia",
                 "Ministry of Health of Elbonia", "Ministry of Health of Latveria"):
        assert run(capsys, "organisation", "add", name)[0] == 0
    code, out, err = run(capsys, "history", "Minist")
    assert code != 0 and out == ""
    assert err.strip() == (  # six: every one named, no ellipsis
        "briefer: error: 'Minist' matches 6 organisations (Ministerie van Landbouw, Natuur en Voedselkwaliteit (LNV), "
        "Ministerie van Volksgezondheid, Welzijn en Sport (VWS), Ministry of Health of Elbonia, Ministry of Health of "
        "Freedonia, Ministry of Health of Genovia, Ministry of Health of Latveria); give more of the name, or the "
        "acronym")
    assert run(capsys, "organisation", "add", "Ministry of Health of Ruritania")[0] == 0
    code, out, err = run(capsys, "history", "Minist")  # and the demo's two Dutch ministries ("Ministerie …")
    assert code != 0 and out == ""
    assert err.strip() == (  # six, in the list's order, then an ellipsis for Ruritania's
        "briefer: error: 'Minist' matches 7 organisations (Ministerie van Landbouw, Natuur en Voedselkwaliteit (LNV), "
        "Ministerie van Volksgezondheid, Welzijn en Sport (VWS), Ministry of Health of Elbonia, Ministry of Health of "
        "Freedonia, Ministry of Health of Genovia, Ministry of Health of Latveria, …); give more of the name, or the "
        "acronym")
