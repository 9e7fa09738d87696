"""The pocket card at the moments an advisor glances at it: the minute a bilateral starts and the minute it
ends, a walk exactly as long as the gap, an item ending exactly when the next starts, in the conference's zone."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from briefer.model import MeetingBrief
from briefer.model.walking import WalkingTimes
from briefer.schedule.pocket_card import card_item, pocket_card, previous_item, rehearsal_moment
from briefer.schedule.programme import ProgrammeItem

TZ = ZoneInfo("Asia/Baku")  # UTC+4


def item(kind, rid, start, end, room="r1", day=11):
    return ProgrammeItem(kind, rid, datetime(2024, 11, day, *start, tzinfo=TZ), datetime(2024, 11, day, *end, tzinfo=TZ),
                         rid, room, "principal", room_id=room)


def at(h, mi=0, day=11):
    return datetime(2024, 11, day, h, mi, tzinfo=TZ)


BACK_TO_BACK = [
    item("session", "plenary", (9, 0), (10, 0), "hall"),
    item("meeting", "japan", (10, 0), (10, 30), "b1"),  # starts the minute the plenary ends
    item("meeting", "brazil", (10, 30), (11, 0), "b2"),  # starts the minute Japan ends
]


def test_a_bilateral_is_on_from_its_first_minute_and_no_longer_on_at_its_end():
    assert card_item(BACK_TO_BACK, at(10, 0)) == (BACK_TO_BACK[1], True)  # Japan, on, at 10:00 sharp
    assert card_item(BACK_TO_BACK, at(10, 30)) == (BACK_TO_BACK[2], True)  # at 10:30 Brazil is on, Japan over
    assert card_item(BACK_TO_BACK, at(9, 59)) == (BACK_TO_BACK[1], False)  # a minute before: Japan is next
    gap = [item("meeting", "japan", (10, 0), (10, 30), "b1"), item("meeting", "brazil", (11, 0), (11, 30), "b2")]
    assert card_item(gap, at(10, 30)) == (gap[1], False)  # Japan over at 10:30 sharp: Brazil is next, not on


def test_the_next_bilateral_is_the_first_to_start_even_when_listed_later():
    items = [item("meeting", "late", (15, 0), (15, 30)), item("meeting", "early", (11, 0), (11, 30)),
             item("meeting", "middle", (13, 0), (13, 30))]
    assert card_item(items, at(10, 0)) == (items[1], False)
    # two on at once, the later start listed first: still the one that started last
    on = [item("meeting", "later", (10, 20), (11, 0)), item("meeting", "earlier", (10, 0), (11, 0))]
    assert card_item(on, at(10, 30)) == (on[0], True)


def test_an_item_ending_the_minute_the_bilateral_starts_is_the_one_before_it():
    assert previous_item(BACK_TO_BACK, BACK_TO_BACK[1], TZ).record_id == "plenary"
    assert previous_item(BACK_TO_BACK, BACK_TO_BACK[2], TZ).record_id == "japan"
    card = pocket_card(BACK_TO_BACK, at(10, 0), {}, WalkingTimes(pairs={("hall", "b1"): 4}), TZ)
    assert (card.previous.record_id, card.gap_minutes, card.walk_minutes, card.walk_is_tight) == ("plenary", 0, 4, True)


def test_of_two_items_ending_together_the_one_that_started_later_is_the_one_before():
    items = [item("session", "long", (9, 0), (10, 0), "hall"), item("session", "short", (9, 30), (10, 0), "foyer"),
             item("meeting", "japan", (10, 15), (10, 45), "b1")]
    assert previous_item(items, items[2], TZ).record_id == "short"
    assert previous_item(list(reversed(items)), items[2], TZ).record_id == "short"


def test_a_walk_as_long_as_the_gap_is_not_tight_and_the_gap_counts_whole_minutes():
    items = [item("session", "plenary", (9, 0), (10, 0), "hall"), item("meeting", "japan", (10, 10), (10, 40), "b1")]
    card = pocket_card(items, at(9, 30), {}, WalkingTimes(pairs={("hall", "b1"): 10}), TZ)
    assert (card.gap_minutes, card.walk_minutes, card.walk_is_tight) == (10, 10, False)
    card = pocket_card(items, at(9, 30), {}, WalkingTimes(pairs={("hall", "b1"): 11}), TZ)
    assert card.walk_is_tight
    odd = [item("session", "plenary", (9, 0), (10, 0), "hall"),
           ProgrammeItem("meeting", "japan", datetime(2024, 11, 11, 10, 7, 30, tzinfo=TZ),
                         datetime(2024, 11, 11, 10, 40, tzinfo=TZ), "japan", "b1", "principal", room_id="b1")]
    assert pocket_card(odd, at(9, 30), {}, WalkingTimes(), TZ).gap_minutes == 7  # 7½ minutes: 7, not 7.5 or 8
    lunch = [item("session", "plenary", (9, 0), (10, 0), "hall"), item("meeting", "japan", (11, 30), (12, 0), "b1")]
    assert pocket_card(lunch, at(9, 30), {}, WalkingTimes(), TZ).gap_minutes == 90  # an hour and a half


def test_the_first_bilateral_of_the_day_has_no_walk_and_its_own_brief():
    items = [item("meeting", "japan", (10, 0), (10, 30), "b1"), item("meeting", "brazil", (11, 0), (11, 30), "b2")]
    brief = MeetingBrief(meeting_id="japan", key_messages=["Raise the pilot"])
    other = MeetingBrief(meeting_id="brazil", key_messages=["Not this one"])
    card = pocket_card(items, at(9, 0), {"japan": brief, "brazil": other}, WalkingTimes(pairs={("b2", "b1"): 9}), TZ)
    assert card.item.record_id == "japan" and card.on_now is False
    assert card.brief.key_messages == ["Raise the pilot"]
    assert (card.previous, card.walk_minutes, card.gap_minutes, card.walk_is_tight) == (None, 0, None, False)
    assert pocket_card(items, at(12, 0), {}, WalkingTimes(), TZ) is None  # no bilateral left: no card


def test_the_day_before_is_the_conferences_local_day_not_utc():
    # 01:00 in Baku is 21:00 UTC the day before: an item ending at 00:30 local is the same local day
    items = [item("session", "night", (0, 0), (0, 30), "hall", day=12), item("meeting", "early", (1, 0), (1, 30), "b1", day=12),
             item("session", "yesterday", (22, 0), (23, 0), "hall", day=11)]
    assert previous_item(items, items[1], TZ).record_id == "night"
    assert rehearsal_moment([items[1].start], date(2024, 11, 12), time(8, 0), TZ) == at(1, 5, day=12)
