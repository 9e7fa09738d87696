"""Which columns a kind of table needs, as the preview says it: a file without them is refused whole.

Written from the mutation run of ``briefer/exchange/tables/kinds.py`` (issue 22): each test states what
the organiser's file becomes in the preview (which rows become which records), or the message a user
reads when the file is refused — naming the columns in the English header words — and that nothing
was written.
"""

from __future__ import annotations

import pytest

from briefer.errors import ImportFailed
from briefer.exchange.tables.catalogue import kind
from briefer.exchange.tables.plan import ADD, apply_plan, plan_table
from briefer.exchange.tables.read import read_grid

from tables_world import dutch_csv, with_principals


def plan_csv(store, kind_name: str, header: list[str], *rows: list[str]):
    return plan_table(store, kind(kind_name), read_grid(dutch_csv(header, list(rows)), "lijst.csv"))


def test_a_list_without_a_column_naming_the_person_is_refused_naming_the_columns_it_needs(conference_store):
    with pytest.raises(ImportFailed) as refused:
        plan_csv(conference_store, "people", ["Voornaam", "Land", "Functie"], ["Anna", "Nederland", "Adviseur"])
    assert str(refused.value) == "lijst.csv: no column for 'Family name' or 'Name' or 'E-mail' or 'Id' (header row 1)"
    assert conference_store.people.list() == []


def test_a_request_list_without_a_start_time_is_refused_naming_every_way_to_place_a_meeting(store):
    with_principals(store)
    with pytest.raises(ImportFailed) as refused:
        plan_csv(store, "meetings", ["Bewindspersoon", "Gesprekspartner", "Datum"],
                 ["Marit Oosterhuis", "Indonesië", "19-06-2019"])
    assert str(refused.value) == (
        "lijst.csv: no column for 'Principal' + 'Counterpart' + 'Date' + 'Start' or 'Principal' + 'Counterpart' "
        "+ 'Start' or 'Id' (header row 1)")
    assert store.meetings.list() == []


def test_a_list_of_exactly_the_columns_needed_is_imported(conference_store):
    """A one-column list of family names: exactly the one column a person needs, no more."""
    plan = plan_csv(conference_store, "people", ["Achternaam"], ["de Vries"], ["Jansen"])
    assert [(r.action, r.what) for r in plan.rows] == [(ADD, "de Vries"), (ADD, "Jansen")]
    apply_plan(conference_store, plan)
    assert sorted(p.family_name for p in conference_store.people.list()) == ["Jansen", "de Vries"]


def test_a_delegation_list_carries_each_persons_details_and_the_principals_title(conference_store):
    """A delegation list holds every column of a people list (here the minister's title) besides the role."""
    plan = plan_csv(conference_store, "delegations",
                    ["Aanhef", "Voornaam", "Achternaam", "Land", "Titel bewindspersoon", "Rol"],
                    ["Dr", "Marit", "Oosterhuis", "Nederland", "Minister voor Gezondheid", "hoofd"],
                    ["", "Anna", "de Vries", "Nederland", "", "adviseur"])
    assert [(r.action, r.what) for r in plan.rows] == [(ADD, "Marit Oosterhuis"), (ADD, "Anna de Vries")], \
        [r.line() for r in plan.rows]
    apply_plan(conference_store, plan)
    people = {p.family_name: p for p in conference_store.people.list()}
    assert people["Oosterhuis"].principal_title == "Minister voor Gezondheid"
    assert people["Oosterhuis"].honorific == "Dr"
    (dutch,) = conference_store.delegations.list()
    assert dutch.head_id == people["Oosterhuis"].id and len(dutch.members) == 2
