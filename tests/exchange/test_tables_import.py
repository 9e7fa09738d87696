"""Spreadsheet import (issue 16): organisers' files, previewed row by row, written whole or not at all."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from briefer.errors import ImportFailed
from briefer.exchange.tables.catalogue import kind, preview_file
from briefer.exchange.tables.plan import ADD, REFUSED, UNCHANGED, UPDATE, apply_plan, plan_table
from briefer.exchange.tables.read import read_grid
from briefer.model import MemberRole, MeetingStatus, Person

from tables_world import (DELEGATION_HEADER, REQUEST_HEADER, delegation_rows, dutch_csv, request_rows, request_xlsx,
                          with_principals)

AMS = ZoneInfo("Europe/Amsterdam")


def plan_bytes(store, kind_name: str, data: bytes, name: str, mapping=None):
    return plan_table(store, kind(kind_name), read_grid(data, name), mapping)


def state(store) -> dict:
    """Every record with its revision: what "nothing was written" means."""
    out = {}
    for repo in ("people", "delegations", "countries", "country_briefs", "meetings"):
        out[repo] = {r.id: r.revision for r in getattr(store, repo).list()}
    return out


# ---------------------------------------------------------------------- the done-when check
def test_a_60_person_dutch_delegation_list_imports_in_one_step_and_a_corrected_one_changes_only_its_rows(
        conference_store, tmp_path):
    store = conference_store
    rows = delegation_rows(60)
    data = dutch_csv(DELEGATION_HEADER, rows, title="Delegatielijst Nederland")
    plan = plan_bytes(store, "delegations", data, "delegatie.csv")
    assert plan.count(ADD) == 60 and not plan.refused, [r.line() for r in plan.rows if r.action != ADD]
    assert plan.header_row == 3  # below the title row and the blank row
    assert state(store)["people"] == {}  # the preview wrote nothing
    apply_plan(store, plan)
    people = {p.family_name: p for p in store.people.list()}
    assert len(people) == 60
    assert people["Müller"].email == "charlotte.muller@minvws.nl" and people["Çelik"].country == "NLD"
    (dutch,) = store.delegations.list()
    assert dutch.country == "NLD" and dutch.host and len(dutch.members) == 60
    assert dutch.head_id == people["de Vries"].id
    roles = {m.person_id: m.role for m in dutch.members}
    assert roles[people["Jansen"].id] == MemberRole.NOTE_TAKER

    before = state(store)
    corrected = [list(r) for r in rows]
    corrected[4][3] = "Senior beleidsadviseur"  # a new position
    corrected[9][5] = "pers"  # another role
    plan = plan_bytes(store, "delegations", dutch_csv(DELEGATION_HEADER, corrected, title="Delegatielijst"),
                      "delegatie-v2.csv")
    changed = [(r.row, r.action) for r in plan.rows if r.action != UNCHANGED]
    assert changed == [(8, UPDATE), (13, UPDATE)], [r.line() for r in plan.rows]
    apply_plan(store, plan)
    after = state(store)
    bumped = {pid for pid, rev in after["people"].items() if rev != before["people"][pid]}
    assert bumped == {people["Visser"].id}
    assert len(store.people.list()) == 60  # updated, never duplicated
    assert store.people.get(people["Visser"].id).position == "Senior beleidsadviseur"
    roles = {m.person_id: m.role for m in store.delegations.list()[0].members}
    assert roles[people["de Groot"].id] == MemberRole.PRESS


def test_a_40_row_request_workbook_becomes_meetings_at_the_conference_times(store):
    marit, ruben = with_principals(store)
    plan = plan_bytes(store, "meetings", request_xlsx(request_rows()), "verzoeken.xlsx")
    assert plan.count(ADD) == 40 and not plan.refused, [r.line() for r in plan.refused]
    assert plan.header_row == 3  # below the merged title and the blank row
    apply_plan(store, plan)
    meetings = store.meetings.list()
    assert len(meetings) == 40
    first = min((m for m in meetings if m.counterpart_country == "IDN"), key=lambda m: m.start)
    assert first.principal_id == marit.id and first.status == MeetingStatus.REQUESTED
    assert first.start == datetime(2019, 6, 19, 8, 0, tzinfo=AMS) and first.minutes == 30
    assert {m.principal_id for m in meetings} == {marit.id, ruben.id}

    rows = request_rows()
    rows[5][3] += 15 / (24 * 60)  # one request moved a quarter of an hour
    before = state(store)
    plan = plan_bytes(store, "meetings", request_xlsx(rows), "verzoeken-v2.xlsx")
    assert [(r.row, r.action) for r in plan.rows if r.action != UNCHANGED] == [(9, UPDATE)]
    apply_plan(store, plan)
    assert len(store.meetings.list()) == 40
    bumped = [mid for mid, rev in state(store)["meetings"].items() if rev != before["meetings"][mid]]
    assert len(bumped) == 1
    assert store.meetings.get(bumped[0]).start == datetime(2019, 6, 19, 11, 35, tzinfo=AMS)


def test_meeting_conflicts_are_shown_with_the_preview(store):
    with_principals(store)
    data = dutch_csv(REQUEST_HEADER, [["Marit Oosterhuis", "Ghana", "19-6-2019", "10:00", "10:30", ""],
                                      ["Marit Oosterhuis", "Kenia", "19-6-2019", "10:15", "10:45", ""]])
    plan = plan_bytes(store, "meetings", data, "req.csv")
    assert plan.count(ADD) == 2
    assert any("Marit Oosterhuis" in c and "two places at once" in c for c in plan.conflicts), plan.conflicts


# ---------------------------------------------------------------------- rows refused, with the reason
def test_a_typo_in_a_country_is_refused_with_a_suggestion_and_nothing_is_written(conference_store):
    rows = delegation_rows(3)
    rows[1][2] = "Indonsia"
    plan = plan_bytes(conference_store, "delegations", dutch_csv(DELEGATION_HEADER, rows), "d.csv")
    (bad,) = plan.refused
    assert bad.row == 3 and bad.what == "Bram Jansen"  # the refused row names whom it is about
    assert "'Indonsia' is not a country" in bad.reason and "did you mean Indonesia" in bad.reason
    with pytest.raises(ImportFailed, match="nothing was imported"):
        apply_plan(conference_store, plan)
    assert state(conference_store)["people"] == {}
    apply_plan(conference_store, plan, skip_refused=True)  # the user's choice: the other rows
    assert len(conference_store.people.list()) == 2


def test_the_same_person_twice_is_one_person_and_a_contradiction_is_refused(conference_store):
    rows = delegation_rows(2)
    plan = plan_bytes(conference_store, "people", dutch_csv(DELEGATION_HEADER[:-1], [r[:-1] for r in rows + rows[:1]]),
                      "p.csv")
    assert [(r.action, r.reason) for r in plan.rows][-1] == (UNCHANGED, "the same as row 2")
    other = list(rows[0][:-1])
    other[3] = "Directeur"
    plan = plan_bytes(conference_store, "people", dutch_csv(DELEGATION_HEADER[:-1], [r[:-1] for r in rows] + [other]),
                      "p.csv")
    assert plan.rows[-1].action == REFUSED and "also in row 2" in plan.rows[-1].reason
    apply_plan(conference_store, plan, skip_refused=True)
    assert len(conference_store.people.list()) == 2


def test_people_match_on_email_then_name_country_and_organisation(conference_store):
    s = conference_store
    known = s.people.add(Person(given_name="Anna", family_name="de Vries", country="NLD", email="a@x.nl"))
    data = dutch_csv(["Voornaam", "Achternaam", "Land", "E-mail"],
                     [["Anne", "de Vries-Smit", "Nederland", "A@X.NL"],  # renamed, same e-mail
                      ["Bram", "Jansen", "Nederland", ""]])
    plan = plan_bytes(s, "people", data, "p.csv")
    assert [r.action for r in plan.rows] == [UPDATE, ADD]
    apply_plan(s, plan)
    assert s.people.get(known.id).family_name == "de Vries-Smit"
    again = plan_bytes(s, "people", dutch_csv(["Voornaam", "Achternaam", "Land"], [["Bram", "Jansen", "NLD"]]), "p.csv")
    assert [r.action for r in again.rows] == [UNCHANGED]


def test_an_empty_cell_leaves_the_stored_value(conference_store):
    s = conference_store
    p = s.people.add(Person(given_name="Anna", family_name="Vos", country="NLD", phone="+31 6 1", email="v@x.nl"))
    plan = plan_bytes(s, "people", dutch_csv(["E-mail", "Telefoon", "Functie"], [["v@x.nl", "", "Adviseur"]]), "p.csv")
    apply_plan(s, plan)
    got = s.people.get(p.id)
    assert got.phone == "+31 6 1" and got.position == "Adviseur"


def test_countries_create_briefs_as_drafts_and_update_their_basic_fields(conference_store):
    s = conference_store
    data = dutch_csv(["Land", "Aanwezig", "Samenvatting", "Auteur"],
                     [["Indonesië", "ja", "Grote partner", "A. de Vries"], ["Ghana", "nee", "", ""]], encoding="utf-8",
                     bom=True)
    plan = plan_bytes(s, "countries", data, "landen.csv")
    assert [r.action for r in plan.rows] == [ADD, ADD]
    apply_plan(s, plan)
    (brief,) = s.country_briefs.list()
    assert brief.country == "IDN" and brief.summary == "Grote partner" and brief.status.value == "draft"
    assert {c.iso3: c.attended for c in s.countries.list()} == {"IDN": "yes", "GHA": "no"}


# ---------------------------------------------------------------------- the file as a whole
def test_an_unknown_column_is_refused_naming_it_and_map_names_it(conference_store):
    data = dutch_csv(["Voornaam", "Achternaam", "Dieetwensen"], [["Anna", "Vos", "vegetarisch"]])
    with pytest.raises(ImportFailed, match=r"unknown column 'Dieetwensen' \(column C\)"):
        plan_bytes(conference_store, "people", data, "p.csv")
    plan = plan_bytes(conference_store, "people", data, "p.csv", {"Dieetwensen": "-"})
    assert [r.action for r in plan.rows] == [ADD]
    plan = plan_bytes(conference_store, "people", data, "p.csv", {"Dieetwensen": "position"})
    apply_plan(conference_store, plan)
    assert conference_store.people.list()[0].position == "vegetarisch"


def test_english_headers_and_a_comma_csv_in_utf8(conference_store):
    data = "Given name,Family name,Country,Email\r\nAnna,Vos,Netherlands,v@x.nl\r\n".encode()
    plan = plan_bytes(conference_store, "people", data, "p.csv")
    assert [r.action for r in plan.rows] == [ADD] and plan.columns == {"A": "given_name", "B": "family_name",
                                                                       "C": "country", "D": "email"}


def test_a_formula_and_an_error_value_refuse_their_row_naming_the_cell(conference_store):
    import io

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Voornaam", "Achternaam", "Land"])
    ws.append(["Anna", "Vos", "Nederland"])
    ws.append(["Bram", '=PROPER("jansen")', "Nederland"])
    ws.append(["Cees", "Smit", "#N/A"])
    ws["C4"].data_type = "e"
    out = io.BytesIO()
    wb.save(out)
    plan = plan_bytes(conference_store, "people", out.getvalue(), "p.xlsx")
    actions = {r.row: r for r in plan.rows}
    assert actions[2].action == ADD
    assert actions[3].action == REFUSED and "column B ('Achternaam') holds a formula" in actions[3].reason
    assert actions[4].action == REFUSED and "#N/A" in actions[4].reason
    with pytest.raises(ImportFailed):
        apply_plan(conference_store, plan)
    assert conference_store.people.list() == []


@pytest.mark.parametrize("name,data,message", [
    ("macro.xlsm", b"PK\x03\x04whatever", "macro-enabled"),
    ("secret.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "password-protected"),
    ("photo.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(300), "not an Excel workbook"),
    ("old.xls", b"\xd0\xcf\x11\xe0", "Excel 97"),
    ("lijst.pdf", b"%PDF-1.7", "not a spreadsheet"),
    ("binary.csv", b"\x00\x01\x02PK", "not a text"),
])
def test_files_that_are_not_plain_tables_are_refused_with_a_reason(conference_store, name, data, message):
    with pytest.raises(ImportFailed, match=message):
        plan_bytes(conference_store, "people", data, name)


def test_a_workbook_with_macros_inside_an_xlsx_name_is_refused(conference_store):
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/vbaProject.bin", b"macro")
    with pytest.raises(ImportFailed, match="contains macros"):
        plan_bytes(conference_store, "people", buf.getvalue(), "p.xlsx")


def test_100000_rows_are_refused_quickly_and_nothing_is_written(conference_store):
    import time

    data = ("Voornaam;Achternaam\r\n" + "Anna;Vos\r\n" * 100_000).encode()
    started = time.perf_counter()
    with pytest.raises(ImportFailed, match="more than 10,000 rows"):
        plan_bytes(conference_store, "people", data, "p.csv")
    assert time.perf_counter() - started < 5
    assert conference_store.people.list() == []


def test_no_header_row_says_what_it_looked_for(conference_store):
    with pytest.raises(ImportFailed, match="no header row found.*'Family name'"):
        plan_bytes(conference_store, "people", b"a;b\r\n1;2\r\n", "p.csv")


def test_a_workbook_saved_by_libreoffice_reads_like_excel(conference_store, tmp_path):
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    src = tmp_path / "lijst.csv"
    src.write_bytes(dutch_csv(DELEGATION_HEADER, delegation_rows(5), title="Delegatielijst", encoding="utf-8"))
    profile = tmp_path / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                    "--infilter=CSV:59,34,76,1", "--convert-to", "xlsx", "--outdir", str(tmp_path), str(src)],
                   check=True, capture_output=True, timeout=180)
    plan = preview_file(conference_store, "delegations", tmp_path / "lijst.xlsx")
    assert plan.count(ADD) == 5 and plan.header_row == 3, [r.line() for r in plan.rows]


def test_dates_and_times_as_excel_writes_them():
    from datetime import date, time

    from briefer.exchange.tables import cells

    assert cells.day(43635, today=date(2019, 6, 1)) == date(2019, 6, 19)  # an Excel serial number
    assert cells.day("43635", today=date(2019, 6, 1)) == date(2019, 6, 19)  # the same, from a CSV
    assert cells.day("19-6-2019", today=date(2019, 6, 1)) == date(2019, 6, 19)
    assert cells.day("19 juni 2019", today=date(2019, 6, 1)) == date(2019, 6, 19)
    assert cells.clock(0.46875) == time(11, 15)  # a fraction of a day in a General cell
    assert cells.clock("0,46875") == time(11, 15)  # the same, in a Dutch CSV
    assert cells.clock("11.15") == time(11, 15)
    assert cells.minutes("0:30") == 30 and cells.minutes("45 min") == 45
    with pytest.raises(cells.CellProblem, match="not a time of day"):
        cells.clock(1.5)


def test_a_request_workbook_with_times_as_plain_fractions(store):
    import io

    from openpyxl import Workbook

    with_principals(store)
    wb = Workbook()
    ws = wb.active
    ws.append(REQUEST_HEADER)
    ws.append(["Marit Oosterhuis", "Ghana", 43635, 0.46875, 0.5, ""])  # General cells: numbers only
    out = io.BytesIO()
    wb.save(out)
    plan = plan_bytes(store, "meetings", out.getvalue(), "r.xlsx")
    apply_plan(store, plan)
    (m,) = store.meetings.list()
    assert m.start == datetime(2019, 6, 19, 11, 15, tzinfo=AMS) and m.end == datetime(2019, 6, 19, 12, 0, tzinfo=AMS)


def test_a_workbook_whose_insides_are_damaged_is_refused_not_a_traceback(conference_store):
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook><sheets><sheet name='x' sheetId='1' r:id='rId1'/>")  # cut off
    with pytest.raises(ImportFailed, match="cannot be read"):
        plan_bytes(conference_store, "people", buf.getvalue(), "p.xlsx")


def test_organisations_and_rooms_import_and_people_then_refer_to_them(conference_store):
    s = conference_store
    orgs = dutch_csv(["Organisatie", "Afkorting", "Soort"], [["Wereldgezondheidsorganisatie", "WHO", "VN"],
                                                             ["Wereldbank", "WB", "intergouvernementeel"]])
    rooms = dutch_csv(["Zaal", "Locatie", "Capaciteit", "Voor bilaterale gesprekken"],
                      [["Bilateraal 1", "Congrescentrum", "12", "ja"], ["Plenaire zaal", "Congrescentrum", "400", "nee"]])
    apply_plan(s, plan_bytes(s, "organisations", orgs, "o.csv"))
    apply_plan(s, plan_bytes(s, "rooms", rooms, "r.csv"))
    assert {o.acronym: o.type.value for o in s.organisations.list()} == {"WHO": "un_agency", "WB": "intergovernmental"}
    assert {r.name: (r.capacity, r.suitable_for_bilaterals) for r in s.rooms.list()} == {
        "Bilateraal 1": (12, True), "Plenaire zaal": (400, False)}
    again = plan_bytes(s, "rooms", rooms.replace(b"400", b"450"), "r.csv")
    assert [r.action for r in again.rows] == [UNCHANGED, UPDATE]  # matched by name, never a second room
    people = dutch_csv(["Naam", "Organisatie"], [["Tedros Ghebreyesus", "WHO"], ["Anna Vos", "Wereldbnak"]])
    plan = plan_bytes(s, "people", people, "p.csv")
    assert plan.rows[0].action == ADD
    assert plan.rows[1].action == REFUSED and "did you mean Wereldbank" in plan.rows[1].reason


def test_one_time_column_with_a_span_or_a_date_and_time_and_excels_sep_line(store):
    with_principals(store)
    data = ("sep=;\r\nBewindspersoon;Gesprekspartner;Datum;Tijd\r\n"
            "Marit Oosterhuis;Ghana;19-6-2019;11:15 - 11:45 uur\r\n").encode("cp1252")
    plan = plan_bytes(store, "meetings", data, "r.csv")
    assert [r.action for r in plan.rows] == [ADD] and plan.rows[0].row == 3, [r.line() for r in plan.rows]
    apply_plan(store, plan)
    (m,) = store.meetings.list()
    assert (m.start, m.end) == (datetime(2019, 6, 19, 11, 15, tzinfo=AMS), datetime(2019, 6, 19, 11, 45, tzinfo=AMS))
    data = "Bewindspersoon;Gesprekspartner;Begin;Duur\r\nZijlstra;Kenia;20-06-2019 9.30;20\r\n".encode()
    plan = plan_bytes(store, "meetings", data, "r.csv")
    apply_plan(store, plan)
    kenya = next(m for m in store.meetings.list() if m.counterpart_country == "KEN")
    assert (kenya.start, kenya.minutes) == (datetime(2019, 6, 20, 9, 30, tzinfo=AMS), 20)


def test_a_sheet_without_an_organisation_column_still_finds_the_person(conference_store):
    from briefer.model import Organisation

    s = conference_store
    who = s.organisations.add(Organisation(name="World Health Organization", acronym="WHO"))
    known = s.people.add(Person(given_name="Hanan", family_name="Balkhy", country="SAU", organisation_id=who.id))
    plan = plan_bytes(s, "people", dutch_csv(["Voornaam", "Achternaam", "Land", "Functie"],
                                             [["Hanan", "Balkhy", "Saoedi-Arabië", "Assistant Director-General"]]),
                      "p.csv")
    assert [r.action for r in plan.rows] == [UPDATE]
    apply_plan(s, plan)
    assert [p.id for p in s.people.list()] == [known.id]  # updated, not a second Hanan Balkhy
    assert s.people.get(known.id).organisation_id == who.id


def test_two_meetings_of_the_same_two_on_one_day_import_again_unchanged(store):
    with_principals(store)
    data = dutch_csv(REQUEST_HEADER, [["Marit Oosterhuis", "Ghana", "19-6-2019", "09:00", "09:30", ""],
                                      ["Marit Oosterhuis", "Ghana", "19-6-2019", "15:00", "15:30", ""]])
    apply_plan(store, plan_bytes(store, "meetings", data, "r.csv"))
    assert len(store.meetings.list()) == 2
    again = plan_bytes(store, "meetings", data, "r.csv")
    assert [r.action for r in again.rows] == [UNCHANGED, UNCHANGED], [r.line() for r in again.rows]


def test_a_request_workbook_resaved_by_libreoffice_keeps_its_dates_and_times(store, tmp_path):
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    with_principals(store)
    (tmp_path / "in").mkdir()
    src = tmp_path / "in" / "verzoeken.xlsx"
    src.write_bytes(request_xlsx(request_rows()[:6]))
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless", "--norestore",
                    "--convert-to", "xlsx", "--outdir", str(tmp_path), str(src)],
                   check=True, capture_output=True, timeout=180)
    plan = preview_file(store, "meetings", tmp_path / "verzoeken.xlsx")
    assert plan.count(ADD) == 6 and plan.header_row == 3, [r.line() for r in plan.rows]
    apply_plan(store, plan)
    first = min(store.meetings.list(), key=lambda m: m.start)
    assert first.start == datetime(2019, 6, 19, 8, 0, tzinfo=AMS) and first.minutes == 30
