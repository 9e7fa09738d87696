"""The empty sheet a user downloads (``briefer template``, the import dialog's "Template…"): it opens with
the right headers, its example row stays as typed, and filled in as it comes it imports.

Each template is written to disk as the user gets it and read back as a file: with openpyxl (what Excel
sees: bold headers, text cells, the frozen header row), as the bytes of the CSV (what Excel in a Dutch or
an English locale splits on), with LibreOffice when it is installed, and through the import itself.
"""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import date

import pytest
from openpyxl import load_workbook

from briefer.errors import InvalidRecord
from briefer.exchange.tables.catalogue import kind, kinds, preview_file
from briefer.exchange.tables.plan import ADD, UPDATE, apply_plan
from briefer.exchange.tables.template import write_template
from briefer.model import Conference, MemberRole

from third_party import SOFFICE, needs_libreoffice

HEADERS = {
    ("people", "en"): ["Title", "Given name", "Family name", "Country", "Organisation", "Position", "E-mail", "Phone",
                       "Languages"],
    ("people", "nl"): ["Aanhef", "Voornaam", "Achternaam", "Land", "Organisatie", "Functie", "E-mailadres", "Telefoon",
                       "Talen"],
    ("delegations", "en"): ["Title", "Given name", "Family name", "Country", "Organisation", "Position", "E-mail",
                            "Phone", "Languages", "Delegation", "Role", "Supports"],
    ("delegations", "nl"): ["Aanhef", "Voornaam", "Achternaam", "Land", "Organisatie", "Functie", "E-mailadres",
                            "Telefoon", "Talen", "Delegatie", "Rol", "Ondersteunt"],
    ("countries", "en"): ["Country", "Attending", "Income group", "Summary", "Relations with the Netherlands",
                          "Brief status", "Author", "Notes"],
    ("countries", "nl"): ["Land", "Aanwezig", "Inkomensgroep", "Samenvatting", "Relatie met Nederland", "Status",
                          "Auteur", "Notities"],
    ("meetings", "en"): ["Principal", "Counterpart", "Counterpart name", "Date", "Start", "End", "Duration", "Room",
                         "Status", "Title", "Interpretation"],
    ("meetings", "nl"): ["Bewindspersoon", "Gesprekspartner", "Naam gesprekspartner", "Datum", "Begin", "Einde", "Duur",
                         "Zaal", "Status", "Titel", "Tolk"],
    ("organisations", "en"): ["Organisation", "Acronym", "Type", "Country"],
    ("organisations", "nl"): ["Organisatie", "Afkorting", "Soort", "Land"],
    ("rooms", "en"): ["Room", "Venue", "Floor", "Capacity", "For bilaterals", "Interpretation booths"],
    ("rooms", "nl"): ["Zaal", "Locatie", "Verdieping", "Capaciteit", "Voor bilaterale gesprekken", "Tolkcabines"],
}
MEETING_EXAMPLE = ["Anna de Vries", "Indonesia", "", "15-05-2025", "11:15", "11:45", "", "", "requested", "", ""]


@pytest.fixture
def may_2025(store):
    """A conference on the template's example day."""
    store.conference_repo.add(Conference(name="WHA78", start_date=date(2025, 5, 14), end_date=date(2025, 5, 16),
                                         timezone="Europe/Amsterdam"))
    return store


def csv_rows(path, delimiter):
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: Excel opens the accents right
    text = data[3:].decode("utf-8")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


@pytest.mark.parametrize("kind_name,lang", sorted(HEADERS))
def test_each_template_has_the_headers_of_its_language_in_both_formats(tmp_path, kind_name, lang):
    sheet = write_template(kind(kind_name), tmp_path / f"{kind_name}.xlsx", lang)
    wb = load_workbook(sheet)
    ws = wb.active
    assert ws.title == kind_name
    assert [c.value for c in ws[1]] == HEADERS[kind_name, lang]
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"  # the header stays in view while the user types
    assert ws.max_row == 2  # the header and one example, nothing else

    # Dutch Excel splits a CSV on ';', an English one on ','
    rows = csv_rows(write_template(kind(kind_name), tmp_path / f"{kind_name}.csv", lang), ";" if lang == "nl" else ",")
    assert rows[0] == HEADERS[kind_name, lang] and len(rows) == 2
    assert rows[1] == [c.value or "" for c in ws[2]] + [""] * (len(rows[0]) - len(ws[2]))


def test_the_example_row_is_text_as_typed_and_every_column_wide_enough_to_read(tmp_path):
    path = write_template(kind("meetings"), tmp_path / "verzoeken.xlsx", "nl")
    ws = load_workbook(path).active
    assert [c.value or "" for c in ws[2]] == MEETING_EXAMPLE[:len(list(ws[2]))]
    date_cell, start_cell = ws["D2"], ws["E2"]
    # a text cell: Excel does not turn "15-05-2025" into a date of its own guess (nor 11:15 into a fraction)
    assert (date_cell.value, date_cell.data_type, date_cell.number_format) == ("15-05-2025", "s", "@")
    assert (start_cell.value, start_cell.data_type, start_cell.number_format) == ("11:15", "s", "@")
    assert ws["C2"].value is None and ws["C2"].number_format == "General"  # no example: an ordinary empty cell
    widths = {c.column_letter: ws.column_dimensions[c.column_letter].width for c in ws[1]}
    assert widths["A"] == len("Bewindspersoon") + 4  # the header decides
    assert widths["C"] == len("Naam gesprekspartner") + 4
    assert widths["D"] == 14  # short header and example: the least width
    assert widths["K"] == 14
    people = load_workbook(write_template(kind("people"), tmp_path / "mensen.xlsx", "en")).active
    assert people.column_dimensions["G"].width == len("anna.devries@example.org") + 2  # the example decides


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_template_filled_in_as_it_comes_imports_its_example(may_2025, tmp_path, fmt, lang):
    # in the order of the menu: the people template's Anna de Vries is the delegation template's (she joins
    # the delegation) and the meeting template's principal
    expected = {"people": ADD, "delegations": UPDATE, "countries": ADD, "meetings": ADD, "organisations": ADD,
                "rooms": ADD}
    assert list(kinds()) == list(expected)
    for name in kinds():
        path = write_template(kind(name), tmp_path / f"{name}-{lang}.{fmt}", lang)
        plan = preview_file(may_2025, name, path)
        assert [(r.row, r.action) for r in plan.rows] == [(2, expected[name])], (name, [r.line() for r in plan.rows])
        apply_plan(may_2025, plan)
    (anna,) = may_2025.people.list()
    assert (anna.honorific, anna.full_name, anna.email, anna.languages) == (
        "Dr", "Anna de Vries", "anna.devries@example.org", ["nl", "en"])
    (dutch,) = may_2025.delegations.list()
    assert [(m.person_id, m.role) for m in dutch.members] == [(anna.id, MemberRole.ADVISER)]
    assert {o.acronym for o in may_2025.organisations.list()} == {"WHO"}
    (room,) = may_2025.rooms.list()
    assert (room.name, room.venue, room.capacity, room.suitable_for_bilaterals) == (
        "Bilateral room 1", "Conference centre", 12, True)
    assert [c.iso3 for c in may_2025.countries.list()] == ["IDN"]
    (meeting,) = may_2025.meetings.list()
    assert (meeting.principal_id, meeting.counterpart_country, meeting.minutes) == (anna.id, "IDN", 30)


def test_a_template_is_written_as_xlsx_or_csv_only(tmp_path):
    with pytest.raises(InvalidRecord, match="'rooms.ods': a template is written as .xlsx or .csv"):
        write_template(kind("rooms"), tmp_path / "rooms.ods")
    assert list(tmp_path.iterdir()) == []
    assert write_template(kind("rooms"), tmp_path / "Zalen.XLSX").read_bytes().startswith(b"PK\x03\x04")


@needs_libreoffice
def test_libreoffice_opens_the_template_with_its_headers_and_the_example_as_typed(tmp_path):
    path = write_template(kind("meetings"), tmp_path / "verzoeken.xlsx", "nl")
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless", "--norestore",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76", "--outdir", str(tmp_path / "lo"),
                    str(path)], check=True, capture_output=True, timeout=180)
    text = (tmp_path / "lo" / "verzoeken.csv").read_text(encoding="utf-8")
    header, example = list(csv.reader(io.StringIO(text), delimiter=";"))[:2]
    assert header == HEADERS["meetings", "nl"]
    assert example == MEETING_EXAMPLE  # the date and times as typed, not a serial number or a fraction


def test_dutch_asked_from_the_command_line_gives_dutch_headers(tmp_path):
    """The shell's "--lang nl" reaches write_template as a string made at run time, not the literal "nl"."""
    import sys

    lang = "".join(["n", "l"])
    assert lang == "nl" and lang is not sys.intern("nl")  # equal to the literal, not the same object
    ws = load_workbook(write_template(kind("rooms"), tmp_path / "zalen.xlsx", lang)).active
    assert [c.value for c in ws[1]] == HEADERS["rooms", "nl"]
    rows = csv_rows(write_template(kind("rooms"), tmp_path / "zalen.csv", lang), ";")
    assert rows[0] == HEADERS["rooms", "nl"]
