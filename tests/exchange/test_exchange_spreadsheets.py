"""The action list as Excel, LibreOffice and pandas-like readers see it: text stays text.

An advisor's note "=HYPERLINK(…)", a phone number "+31 70 …" or "-5 % budget" must open
as those words, not as a formula, a link or a number; a meeting with an organisation
(WHO, FAO) keeps its counterpart; the Dutch CSV opens by double-click in Dutch Excel.
"""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import date, datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from briefer.cli import main
from briefer.exchange.actions_export import FORMULA_STARTS, render_csv, render_xlsx, write_actions
from briefer.exchange.report import ActionLine, build_action_list
from briefer.model import Action, Meeting, MeetingStatus, Organisation, OrganisationType
from briefer.store import Store
from exchange_world import build_world
from third_party import libreoffice_pdf, needs_libreoffice, pdf_text

HOSTILE = [
    '=HYPERLINK("http://example.org/x","click me")',
    "=1+1",
    "+31 70 456 7890",
    "-5 % on the budget line",
    "@SUM(A1:A2)",
    "=cmd|' /C calc'!A0",
]


@pytest.fixture
def world(tmp_path):
    s = Store.open(tmp_path / "r.sqlite", user="anouk")
    w = build_world(s)
    w["who"] = s.organisations.add(Organisation(name="World Health Organization", acronym="WHO",
                                                type=OrganisationType.UN_AGENCY))
    w["m_who"] = s.meetings.add(Meeting(
        start=datetime(2019, 6, 20, 8, 0, tzinfo=timezone.utc), end=datetime(2019, 6, 20, 8, 30, tzinfo=timezone.utc),
        principal_id=w["minister"].id, counterpart_organisation_id=w["who"].id, status=MeetingStatus.HELD))
    s.actions.add(Action(description="Share the surveillance data with WHO", meeting_id=w["m_who"].id,
                         owner="Directie Internationale Zaken", due=date(2019, 6, 30)))
    for i, text in enumerate(HOSTILE):
        s.actions.add(Action(description=text, meeting_id=w["m1"].id, owner=HOSTILE[-1 - i],
                             due=date(2019, 8, 1 + i)))
    yield s, w
    s.close()


def _csv_rows(raw: bytes, delimiter: str = ",") -> list[list[str]]:
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, so Excel reads the accents right
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=delimiter))


def test_xlsx_cells_that_look_like_formulas_are_text(world, tmp_path):
    store, _ = world
    out = tmp_path / "actions.xlsx"
    write_actions(build_action_list(store), out, "xlsx")
    ws = load_workbook(out).active
    formulas = [c.coordinate for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []
    whats = [ws.cell(row=r, column=3).value for r in range(2, ws.max_row + 1)]
    owners = [ws.cell(row=r, column=4).value for r in range(2, ws.max_row + 1)]
    for text in HOSTILE:
        assert text in whats and text in owners


def test_csv_cells_that_look_like_formulas_get_the_text_apostrophe(world, tmp_path):
    store, _ = world
    out = tmp_path / "actions.csv"
    write_actions(build_action_list(store), out, "csv")
    rows = _csv_rows(out.read_bytes())
    cells = [c for r in rows for c in r]
    assert not [c for c in cells if c.startswith(FORMULA_STARTS)]
    for text in HOSTILE:
        assert "'" + text in cells
    assert "Send draft twinning proposal to Jakarta" in cells  # ordinary text is left alone


def test_meetings_with_an_organisation_keep_their_counterpart(world, tmp_path):
    store, _ = world
    for fmt in ("csv", "xlsx"):
        out = tmp_path / f"actions.{fmt}"
        write_actions(build_action_list(store), out, fmt)
        if fmt == "csv":
            rows = _csv_rows(out.read_bytes())
        else:
            rows = [[c.value for c in r] for r in load_workbook(out).active.iter_rows()]
        [row] = [r for r in rows if r[2] == "Share the surveillance data with WHO"]
        assert row[0] == "Bilateral with WHO"  # as every title names it (briefer/model/counterparts.py)
        assert row[1] == "World Health Organization (WHO)"


def test_dutch_csv_is_semicolon_separated_and_the_separator_can_be_chosen(world, tmp_path, capsys):
    store, _ = world
    store.close()
    out = tmp_path / "acties.csv"
    write_actions(build_action_list(Store.open(tmp_path / "r.sqlite", user="x"), lang="nl"), out, "csv", "nl")
    raw = out.read_bytes()
    first = raw.decode("utf-8-sig").splitlines()[0]
    assert first == "Gesprek;Land;Wat;Eigenaar;Uiterlijk;Status"
    assert ["Gesprek", "Land", "Wat", "Eigenaar", "Uiterlijk", "Status"] == _csv_rows(raw, ";")[0]
    out2 = tmp_path / "tab.csv"
    write_actions(build_action_list(Store.open(tmp_path / "r.sqlite", user="x"), lang="nl"), out2, "csv", "nl", "\t")
    assert out2.read_bytes().decode("utf-8-sig").splitlines()[0].split("\t")[0] == "Gesprek"


def test_cli_delimiter_option(tmp_path, capsys):
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "demo"]) == 0
    out = tmp_path / "a.csv"
    assert main(["--data-dir", str(data), "export", "actions", "--format", "csv", "--lang", "nl", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8-sig").splitlines()[0].count(";") == 5
    assert main(["--data-dir", str(data), "export", "actions", "--format", "csv", "--lang", "nl",
                 "--delimiter", ",", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8-sig").splitlines()[0].count(",") == 5
    capsys.readouterr()
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", str(data), "export", "actions", "--format", "csv", "--delimiter", "x", "-o", str(out)])
    assert exc.value.code == 2
    assert "'x' is not a separator" in capsys.readouterr().err
    assert main(["--data-dir", str(data), "export", "actions", "--format", "xlsx", "--delimiter", ";",
                 "-o", str(tmp_path / "a.xlsx")]) != 0
    assert "--delimiter works with --format csv only" in capsys.readouterr().err
    assert not (tmp_path / "a.xlsx").exists()


# ------------------------------------------------------------------ fuzz: no cell is ever a formula
_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
_risky = st.builds(lambda a, b: a + b, st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", " =", ""]), _text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_risky, _risky, _risky, _risky), min_size=1, max_size=4))
def test_fuzz_no_cell_is_a_formula(texts):
    lines = [ActionLine(meeting=m, country="", what=w, owner=o, due=None, status=s, counterpart="")
             for m, w, o, s in texts]
    ws = load_workbook(io.BytesIO(render_xlsx(lines))).active
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    for r, (m, w, o, s) in enumerate(texts, start=2):
        got = [ws.cell(row=r, column=col).value for col in (1, 3, 4, 6)]
        assert got == [ILLEGAL_CHARACTERS_RE.sub("", t) or None for t in (m, w, o, s)]

    rows = list(csv.reader(io.StringIO(render_csv(lines).decode("utf-8-sig"), newline="")))
    assert len(rows) == 1 + len(texts)
    dutch = list(csv.reader(io.StringIO(render_csv(lines, "nl").decode("utf-8-sig"), newline=""), delimiter=";"))
    assert [r[2] for r in dutch[1:]] == [r[2] for r in rows[1:]]
    for row, (m, w, o, s) in zip(rows[1:], texts):
        for cell, t in zip((row[0], row[2], row[3], row[5]), (m, w, o, s)):
            assert not cell.startswith(FORMULA_STARTS)
            assert cell == (("'" + t) if t.startswith(FORMULA_STARTS) else t)


# ------------------------------------------------------------------ LibreOffice opens the files
@needs_libreoffice
def test_libreoffice_shows_the_xlsx_text_not_formula_results(world, tmp_path):
    store, _ = world
    out = tmp_path / "actions.xlsx"
    write_actions(build_action_list(store), out, "xlsx")
    text = pdf_text(libreoffice_pdf(out, tmp_path / "lo"))
    assert "Err:" not in text and "#NAME" not in text
    # the cells show the typed text (column width cuts the long ones, as on screen)
    assert "=1+1" in text and "+31 70 456 7890" in text and '=HYPERLINK("http://example.org/x",' in text
    assert "Bilateral with WHO" in text


@needs_libreoffice
def test_libreoffice_reads_the_dutch_csv_as_text(world, tmp_path):
    """Opened as Dutch Excel would: ';' separated, UTF-8 — with formulas evaluated, as a spreadsheet does."""
    store, _ = world
    out = tmp_path / "acties.csv"
    write_actions(build_action_list(store, lang="nl"), out, "csv", "nl")
    # CSV filter options: separator 59 (;), text delimiter 34 ("), charset 76 (UTF-8), first line 1,
    # column formats, language, quoted-as-text, detect special numbers, …, evaluate formulas = true
    text = pdf_text(libreoffice_pdf(out, tmp_path / "lo", "CSV:59,34,76,1,,1043,false,true,false,false,false,-1,true"))
    assert "Err:" not in text and "Bilateraal met Indonesië" in text
    assert "=1+1" in text and "+31 70 456 7890" in text and "-5 % on the budget line" in text
