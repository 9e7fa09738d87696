"""Today's reading of one person's day on the bundled demo: now, next, the list from now, that day's conflicts."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from schedule_helpers import AMS

from briefer.schedule.day import countdown_text, read_day, read_day_conflicts


def bruins(store):
    return next(p for p in store.people.list() if p.family_name == "Bruins")


def _seen(conflicts, conf) -> list[tuple[str, str, str]]:
    """What the warning list shows of each conflict: kind, severity, weekday and time."""
    return [(f.code, f.severity, conf.local(f.start).strftime("%a %H:%M")) for f in conflicts]


def test_at_eleven_on_the_first_day(demo_store):
    conf = demo_store.conference()
    now = datetime.combine(conf.start_date, time(11, 0), conf.tz)
    day = read_day(demo_store, bruins(demo_store).id, now, now, conf.start_date, conf.tz)
    assert [i.counterpart for i in day.today.current] == ["Indonesia"]
    assert day.today.next.counterpart == "WHO"
    assert day.today.until_next == timedelta(minutes=30)
    assert all(i.end > now for i in day.items)
    # the demo's first day: two walks too short for the minister's people, in time order
    assert _seen(day.conflicts, conf) == [("walking_time", "warning", "Wed 11:15"), ("walking_time", "warning", "Wed 17:30")]
    assert day.conflicts[1].message.startswith("Bruno Bruins, Carola Schouten, Nila Moeloek: 0 min between")


def test_the_conflicts_are_those_of_the_chosen_day_only(demo_store):
    conf = demo_store.conference()
    pid = bruins(demo_store).id
    now = datetime.combine(conf.start_date, time(8, 0), conf.tz)
    first = read_day(demo_store, pid, now, None, conf.start_date, conf.tz)
    second = read_day(demo_store, pid, now, None, conf.end_date, conf.tz)
    assert _seen(first.conflicts, conf) == [("walking_time", "warning", "Wed 11:15"),
                                            ("walking_time", "warning", "Wed 17:30")]
    assert _seen(second.conflicts, conf) == [("room_unconfirmed", "warning", "Thu 13:40"),
                                             ("walking_time", "warning", "Thu 15:15")]
    assert {f.message for f in first.conflicts}.isdisjoint({f.message for f in second.conflicts})
    assert read_day(demo_store, pid, now, None, None, conf.tz).conflicts == []


def test_countdown_text_rounds_up_to_the_minute():
    assert countdown_text(timedelta(minutes=75)) == "1 h 15 min"
    assert countdown_text(timedelta(minutes=64, seconds=1)) == "1 h 05 min"
    assert countdown_text(timedelta(seconds=30)) == "1 min"
    assert countdown_text(timedelta(0)) == "0 min"


def test_the_days_conflicts_are_those_the_whole_programme_check_finds_for_the_person(demo_store):
    """Today checks only the person's items (cheap); it must find what the full check finds for them."""
    from briefer.schedule.conflicts import check_schedule
    from briefer.schedule.items import load_schedule

    conf = demo_store.conference()
    full = check_schedule(load_schedule(demo_store))
    compared = 0
    for person in demo_store.people.list():
        for day in (conf.start_date, conf.end_date):
            now = datetime.combine(day, time(8, 0), conf.tz)
            view = read_day(demo_store, person.id, now, None, day, conf.tz)
            start, end = now - timedelta(hours=8), now + timedelta(hours=16)
            mine = {i.record_id for i in view.items if i.start < end and i.end > start}
            expected = {(f.code, f.message) for f in full
                        if (f.start is None or start <= f.start < end) and mine.intersection(f.item_ids)}
            assert {(f.code, f.message) for f in view.conflicts} == expected, person.full_name
            compared += len(expected)
    assert compared > 0


def test_a_meeting_across_midnight_shows_its_warning_on_the_day_it_starts_only(world):
    from schedule_helpers import local

    from briefer.model import Meeting, MeetingStatus

    world.store.meetings.add(Meeting(start=local(19, 23, 30), end=local(20, 0, 30), principal_id=world.minister.id,
                                     counterpart_country="IDN", room_id=world.room_a.id,
                                     status=MeetingStatus.CONFIRMED))
    first, second = (read_day(world.store, world.minister.id, local(19, 8), None, day, AMS)
                     for day in (date(2019, 6, 19), date(2019, 6, 20)))
    assert [(f.code, f.start) for f in first.conflicts] == [("outside_conference_hours", local(19, 23, 30))]
    assert second.conflicts == []          # the same meeting is on the second day's list, its warning is not


def test_a_double_booking_that_begins_at_midnight_is_warned_of_on_the_next_day_only(world):
    """An evening bilateral runs past midnight into one that starts at 00:00: the clash begins on Thursday, so
    Wednesday's Today warns only of Wednesday's late hour, Thursday's of the two places at once."""
    from schedule_helpers import local

    from briefer.model import Meeting, MeetingStatus

    for country, start, end in (("IDN", local(19, 23, 30), local(20, 0, 30)), ("FRA", local(20, 0), local(20, 0, 45))):
        world.store.meetings.add(Meeting(start=start, end=end, principal_id=world.minister.id,
                                         counterpart_country=country, room_id=world.room_a.id,
                                         status=MeetingStatus.CONFIRMED))
    wednesday, thursday = (read_day(world.store, world.minister.id, local(19, 8), None, day, AMS)
                           for day in (date(2019, 6, 19), date(2019, 6, 20)))
    assert [(f.code, f.start) for f in wednesday.conflicts] == [("outside_conference_hours", local(19, 23, 30))]
    assert sorted((f.code, f.start) for f in thursday.conflicts) == [
        ("outside_conference_hours", local(20, 0)), ("person_double_booked", local(20, 0)),
        ("room_double_booked", local(20, 0))]


def test_without_items_on_the_day_there_are_no_conflicts_to_read(world):
    assert read_day_conflicts(world.store, set(), date(2019, 6, 19), AMS) == []


def test_a_meeting_that_has_just_ended_is_no_longer_on_the_list_from_now(world):
    from schedule_helpers import local

    from briefer.model import Meeting, MeetingStatus

    for country, start, end in (("IDN", local(19, 9), local(19, 9, 30)), ("FRA", local(19, 9, 30), local(19, 10))):
        world.store.meetings.add(Meeting(start=start, end=end, principal_id=world.minister.id,
                                         counterpart_country=country, room_id=world.room_a.id,
                                         status=MeetingStatus.CONFIRMED))
    now = local(19, 9, 30)
    day = read_day(world.store, world.minister.id, now, now, date(2019, 6, 19), AMS)
    assert [i.counterpart for i in day.items] == ["France"]


def test_a_meeting_at_midnight_belongs_to_the_day_it_starts(world):
    from schedule_helpers import local

    from briefer.model import Meeting, MeetingStatus

    world.store.meetings.add(Meeting(start=local(20, 0), end=local(20, 0, 30), principal_id=world.minister.id,
                                     counterpart_country="IDN", room_id=world.room_a.id,
                                     status=MeetingStatus.CONFIRMED))
    first, second = (read_day(world.store, world.minister.id, local(19, 8), None, day, AMS)
                     for day in (date(2019, 6, 19), date(2019, 6, 20)))
    assert first.conflicts == []
    assert [(f.code, f.start) for f in second.conflicts] == [("outside_conference_hours", local(20, 0))]


def test_a_countdown_never_goes_below_zero():
    assert countdown_text(timedelta(minutes=-5)) == "0 min"


def test_the_day_names_every_moment_its_list_changes_at_past_items_included(demo_store):
    """Between two of ``moments`` the list, now/next and the card stay as they are: the span in which a
    picture of Today holds (briefer/gui/today/today_snapshot.py). The items that ended before ``since`` are
    not in the list, but their ends are moments: at an earlier clock the list would show them."""
    from briefer.schedule.programme import programme_for

    conf = demo_store.conference()
    pid = bruins(demo_store).id
    now = datetime.combine(conf.start_date, time(11, 0), conf.tz)
    day = read_day(demo_store, pid, now, now, conf.start_date, conf.tz)
    everything = programme_for(demo_store, pid)
    assert day.moments == tuple(sorted({m for i in everything for m in (i.start, i.end)}))
    past = [i for i in everything if i.end <= now]
    assert past and not any(i.record_id in {j.record_id for j in day.items} for i in past)
    assert all(i.end in day.moments and i.start in day.moments for i in past)
    # the list is the same at every clock strictly between two neighbouring moments, and differs across one
    later = next(m for m in day.moments if m > now)
    just_before = read_day(demo_store, pid, later - timedelta(seconds=1), later - timedelta(seconds=1),
                           conf.start_date, conf.tz)
    assert [i.record_id for i in just_before.items] == [i.record_id for i in day.items]
    at = read_day(demo_store, pid, later, later, conf.start_date, conf.tz)
    assert (at.today.current, at.today.next) != (day.today.current, day.today.next)
