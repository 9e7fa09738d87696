"""One cell's value as a field wants it — or the reason it cannot be, in words.

Dates come as Excel serial numbers (43635), as datetimes (openpyxl reads a cell
formatted as a date) or as text typed day first ("15-5-2025", "15 mei 2025");
times as fractions of a day (0.375), as times, or as text ("9:30", "9.30").
Text is read with :mod:`briefer.typed_dates`, the same reading as the app's fields.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from briefer.exchange.tables.read import ErrorValue, Formula


class CellProblem(ValueError):
    """Why a cell cannot be used; the message is shown after "row N, column X: "."""


_EXCEL_EPOCH = date(1899, 12, 30)


def text(value: object) -> str:
    if isinstance(value, Formula):
        raise CellProblem(f"holds a formula ({_short(value.text)}); copy the column and paste values only")
    if isinstance(value, ErrorValue):
        raise CellProblem(f"holds the error value {value.text}; fix it in the sheet or empty the cell")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M") if value.time() != time(0) else value.date().isoformat()
    return " ".join(str(value).split()) if value is not None else ""


def _short(s: str) -> str:
    return s if len(s) <= 40 else s[:39] + "…"


def day(value: object, *, today: date) -> date | None:
    """A date from a serial number, a datetime or day-first text; None for an empty cell."""
    from briefer.typed_dates import DATE, DateProblem, read_typed

    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not 1 <= value < 2_958_466:  # Excel's own range: 1900-01-01 … 9999-12-31
            raise CellProblem(f"{value!r} is not a date")
        return _EXCEL_EPOCH + timedelta(days=int(value))
    s = text(value)
    if not s:
        return None
    if re.fullmatch(r"\d{5}(\.0+)?", s):  # a serial number that arrived as text (CSV)
        return _EXCEL_EPOCH + timedelta(days=int(float(s)))
    found = read_typed(s, DATE, today=today)
    if isinstance(found, DateProblem):
        raise CellProblem(found.message())
    return found


def clock(value: object) -> time | None:
    """A time of day from a fraction of a day, a time, a datetime or text; None for an empty cell."""
    from briefer.typed_dates import TIME, DateProblem, read_typed

    if isinstance(value, datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, timedelta):
        value = value.total_seconds() / 86400
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not 0 <= value < 1:
            raise CellProblem(f"{value!r} is not a time of day")
        minutes = round(value * 24 * 60)
        if minutes >= 24 * 60:
            minutes = 24 * 60 - 1
        return time(minutes // 60, minutes % 60)
    s = text(value)
    if not s:
        return None
    if re.fullmatch(r"0?[.,]\d+", s):  # a fraction of a day that arrived as text (CSV in a Dutch locale)
        return clock(float(s.replace(",", ".")))
    found = read_typed(s, TIME, today=date.today())
    if isinstance(found, DateProblem):
        raise CellProblem(found.message())
    return found


def minutes(value: object) -> int | None:
    """A duration in minutes ("30", 30, "0:30", a fraction of a day below one)."""
    if isinstance(value, (time, timedelta)) or (isinstance(value, float) and 0 < value < 1):
        t = clock(value)
        return t.hour * 60 + t.minute if t else None
    s = text(value)
    if not s:
        return None
    m = re.fullmatch(r"(\d{1,2})[:.](\d{2})", s)
    if m:
        return int(m.group(1)) * 60 + int(m.group(2))
    m = re.fullmatch(r"(\d{1,4})\s*(min|minutes|minuten|m)?\.?", s, re.IGNORECASE)
    if not m:
        raise CellProblem(f"'{_short(s)}' is not a number of minutes")
    n = int(m.group(1))
    if not 1 <= n <= 24 * 60:
        raise CellProblem(f"{n} minutes is not a meeting length (1 to 1440)")
    return n


_YES = {"yes", "ja", "y", "j", "true", "waar", "1", "x", "✓"}
_NO = {"no", "nee", "n", "false", "onwaar", "0", ""}


def yes_no(value: object) -> bool:
    if isinstance(value, bool):
        return value
    s = text(value).casefold()
    if s in _YES:
        return True
    if s in _NO:
        return False
    raise CellProblem(f"'{_short(s)}' is not yes or no (ja/nee)")


def items(value: object) -> list[str]:
    """A list typed in one cell: separated by commas, semicolons or line breaks."""
    s = str(value) if not isinstance(value, (Formula, ErrorValue)) else text(value)
    return [p.strip() for p in re.split(r"[,;\n]", s) if p.strip()]


def email(value: object) -> str:
    s = text(value)
    if s.lower().startswith("mailto:"):
        s = s[7:]
    if s and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", s):
        raise CellProblem(f"'{_short(s)}' is not an e-mail address")
    return s
