"""The follow-up action list as CSV (UTF-8 with BOM, so Excel reads accents right) or xlsx (openpyxl).

Every cell is text the advisors typed, and text must stay text in the program that
opens the file: a spreadsheet evaluates a cell that begins with ``=``, ``+``, ``-`` or
``@`` as a formula (``=HYPERLINK(…)`` becomes a link, ``+31 70 …`` a sum). The xlsx
writes such cells as strings; the CSV, which has no types, puts an apostrophe before
them — the character Excel and LibreOffice themselves use for "this is text".
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from briefer.files import write_atomic
from briefer.exchange.report import ActionLine
from briefer.exchange.words import words

#: A cell starting with one of these is read as a formula by Excel, LibreOffice or Google
#: Sheets (tab and carriage return too: Excel strips them and evaluates what follows).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")

#: The separator a spreadsheet expects when the CSV is opened by double-click: Excel takes
#: the list separator of the system's region, which is ";" wherever the decimal comma is (nl-NL).
DELIMITERS = {"en": ",", "nl": ";"}


def _rows(lines: list[ActionLine], lang: str) -> tuple[list[str], list[list[str]]]:
    w = words(lang)
    headers = [w["meeting"], w["country"], w["what"], w["owner"], w["due"], w["status_h"]]
    rows = [[a.meeting, a.counterpart_name(lang), a.what, a.owner,
             a.due.isoformat() if a.due else "", a.status] for a in lines]
    return headers, rows


def as_text_cell(value: str) -> str:
    """The CSV cell a spreadsheet shows as the text ``value`` instead of evaluating it."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def render_csv(lines: list[ActionLine], lang: str = "en", delimiter: str | None = None) -> bytes:
    """The CSV; ``delimiter`` defaults to the one the language's Excel opens by double-click."""
    headers, rows = _rows(lines, lang)
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=delimiter or DELIMITERS[lang], lineterminator="\r\n")
    writer.writerow([as_text_cell(h) for h in headers])
    writer.writerows([as_text_cell(c) for c in r] for r in rows)
    return buf.getvalue().encode("utf-8-sig")


def render_xlsx(lines: list[ActionLine], lang: str = "en") -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    headers, rows = _rows(lines, lang)
    wb = Workbook()
    ws = wb.active
    ws.title = words(lang)["action_list"][:31]
    ws.append(headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r, a in zip(rows, lines):
        # control characters are not allowed in the file format at all (openpyxl refuses them)
        texts = [ILLEGAL_CHARACTERS_RE.sub("", c) for c in r]
        ws.append(texts[:4] + [a.due] + texts[5:])  # a real date cell, so Excel sorts and filters by it
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                # openpyxl turns any string starting with "=" into a formula; a string cell is text
                cell.data_type = "s"
    for row in ws.iter_rows(min_row=2, min_col=5, max_col=5):
        for cell in row:
            cell.number_format = "yyyy-mm-dd"
    for col, width in zip("ABCDEF", (34, 18, 50, 28, 12, 14)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_actions(lines: list[ActionLine], path: Path, fmt: str, lang: str = "en",
                  delimiter: str | None = None) -> None:
    content = render_csv(lines, lang, delimiter) if fmt == "csv" else render_xlsx(lines, lang)
    write_atomic(path, content)
