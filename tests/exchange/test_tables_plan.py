"""The preview of an organiser's file and its writing, as the user meets them.

Written from the mutation run of ``briefer/exchange/tables/plan.py`` (issue 22): which rows of the file become
rows of the preview (a note typed beside the list is none), what a refused row is called and why, what
the message says when the import is stopped by refused rows, and that importing the same file again writes
nothing and keeps no backup for it — each on a real SQLite store and real CSV or xlsx files.
"""

from __future__ import annotations

import pytest

from briefer.errors import ImportFailed
from briefer.exchange.tables.catalogue import kind
from briefer.exchange.tables.plan import ADD, REFUSED, UNCHANGED, apply_plan, plan_table
from briefer.exchange.tables.read import read_grid
from briefer.store.wholefile.backup import list_backups

from tables_world import DELEGATION_HEADER, REQUEST_HEADER, delegation_rows, dutch_csv, with_principals


def plan_csv(store, kind_name: str, data: bytes, name: str = "lijst.csv", mapping=None):
    return plan_table(store, kind(kind_name), read_grid(data, name), mapping)


def revisions(store) -> dict:
    return {p.id: p.revision for p in store.people.list()}


def test_a_note_typed_beside_the_list_is_not_a_row_of_it(conference_store):
    """An organiser's remark in a column without a header ("2 namen volgen nog"), the column left out as the
    refusal of the file advises (--map D=-): the remark's row is no person to refuse."""
    text = ("Voornaam;Achternaam;Land;\r\n"
            "Anna;de Vries;Nederland;\r\n"
            ";;;2 namen volgen nog\r\n"
            "Bram;Jansen;Nederland;\r\n")
    with pytest.raises(ImportFailed, match="column D holds values but has no header"):
        plan_csv(conference_store, "people", text.encode("cp1252"))
    plan = plan_csv(conference_store, "people", text.encode("cp1252"), mapping={"D": "-"})
    assert [(r.row, r.action, r.what) for r in plan.rows] == [(2, ADD, "Anna de Vries"), (4, ADD, "Bram Jansen")], \
        [r.line() for r in plan.rows]
    assert plan.summary() == "2 to add, 0 to update, 0 unchanged, 0 refused"
    apply_plan(conference_store, plan)
    assert sorted(p.full_name for p in conference_store.people.list()) == ["Anna de Vries", "Bram Jansen"]


def test_the_import_stopped_by_refused_rows_names_the_first_and_writes_nothing(conference_store):
    rows = delegation_rows(4)
    rows[1][2] = "Indonsia"
    rows[3][2] = "Atlantis"
    plan = plan_csv(conference_store, "delegations", dutch_csv(DELEGATION_HEADER, rows))
    assert [r.row for r in plan.refused] == [3, 5]
    with pytest.raises(ImportFailed) as stopped:
        apply_plan(conference_store, plan)
    message = str(stopped.value)
    assert message.startswith("lijst.csv: nothing was imported: 2 rows refused (row 3: refused Bram Jansen — "
                              "'Indonsia' is not a country"), message
    assert message.endswith(", …)"), message
    assert conference_store.people.list() == [] and conference_store.delegations.list() == []

    rows[3][2] = "Nederland"  # one refused row left: named, and no "…" for others
    plan = plan_csv(conference_store, "delegations", dutch_csv(DELEGATION_HEADER, rows))
    with pytest.raises(ImportFailed) as stopped:
        apply_plan(conference_store, plan)
    message = str(stopped.value)
    assert "1 row refused (row 3: refused Bram Jansen — 'Indonsia' is not a country" in message, message
    assert message.endswith(")") and "…" not in message, message
    assert conference_store.people.list() == []


def test_the_same_file_imported_again_writes_nothing_and_keeps_no_backup(conference_store):
    data = dutch_csv(DELEGATION_HEADER, delegation_rows(3))
    first = plan_csv(conference_store, "delegations", data)
    assert apply_plan(conference_store, first) == 4  # three people and their delegation
    backups = list_backups(conference_store.backup_dir)
    assert [b.reason for b in backups] == ["import"]  # the store held the conference: it was kept first
    before = revisions(conference_store)

    again = plan_csv(conference_store, "delegations", data)
    assert [r.action for r in again.rows] == [UNCHANGED] * 3 and again.writes == []
    assert apply_plan(conference_store, again) == 0
    assert list_backups(conference_store.backup_dir) == backups  # nothing written, nothing to keep
    assert revisions(conference_store) == before


def test_a_refused_row_is_named_by_its_own_cells(store):
    """A request refused is called by its principal and counterpart, a long name cut at 60 characters."""
    with_principals(store)
    long_name = "Bruno " + "Bruinsma-" * 8 + "Bruins"
    just_fits = "Bruno " + "Bruinsma-" * 4 + "van Bruijns"
    assert len(just_fits + ", Ghana") == 60
    data = dutch_csv(REQUEST_HEADER, [["Marit Oosterhuis", "Indonsia", "19-6-2019", "10:00", "10:30", ""],
                                      [long_name, "Ghana", "19-6-2019", "11:00", "11:30", ""],
                                      [just_fits, "Ghana", "19-6-2019", "12:00", "12:30", ""]])
    plan = plan_csv(store, "meetings", data)
    assert [(r.row, r.action) for r in plan.rows] == [(2, REFUSED), (3, REFUSED), (4, REFUSED)], \
        [r.line() for r in plan.rows]
    assert plan.rows[0].what == "Marit Oosterhuis, Indonsia"
    what = plan.rows[1].what
    assert len(what) == 60 and what.endswith("…") and what == (long_name + ", Ghana")[:59] + "…"
    assert plan.rows[2].what == just_fits + ", Ghana" and len(plan.rows[2].what) == 60


def requests(*rows: list[str]) -> bytes:
    return dutch_csv(REQUEST_HEADER, [list(r) for r in rows])


def test_the_preview_shows_the_conflicts_of_the_imported_meetings_only_in_the_readers_language(store):
    with_principals(store)
    double = requests(["Marit Oosterhuis", "Ghana", "19-6-2019", "10:00", "10:30", ""],
                      ["Marit Oosterhuis", "Kenia", "19-6-2019", "10:15", "10:45", ""])
    plan = plan_table(store, kind("meetings"), read_grid(double, "verzoeken.csv"), lang="nl")
    assert plan.conflicts[0].startswith("fout: Marit Oosterhuis moet op twee plaatsen tegelijk zijn: "
                                        "'Bilateraal met Ghana'"), plan.conflicts
    apply_plan(store, plan)

    # a later list with one other request: the stored double booking is not this file's, so not shown
    plan = plan_csv(store, "meetings", requests(["Zijlstra", "Ghana", "20-6-2019", "10:00", "10:30", ""]))
    assert plan.conflicts == ["warning: the bilateral 'Bilateral with Ghana' (Thu 20 Jun 10:00–10:30) has no room yet"]

    # the organisers cancel the request to Kenya: a cancelled meeting is in no one's way
    plan = plan_csv(store, "meetings", requests(["Marit Oosterhuis", "Kenia", "19-6-2019", "10:15", "10:45",
                                                 "geannuleerd"]))
    assert [r.line() for r in plan.rows] == ["row 2: update Bilateral with Kenya, 19-06-2019 10:15 — changes status"]
    assert plan.conflicts == []


def test_a_request_list_typed_by_hand_days_without_a_year_and_rows_cut_short(store):
    """Days as people type them ("20 juni", "20-6") are in the conference's year, whatever today is; a row
    that stops after its start time (no end, no status: a hand-written CSV leaves the separators out) is read."""
    with_principals(store)
    data = requests(["Marit Oosterhuis", "Ghana", "20 juni", "10:00", "10:30", ""],
                    ["Zijlstra", "Kenia", "20-6", "11:00"])
    plan = plan_csv(store, "meetings", data)
    assert [r.line() for r in plan.rows] == ["row 2: add Bilateral with Ghana, 20-06-2019 10:00",
                                             "row 3: add Bilateral with Kenya, 20-06-2019 11:00"]
    apply_plan(store, plan)
    kenya = next(m for m in store.meetings.list() if m.counterpart_country == "KEN")
    assert kenya.minutes == 30  # no end given: the usual half hour


def test_a_person_deleted_between_the_preview_and_the_import_stops_it_whole(conference_store):
    """The preview is open while someone deletes a person it updates: nothing is written, and the message says why."""
    from briefer.model import Person

    bram = conference_store.people.add(Person(given_name="Bram", family_name="Jansen", country="NLD",
                                              email="bram@minvws.nl"))
    data = dutch_csv(["Voornaam", "Achternaam", "Land", "E-mailadres", "Functie"],
                     [["Anna", "de Vries", "Nederland", "anna@minvws.nl", "adviseur"],
                      ["Bram", "Jansen", "Nederland", "bram@minvws.nl", "directeur"]])
    plan = plan_csv(conference_store, "people", data)
    assert [r.line() for r in plan.rows] == ["row 2: add Anna de Vries", "row 3: update Bram Jansen — changes position"]
    conference_store.people.delete(bram.id)
    with pytest.raises(ImportFailed) as stopped:
        apply_plan(conference_store, plan)
    assert str(stopped.value) == f"lijst.csv: nothing was imported: no person with id {bram.id} (was it deleted?)"
    assert conference_store.people.list() == []  # Anna, written first, rolled back with the rest


def test_a_request_list_imported_again_previews_unchanged_with_no_conflicts(tmp_path, capsys):
    """The organisers send the same list again: every request unchanged, no conflict listed, nothing written."""
    from briefer.cli import main
    from briefer.store import Store

    store = Store.open(tmp_path / "briefer.sqlite", user="tester")
    with_principals(store)
    store.close()
    f = tmp_path / "verzoeken.csv"
    f.write_bytes(requests(["Marit Oosterhuis", "Ghana", "19-6-2019", "10:00", "10:30", ""]))
    assert main(["--data-dir", str(tmp_path), "import-table", "meetings", str(f)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path), "import-table", "meetings", str(f), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [f"dry run, nothing changed: 0 to add, 0 to update, 1 unchanged, 0 refused — {f}"], out


def test_a_delegation_row_with_only_a_name_is_refused_and_named_as_the_person(conference_store):
    """A member typed without country or delegation: refused with the reason, called "Anna de Vries"
    (given and family name as one name, as the rows with more cells are), and nothing written."""
    plan = plan_csv(conference_store, "delegations", dutch_csv(DELEGATION_HEADER, [
        ["Anna", "de Vries", "", "", "", ""],
        ["Bram", "Jansen", "Nederland", "Adviseur", "", "adviseur"]]))
    assert [(r.row, r.action, r.what) for r in plan.rows] == [(2, REFUSED, "Anna de Vries"), (3, ADD, "Bram Jansen")]
    assert plan.rows[0].line() == ("row 2: refused Anna de Vries — no delegation: give the delegation's country "
                                   "(or the person's country)")
    with pytest.raises(ImportFailed):
        apply_plan(conference_store, plan)
    assert conference_store.people.list() == []
