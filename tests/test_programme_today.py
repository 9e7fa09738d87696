"""A person's programme and the Today split, on the demo conference."""

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from briefer.schedule.programme import programme_for, today
from briefer.store import lookup

AMS = ZoneInfo("Europe/Amsterdam")


def test_ministers_programme_interleaves_sessions_and_bilaterals(demo_store):
    bruins = lookup.person(demo_store, "Bruins")
    items = programme_for(demo_store, bruins.id)
    kinds = {i.kind for i in items}
    assert kinds == {"session", "meeting"}
    assert [i.start for i in items] == sorted(i.start for i in items)
    meetings = [i for i in items if i.kind == "meeting"]
    assert all(i.status != "cancelled" for i in meetings)  # Ghana was cancelled
    assert any(i.counterpart == "Indonesia" for i in meetings)
    assert any(i.role in ("speaks", "chairs") for i in items if i.kind == "session")
    with_cancelled = programme_for(demo_store, bruins.id, include_cancelled=True)
    assert len(with_cancelled) == len(items) + 1


def test_member_sees_only_their_own_items(demo_store):
    bruins = lookup.person(demo_store, "Bruins")
    minister_ids = {i.record_id for i in programme_for(demo_store, bruins.id)}
    helper = next(m for m in demo_store.meetings.list() if m.nl_participant_ids)
    member = helper.nl_participant_ids[0]
    mine = programme_for(demo_store, member)
    assert mine and all(
        (i.kind == "meeting" and member in demo_store.meetings.get(i.record_id).nl_side_ids())
        or (i.kind == "session" and member in demo_store.sessions.get(i.record_id).people_ids())
        for i in mine
    )
    assert {i.record_id for i in mine} != minister_ids


def test_today_picks_current_and_next_for_a_given_clock(demo_store):
    bruins = lookup.person(demo_store, "Bruins")
    items = programme_for(demo_store, bruins.id)
    first_meeting = next(i for i in items if i.kind == "meeting")
    before = first_meeting.start - timedelta(minutes=5)
    t = today(items, before, tz=AMS)
    assert t.next == first_meeting and t.until_next == timedelta(minutes=5)
    during = first_meeting.start + timedelta(minutes=1)
    t = today(items, during, tz=AMS)
    assert first_meeting in t.current and t.next is not None and t.next.start > during
    assert all(i.start.astimezone(AMS).date() == during.astimezone(AMS).date() for i in t.later)
    after_all = items[-1].end + timedelta(hours=1)
    assert today(items, after_all, tz=AMS).next is None
