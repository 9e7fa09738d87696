"""Cells as organisers' sheets hold them: what the import makes of each, and the reason it gives when it cannot.

Written from the mutation run of ``briefer/exchange/tables/cells.py`` (issue 22): each test states
what a user sees in the preview — the stored value, or the refused row's reason naming the column.
"""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
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


def request_plan(store, header: list[str], *rows: list):
    with_principals(store)
    return plan_bytes(store, "meetings", workbook(header, *rows), "r.xlsx")


def starts_and_ends(store) -> list[tuple[str, str]]:
    return sorted((f"{m.start.astimezone(AMS):%H:%M:%S.%f}", f"{m.end.astimezone(AMS):%H:%M:%S.%f}")
                  for m in store.meetings.list())


def test_times_as_excel_holds_them_become_whole_minutes(store):
    plan = request_plan(store, REQUEST_HEADER,
                        ["Marit Oosterhuis", "Ghana", 43635, datetime(2019, 6, 19, 11, 15, 42), "11:45", ""],
                        ["Marit Oosterhuis", "Kenia", 43635, timedelta(hours=14, minutes=20), "14:50", ""],
                        ["Marit Oosterhuis", "Peru", 43635, 0, "0:30", ""],  # midnight
                        ["Zijlstra", "Chili", 43635, 23 / 24, 23.75 / 24, ""],
                        ["Zijlstra", "Japan", 43636, 23.5 / 24, 0.99999, ""])  # "23:59:59" rounds to the last minute
    assert [r.action for r in plan.rows] == [ADD] * 5, [r.line() for r in plan.rows]
    apply_plan(store, plan)
    assert starts_and_ends(store) == [
        ("00:00:00.000000", "00:30:00.000000"), ("11:15:00.000000", "11:45:00.000000"),
        ("14:20:00.000000", "14:50:00.000000"), ("23:00:00.000000", "23:45:00.000000"),
        ("23:30:00.000000", "23:59:00.000000")]


def test_a_start_of_a_whole_day_or_more_is_not_a_time_of_day(store):
    plan = request_plan(store, REQUEST_HEADER, ["Marit Oosterhuis", "Ghana", 43635, 1, "", ""])
    assert [(r.action, r.reason) for r in plan.rows] == [(REFUSED, "column D ('Begintijd') 1 is not a time of day")]


def test_excel_serial_numbers_at_the_ends_of_excels_range(store):
    plan = request_plan(store, REQUEST_HEADER,
                        *[["Marit Oosterhuis", "Ghana", serial, "10:00", "", ""] for serial in (0, 1, 2958465, 2958466)])
    assert [r.reason for r in plan.rows] == [
        "column C ('Datum') 0 is not a date",
        "31-12-1899 is not a day of the conference (19-06-2019 to 21-06-2019)",
        "31-12-9999 is not a day of the conference (19-06-2019 to 21-06-2019)",
        "column C ('Datum') 2958466 is not a date"]


def test_durations_in_minutes_hours_and_minutes_or_a_fraction_of_a_day(store):
    header = ["Bewindspersoon", "Gesprekspartner", "Datum", "Begintijd", "Duur"]
    plan = request_plan(store, header,
                        ["Marit Oosterhuis", "Ghana", 43635, "0:00", "1:30"],
                        ["Marit Oosterhuis", "Kenia", 43635, "9:00", 20 / (24 * 60)],
                        ["Marit Oosterhuis", "Peru", 43635, "10:00", 1],
                        ["Zijlstra", "Chili", 43635, "0:00", 1430],
                        ["Zijlstra", "Japan", 43636, "10:00", 1441],
                        ["Zijlstra", "India", 43636, "11:00", 45.5])
    reasons = [(r.action, r.reason) for r in plan.rows]
    assert reasons[4:] == [(REFUSED, "column E ('Duur') 1441 minutes is not a meeting length (1 to 1440)"),
                           (REFUSED, "column E ('Duur') '45.5' is not a number of minutes")]
    assert [a for a, _ in reasons[:4]] == [ADD] * 4, [r.line() for r in plan.rows]
    apply_plan(store, plan, skip_refused=True)
    assert sorted(m.minutes for m in store.meetings.list()) == [1, 20, 90, 1430]


def test_email_addresses_lose_a_mailto_and_a_wrong_one_refuses_its_row(conference_store):
    data = dutch_csv(["Voornaam", "Achternaam", "Land", "E-mailadres"],
                     [["Anna", "de Vries", "Nederland", "mailto:anna.devries@minvws.nl"],
                      ["Bram", "Jansen", "Nederland", "bram.jansen(at)minvws.nl"],
                      ["Cees", "Bakker", "Nederland", ""]])
    plan = plan_bytes(conference_store, "people", data, "p.csv")
    assert [(r.action, r.reason) for r in plan.rows][1] == (
        REFUSED, "column D ('E-mailadres') 'bram.jansen(at)minvws.nl' is not an e-mail address")
    apply_plan(conference_store, plan, skip_refused=True)
    assert sorted((p.family_name, p.email) for p in conference_store.people.list()) == [
        ("Bakker", ""), ("de Vries", "anna.devries@minvws.nl")]


def test_a_long_formula_is_named_shortened_in_the_reason(conference_store):
    forty = "=VLOOKUP(A2,Sheet2!A:B,2,FALSE)&" + "x" * 8
    assert len(forty) == 40
    data = workbook(["Voornaam", "Achternaam", "Land"], ["Anna", forty, "Nederland"], ["Bram", forty + "y", "Nederland"])
    rows = plan_bytes(conference_store, "people", data, "p.xlsx").rows
    assert [r.reason for r in rows] == [
        f"column B ('Achternaam') holds a formula ({forty}); copy the column and paste values only",
        f"column B ('Achternaam') holds a formula ({forty[:39]}…); copy the column and paste values only"]
