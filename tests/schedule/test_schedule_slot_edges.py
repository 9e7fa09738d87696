"""Free slots at their edges: the last slot of the day, the break and the walk exactly long enough.

An advisor asks for a slot with a counterpart; the proposal must use every
minute that works and no minute that does not: a slot may end when the
conference day ends, a walk of exactly the time needed is enough, a break is
needed before as well as after another item, and the reasons shown cover
everything passed over up to the last proposal.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from schedule_helpers import local

from briefer.model import Meeting, MeetingStatus, Session
from briefer.schedule.items import ScheduleIndex, load_schedule
from briefer.schedule.slots import SlotRequestError, find_slots


def _find(w, **kw):
    kw.setdefault("country", "IDN")
    return find_slots(ScheduleIndex(load_schedule(w.store)), w.minister.id, **kw)


def _starts(result):
    return [s.start.astimezone(local(19, 0).tzinfo).strftime("%H:%M") for s in result.slots]


def test_a_day_outside_the_conference_is_refused_naming_the_first_and_last_day(world):
    with pytest.raises(SlotRequestError) as caught:
        _find(world, day=date(2019, 6, 21))
    assert str(caught.value) == "2019-06-21 is not a conference day (2019-06-19 to 2019-06-20)"


def test_the_last_slot_may_end_exactly_when_the_day_ends(world):
    result = _find(world, day=date(2019, 6, 20), duration=timedelta(hours=2), limit=10)
    assert _starts(result) == ["08:00", "10:00", "12:00", "14:00", "16:00", "18:00"]   # 18:00–20:00 included


def test_a_break_is_needed_after_another_item_too(world):
    world.store.meetings.add(Meeting(start=local(19, 8), end=local(19, 10), principal_id=world.minister.id,
                                     counterpart_country="FRA", room_id=world.room_a.id, status=MeetingStatus.CONFIRMED))
    result = _find(world, day=date(2019, 6, 19), limit=1)
    assert _starts(result) == ["10:05"]
    assert "Bruno Bruins needs a 5-minute break around" in result.rejected[-1].reason


def test_a_walk_of_exactly_the_time_needed_is_enough(world):
    # the minister speaks at 11:00 in the plenary hall, a 30-minute walk from the bilateral rooms
    world.store.sessions.add(Session(title="Panel", start=local(19, 11), end=local(19, 12), room_id=world.room_far.id,
                                     speaker_ids=[world.minister.id]))
    result = _find(world, day=date(2019, 6, 19), duration=timedelta(minutes=30), limit=5)
    assert _starts(result)[:5] == ["08:00", "08:30", "09:00", "09:30", "10:00"]   # 10:30 + 30 min walk = 11:00


def test_the_reasons_cover_everything_passed_over_up_to_the_last_proposal(world):
    world.store.sessions.add(Session(title="Press moment", start=local(19, 8, 25), end=local(19, 9),
                                     room_id=world.room_a.id, attendee_ids=[world.minister.id]))
    result = _find(world, day=date(2019, 6, 19), limit=3)
    assert _starts(result) == ["08:00", "09:05", "09:25"]
    assert result.rejected and all(r.start < result.slots[-1].start for r in result.rejected)
    assert result.rejected[0].start.astimezone(local(19, 0).tzinfo).strftime("%H:%M") == "08:20"


def test_the_break_names_the_item_that_comes_first(world):
    for title, start, end in (("Early item", local(19, 9, 40), local(19, 9, 58)),
                              ("Late item", local(19, 10, 22), local(19, 10, 40))):
        world.store.sessions.add(Session(title=title, start=start, end=end, room_id=world.room_b.id,
                                         attendee_ids=[world.minister.id]))
    result = _find(world, day=date(2019, 6, 19), limit=6)
    at_ten = next(r for r in result.rejected if r.start <= local(19, 10) <= r.last_start)
    assert "'Early item'" in at_ten.reason and "'Late item'" not in at_ten.reason


def test_a_bilateral_of_no_minutes_is_refused_naming_the_duration(world):
    with pytest.raises(SlotRequestError) as caught:
        _find(world, duration=timedelta(0))
    assert (str(caught.value), caught.value.field) == ("the duration must be positive", "duration")


def test_busy_names_the_item_that_comes_first(world):
    # two items of the minister overlap each other; a slot at 09:35 would clash with both
    for title, start, end in (("Early item", local(19, 9), local(19, 10)),
                              ("Late item", local(19, 9, 30), local(19, 10, 30))):
        world.store.sessions.add(Session(title=title, start=start, end=end, room_id=world.room_b.id,
                                         attendee_ids=[world.minister.id]))
    result = _find(world, day=date(2019, 6, 19), limit=4)
    assert _starts(result) == ["08:00", "08:20", "10:35", "10:55"]
    at_935 = next(r for r in result.rejected if r.start <= local(19, 9, 35) <= r.last_start)
    assert at_935.reason.startswith("Bruno Bruins is busy: ")
    assert "'Early item'" in at_935.reason and "'Late item'" not in at_935.reason
