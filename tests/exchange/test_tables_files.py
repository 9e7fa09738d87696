"""The organiser's file as Briefer reads it (``exchange/tables/read.py``): real .csv and .xlsx files, or a refusal that says why.

Written for the gaps mutation testing of ``read.py`` found (docs/mutation-testing.md): each test saves a
file as a user would have it on disk, previews it as the import does, and checks what the preview shows —
the rows and their numbers, or the refusal's words — and that a refused file changes nothing.
"""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from briefer.errors import ImportFailed
from briefer.exchange.tables.catalogue import preview_file
from briefer.exchange.tables.plan import ADD
from briefer.exchange.tables.read import read_grid_file


def workbook(rows, title="Deelnemers") -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(r)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


PEOPLE = [["Voornaam", "Achternaam", "Functie"], ["Anna", "de Vries", "Minister"], ["Bram", "Çelik", "Adviseur"]]


def refused(store, path) -> str:
    with pytest.raises(ImportFailed) as exc:
        preview_file(store, "people", path)
    assert exc.value.file == str(path)
    assert store.people.list() == []
    return exc.value.message


def test_a_workbook_saved_under_a_csv_name_is_refused_with_what_to_do(conference_store, tmp_path):
    path = tmp_path / "deelnemers.csv"
    path.write_bytes(workbook(PEOPLE))
    assert refused(conference_store, path) == ("this is not a text (CSV) file; export the sheet as CSV or import "
                                               "the .xlsx itself")
    good = tmp_path / "deelnemers.xlsx"
    good.write_bytes(workbook(PEOPLE))
    assert preview_file(conference_store, "people", good).count(ADD) == 2
