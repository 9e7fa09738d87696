"""Plain-text tables and JSON for the command line."""

from __future__ import annotations

import json
import shutil
from typing import Any, Sequence


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A left-aligned text table that fits the terminal where it can."""
    cells = [[("" if v is None else str(v)).replace("\n", " ") for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, v in enumerate(row):
            widths[i] = max(widths[i], len(v))
    limit = max(shutil.get_terminal_size((160, 20)).columns, 100)
    while sum(widths) + 2 * (len(widths) - 1) > limit and max(widths) > 20:
        widths[widths.index(max(widths))] -= 1
    def fmt(row):
        out = []
        for v, w in zip(row, widths):
            out.append(v if len(v) <= w else v[: w - 1] + "…")
        return "  ".join(o.ljust(w) for o, w in zip(out, widths)).rstrip()
    lines = [fmt(headers), "  ".join("-" * w for w in widths)]
    lines += [fmt(r) for r in cells]
    return "\n".join(lines)


def as_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)
