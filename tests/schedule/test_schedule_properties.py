"""The sweep against a brute-force oracle, and the one-candidate check against the full check."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.model import Conference, Meeting, Person, Room
from briefer.model.walking import WalkingTimes
from briefer.schedule.conflicts import (
    BILATERAL_DURING_SPEECH,
    PERSON_DOUBLE_BOOKED,
    ROOM_DOUBLE_BOOKED,
    WALKING_TIME,
    check_schedule,
    conflicts_for,
)
from briefer.schedule.items import Schedule, ScheduleIndex

CONF = Conference(name="P", start_date=date(2019, 6, 19), end_date=date(2019, 6, 19))
PEOPLE = [Person(family_name=f"P{i}") for i in range(5)]
ROOMS = [Room(name=f"R{i}", venue="V") for i in range(3)]
BASE = datetime(2019, 6, 19, 8, 0, tzinfo=timezone.utc)

meeting_st = st.builds(
    lambda start, length, principal, others, room: Meeting(
        start=BASE + timedelta(minutes=5 * start), end=BASE + timedelta(minutes=5 * (start + length)),
        principal_id=PEOPLE[principal].id, counterpart_country="IDN",
        nl_participant_ids=[PEOPLE[o].id for o in sorted(others) if o != principal],
        room_id=ROOMS[room].id if room is not None else None),
    st.integers(0, 40), st.integers(1, 8), st.integers(0, 4), st.sets(st.integers(0, 4), max_size=2),
    st.one_of(st.none(), st.integers(0, 2)),
)


def schedule(meetings) -> Schedule:
    return Schedule(conference=CONF, sessions=(), meetings=tuple(meetings), rooms={r.id: r for r in ROOMS},
                    people={p.id: p for p in PEOPLE}, delegations=(), walking=WalkingTimes(
                        room_venue={r.id: r.venue for r in ROOMS}))


def pairs(findings, code):
    out = set()
    for f in findings:
        if f.code == code:
            for p in f.person_ids or ("room",):
                out.add((frozenset(f.item_ids), p))
    return out


@settings(max_examples=150, deadline=None)
@given(st.lists(meeting_st, max_size=12))
def test_sweep_finds_exactly_the_overlaps_brute_force_finds(meetings):
    sched = schedule(meetings)
    found = check_schedule(sched)
    want_people, want_rooms = set(), set()
    for a, b in combinations(meetings, 2):
        if a.start < b.end and b.start < a.end:
            for p in a.people_ids() & b.people_ids():
                want_people.add((frozenset((a.id, b.id)), p))
            if a.room_id and a.room_id == b.room_id:
                want_rooms.add((frozenset((a.id, b.id)), "room"))
    assert pairs(found, PERSON_DOUBLE_BOOKED) == want_people
    assert pairs(found, ROOM_DOUBLE_BOOKED) == want_rooms


@settings(max_examples=150, deadline=None)
@given(st.lists(meeting_st, min_size=1, max_size=10))
def test_candidate_check_agrees_with_the_full_check(meetings):
    sched = schedule(meetings)
    full = check_schedule(sched)
    index = ScheduleIndex(sched)
    for m in meetings:
        mine = conflicts_for(m, index)
        for code in (PERSON_DOUBLE_BOOKED, ROOM_DOUBLE_BOOKED, BILATERAL_DURING_SPEECH):
            expect = {k for k in pairs(full, code) if m.id in k[0]}
            assert pairs(mine, code) == expect
        # every walking-time finding of the candidate is one the full check has too
        full_walks = {frozenset(f.item_ids) for f in full if f.code == WALKING_TIME}
        assert {frozenset(f.item_ids) for f in mine if f.code == WALKING_TIME} <= full_walks


def test_walking_times_are_symmetric_and_layered():
    a, b, c = "a" * 8, "b" * 8, "c" * 8
    w = WalkingTimes(room_venue={a: "V", b: "V", c: "W"}, pairs={(b, a): 7}, venue_defaults={"V": 3})
    assert w.minutes(a, b) == w.minutes(b, a) == 7
    assert w.minutes(a, a) == 0 and w.minutes(a, None) == 0
    assert w.minutes(a, c) == 30
    w2 = WalkingTimes(room_venue={a: "V", b: "V", c: "V"}, venue_defaults={"V": 3})
    assert w2.minutes(a, c) == 3
