"""How a finding names the people, rooms and items of the programme (schedule/items.py), as the user reads it."""

from __future__ import annotations

import dataclasses

from schedule_helpers import local

from briefer.model import Meeting, MeetingStatus
from briefer.schedule.conflicts import PERSON_DOUBLE_BOOKED, check_schedule
from briefer.schedule.items import load_schedule


def _two_bilaterals_at_once(w, *, second_room):
    w.store.meetings.add(Meeting(start=local(19, 10), end=local(19, 10, 30), principal_id=w.minister.id,
                                 counterpart_country="IDN", room_id=w.room_a.id, status=MeetingStatus.CONFIRMED))
    return w.store.meetings.add(Meeting(start=local(19, 10, 15), end=local(19, 10, 45), principal_id=w.minister.id,
                                        counterpart_country="FRA", room_id=second_room, status=MeetingStatus.CONFIRMED))


def test_a_bilateral_without_a_room_yet_is_named_with_no_room_in_the_readers_language(world):
    _two_bilaterals_at_once(world, second_room=None)
    (found,) = [f for f in check_schedule(load_schedule(world.store)) if f.code == PERSON_DOUBLE_BOOKED]
    assert found.message.startswith("Bruno Bruins is in two places at once")
    assert "'Bilateral with France' (Wed 19 Jun 10:15–10:45, no room)" in found.message
    assert "'Bilateral with Indonesia' (Wed 19 Jun 10:00–10:30, Room A)" in found.message
    (gevonden,) = [f for f in check_schedule(load_schedule(world.store, lang="nl")) if f.code == PERSON_DOUBLE_BOOKED]
    assert "(wo 19 jun 10:15–10:45, geen zaal)" in gevonden.message


def test_someone_or_some_room_not_on_file_is_named_by_the_short_id_the_lists_show(world):
    """A record merged from another laptop can name a person or a room whose own record has not come
    yet: the finding then names them by the first 8 characters of their id, as `briefer list` shows ids."""
    _two_bilaterals_at_once(world, second_room=world.room_b.id)
    full = load_schedule(world.store)
    partial = dataclasses.replace(
        full, people={k: v for k, v in full.people.items() if k != world.minister.id},
        rooms={k: v for k, v in full.rooms.items() if k != world.room_b.id})
    (found,) = [f for f in check_schedule(partial) if f.code == PERSON_DOUBLE_BOOKED]
    who, room = world.minister.id[:8], world.room_b.id[:8]
    assert found.message.startswith(f"{who} is in two places at once")
    assert f"(Wed 19 Jun 10:15–10:45, {room})" in found.message
    assert partial.person_name(world.minister.id) == who and len(who) == 8 and "-" not in who
    assert partial.room_name(world.room_b.id) == room and len(room) == 8 and "-" not in room


def test_the_walk_to_a_new_slot_starts_from_where_the_minister_was_last_not_from_a_short_stop_in_between(world):
    """The minister sits in the plenary (in the far hall) until 11:30 and steps out for a ten-minute
    pull-aside in Room A at 10:00. The walk to a bilateral after the plenary starts at the plenary hall
    at 11:30 — the item that ended last — not in Room A at 10:10, though that one started later."""
    from datetime import date, timedelta

    from briefer.model import Session
    from briefer.schedule.items import ScheduleIndex
    from briefer.schedule.slots import find_slots

    s = world.store
    s.sessions.add(Session(title="Plenary", start=local(19, 9), end=local(19, 11, 30), room_id=world.room_far.id,
                           attendee_ids=[world.minister.id]))
    s.meetings.add(Meeting(start=local(19, 10), end=local(19, 10, 10), principal_id=world.minister.id,
                           counterpart_country="FRA", room_id=world.room_a.id, status=MeetingStatus.CONFIRMED))
    index = ScheduleIndex(load_schedule(s))
    assert index.person(world.minister.id).before(local(19, 11, 45)).label == "Plenary"
    result = find_slots(index, world.minister.id, country="IDN", day=date(2019, 6, 19),
                        duration=timedelta(minutes=30), limit=50)
    after = [slot.start for slot in result.slots if slot.start >= local(19, 11, 30)]
    assert after[0] == local(19, 12)  # 11:30 + the 30-minute walk from the plenary hall
