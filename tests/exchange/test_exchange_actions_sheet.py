"""The action list as the ministry's colleague opens it in Excel: a bold header row that stays in view,
columns wide enough for what they hold, due dates as dates, and the CSV and xlsx each what their name says."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timezone

import pytest
from openpyxl import load_workbook

from briefer.exchange.actions_export import write_actions
from briefer.exchange.report import build_action_list
from briefer.model import Action, Conference, Meeting, Person
from briefer.store import Store


@pytest.fixture
def actions(tmp_path):
    s = Store.open(tmp_path / "cop29.sqlite", user="sophie")
    s.conference_repo.add(Conference(name="COP29", start_date=date(2024, 11, 11), end_date=date(2024, 11, 22),
                                     timezone="Asia/Baku"))
    minister = s.people.add(Person(given_name="Sophie", family_name="Hermans", principal_title="Minister"))
    m = s.meetings.add(Meeting(principal_id=minister.id, counterpart_country="KEN",
                               start=datetime(2024, 11, 12, 9, tzinfo=timezone.utc),
                               end=datetime(2024, 11, 12, 9, 30, tzinfo=timezone.utc)))
    s.actions.add(Action(description="Send the health day text", meeting_id=m.id, owner="DGIS",
                         due=date(2024, 11, 20)))
    s.actions.add(Action(description="Ask for the\x07 figures", meeting_id=m.id, owner="IGM\x00",
                         due=date(2024, 11, 25)))
    s.actions.add(Action(description="Keep in touch", meeting_id=m.id, owner="DGIS"))
    yield s
    s.close()


def test_the_xlsx_opens_with_a_bold_frozen_header_and_readable_columns(actions, tmp_path):
    out = tmp_path / "acties.xlsx"
    write_actions(build_action_list(actions, lang="nl"), out, "xlsx", "nl")
    assert out.read_bytes().startswith(b"PK")  # a workbook, whatever the name
    ws = load_workbook(out).active
    assert ws.title == "Vervolgacties"
    assert [c.value for c in ws[1]] == ["Gesprek", "Land", "Wat", "Eigenaar", "Uiterlijk", "Status"]
    assert all(c.font.b for c in ws[1])  # the header row in bold …
    assert not any(c.font.b for row in ws.iter_rows(min_row=2) for c in row)  # … and only the header row
    assert ws.freeze_panes == "A2"  # it stays in view when scrolling down
    widths = {col: ws.column_dimensions[col].width for col in "ABCDEF"}
    assert widths == {"A": 34, "B": 18, "C": 50, "D": 28, "E": 12, "F": 14}
    # every row: the text as typed (control characters dropped: the format forbids them), the due date a date
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert rows == [
        ["Bilateraal met Kenia", "Kenia", "Send the health day text", "DGIS", datetime(2024, 11, 20), "open"],
        ["Bilateraal met Kenia", "Kenia", "Ask for the figures", "IGM", datetime(2024, 11, 25), "open"],
        ["Bilateraal met Kenia", "Kenia", "Keep in touch", "DGIS", None, "open"],
    ]
    assert [ws.cell(row=r, column=5).number_format for r in (2, 3, 4)] == ["yyyy-mm-dd"] * 3
    assert ws.cell(row=1, column=5).number_format == "General"  # the header is no date
    assert [ws.cell(row=2, column=c).number_format for c in (4, 6)] == ["General", "General"]


def test_the_csv_is_text_a_spreadsheet_reads_row_by_row(actions, tmp_path):
    out = tmp_path / "actions.csv"
    write_actions(build_action_list(actions), out, "csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfMeeting,Country,What,Owner,Due,Status\r\n")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[1] == ["Bilateral with Kenya", "Kenya", "Send the health day text", "DGIS", "2024-11-20", "open"]
    assert rows[3] == ["Bilateral with Kenya", "Kenya", "Keep in touch", "DGIS", "", "open"]


def test_a_list_without_any_due_date_yet_still_has_a_date_column(actions, tmp_path):
    """The dates are filled in after the export: every row's Due cell is formatted as a date, the first too."""
    for a in actions.actions.list():
        actions.actions.update(a.evolve(due=None))
    out = tmp_path / "actions.xlsx"
    write_actions(build_action_list(actions), out, "xlsx")
    ws = load_workbook(out).active
    assert [ws.cell(row=r, column=5).value for r in (2, 3, 4)] == [None, None, None]
    assert [ws.cell(row=r, column=5).number_format for r in (2, 3, 4)] == ["yyyy-mm-dd"] * 3
