"""The follow-up action list as CSV (UTF-8 with BOM, so Excel reads accents right) or xlsx (openpyxl)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from briefer.files import write_atomic
from briefer.exchange.report import ActionLine
from briefer.exchange.words import words
from briefer.model import country_name


def _rows(lines: list[ActionLine], lang: str) -> tuple[list[str], list[list[str]]]:
    w = words(lang)
    headers = [w["meeting"], w["country"], w["what"], w["owner"], w["due"], w["status_h"]]
    rows = [[a.meeting, country_name(a.country, lang) if a.country else "", a.what, a.owner,
             a.due.isoformat() if a.due else "", a.status] for a in lines]
    return headers, rows


def render_csv(lines: list[ActionLine], lang: str = "en") -> bytes:
    headers, rows = _rows(lines, lang)
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8-sig")


def render_xlsx(lines: list[ActionLine], lang: str = "en") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    headers, rows = _rows(lines, lang)
    wb = Workbook()
    ws = wb.active
    ws.title = words(lang)["action_list"][:31]
    ws.append(headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r, a in zip(rows, lines):
        ws.append(r[:4] + [a.due] + r[5:])  # a real date cell, so Excel sorts and filters by it
    for row in ws.iter_rows(min_row=2, min_col=5, max_col=5):
        for cell in row:
            cell.number_format = "yyyy-mm-dd"
    for col, width in zip("ABCDEF", (34, 18, 50, 28, 12, 14)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_actions(lines: list[ActionLine], path: Path, fmt: str, lang: str = "en") -> None:
    content = render_csv(lines, lang) if fmt == "csv" else render_xlsx(lines, lang)
    write_atomic(path, content)
