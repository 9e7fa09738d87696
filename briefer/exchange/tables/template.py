"""An empty sheet per kind, with the headers Briefer recognises, for organisers and advisors to fill in.

The header row is in the language asked (Dutch or English — both are read back);
a second row holds an example the import would accept, which the user overwrites
or deletes. xlsx cells are text cells, so an example such as "15-05-2025" is not
turned into a date by Excel's own guess.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from briefer.exchange.tables.kinds import Kind

_SKIP_IN_TEMPLATE = {"id", "principal_title"}


def template_columns(kind: Kind) -> list:
    """The columns of the template: a person's "Name" is left out (given and family name are asked
    apart), an organisation's or a room's is the one it needs."""
    fields = {c.field for c in kind.columns}
    skip = _SKIP_IN_TEMPLATE | ({"name"} if "family_name" in fields else set())
    return [c for c in kind.columns if c.field not in skip]


def render_template(kind: Kind, fmt: str, lang: str = "en") -> bytes:
    cols = template_columns(kind)
    headers = [(c.nl if lang == "nl" else c.en)[0] for c in cols]
    example = [c.example for c in cols]
    if fmt == "csv":
        buf = io.StringIO(newline="")
        writer = csv.writer(buf, delimiter=";" if lang == "nl" else ",", lineterminator="\r\n")
        writer.writerow(headers)
        writer.writerow(example)
        return ("\ufeff" + buf.getvalue()).encode("utf-8")
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = kind.name
    for i, (h, e) in enumerate(zip(headers, example), start=1):
        head = ws.cell(row=1, column=i, value=h)
        head.font = Font(bold=True)
        if e:
            c = ws.cell(row=2, column=i)
            c.value = e
            c.data_type = "s"
            c.number_format = "@"
        ws.column_dimensions[head.column_letter].width = max(14, len(h) + 4, len(e) + 2)
    ws.freeze_panes = "A2"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def write_template(kind: Kind, path: Path, lang: str = "en") -> Path:
    from briefer.errors import InvalidRecord
    from briefer.files import write_atomic

    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("xlsx", "csv"):
        raise InvalidRecord(f"'{path.name}': a template is written as .xlsx or .csv", field="-o")
    write_atomic(path, render_template(kind, fmt, lang))
    return path
