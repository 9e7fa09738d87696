"""A delegation list that names the same person twice: the preview says so, row by row — never a silent drop.

A member has one role in a delegation. When an organiser's list gives one person two rows with two
different roles (head in row 2, interpreter in row 3), the advisor must see that in the preview: the
second row is refused, naming the earlier row and both roles, and nothing is written until the advisor
keeps one row (or chooses to import the others, which keeps the role of the row that was accepted).
"""

from __future__ import annotations

import pytest

from briefer.errors import ImportFailed
from briefer.exchange.tables.catalogue import kind, preview_file
from briefer.exchange.tables.plan import ADD, REFUSED, UNCHANGED, UPDATE, apply_plan, plan_table
from briefer.exchange.tables.read import read_grid
from briefer.model import Delegation, DelegationMember, MemberRole, Person

from tables_world import DELEGATION_HEADER, dutch_csv


def _row(given, family, role, country="Nederland", mail=""):
    return [given, family, country, "Beleidsmedewerker", mail or f"{given}.{family}@minbuza.nl".lower().replace(" ", ""),
            role]


def _plan(store, rows):
    return plan_table(store, kind("delegations"), read_grid(dutch_csv(DELEGATION_HEADER, rows), "delegatie.csv"))


def test_one_person_twice_with_two_roles_refuses_the_second_row_naming_the_first_and_both_roles(
        conference_store, tmp_path):
    rows = [_row("Anna", "de Vries", "hoofd"), _row("Anna", "de Vries", "tolk"), _row("Bram", "Jansen", "notulist")]
    path = tmp_path / "delegatie.csv"
    path.write_bytes(dutch_csv(DELEGATION_HEADER, rows, title="Delegatielijst Nederland"))
    plan = preview_file(conference_store, "delegations", path)
    lines = [r.line() for r in plan.rows]
    assert [(r.row, r.action) for r in plan.rows] == [(4, ADD), (5, REFUSED), (6, ADD)], lines
    refused = plan.rows[1]
    assert refused.what == "Anna de Vries"
    assert refused.reason == ("Anna de Vries is also in row 4 as head of the delegation of Netherlands, here as "
                              "interpreter; a person has one role in a delegation: keep one row"), lines
    assert plan.summary() == "2 to add, 0 to update, 0 unchanged, 1 refused"

    # the refused file changes nothing
    with pytest.raises(ImportFailed, match="nothing was imported: 1 row"):
        apply_plan(conference_store, plan)
    assert conference_store.people.list() == [] and conference_store.delegations.list() == []

    # the advisor imports the other rows: Anna is head, as the accepted row says, and there once
    apply_plan(conference_store, plan, skip_refused=True)
    people = {p.family_name: p for p in conference_store.people.list()}
    assert sorted(people) == ["Jansen", "de Vries"]
    (dutch,) = conference_store.delegations.list()
    assert [(m.person_id, m.role) for m in dutch.members] == [
        (people["de Vries"].id, MemberRole.HEAD), (people["Jansen"].id, MemberRole.NOTE_TAKER)]


def test_the_same_person_twice_with_the_same_role_is_the_same_row_again(conference_store):
    plan = _plan(conference_store, [_row("Anna", "de Vries", "adviseur"), _row("Anna", "de Vries", "adviser")])
    assert [r.line() for r in plan.rows] == [
        "row 2: add Anna de Vries — joins the delegation of Netherlands (adviser)",
        "row 3: unchanged Anna de Vries — the same as row 2"]
    apply_plan(conference_store, plan)
    (dutch,) = conference_store.delegations.list()
    assert [m.role for m in dutch.members] == [MemberRole.ADVISER]


def test_a_stored_member_listed_twice_with_two_new_roles_is_refused_and_keeps_the_stored_role(conference_store):
    store = conference_store
    anna = store.people.add(Person(given_name="Anna", family_name="de Vries", country="NLD",
                                   position="Beleidsmedewerker", email="anna.devries@minbuza.nl"))
    store.delegations.add(Delegation(country="NLD", host=True,
                                     members=[DelegationMember(person_id=anna.id, role=MemberRole.ADVISER)]))
    plan = _plan(store, [_row("Anna", "de Vries", "pers"), _row("Anna", "de Vries", "woordvoerder"),
                         _row("Anna", "de Vries", "beveiliging")])
    assert [(r.row, r.action) for r in plan.rows] == [(2, UPDATE), (3, UNCHANGED), (4, REFUSED)], \
        [r.line() for r in plan.rows]
    assert plan.rows[0].reason == "role in the delegation of Netherlands: press"
    assert plan.rows[1].reason == "the same as row 2"  # "woordvoerder" is press too
    assert plan.rows[2].reason == ("Anna de Vries is also in row 2 as press of the delegation of Netherlands, "
                                   "here as security; a person has one role in a delegation: keep one row")
    with pytest.raises(ImportFailed):
        apply_plan(store, plan)
    assert store.delegations.list()[0].members[0].role == MemberRole.ADVISER


def test_one_person_in_two_delegations_joins_both_and_the_preview_says_so(conference_store):
    header = DELEGATION_HEADER + ["Delegatie"]
    rows = [_row("Anna", "de Vries", "adviseur") + ["Nederland"], _row("Anna", "de Vries", "adviseur") + ["Duitsland"]]
    plan = plan_table(conference_store, kind("delegations"), read_grid(dutch_csv(header, rows), "delegatie.csv"))
    assert [r.line() for r in plan.rows] == [
        "row 2: add Anna de Vries — joins the delegation of Netherlands (adviser)",
        "row 3: update Anna de Vries — joins the delegation of Germany (adviser) as well"]
    apply_plan(conference_store, plan)
    (anna,) = conference_store.people.list()
    members = {d.label(): [(m.person_id, m.role) for m in d.members] for d in conference_store.delegations.list()}
    assert members == {"Netherlands": [(anna.id, MemberRole.ADVISER)], "Germany": [(anna.id, MemberRole.ADVISER)]}
