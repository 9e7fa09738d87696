"""A snapshot of the programme as time-boxed items, indexed by person and by room.

Sessions and bilaterals become :class:`Item` s: who must be there, where, from
when to when. The :class:`ScheduleIndex` keeps each person's and each room's
items sorted by start, so "what overlaps 10:00–10:20 for this minister" is a
binary search, never a scan over the whole programme.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Iterable

from briefer.model.counterparts import meeting_title
from briefer.i18n import LABELS, check_lang, format_span
from briefer.model import (
    Conference,
    CountryBrief,
    Delegation,
    Meeting,
    MeetingBrief,
    MeetingStatus,
    Organisation,
    Person,
    Room,
    Session,
    SessionKind,
)
from briefer.model.walking import WalkingTimes

SESSION, MEETING = "session", "meeting"
#: Session kinds during which nobody is held: a bilateral in a coffee break is the point.
FREE_KINDS = frozenset({SessionKind.BREAK})


@dataclass(frozen=True)
class Item:
    """One thing in someone's day: a session or a bilateral."""

    kind: str
    id: str
    label: str
    start: datetime
    end: datetime
    room_id: str | None
    #: everyone expected there (both delegations).
    people: frozenset[str]
    #: people who cannot leave it: speakers and chair of a session; everyone at a bilateral.
    needed: frozenset[str]
    #: the Dutch principal of a bilateral; None for a session.
    principal_id: str | None = None
    #: session ids where someone speaks or chairs (for "bilateral during a speech").
    speakers: frozenset[str] = frozenset()
    blocks_people: bool = True


@dataclass(frozen=True)
class Schedule:
    """Everything the schedule services read, taken from the store in one go."""

    conference: Conference
    sessions: tuple[Session, ...]
    meetings: tuple[Meeting, ...]  # cancelled ones left out
    rooms: dict[str, Room]
    people: dict[str, Person]
    delegations: tuple[Delegation, ...]
    walking: WalkingTimes = field(default_factory=WalkingTimes)
    meeting_briefs: dict[str, MeetingBrief] = field(default_factory=dict)  # by meeting id
    country_briefs: dict[str, CountryBrief] = field(default_factory=dict)  # by ISO3
    #: counterpart organisations, named by acronym in a bilateral's label.
    organisations: dict[str, Organisation] = field(default_factory=dict)
    #: the reader's language ("en" or "nl") for every sentence built from this snapshot.
    lang: str = "en"
    #: cancelled bilaterals, kept apart: no conflict check may see them, but a calendar export
    #: must write them as cancelled or the old event stays in Outlook.
    cancelled_meetings: tuple[Meeting, ...] = ()
    #: formatted spans and item descriptions, so thousands of findings do not each ask babel again.
    _spans: dict = field(default_factory=dict, compare=False, repr=False)
    _described: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        # the language's sentences, looked up once: a busy check writes tens of thousands
        object.__setattr__(self, "_words", LABELS[check_lang(self.lang)])

    # ------------------------------------------------------------ naming
    def text(self, key: str, **values: object) -> str:
        """The sentence ``key`` from :mod:`briefer.i18n` in this snapshot's language (as ``label``)."""
        text = self._words[key]
        return text.format(**values) if values else text

    def person_name(self, pid: str) -> str:
        p = self.people.get(pid)
        return p.full_name if p else pid[:8]

    def room_name(self, rid: str | None) -> str:
        if not rid:
            return self.text("no_room")
        r = self.rooms.get(rid)
        return r.name if r else rid[:8]

    def span(self, start: datetime, end: datetime) -> str:
        key = (start, end)
        text = self._spans.get(key)
        if text is None:
            text = self._spans[key] = format_span(start, end, self.conference.timezone, self.lang)
        return text

    def describe(self, item: Item) -> str:
        """``'Plenary 1' (Wed 19 Jun 09:00–10:30, Room A)`` / ``'Plenary 1' (wo 19 jun 09:00–10:30, Zaal A)``."""
        key = (item.label, item.start, item.end, item.room_id)
        text = self._described.get(key)
        if text is None:
            text = self._described[key] = self.text(
                "sched_item", label=item.label, span=self.span(item.start, item.end), room=self.room_name(item.room_id))
        return text

    def meeting_label(self, m: Meeting) -> str:
        """``Bilateral with Indonesia`` / ``Bilateraal met Indonesië`` (or the meeting's own title).

        One naming for every output (briefer/model/counterparts.py).
        """
        return meeting_title(m, self.organisations, self.lang)

    # ------------------------------------------------------------ delegations
    def delegation_head(self, country: str | None = None, organisation_id: str | None = None) -> str | None:
        """The head of a country's (or organisation's) delegation, if recorded."""
        for d in self.delegations:
            if d.host:
                continue
            if (country and d.country == country) or (organisation_id and d.organisation_id == organisation_id):
                if d.head_id:
                    return d.head_id
        return None

    # ------------------------------------------------------------ items
    def meeting_item(self, m: Meeting) -> Item:
        people = set(m.people_ids())
        if not m.counterpart_ids:
            head = self.delegation_head(m.counterpart_country, m.counterpart_organisation_id)
            if head:
                people.add(head)
        frozen = frozenset(people)
        return Item(MEETING, m.id, self.meeting_label(m), m.start, m.end, m.room_id, frozen, frozen,
                    principal_id=m.principal_id)

    def items(self) -> list[Item]:
        out = [session_item(s) for s in self.sessions]
        out += [self.meeting_item(m) for m in self.meetings]
        return out


def session_item(s: Session) -> Item:
    speakers = frozenset(p for p in s.people_ids() if s.speaks(p))
    return Item(
        SESSION, s.id, s.label(), s.start, s.end, s.room_id, frozenset(s.people_ids()), speakers,
        speakers=speakers, blocks_people=s.session_kind not in FREE_KINDS,
    )


def load_schedule(store, *, with_briefs: bool = False, lang: str = "en") -> Schedule:
    """Read the programme from ``store`` once; cancelled bilaterals are left out.

    ``lang`` ("en" or "nl") is the reader's: findings, free-slot reasons and
    meeting labels built from this snapshot are written in it.
    """
    from briefer.store.walking import WalkingTimeRepository

    conf = store.require_conference()
    every = store.meetings.list()
    meetings = tuple(m for m in every if m.status != MeetingStatus.CANCELLED)
    briefs: dict = {}
    cbriefs: dict = {}
    if with_briefs:
        briefs = {b.meeting_id: b for b in store.meeting_briefs.list()}
        cbriefs = {b.country: b for b in store.country_briefs.list()}
    return Schedule(
        conference=conf,
        sessions=tuple(store.sessions.list()),
        meetings=meetings,
        rooms={r.id: r for r in store.rooms.list()},
        people={p.id: p for p in store.people.list()},
        delegations=tuple(store.delegations.list()),
        walking=WalkingTimeRepository(store).load(),
        meeting_briefs=briefs,
        country_briefs=cbriefs,
        organisations={o.id: o for o in store.organisations.list()},
        lang=check_lang(lang),
        cancelled_meetings=tuple(m for m in every if m.status == MeetingStatus.CANCELLED),
    )


class Timeline:
    """Items of one person or room, sorted by start, searchable by time."""

    __slots__ = ("items", "starts", "longest")

    def __init__(self, items: Iterable[Item]):
        self.items = sorted(items, key=lambda i: (i.start, i.end, i.id))
        self.starts = [i.start for i in self.items]
        self.longest = max((i.end - i.start for i in self.items), default=timedelta(0))

    def overlapping(self, start: datetime, end: datetime, *, skip: str | None = None) -> list[Item]:
        """Items that overlap [start, end) — touching ends do not overlap."""
        hi = bisect.bisect_left(self.starts, end)
        lo = bisect.bisect_left(self.starts, start - self.longest)
        return [i for i in self.items[lo:hi] if i.end > start and i.id != skip]

    def before(self, moment: datetime, *, skip: str | None = None) -> Item | None:
        """The item that ends last at or before ``moment`` (the one you walk from)."""
        hi = bisect.bisect_right(self.starts, moment)
        best = None
        # Walk back until nothing earlier can end later than what we have.
        for k in range(hi - 1, -1, -1):
            i = self.items[k]
            if best is not None and i.start + self.longest <= best.end:
                break
            if i.id != skip and i.end <= moment and (best is None or i.end > best.end):
                best = i
        return best

    def after(self, moment: datetime, *, skip: str | None = None) -> Item | None:
        """The first item starting at or after ``moment`` (the one you walk to)."""
        lo = bisect.bisect_left(self.starts, moment)
        for i in self.items[lo:]:
            if i.id != skip:
                return i
        return None


class ScheduleIndex:
    """Timelines per person and per room over a :class:`Schedule`, built once."""

    def __init__(self, schedule: Schedule, *, exclude: Iterable[str] = ()):
        self.schedule = schedule
        skip = set(exclude)
        by_person: dict[str, list[Item]] = {}
        by_room: dict[str, list[Item]] = {}
        for item in schedule.items():
            if item.id in skip:
                continue
            if item.blocks_people:
                for pid in item.people:
                    by_person.setdefault(pid, []).append(item)
            if item.room_id:
                by_room.setdefault(item.room_id, []).append(item)
        self.by_person = {k: Timeline(v) for k, v in by_person.items()}
        self.by_room = {k: Timeline(v) for k, v in by_room.items()}
        self._empty = Timeline(())

    def person(self, pid: str) -> Timeline:
        return self.by_person.get(pid, self._empty)

    def room(self, rid: str) -> Timeline:
        return self.by_room.get(rid, self._empty)
