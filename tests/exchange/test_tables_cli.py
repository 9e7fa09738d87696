"""``briefer import-table`` and ``briefer template`` as a user runs them."""

from __future__ import annotations

import json

from briefer.cli import main
from briefer.store import Store

from tables_world import DELEGATION_HEADER, delegation_rows, dutch_csv


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def conference(tmp_path):
    from datetime import date

    from briefer.model import Conference

    s = Store.open(tmp_path / "briefer.sqlite")
    s.conference_repo.add(Conference(name="C", start_date=date(2019, 6, 19), end_date=date(2019, 6, 20)))
    s.close()


def people_count(tmp_path) -> int:
    s = Store.open(tmp_path / "briefer.sqlite")
    try:
        return len(s.people.list())
    finally:
        s.close()


def test_dry_run_previews_every_row_and_writes_nothing_then_the_import_writes(tmp_path, capsys):
    conference(tmp_path)
    rows = delegation_rows(4)
    rows[2][2] = "Indonsia"
    f = tmp_path / "delegatie.csv"
    f.write_bytes(dutch_csv(DELEGATION_HEADER, rows, title="Delegatielijst"))
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "import-table", "delegations", str(f), "--dry-run")
    assert code == 0
    assert "row 4: add Anna de Vries — joins the delegation of Netherlands" in out
    assert "row 6: refused Charlotte van den Berg — 'Indonsia' is not a country" in out and "did you mean Indonesia" in out
    assert "dry run, nothing changed: 3 to add, 0 to update, 0 unchanged, 1 refused" in out
    assert people_count(tmp_path) == 0

    code, out, err = run(capsys, "--data-dir", str(tmp_path), "import-table", "delegations", str(f))
    assert code == 7 and "nothing was imported: 1 row refused;" in err and "--skip-refused" in err
    assert people_count(tmp_path) == 0
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "import-table", "delegations", str(f), "--skip-refused")
    assert code == 0 and "imported: 3 added, 0 updated, 0 unchanged, 1 refused (1 row left out) — " in out
    assert people_count(tmp_path) == 3

    rows[2][2] = "Indonesia"
    f.write_bytes(dutch_csv(DELEGATION_HEADER, rows, title="Delegatielijst"))
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "import-table", "delegations", str(f))
    assert code == 0 and "imported: 1 added, 0 updated, 3 unchanged, 0 refused" in out  # the three already in
    assert people_count(tmp_path) == 4
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "import-table", "delegations", str(f), "--json")
    report = json.loads(out)
    assert [r["action"] for r in report["rows"]] == ["unchanged"] * 4 and report["written"] == 0
    assert people_count(tmp_path) == 4


def test_map_and_unknown_columns(tmp_path, capsys):
    conference(tmp_path)
    f = tmp_path / "p.csv"
    f.write_bytes(dutch_csv(["Naam", "Dieet"], [["Anna Vos", "vegan"]]))
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "import-table", "people", str(f))
    assert code == 7 and "unknown column 'Dieet' (column B)" in err and "--map 'Dieet=-'" in err
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "import-table", "people", str(f), "--map", "B=-")
    assert code == 0 and people_count(tmp_path) == 1
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "import-table", "people", str(f), "--map", "Dieet=diet")
    assert code == 7 and "'diet' is not a field of people" in err


def test_a_template_filled_in_imports(tmp_path, capsys):
    from openpyxl import load_workbook

    conference(tmp_path)
    out_file = tmp_path / "mensen.xlsx"
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "template", "people", "-o", str(out_file), "--lang", "nl")
    assert code == 0
    wb = load_workbook(out_file)
    ws = wb.active
    assert [c.value for c in ws[1]][:3] == ["Aanhef", "Voornaam", "Achternaam"]
    assert ws["C2"].value == "de Vries"  # the example row
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "import-table", "people", str(out_file), "--dry-run")
    assert code == 0 and "row 2: add Anna de Vries" in out, out
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "template", "people", "-o", str(tmp_path / "x.ods"))
    assert code != 0 and ".xlsx or .csv" in err


def test_the_sheet_is_chosen_by_name_and_an_organisations_delegation_is_filled(tmp_path, capsys):
    from openpyxl import Workbook

    from briefer.model import Organisation, Person

    conference(tmp_path)
    with Store.open(tmp_path / "briefer.sqlite") as s:
        s.organisations.add(Organisation(name="World Health Organization", acronym="WHO"))
        s.people.add(Person(given_name="Marit", family_name="Oosterhuis", country="NLD", principal_title="Minister"))
    wb = Workbook()
    wb.active.title = "Toelichting"
    wb.active.append(["Vul het tweede blad in"])
    ws = wb.create_sheet("Deelnemers")
    ws.append(["Naam", "Delegatie", "Rol", "Ondersteunt"])
    ws.append(["Hanan Balkhy", "WHO", "hoofd", ""])
    ws.append(["Joost Bakker", "Nederland", "adviseur", "Marit Oosterhuis"])
    f = tmp_path / "deelnemers.xlsx"
    wb.save(f)
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "import-table", "delegations", str(f), "--sheet", "Blad9")
    assert code == 7 and "no sheet called 'Blad9'" in err and "'Deelnemers'" in err
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "import-table", "delegations", str(f), "--sheet", "Deelnemers")
    assert code == 0 and "imported: 2 added" in out, out
    with Store.open(tmp_path / "briefer.sqlite") as s:
        people = {p.family_name: p for p in s.people.list()}
        by_whose = {(d.country, d.organisation_id): d for d in s.delegations.list()}
        who = s.organisations.list()[0]
        assert by_whose[(None, who.id)].head_id == people["Balkhy"].id
        (member,) = by_whose[("NLD", None)].members
        assert member.person_id == people["Bakker"].id
        assert member.serves_principal_id == people["Oosterhuis"].id
