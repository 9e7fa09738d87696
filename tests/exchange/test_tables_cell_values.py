"""Cells as organisers' sheets hold them: what the import makes of each, and the reason it gives when it cannot.

Written from the mutation run of ``briefer/exchange/tables/cells.py`` (issue 22): each test states
what a user sees in the preview — the stored value, or the refused row's reason naming the column.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from zoneinfo import ZoneInfo

from openpyxl import Workbook

from briefer.exchange.tables.catalogue import kind
from briefer.exchange.tables.plan import ADD, REFUSED, apply_plan, plan_table
from briefer.exchange.tables.read import read_grid

from tables_world import REQUEST_HEADER, dutch_csv, with_principals

AMS = ZoneInfo("Europe/Amsterdam")


def plan_bytes(store, kind_name: str, data: bytes, name: str):
    return plan_table(store, kind(kind_name), read_grid(data, name))


def workbook(header: list[str], *rows: list, iso_dates: bool = False) -> bytes:
    wb = Workbook()
    wb.iso_dates = iso_dates  # dates stored as ISO text (t="d"), as some tools write them: read back as dates
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_a_workbook_whose_dates_are_stored_as_iso_dates_imports_on_that_day(store):
    with_principals(store)
    data = workbook(REQUEST_HEADER, ["Marit Oosterhuis", "Ghana", date(2019, 6, 20), "11:15", "11:45", ""],
                    iso_dates=True)
    plan = plan_bytes(store, "meetings", data, "r.xlsx")
    assert [r.action for r in plan.rows] == [ADD], [r.line() for r in plan.rows]
    apply_plan(store, plan)
    (m,) = store.meetings.list()
    assert m.start == datetime(2019, 6, 20, 11, 15, tzinfo=AMS)


def test_a_position_excel_turned_into_a_date_is_kept_as_that_date_without_a_time(conference_store):
    data = workbook(["Voornaam", "Achternaam", "Land", "Functie"],
                    ["Anna", "de Vries", "Nederland", datetime(2019, 6, 1)],
                    ["Bram", "Jansen", "Nederland", datetime(2019, 6, 1, 9, 30)])
    apply_plan(conference_store, plan_bytes(conference_store, "people", data, "p.xlsx"))
    positions = {p.family_name: p.position for p in conference_store.people.list()}
    assert positions == {"de Vries": "2019-06-01", "Jansen": "2019-06-01 09:30"}


def test_a_start_time_that_cannot_be_read_refuses_the_row_naming_the_column(store):
    with_principals(store)
    data = dutch_csv(REQUEST_HEADER, [["Marit Oosterhuis", "Ghana", "19-6-2019", "half tien", "", ""]])
    (row,) = plan_bytes(store, "meetings", data, "r.csv").rows
    assert row.action == REFUSED
    assert row.reason == "column D ('Begintijd') could not read “half tien” as a time; type for example 11:15"


def test_a_duration_that_is_not_a_number_refuses_the_row(store):
    with_principals(store)
    header = ["Bewindspersoon", "Gesprekspartner", "Datum", "Begintijd", "Duur"]
    data = dutch_csv(header, [["Marit Oosterhuis", "Ghana", "19-6-2019", "10:00", "een half uur"]])
    (row,) = plan_bytes(store, "meetings", data, "r.csv").rows
    assert row.action == REFUSED
    assert row.reason == "column E ('Duur') 'een half uur' is not a number of minutes"


def test_a_yes_no_column_with_something_else_refuses_the_row(conference_store):
    data = dutch_csv(["Zaal", "Tolkcabines"], [["Zaal 1", "soms"], ["Zaal 2", "ja"]])
    rows = plan_bytes(conference_store, "rooms", data, "z.csv").rows
    assert [(r.action, r.reason) for r in rows] == [
        (REFUSED, "column B ('Tolkcabines') 'soms' is not yes or no (ja/nee)"), (ADD, "")]


def test_languages_on_separate_lines_of_one_cell_are_each_a_language(conference_store):
    data = workbook(["Voornaam", "Achternaam", "Land", "Talen"], ["Anna", "de Vries", "Nederland", "nl\nen\nfr"])
    apply_plan(conference_store, plan_bytes(conference_store, "people", data, "p.xlsx"))
    (anna,) = conference_store.people.list()
    assert anna.languages == ["nl", "en", "fr"]
