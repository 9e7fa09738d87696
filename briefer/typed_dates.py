"""Read a date or a time as a person types it, in Dutch or English; never guess.

Date fields used to be Qt's section-based spin boxes, which edit a date digit by
digit: typing a whole date into one turned ``Tue 19 Nov 2024 11:15`` into 20:24.
People type dates the way they write them, so the fields are now plain text
read by :func:`read_typed`, which accepts (case and extra spaces ignored):

* numeric dates, day first as in the Netherlands and most of Europe — never the
  US month-first order: ``19-11-2024``, ``19/11/2024``, ``19.11.2024``, ISO
  ``2024-11-19``; a two-digit year is this century (``19-11-24`` → 2024), a
  missing year is the reference day's (``19-11``, ``19 nov``);
* month names and abbreviations in both languages, with or without a dot and
  in either order: ``19 nov 2024``, ``19 november 2024``, ``1 mrt.``, ``Nov 19, 2024``,
  optionally led by a weekday that must agree (``di 19 nov 2024``; a wrong one is
  an error, not silently dropped);
* ``today``/``vandaag``, ``tomorrow``/``morgen``, ``yesterday``/``gisteren``, and a
  weekday alone (``fri``, ``friday``, ``vr``, ``vrijdag``): the next such day after today;
* a time ``11:15``, ``11.15`` or ``11h15`` after the date, or alone: then on the
  day the field already shows (the reference day).
* in a date-and-time field, a day alone (``fri``, ``19 november 2024``) keeps the
  time the field already shows, when it shows one.

Month and weekday names come from babel's CLDR data for nl and en, so they are
the names the fields themselves display (:func:`format_typed`). What cannot be
read returns a :class:`DateProblem` whose message names what was not understood
— never a nearby value. Nothing here knows Qt; the GUI's date fields use it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

LOCALES = {"nl": "nl_NL", "en": "en_GB"}

DATE, DATETIME, TIME = "date", "datetime", "time"

#: Words for the day relative to today, in both languages.
_RELATIVE = {"today": 0, "vandaag": 0, "tomorrow": 1, "morgen": 1, "yesterday": -1, "gisteren": -1,
             "overmorgen": 2}

_TIME_AT_END = re.compile(r"(?:^|\s)(?:om\s+|at\s+)?(\d{1,2})\s*[:.h]\s*(\d{2})(?:\s*(?:u|uur|h))?$")
_NUMERIC = re.compile(r"^(\d{1,4})\s*([-/.])\s*(\d{1,2})(?:\s*\2\s*(\d{1,4}))?$")
_TOKEN = re.compile(r"\d+[^\W\d_]*|[^\W\d_]+")
_ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|e|ste|de)$")

_MESSAGES = {
    "en": {
        "unreadable": "could not read “{text}” as a {what}; type for example {example}",
        "unknown_word": "“{word}” is not a month or a day of the week",
        "no_such_date": "there is no such date: {text} (day first, as in 19-11-2024)",
        "bad_time": "“{text}” is not a time of day (00:00 to 23:59)",
        "weekday_mismatch": "{day} is a {actual}, not a {typed}",
        "no_time_here": "this field takes a date only, without a time",
        "no_date_here": "this field takes a time only, such as 11:15",
        "no_such_time": "{time} does not exist on {day} in {tz}: the clocks go forward then",
        "date": "date", "datetime": "date and time", "time": "time",
    },
    "nl": {
        "unreadable": "“{text}” is niet te lezen als {what}; typ bijvoorbeeld {example}",
        "unknown_word": "“{word}” is geen maand of dag van de week",
        "no_such_date": "deze datum bestaat niet: {text} (eerst de dag, zoals in 19-11-2024)",
        "bad_time": "“{text}” is geen tijdstip (00:00 tot en met 23:59)",
        "weekday_mismatch": "{day} is een {actual}, geen {typed}",
        "no_time_here": "dit veld neemt alleen een datum, zonder tijd",
        "no_date_here": "dit veld neemt alleen een tijd, bijvoorbeeld 11:15",
        "no_such_time": "{time} bestaat niet op {day} in {tz}: dan gaat de klok vooruit",
        "date": "datum", "datetime": "datum en tijd", "time": "tijd",
    },
}
_EXAMPLES = {DATE: "19-11-2024", DATETIME: "19-11-2024 11:15", TIME: "11:15"}


class DateProblem:
    """Why typed text is not a date: a kind, the text concerned and the words to fill in.

    Not a dataclass on purpose: serialisers (pydantic's, for the drafts a lock keeps)
    turn it into its ``str()`` — the text as typed — rather than a dict of its parts.
    """

    __slots__ = ("kind", "text", "what", "values")

    def __init__(self, kind: str, text: str, what: str = DATE, values: dict | None = None):
        self.kind, self.text, self.what, self.values = kind, text, what, dict(values or {})

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DateProblem) and (self.kind, self.text, self.what) == (other.kind, other.text, other.what)

    def __hash__(self) -> int:
        return hash((self.kind, self.text, self.what))

    def __repr__(self) -> str:
        return f"DateProblem({self.kind!r}, {self.text!r}, {self.what!r})"

    def __str__(self) -> str:
        """The text as typed: what a draft keeps, so the field can show it again."""
        return self.text

    def message(self, lang: str = "en") -> str:
        lang = lang if lang in _MESSAGES else "en"
        words = _MESSAGES[lang]
        values = {k: _word(v, lang) for k, v in self.values.items()}
        return words[self.kind].format(text=self.text, what=words[self.what], example=_EXAMPLES[self.what], **values)


@dataclass(frozen=True)
class _Weekday:
    number: int  # 0 = Monday


def _word(value: object, lang: str) -> str:
    """A date or weekday in a message, in the message's language."""
    from babel.dates import get_day_names

    if isinstance(value, _Weekday):
        return get_day_names("wide", locale=LOCALES[lang])[value.number]
    if isinstance(value, date):
        from babel.dates import format_date

        return format_date(value, "d MMMM y", locale=LOCALES[lang])
    return str(value)


# ---------------------------------------------------------------------- names (babel)
@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, int], dict[str, int]]:
    """Month (1–12) and weekday (0 = Monday) for every name, abbreviation and unambiguous prefix."""
    from babel.dates import get_day_names, get_month_names

    def build(lists: list[tuple[dict, int]]) -> dict[str, int]:
        found: dict[str, set[int]] = {}
        for names, min_prefix in lists:
            for number, name in names.items():
                word = _fold(name).rstrip(".")
                keys = {word} | {word[:n] for n in range(min_prefix, len(word))}
                for key in keys:
                    found.setdefault(key, set()).add(number)
        return {k: v.pop() for k, v in found.items() if len(v) == 1}

    months, days = [], []
    for locale in LOCALES.values():
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                months.append((get_month_names(width, context, locale), 3 if width == "wide" else 99))
                days.append((get_day_names(width, context, locale), 2 if width == "wide" else 99))
        days.append((get_day_names("short", "format", locale), 99))
    month_map = build(months)
    month_map.update({"sept": 9})  # "Sept." is common in English
    return month_map, build(days)


def _fold(text: str) -> str:
    return text.casefold().strip()


def month_number(word: str) -> int | None:
    return _names()[0].get(_fold(word).rstrip("."))


def weekday_number(word: str) -> int | None:
    return _names()[1].get(_fold(word).rstrip("."))


# ---------------------------------------------------------------------- formatting
def format_typed(value: date | datetime | time, lang: str = "en", tz: ZoneInfo | None = None) -> str:
    """How a field shows a value, and a text :func:`read_typed` reads back to the same value.

    ``di 19 nov 2024 11:15`` / ``Tue 19 Nov 2024 11:15``; a datetime in ``tz`` (the conference's).
    """
    from babel.dates import format_date

    locale = LOCALES.get(lang, LOCALES["en"])
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if isinstance(value, datetime):
        local = value.astimezone(tz) if tz is not None and value.tzinfo is not None else value
        return f"{format_date(local.date(), 'EEE d MMM y', locale=locale)} {local:%H:%M}"
    return format_date(value, "EEE d MMM y", locale=locale)


# ---------------------------------------------------------------------- reading
def read_typed(text: str, kind: str = DATE, *, today: date, shown: date | None = None,
               tz: ZoneInfo | None = None, shown_time: time | None = None) -> date | datetime | time | None | DateProblem:
    """What ``text`` means in a field of ``kind`` (DATE, DATETIME or TIME); None for empty text.

    ``today`` anchors today/tomorrow/weekdays; ``shown`` (the day the field shows, else
    ``today``) gives the day of a time typed alone and the year of a date typed without one.
    ``shown_time`` (the time a DATETIME field shows) is kept when only a day is typed —
    ``fri`` or ``19 november 2024`` moves a meeting to that day at its own time, as
    ``11:15`` alone keeps its day; without one, a DATETIME needs a time.
    A DATETIME comes back aware, in ``tz``; a time the clocks skip in ``tz`` is a problem.
    """
    clean = " ".join(text.replace(",", " ").split())
    if not clean:
        return None
    shown = shown or today
    low = _fold(clean)
    moment: time | None = None
    rest = low
    if kind == DATE:
        day = _read_day(low, kind, clean, today, shown)
        if isinstance(day, DateProblem):
            m = _TIME_AT_END.search(low)
            if m and m.start() > 0 and isinstance(_read_day(low[: m.start()].strip(), kind, clean, today, shown), date):
                return DateProblem("no_time_here", clean, kind)
        return day
    m = _TIME_AT_END.search(low)
    if m:
        hour, minute = int(m.group(1)), int(m.group(2))
        if hour > 23 or minute > 59:
            return DateProblem("bad_time", m.group(0).strip(), kind)
        moment = time(hour, minute)
        rest = low[: m.start()].strip()
    if kind == TIME:
        if moment is None:
            return DateProblem("unreadable", clean, kind)
        return moment if not rest else DateProblem("no_date_here", clean, kind)
    if kind == DATETIME and moment is None:
        if shown_time is None:
            return DateProblem("unreadable", clean, kind)
        day = _read_day(low, kind, clean, today, shown)
        if isinstance(day, DateProblem):  # no time and no day: say what a date and time looks like
            return day if day.kind in ("no_such_date", "weekday_mismatch") else DateProblem("unreadable", clean, kind)
        moment, rest = shown_time, low
    day = _read_day(rest, kind, clean, today, shown) if rest else shown
    if isinstance(day, DateProblem):
        return day
    zone = tz or ZoneInfo("UTC")
    result = datetime.combine(day, moment, tzinfo=zone)
    if result.astimezone(timezone.utc).astimezone(zone).replace(tzinfo=None) != result.replace(tzinfo=None):
        return DateProblem("no_such_time", clean, kind,
                           {"time": f"{moment:%H:%M}", "day": day, "tz": getattr(zone, "key", str(zone))})
    return result


def _read_day(rest: str, kind: str, clean: str, today: date, shown: date) -> date | DateProblem:
    if rest in _RELATIVE:
        return today + timedelta(days=_RELATIVE[rest])
    m = _NUMERIC.match(rest)
    if m:
        return _numeric(m, kind, clean, shown)
    tokens = _TOKEN.findall(rest)
    if not tokens or "".join(tokens) != re.sub(r"[\s./-]", "", rest):
        return DateProblem("unreadable", clean, kind)
    weekday: int | None = None
    numbers: list[int] = []
    month: int | None = None
    for tok in tokens:
        if tok.isdigit():
            numbers.append(int(tok))
            continue
        ordinal = _ORDINAL.match(tok)
        if ordinal:
            numbers.append(int(ordinal.group(1)))
            continue
        mon, wd = month_number(tok), weekday_number(tok)
        if mon is not None and month is None:
            month = mon
        elif wd is not None and weekday is None and month is None and not numbers:
            weekday = wd
        else:
            return DateProblem("unknown_word", clean, kind, {"word": tok})
    if month is None:
        if weekday is not None and not numbers:
            ahead = (weekday - today.weekday() - 1) % 7 + 1
            return today + timedelta(days=ahead)
        return DateProblem("unreadable", clean, kind)
    if len(numbers) == 1:
        day_number, year = numbers[0], shown.year
    elif len(numbers) == 2:
        day_number, year = numbers[0], _full_year(numbers[1])
        if numbers[0] > 31 and numbers[1] <= 31:  # "2024 nov 19"
            day_number, year = numbers[1], numbers[0]
    else:
        return DateProblem("unreadable", clean, kind)
    result = _make_date(year, month, day_number, kind, clean)
    if isinstance(result, date) and weekday is not None and result.weekday() != weekday:
        return DateProblem("weekday_mismatch", clean, kind,
                           {"day": result, "actual": _Weekday(result.weekday()), "typed": _Weekday(weekday)})
    return result


def _numeric(m: re.Match, kind: str, clean: str, shown: date) -> date | DateProblem:
    first, _sep, second, third = m.group(1), m.group(2), m.group(3), m.group(4)
    if len(first) == 4:  # ISO: year-month-day
        if third is None:
            return DateProblem("unreadable", clean, kind)
        return _make_date(int(first), int(second), int(third), kind, clean)
    if len(first) > 2:
        return DateProblem("unreadable", clean, kind)
    year = shown.year if third is None else _full_year(int(third)) if len(third) in (2, 4) else None
    if year is None:
        return DateProblem("unreadable", clean, kind)
    return _make_date(year, int(second), int(first), kind, clean)


def _full_year(year: int) -> int:
    """A two-digit year is this century's: 24 → 2024 (conferences are not planned a century ahead)."""
    return 2000 + year if year < 100 else year


def _make_date(year: int, month: int, day: int, kind: str, clean: str) -> date | DateProblem:
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        return DateProblem("no_such_date", clean, kind)
    try:
        return date(year, month, day)
    except ValueError:
        return DateProblem("no_such_date", clean, kind)
