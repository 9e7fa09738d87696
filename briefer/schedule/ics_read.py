"""Reading an organiser's iCalendar file into programme occurrences — or refusing it clearly.

The icalendar library parses (VTIMEZONE definitions, Windows TZIDs written by
Outlook/Exchange, UTC and floating times); recurring-ical-events expands
recurrences, moved and cancelled instances within the conference days only.
Everything a user must know is kept: events outside the conference days are
reported as skipped, never silently dropped; anything malformed raises
:class:`~briefer.errors.ImportFailed` naming the line or the event, before
anything is written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

import icalendar
import recurring_ical_events

from briefer.errors import ImportFailed
from briefer.files import read_input
from briefer.model import Conference

#: Files beyond this are not a conference programme.
MAX_BYTES = 20 * 1024 * 1024
#: Occurrences within the conference days, all events together.
MAX_OCCURRENCES = 5000
#: Steps a recurrence may take from its start to reach the conference days.
MAX_RECURRENCE_STEPS = 200_000
#: Components inside one another (VCALENDAR > VEVENT > VALARM, VTIMEZONE > STANDARD need three):
#: the parser's tree walk recurses, so a file nested thousands deep must be refused before it.
MAX_NESTING = 10
#: Length given to an event with a start and no end.
DEFAULT_LENGTH = timedelta(minutes=30)
BRIEFER_KIND = "X-BRIEFER-KIND"

_FREQ_SECONDS = {"SECONDLY": 1, "MINUTELY": 60, "HOURLY": 3600, "DAILY": 86400, "WEEKLY": 7 * 86400,
                 "MONTHLY": 28 * 86400, "YEARLY": 365 * 86400}


@dataclass(frozen=True)
class Occurrence:
    """One programme item to become a session (one day of an all-day item, one instance of a series)."""

    key: str
    uid: str
    title: str
    start: datetime
    end: datetime
    description: str = ""
    location: str = ""
    categories: tuple[str, ...] = ()
    cancelled: bool = False
    notes: tuple[str, ...] = ()
    #: "session" when the event came from a Briefer export (its description is composed, not the session's own).
    briefer_kind: str = ""


@dataclass(frozen=True)
class Skipped:
    uid: str
    title: str
    when: str
    reason: str


@dataclass(frozen=True)
class CalendarContent:
    occurrences: tuple[Occurrence, ...]
    skipped: tuple[Skipped, ...]


def read_calendar_file(path) -> bytes:
    """The bytes of the calendar file at ``path``: a regular file of at most :data:`MAX_BYTES`, else refused.

    Named pipes and devices are refused without waiting on them (``/dev/zero`` would never end)."""
    return read_input(path, max_bytes=MAX_BYTES, error=ImportFailed)


def read_calendar(data: bytes, conference: Conference, *, file: str = "calendar") -> CalendarContent:
    """The occurrences within the conference days, and what was skipped and why."""
    if len(data) > MAX_BYTES:
        raise ImportFailed(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB; not a conference programme",
                           file=file)
    text = _decode(data, file)
    cal = _parse(data, text, file)
    events = [c for c in cal.walk("VEVENT")]
    _check_components(cal, text, file)
    for n, ev in enumerate(events, 1):
        _check_event(ev, n, conference, file)
    return _expand(cal, events, conference, file)


# ---------------------------------------------------------------------- parsing
def _decode(data: bytes, file: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFailed(f"line {line}: the file is not UTF-8 text (an iCalendar file must be)", file=file) from None


def _parse(data: bytes, text: str, file: str) -> icalendar.Calendar:
    if not text.strip():
        raise ImportFailed("the file is empty", file=file)
    if not text.lstrip().upper().startswith("BEGIN:VCALENDAR"):
        raise ImportFailed("line 1: not an iCalendar file (it must start with BEGIN:VCALENDAR)", file=file)
    _check_nesting(text, file)
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:  # noqa: BLE001 — the parser raises many kinds; all mean "malformed"
        raise ImportFailed(f"not a valid iCalendar file ({_short(exc)})", file=file) from None
    if getattr(cal, "name", None) != "VCALENDAR":
        raise ImportFailed("not an iCalendar file (no VCALENDAR)", file=file)
    return cal


def _check_nesting(text: str, file: str) -> None:
    """Every BEGIN has its END, in order — else name the line where it goes wrong."""
    stack: list[tuple[str, int]] = []
    closed_calendar = False
    for n, line in enumerate(text.splitlines(), 1):
        if line[:1] in (" ", "\t"):  # a folded continuation, not a line of its own
            continue
        head, _, value = line.partition(":")
        key = head.upper()
        if key not in ("BEGIN", "END"):
            continue
        name = value.strip().upper()
        if closed_calendar:
            raise ImportFailed(f"line {n}: {key}:{name} after the calendar's END:VCALENDAR", file=file)
        if key == "BEGIN":
            stack.append((name, n))
            if len(stack) > MAX_NESTING:
                raise ImportFailed(f"line {n}: BEGIN:{_clip(name, 40)} nests components more than {MAX_NESTING} deep",
                                   file=file)
        elif not stack or stack[-1][0] != name:
            expected = f"END:{stack[-1][0]} (opened on line {stack[-1][1]})" if stack else "nothing"
            raise ImportFailed(f"line {n}: END:{name} where {expected} was expected", file=file)
        else:
            stack.pop()
            closed_calendar = not stack
    if stack:
        name, n = stack[-1]
        raise ImportFailed(f"line {n}: BEGIN:{name} is never closed (is the file cut short?)", file=file)


def _check_components(cal, text: str, file: str) -> None:
    for comp in cal.walk():
        for prop, msg in getattr(comp, "errors", ()) or ():
            raise ImportFailed(f"{_where(text, str(msg))}{_name(comp)}: cannot read {prop or 'a line'} ({_clip(msg)})",
                               file=file)


def _where(text: str, message: str) -> str:
    """``line N: `` for the raw line an error message quotes, else nothing."""
    best, best_len = None, 0
    for i, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        if len(s) > max(best_len, 3) and s in message:
            best, best_len = i, len(s)
    return f"line {best}: " if best else ""


def _short(exc: Exception) -> str:
    return _clip(str(exc) or type(exc).__name__)


def _clip(msg, n: int = 160) -> str:
    msg = " ".join(str(msg).split())
    return msg if len(msg) <= n else msg[: n - 1] + "…"


def _name(comp) -> str:
    if comp.name != "VEVENT":
        tzid = comp.get("TZID") if comp.name == "VTIMEZONE" else None
        return f"{comp.name} {tzid}" if tzid else comp.name
    summary = str(comp.get("SUMMARY", "") or "").strip()
    uid = str(comp.get("UID", "") or "").strip()
    label = f"event '{_clip(summary, 60)}'" if summary else "event"
    return f"{label} (UID {_clip(uid, 60)})" if uid else label


def _uid(ev) -> str:
    uid = str(ev.get("UID", "") or "").strip()
    if uid:
        return uid
    # No UID (against RFC 5545): derive one from what identifies the event, so re-imports still match.
    raw = f"{ev.get('SUMMARY', '')}|{ev.get('DTSTART').to_ical() if ev.get('DTSTART') else ''}"
    return "no-uid-" + hashlib.sha1(raw.encode("utf-8", "replace")).hexdigest()[:16]


def _check_event(ev, n: int, conference: Conference, file: str) -> None:
    """Refuse an event that cannot be imported: name it and say why."""
    label = _name(ev) if ev.get("SUMMARY") or ev.get("UID") else f"event #{n}"
    try:
        start = ev.decoded("DTSTART")
    except KeyError:
        raise ImportFailed(f"{label} has no start (DTSTART)", file=file) from None
    except Exception as exc:  # noqa: BLE001
        raise ImportFailed(f"{label}: unreadable start ({_short(exc)})", file=file) from None
    if not isinstance(start, date):
        raise ImportFailed(f"{label}: the start is not a date or date-time", file=file)
    for prop in ("DTEND", "DURATION", "RECURRENCE-ID"):
        if prop in ev:
            try:
                value = ev.decoded(prop)
            except Exception as exc:  # noqa: BLE001
                raise ImportFailed(f"{label}: unreadable {prop} ({_short(exc)})", file=file) from None
            if prop == "DURATION" and not isinstance(value, timedelta) or prop != "DURATION" and not isinstance(value, date):
                raise ImportFailed(f"{label}: {prop} has the wrong kind of value", file=file)
    for prop in ("RDATE", "EXDATE"):
        values = ev.get(prop)
        for v in values if isinstance(values, list) else [values] if values is not None else []:
            for d in getattr(v, "dts", []):
                if not isinstance(d.dt, (date, tuple)):
                    raise ImportFailed(f"{label}: {prop} must hold dates or date-times, not times of day", file=file)
    _check_recurrence(ev, start, label, conference, file)


def _check_recurrence(ev, start, label: str, conference: Conference, file: str) -> None:
    """Refuse recurrences that would take too long to expand up to the conference."""
    rules = ev.get("RRULE")
    for rule in rules if isinstance(rules, list) else [rules] if rules is not None else []:
        freq = (rule.get("FREQ") or [None])[0]
        if freq not in _FREQ_SECONDS:
            raise ImportFailed(f"{label}: RRULE has no valid FREQ", file=file)
        try:
            interval = int((rule.get("INTERVAL") or [1])[0])
        except (TypeError, ValueError):
            raise ImportFailed(f"{label}: RRULE has an invalid INTERVAL", file=file) from None
        if interval < 1:
            raise ImportFailed(f"{label}: RRULE has an invalid INTERVAL", file=file)
        first = start if isinstance(start, datetime) else datetime.combine(start, time(0))
        first = first.replace(tzinfo=None)
        last = datetime.combine(conference.end_date + timedelta(days=1), time(0))
        steps = max((last - first).total_seconds(), 0) / (_FREQ_SECONDS[freq] * interval)
        for part in ("BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH",
                     "BYSETPOS"):
            steps *= max(len(rule.get(part) or []), 1)
        count = rule.get("COUNT")
        if count:
            try:
                steps = min(steps, int(count[0]))
            except (TypeError, ValueError):
                raise ImportFailed(f"{label}: RRULE has an invalid COUNT", file=file) from None
        if steps > MAX_RECURRENCE_STEPS:
            raise ImportFailed(
                f"{label}: its recurrence ({freq.lower()}) would have to be expanded about {int(steps):,} times "
                "to reach the conference days; not a programme item", file=file)


# ---------------------------------------------------------------------- expansion
def _expand(cal, events, conference: Conference, file: str) -> CalendarContent:
    tz = conference.tz
    floating = _calendar_tz(cal) or tz
    window_start = datetime.combine(conference.start_date, time(0), tzinfo=tz)
    window_end = datetime.combine(conference.end_date + timedelta(days=1), time(0), tzinfo=tz)
    masters: dict[str, object] = {}
    series: set[str] = set()
    for ev in events:
        uid = _uid(ev)
        if "RECURRENCE-ID" in ev or "RRULE" in ev or "RDATE" in ev:
            series.add(uid)
        if "RECURRENCE-ID" not in ev:
            masters.setdefault(uid, ev)
        elif uid not in masters:
            masters[uid] = ev
    no_uid = {id(ev): _uid(ev) for ev in events if not str(ev.get("UID", "") or "").strip()}
    if no_uid:
        # recurring-ical-events groups by UID: give UID-less events their derived one.
        for ev in events:
            if id(ev) in no_uid:
                ev["UID"] = no_uid[id(ev)]

    extra_notes = _unknown_timezones(events, getattr(floating, "key", conference.timezone))
    occurrences: dict[str, Occurrence] = {}
    seen: set[str] = set()
    skipped: list[Skipped] = []
    try:
        # CalendarQuery rather than of(): of() rewrites every time into X-WR-TIMEZONE and loses
        # which of the two 02:30s of the October night a UTC time was. We apply X-WR-TIMEZONE
        # ourselves, to floating times only (what Google means by it).
        found = recurring_ical_events.CalendarQuery(cal, False, ["VEVENT"], False).after(window_start)
        for n, occ in enumerate(found):
            if n > MAX_OCCURRENCES * 4:
                raise ImportFailed(f"more than {MAX_OCCURRENCES} items within the conference days", file=file)
            start = _aware(occ.start, floating)
            if start >= window_end:
                break
            uid = _uid(occ)
            seen.add(uid)
            for o in _occurrences(occ, uid, uid in series, conference, floating, window_start, window_end, skipped,
                                  extra_notes.get(uid, ())):
                occurrences[o.key] = o
            if len(occurrences) > MAX_OCCURRENCES:
                raise ImportFailed(f"more than {MAX_OCCURRENCES} items within the conference days", file=file)
    except ImportFailed:
        raise
    except Exception as exc:  # noqa: BLE001 — the expander raises many kinds on odd input
        raise ImportFailed(f"cannot expand the events' dates and recurrences ({_short(exc)})", file=file) from None
    for uid, ev in masters.items():
        if uid in seen:
            continue
        when = _when(ev, tz, floating)
        reason = (f"outside the conference days ({conference.start_date.isoformat()} to "
                  f"{conference.end_date.isoformat()})")
        if uid in series:
            reason = "no occurrence within the conference days"
        skipped.append(Skipped(uid, str(ev.get("SUMMARY", "") or ""), when, reason))
    return CalendarContent(tuple(sorted(occurrences.values(), key=lambda o: (o.start, o.key))), tuple(skipped))


def _calendar_tz(cal):
    """The calendar's X-WR-TIMEZONE, if it names a known zone."""
    from zoneinfo import ZoneInfo

    name = str(cal.get("X-WR-TIMEZONE", "") or "").strip()
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except Exception:  # noqa: BLE001 — unknown or malformed zone names: fall back to the conference's
        return None


def _aware(value, tz) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=tz) if value.tzinfo is None else value
    return datetime.combine(value, time(0), tzinfo=tz)


def _utc(value: datetime, tz) -> datetime:
    return _aware(value, tz).astimezone(timezone.utc)


def _when(ev, tz, floating=None) -> str:
    try:
        start = ev.decoded("DTSTART")
    except Exception:  # noqa: BLE001
        return ""
    if isinstance(start, datetime):
        return _aware(start, floating or tz).astimezone(tz).strftime("%Y-%m-%d %H:%M")
    return start.isoformat()


def _unknown_timezones(events, zone_name: str) -> dict[str, tuple[str, ...]]:
    """Notes for events whose TZID neither the file (VTIMEZONE) nor the zone database knows."""
    out: dict[str, tuple[str, ...]] = {}
    for ev in events:
        for prop in ("DTSTART", "DTEND"):
            value = ev.get(prop)
            tzid = getattr(value, "params", {}).get("TZID") if value is not None else None
            if not tzid:
                continue
            try:
                decoded = ev.decoded(prop)
            except Exception:  # noqa: BLE001 — already refused by _check_event if it mattered
                continue
            if isinstance(decoded, datetime) and decoded.tzinfo is None:
                out[_uid(ev)] = (f"unknown timezone '{_clip(tzid, 40)}': taken as {zone_name} time",)
    return out


def _occurrences(occ, uid, recurring, conference, floating, window_start, window_end, skipped, extra=()):
    """The session-sized pieces of one expanded occurrence (all-day items: one per conference day)."""
    tz = conference.tz
    title = " ".join(str(occ.get("SUMMARY", "") or "").split())
    briefer_kind = str(occ.get(BRIEFER_KIND, "") or "").strip().lower()
    if briefer_kind == "meeting":
        skipped.append(Skipped(uid, title, _when(occ, tz, floating), "a bilateral exported by Briefer, not a programme item"))
        return
    notes: list[str] = list(extra)
    if not title:
        title = "Untitled event"
        notes.append("no title (SUMMARY)")
    key = uid
    if recurring:
        rid = occ.get("RECURRENCE-ID")
        rid = rid.dt if rid is not None else occ.start
        key = f"{uid}#{_utc(rid, floating).strftime('%Y%m%dT%H%M%SZ') if isinstance(rid, datetime) else rid.isoformat()}"
    cancelled = str(occ.get("STATUS", "") or "").upper() == "CANCELLED"
    description = str(occ.get("DESCRIPTION", "") or "").strip()
    location = str(occ.get("LOCATION", "") or "").strip()
    cats: list[str] = []
    raw = occ.get("CATEGORIES")
    for c in raw if isinstance(raw, list) else [raw] if raw is not None else []:
        cats += [str(x) for x in getattr(c, "cats", [])]
    common = dict(uid=uid, title=title, description=description, location=location, categories=tuple(cats),
                  cancelled=cancelled, briefer_kind=briefer_kind)
    start, end = occ.start, occ.end
    if not isinstance(start, datetime):
        # All day ("Exhibition open", "Registration desk"): no times to hold a session to. Made
        # into 08:00–20:00 it would book everyone in it for the day; it is reported instead.
        skipped.append(Skipped(uid, title, start.isoformat(),
                               "an all-day item has no times; not made a session (add one by hand if needed)"))
        return
    s = _utc(start, floating)
    e = _utc(end, floating) if isinstance(end, datetime) else s
    if e <= s:
        e = s + DEFAULT_LENGTH
        notes.append(f"no end: taken as {int(DEFAULT_LENGTH.total_seconds() // 60)} minutes")
    if s < window_start or e > window_end:
        skipped.append(Skipped(uid, title, _when(occ, tz, floating), "starts or ends outside the conference days"))
        return
    yield Occurrence(key=key, start=s, end=e, notes=tuple(notes), **common)
