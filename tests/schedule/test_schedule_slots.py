"""Free-slot finding with several busy calendars: principal, counterpart, rooms, walks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from schedule_helpers import local

from briefer.model import Meeting, MeetingStatus, Person, Room, Session
from briefer.schedule.items import ScheduleIndex, load_schedule
from briefer.schedule.slots import find_slots
from briefer.store.walking import WalkingTimeRepository


def slots(w, **kw):
    kw.setdefault("country", "IDN")
    return find_slots(ScheduleIndex(load_schedule(w.store)), w.minister.id, **kw)


def starts(result):
    return [s.start.astimezone(local(19, 0).tzinfo).strftime("%d %H:%M") for s in result.slots]


def test_empty_day_gives_the_earliest_slots_back_to_back(world):
    r = slots(world, limit=3)
    assert starts(r) == ["19 08:00", "19 08:20", "19 08:40"]
    assert r.counterpart_id == world.idn_minister.id
    assert all(s.end - s.start == timedelta(minutes=20) for s in r.slots)
    assert r.slots[0].room_id == world.room_a.id  # bilateral rooms only, by name
    assert r.rejected == ()


def test_busy_principal_counterpart_and_rooms(world):
    s = world.store
    # the minister speaks 08:00-09:00 in the far plenary hall (30 min walk)
    s.sessions.add(Session(title="Opening", start=local(19, 8), end=local(19, 9), room_id=world.room_far.id,
                           speaker_ids=[world.minister.id]))
    # the Indonesian minister meets the other Dutch minister 09:30-10:00 in Room A
    lnv = s.people.add(Person(given_name="Carola", family_name="Schouten", principal_title="Minister van LNV"))
    s.meetings.add(Meeting(start=local(19, 9, 30), end=local(19, 10), principal_id=lnv.id,
                           counterpart_country="IDN", room_id=world.room_a.id, status=MeetingStatus.CONFIRMED))
    # Room B is taken 10:00-11:00
    s.sessions.add(Session(title="Side event", start=local(19, 10), end=local(19, 11), room_id=world.room_b.id))
    r = slots(world, limit=2)
    # 09:00 + 30 min walk = 09:30, but the counterpart is busy 09:30-10:00 plus a 5-minute break → 10:05
    # Room B is taken then; Room A is free (after the LNV bilateral).
    assert starts(r) == ["19 10:05", "19 10:25"]
    assert all(x.room_id == world.room_a.id for x in r.slots)
    reasons = [x.reason for x in r.rejected]
    assert any("Bruno Bruins is busy: 'Opening'" in x for x in reasons)
    assert any("cannot walk from Plenary hall to Room A (30 min)" in x for x in reasons)
    assert any("Nila Moeloek is busy" in x for x in reasons)
    assert any("Nila Moeloek needs a 5-minute break" in x for x in reasons)
    # rejections are merged into runs and come before the last proposal
    assert all(x.start <= x.last_start < r.slots[-1].start for x in r.rejected)


def test_walking_time_picks_the_nearer_room(world):
    s = world.store
    s.sessions.add(Session(title="Panel", start=local(19, 8), end=local(19, 9), room_id=world.room_b.id,
                           speaker_ids=[world.minister.id]))
    WalkingTimeRepository(s).set_pair(world.room_a.id, world.room_b.id, 15)
    r = slots(world, limit=1)
    # Room B itself is free from 09:00: no walk, only the 5-minute break
    assert starts(r) == ["19 09:05"]
    assert r.slots[0].room_id == world.room_b.id


def test_no_room_free_and_a_given_day(world):
    s = world.store
    for room in (world.room_a, world.room_b):
        s.sessions.add(Session(title=f"Busy {room.name}", start=local(20, 8), end=local(20, 12), room_id=room.id))
    r = slots(world, day=date(2019, 6, 20), limit=1, duration=timedelta(minutes=30))
    assert starts(r) == ["20 12:00"]
    assert r.rejected[0].reason == "no suitable room is free"
    assert r.rejected[0].start == local(20, 8)


def test_unknown_counterpart_head_is_noted_and_bad_day_refused(world):
    r = slots(world, country="DEU", limit=1)
    assert r.counterpart_id is None
    assert "no head of delegation is recorded for DEU" in r.notes[0]
    with pytest.raises(ValueError, match="not a conference day"):
        slots(world, day=date(2019, 6, 21))
    with pytest.raises(ValueError, match="does not fit"):
        slots(world, duration=timedelta(hours=13))


def test_full_calendar_returns_no_slot_with_reasons(world):
    s = world.store
    for d in (19, 20):
        s.sessions.add(Session(title="All day", start=local(d, 8), end=local(d, 20), room_id=world.room_far.id,
                               chair_id=world.minister.id))
    r = slots(world)
    assert r.slots == ()
    assert [x.reason for x in r.rejected] == ["Bruno Bruins is busy: 'All day' (Wed 19 Jun 08:00–20:00, Plenary hall)",
                                              "Bruno Bruins is busy: 'All day' (Thu 20 Jun 08:00–20:00, Plenary hall)"]


def test_rooms_not_marked_for_bilaterals_are_never_proposed(world):
    """With no room marked, slots come without a room and a note says how to mark one —
    never the plenary hall or a pavilion just because it exists."""
    s = world.store
    for room in (world.room_a, world.room_b):
        s.rooms.update(s.rooms.get(room.id).evolve(suitable_for_bilaterals=False))
    s.rooms.add(Room(name="Annex", venue="Huis ter Duin"))
    r = slots(world, limit=1)
    assert r.slots and all(x.room_id == "" for x in r.slots)
    assert any("no room is marked fit for bilaterals" in n and "--bilaterals yes" in n for n in r.notes)


def test_only_the_rooms_marked_for_bilaterals_are_proposed(world):
    s = world.store
    s.rooms.update(s.rooms.get(world.room_a.id).evolve(suitable_for_bilaterals=False))
    s.rooms.add(Room(name="Annex", venue="Huis ter Duin"))  # free, but not marked
    r = slots(world, limit=3)
    assert {x.room_id for x in r.slots} == {world.room_b.id}
