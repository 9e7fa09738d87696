"""Issue 16's "Done when", from the command line as an advisor runs it, on real files.

A new conference based on the demo (``conference new --from``); the organisers' 60-person
delegation list (Excel in a Dutch locale: ';', Windows-1252, a title row) and 40-row bilateral
request list (a workbook: merged title, dates and times as numbers) each imported in one
preview-and-accept step; corrected files re-imported change only the corrected rows; the carried
country briefs are drafts; ``briefer history Indonesia`` shows the demo's Indonesia outcomes. The
demo's own folder is hashed before and after: it is only read.
"""

from __future__ import annotations

import json
from datetime import date

from briefer.cli import main
from tests.conftest import database_digest

from tables_world import DELEGATION_HEADER, delegation_rows, dutch_csv, request_rows, request_xlsx


def requests_for(start: date) -> list[list]:
    """The 40 requests on the new conference's first three days, for the demo's two ministers (carried)."""
    serial = (start - date(1899, 12, 30)).days  # Excel's day number
    rows = request_rows()
    for i, row in enumerate(rows):
        row[0] = "Bruno Bruins" if i % 2 == 0 else "Carola Schouten"
        row[2] = serial + i // 14
    return rows


def test_from_the_organisers_spreadsheets_to_a_ready_conference_that_remembers_the_last_one(
        tmp_path, capsys, earlier):
    data = tmp_path / "wha80"
    before = database_digest(earlier)

    def briefer(*argv) -> str:
        code = main(["--data-dir", str(data), *argv])
        out, err = capsys.readouterr()
        assert code == 0, err
        assert "Traceback" not in err
        return out

    out = briefer("conference", "new", "--name", "World Health Assembly 80", "--city", "Geneva",
                  "--start", "2027-05-18", "--end", "2027-05-26", "--timezone", "Europe/Zurich",
                  "--from", str(earlier))
    assert "the briefs start as drafts" in out
    briefs = json.loads(briefer("list", "briefs", "--json"))
    assert len(briefs) >= 20 and {b["status"] for b in briefs} == {"draft"}

    # the delegation list: 60 rows, one preview-and-accept step
    members = delegation_rows(60)
    delegation = tmp_path / "delegatielijst.csv"
    delegation.write_bytes(dutch_csv(DELEGATION_HEADER, members, title="Delegatielijst Nederland"))
    assert "Müller" not in delegation.read_bytes().decode("utf-8", errors="replace")  # really Windows-1252
    out = briefer("import-table", "delegations", str(delegation))
    assert "imported: 60 added, 0 updated, 0 unchanged, 0 refused" in out

    # the request list: 40 rows of a workbook
    requests = requests_for(date(2027, 5, 18))
    workbook = tmp_path / "verzoeken.xlsx"
    workbook.write_bytes(request_xlsx(requests))
    out = briefer("import-table", "meetings", str(workbook))
    assert "imported: 40 added, 0 updated, 0 unchanged, 0 refused" in out
    meetings = json.loads(briefer("list", "meetings", "--json"))
    assert len(meetings) == 40 and all(m["start"].startswith("2027-05-") for m in meetings)

    # corrected files: only the corrected rows change
    members[4][3] = "Senior beleidsadviseur"
    members[9][5] = "pers"
    delegation.write_bytes(dutch_csv(DELEGATION_HEADER, members, title="Delegatielijst Nederland (v2)"))
    out = briefer("import-table", "delegations", str(delegation))
    assert "imported: 0 added, 2 updated, 58 unchanged, 0 refused" in out
    requests[7][4] += 10 / (24 * 60)  # one meeting ends ten minutes later
    workbook.write_bytes(request_xlsx(requests))
    out = briefer("import-table", "meetings", str(workbook))
    assert "imported: 0 added, 1 updated, 39 unchanged, 0 refused" in out

    # the memory: Indonesia at the demo conference, from the new one
    out = briefer("history", "Indonesia")
    assert "2nd Global Ministerial Conference on Antimicrobial Resistance" in out
    assert "outcome: RIVM visit on 20 June confirmed." in out
    assert "brief then: final" in out
    assert database_digest(earlier) == before
