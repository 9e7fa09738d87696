"""The pocket card's choices: which bilateral, which item came before, how far the walk, where a rehearsal starts."""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo

from briefer.model.walking import WalkingTimes
from briefer.schedule.pocket_card import card_item, pocket_card, previous_item, rehearsal_moment
from briefer.schedule.programme import ProgrammeItem

TZ = ZoneInfo("Asia/Baku")  # UTC+4: local days differ from UTC days


def item(kind, rid, start, end, room="r1", day=11):
    return ProgrammeItem(kind, rid, datetime(2024, 11, day, *start, tzinfo=TZ), datetime(2024, 11, day, *end, tzinfo=TZ),
                         rid, room, "principal", room_id=room)


DAY = [
    item("session", "opening", (9, 0), (10, 0), "hall"),
    item("meeting", "japan", (10, 15), (10, 45), "b1"),
    item("meeting", "ukraine", (10, 30), (11, 0), "b2"),  # overlaps Japan: the one that started last is "on"
    item("session", "lunch", (12, 0), (13, 0), "hall"),
    item("meeting", "eu", (13, 10), (13, 40), "b1"),
    item("meeting", "turkiye", (9, 0), (9, 30), "b1", day=12),
]


def at(h, mi=0, day=11):
    return datetime(2024, 11, day, h, mi, tzinfo=TZ)


def test_the_card_is_the_bilateral_on_now_else_the_next_one():
    assert card_item(DAY, at(9, 30))[0].record_id == "japan" and card_item(DAY, at(9, 30))[1] is False
    assert card_item(DAY, at(10, 35)) == (DAY[2], True)  # Japan and Ukraine both on: the later start
    assert card_item(DAY, at(11, 30))[0].record_id == "eu"  # a session on (or none) does not hide the next bilateral
    assert card_item(DAY, at(20, 0))[0].record_id == "turkiye"  # tomorrow's first, when today has none left
    assert card_item(DAY, at(10, 0, day=12)) is None


def test_the_item_before_is_the_last_to_end_that_local_day():
    assert previous_item(DAY, DAY[4], TZ).record_id == "lunch"
    assert previous_item(DAY, DAY[1], TZ).record_id == "opening"
    assert previous_item(DAY, DAY[5], TZ) is None  # the first of its day: yesterday's items do not count


def test_the_walk_comes_from_the_matrix_and_is_tight_when_longer_than_the_gap():
    walking = WalkingTimes(pairs={("hall", "b1"): 12})
    card = pocket_card(DAY, at(12, 30), {}, walking, TZ)
    assert (card.item.record_id, card.previous.record_id, card.walk_minutes, card.gap_minutes) == ("eu", "lunch", 12, 10)
    assert card.walk_is_tight
    roomy = pocket_card(DAY, at(9, 30), {}, walking, TZ)  # opening (hall) → Japan (b1): 12 min in 15
    assert (roomy.walk_minutes, roomy.gap_minutes, roomy.walk_is_tight) == (12, 15, False)


def test_a_rehearsal_starts_five_minutes_into_the_first_bilateral_of_the_first_day():
    starts = [i.start for i in DAY if i.kind == "meeting"]
    assert rehearsal_moment(starts, date(2024, 11, 11), time(8, 0), TZ) == at(10, 20)
    assert rehearsal_moment(starts, date(2024, 11, 12), time(8, 0), TZ) == at(9, 5, day=12)
    assert rehearsal_moment([], date(2024, 11, 11), time(8, 0), TZ) == at(8, 0)  # no bilateral: the day's start
    assert rehearsal_moment(starts, date(2024, 11, 11), time(8, 0), TZ).tzinfo is not None
    assert rehearsal_moment(starts, date(2024, 11, 11), time(8, 0), TZ).astimezone(timezone.utc).hour == 6


def test_the_rehearsal_of_a_store_starts_in_its_first_bilateral(demo_store):
    from briefer.schedule.pocket_card import REHEARSAL_LEAD, rehearsal_moment_in

    conf = demo_store.require_conference()
    first_day = [m.start for m in demo_store.meetings.list() if m.start.astimezone(conf.tz).date() == conf.start_date]
    assert rehearsal_moment_in(demo_store) == min(first_day) + REHEARSAL_LEAD
