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


def progress_line(stream, label: str, *, every: float = 0.1, clock=None):
    """A ``progress(done, total)`` that keeps one line on a terminal up to date ("label 750/1500").

    Only on a terminal: a script or a pipe reading stderr gets no carriage-return
    noise, just the command's usual one-line result. Redrawn at most every
    ``every`` seconds (a report of thousands of meetings would otherwise spend
    its time writing to the terminal); the last call ends the line.
    """
    import time

    clock = clock or time.monotonic
    if not (hasattr(stream, "isatty") and stream.isatty()):
        return lambda done, total: None
    last = [float("-inf")]

    def show(done: int, total: int) -> None:
        now = clock()
        final = done >= total
        if not final and now - last[0] < every:
            return
        last[0] = now
        stream.write(f"\r{label} {done}/{total}" + ("\n" if final else ""))
        stream.flush()

    return show
