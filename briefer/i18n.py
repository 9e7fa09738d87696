"""Words and dates for the core's outputs (command line, packs, exports) in Dutch or English.

The GUI translates its own interface with Qt's translator; everything the core
prints takes its labels from here, and its dates from babel, in the
conference's timezone.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

LANGS = ("nl", "en")

_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; use nl or en")
    return lang


def format_time(moment: datetime, tz: ZoneInfo | str, lang: str = "en") -> str:
    """``09:30`` — 24-hour clock in both languages, as ministries write it."""
    if isinstance(tz, str):
        tz = ZoneInfo(tz)
    return moment.astimezone(tz).strftime("%H:%M")


def format_date(day: date | datetime, lang: str = "en", tz: ZoneInfo | str | None = None, *, fmt: str = "full") -> str:
    """``woensdag 19 juni 2019`` / ``Wednesday 19 June 2019`` (babel)."""
    from babel.dates import format_date as _fd

    if isinstance(day, datetime):
        if tz is not None:
            day = day.astimezone(ZoneInfo(tz) if isinstance(tz, str) else tz)
        day = day.date()
    pattern = {"full": "EEEE d MMMM y", "long": "d MMMM y", "short": "EEE d MMM"}.get(fmt, fmt)
    return _fd(day, pattern, locale=_LOCALES[check_lang(lang)])


def format_span(start: datetime, end: datetime, tz: ZoneInfo | str, lang: str = "en") -> str:
    """``Wed 19 Jun 09:30–10:00`` in the conference's timezone."""
    return f"{format_date(start, lang, tz, fmt='short')} {format_time(start, tz)}–{format_time(end, tz)}"
