"""A VTIMEZONE in the yearly-rule form Outlook itself writes, for any IANA timezone.

icalendar writes a VTIMEZONE as a list of RDATEs (one per transition). That is valid
iCalendar, but Outlook is reported to misread it and shift summer events by an hour.
Outlook's own files describe a zone by two observances, each with a yearly RRULE
("the last Sunday of March at 02:00") starting in 1601. Where a zone's transitions
follow such a rule in the years around the conference (Europe, North America,
Australia, …) this module writes that form; where they do not (a zone whose dates
move with a lunar calendar, or that changed its rules then) it falls back to
icalendar's exact RDATE form. A zone without daylight saving is one STANDARD.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar

_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class Transition:
    local_before: datetime  # the wall time just before the change, in the old offset (naive)
    offset_from: timedelta
    offset_to: timedelta
    dst: bool  # whether the new offset is daylight saving
    name: str


@dataclass(frozen=True)
class YearlyRule:
    month: int
    week: int  # 1..4, or -1 for the last
    weekday: int  # 0 = Monday
    time: tuple[int, int]

    def day_in(self, year: int) -> date:
        weeks = calendar.monthcalendar(year, self.month)
        days = [w[self.weekday] for w in weeks if w[self.weekday]]
        return date(year, self.month, days[self.week - 1 if self.week > 0 else -1])

    def rrule(self) -> dict:
        return {"freq": "YEARLY", "bymonth": self.month, "byday": f"{self.week}{_DAYS[self.weekday]}"}


def transitions(zone: ZoneInfo, year: int) -> list[Transition]:
    """The offset changes of ``zone`` in ``year``, found by stepping and bisecting in UTC."""
    out = []
    start = datetime(year, 1, 1, tzinfo=timezone.utc) - timedelta(hours=14)
    end = datetime(year + 1, 1, 1, tzinfo=timezone.utc) + timedelta(hours=14)
    step = timedelta(hours=6)
    t = start
    while t < end:
        a, b = t.astimezone(zone), (t + step).astimezone(zone)
        if a.utcoffset() != b.utcoffset() or a.tzname() != b.tzname():
            lo, hi = t, t + step
            while hi - lo > timedelta(minutes=1):
                mid = lo + (hi - lo) / 2
                if mid.astimezone(zone).utcoffset() == a.utcoffset() and mid.astimezone(zone).tzname() == a.tzname():
                    lo = mid
                else:
                    hi = mid
            after = hi.astimezone(zone)
            before_local = (hi + a.utcoffset()).replace(tzinfo=None)
            if before_local.year == year:
                out.append(Transition(before_local, a.utcoffset(), after.utcoffset(), bool(after.dst()),
                                      after.tzname() or ""))
        t += step
    return out


def _rule_for(t: Transition) -> YearlyRule:
    d = t.local_before.date()
    last = d.day + 7 > calendar.monthrange(d.year, d.month)[1]
    week = -1 if last else (d.day - 1) // 7 + 1
    return YearlyRule(d.month, week, d.weekday(), (t.local_before.hour, t.local_before.minute))


def _yearly_rules(zone: ZoneInfo, year: int) -> list[tuple[Transition, YearlyRule]] | None:
    """Two yearly rules that give every transition from ``year - 1`` to ``year + 2``, else None."""
    here = transitions(zone, year)
    if len(here) != 2 or here[0].dst == here[1].dst:
        return None
    rules = [(t, _rule_for(t)) for t in here]
    for y in range(year - 1, year + 3):
        actual = transitions(zone, y)
        if len(actual) != 2:
            return None
        for (t, rule), other in zip(rules, actual):
            if (other.offset_from, other.offset_to) != (t.offset_from, t.offset_to):
                return None
            if other.local_before.date() != rule.day_in(y) or \
                    (other.local_before.hour, other.local_before.minute) != rule.time:
                return None
    return rules


def vtimezone(tzid: str, year: int) -> icalendar.Timezone | None:
    """The VTIMEZONE of ``tzid`` valid around ``year`` in Outlook's yearly-rule form, or None
    when the zone's transitions follow no such rule (the caller then writes the RDATE form)."""
    zone = ZoneInfo(tzid)
    tz = icalendar.Timezone()
    tz.add("tzid", tzid)
    if not transitions(zone, year) and not transitions(zone, year + 1) and not transitions(zone, year - 1):
        moment = datetime(year, 7, 1, 12, tzinfo=zone)
        std = icalendar.TimezoneStandard()
        std.add("dtstart", datetime(1601, 1, 1))
        std.add("tzoffsetfrom", moment.utcoffset())
        std.add("tzoffsetto", moment.utcoffset())
        std.add("tzname", moment.tzname() or tzid)
        tz.add_component(std)
        return tz
    rules = _yearly_rules(zone, year)
    if rules is None:
        return None
    for t, rule in sorted(rules, key=lambda r: r[0].dst):  # STANDARD first, as Outlook writes it
        obs = icalendar.TimezoneDaylight() if t.dst else icalendar.TimezoneStandard()
        obs.add("dtstart", datetime(1601, 1, 1, *rule.time))
        obs.add("rrule", rule.rrule())
        obs.add("tzoffsetfrom", t.offset_from)
        obs.add("tzoffsetto", t.offset_to)
        obs.add("tzname", t.name)
        tz.add_component(obs)
    return tz
