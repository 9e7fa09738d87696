"""A person's own programme as Today and the pack show it: each item with what the person is there to do,
the room or "to be confirmed", the meeting's objective, and what is on now, next and later that day."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from briefer.model import Meeting, MeetingBrief, MeetingStatus, Person, Room, Session
from briefer.model.briefs import Objective
from briefer.schedule.programme import programme_for, today

AMS = ZoneInfo("Europe/Amsterdam")


def at(day, hour, minute=0):
    """A local time in the conference's timezone (June: UTC+2)."""
    return datetime(2019, 6, day, hour, minute, tzinfo=AMS).astimezone(timezone.utc)


@pytest.fixture
def people(conference_store):
    s = conference_store
    with s.write():
        names = {key: s.people.add(Person(given_name=given, family_name=family)).id for key, given, family in [
            ("me", "Anna", "Adviseur"), ("chair", "Carla", "Chair"), ("speaker", "Sam", "Speaker"),
            ("other", "Otto", "Other"), ("minister", "Bruno", "Bruins"), ("guest", "Nila", "Moeloek")]}
        names["room"] = s.rooms.add(Room(name="Room A")).id
    return s, names


def test_what_the_person_does_in_each_session(people):
    s, p = people
    with s.write():
        s.sessions.add(Session(title="Chaired", start=at(19, 9), end=at(19, 10), chair_id=p["me"],
                               speaker_ids=[p["speaker"]], attendee_ids=[p["other"], p["chair"]], room_id=p["room"]))
        s.sessions.add(Session(title="Spoken", start=at(19, 10), end=at(19, 11), speaker_ids=[p["me"]]))
        s.sessions.add(Session(title="Attended", start=at(19, 11), end=at(19, 12), attendee_ids=[p["me"]]))
        s.sessions.add(Session(title="Not mine", start=at(19, 12), end=at(19, 13), speaker_ids=[p["other"]]))
    items = programme_for(s, p["me"])
    assert [(i.title, i.role, i.room, i.room_id) for i in items] == [
        ("Chaired", "chairs", "Room A", p["room"]), ("Spoken", "speaks", None, None),
        ("Attended", "attends", None, None)]
    # the people listed with a session are the other attendees, in the order of their ids (stable between runs)
    assert items[0].with_names == tuple(name for _, name in sorted([(p["other"], "Otto Other"),
                                                                    (p["chair"], "Carla Chair")]))
    assert items[0].minutes == 60


def test_what_the_person_does_in_each_bilateral_and_the_meetings_objective(people):
    s, p = people
    with s.write():
        led = s.meetings.add(Meeting(start=at(19, 9), end=at(19, 9, 30), principal_id=p["me"], counterpart_country="DEU",
                                     nl_participant_ids=[p["other"]], note_taker_id=p["chair"], room_id=p["room"]))
        s.meeting_briefs.add(MeetingBrief(meeting_id=led.id, point="Win support for the resolution",
                                          objectives=[Objective(text="Support for the text"),
                                                      Objective(text="A visit in autumn")]))
        s.meetings.add(Meeting(start=at(19, 10), end=at(19, 10, 30), principal_id=p["minister"],
                               counterpart_country="FRA", note_taker_id=p["me"], status=MeetingStatus.CONFIRMED))
        s.meetings.add(Meeting(start=at(19, 11), end=at(19, 11, 30), principal_id=p["minister"],
                               counterpart_country="IDN", nl_participant_ids=[p["me"]], title="Breakfast"))
        s.meetings.add(Meeting(start=at(19, 12), end=at(19, 12, 30), principal_id=p["minister"],
                               counterpart_country="GHA", counterpart_ids=[p["me"]]))
        s.meetings.add(Meeting(start=at(19, 13), end=at(19, 13, 30), principal_id=p["minister"],
                               counterpart_country="KEN", nl_participant_ids=[p["other"]]))
    items = programme_for(s, p["me"])
    assert [(i.title, i.role, i.status) for i in items] == [
        ("Germany", "principal", "requested"), ("France", "note_taker", "confirmed"),
        ("Breakfast", "participant", "requested"), ("Ghana", "counterpart", "requested")]
    first = items[0]
    assert (first.objective, first.point, first.room, first.counterpart) == (
        "Support for the text", "Win support for the resolution", "Room A", "Germany")
    # the rest of the Dutch side, note-taker included, in the order of their ids (stable between runs)
    assert first.with_names == tuple(name for _, name in sorted([(p["other"], "Otto Other"),
                                                                 (p["chair"], "Carla Chair")]))
    assert (items[1].objective, items[1].point, items[1].room) == ("", "", None)


def test_a_cancelled_bilateral_is_left_out_unless_asked_for(people):
    s, p = people
    with s.write():
        s.meetings.add(Meeting(start=at(19, 9), end=at(19, 9, 30), principal_id=p["me"], counterpart_country="GHA",
                               status=MeetingStatus.CANCELLED))
        s.meetings.add(Meeting(start=at(19, 10), end=at(19, 10, 30), principal_id=p["me"], counterpart_country="DEU",
                               status=MeetingStatus.HELD))
    assert [i.title for i in programme_for(s, p["me"])] == ["Germany"]
    assert [(i.title, i.status) for i in programme_for(s, p["me"], include_cancelled=True)] == [
        ("Ghana", "cancelled"), ("Germany", "held")]


def test_a_period_keeps_what_overlaps_it_and_not_what_only_touches_it(people):
    s, p = people
    with s.write():
        for hour in (9, 10, 11):
            s.sessions.add(Session(title=f"{hour}:00", start=at(19, hour), end=at(19, hour + 1), speaker_ids=[p["me"]]))
    assert [i.title for i in programme_for(s, p["me"], start=at(19, 10), end=at(19, 11))] == ["10:00"]
    assert [i.title for i in programme_for(s, p["me"], start=at(19, 10, 59))] == ["10:00", "11:00"]
    assert [i.title for i in programme_for(s, p["me"], end=at(19, 10, 1))] == ["9:00", "10:00"]


def test_items_at_the_same_time_are_listed_shortest_first_then_sessions_after_meetings_then_by_title(people):
    s, p = people
    with s.write():
        s.sessions.add(Session(title="Long", start=at(19, 9), end=at(19, 11), attendee_ids=[p["me"]]))
        s.sessions.add(Session(title="B plenary", start=at(19, 9), end=at(19, 10), attendee_ids=[p["me"]]))
        s.sessions.add(Session(title="A plenary", start=at(19, 9), end=at(19, 10), attendee_ids=[p["me"]]))
        s.meetings.add(Meeting(start=at(19, 9), end=at(19, 10), principal_id=p["me"], counterpart_country="DEU",
                               title="Z bilateral"))
    assert [i.title for i in programme_for(s, p["me"])] == ["Z bilateral", "A plenary", "B plenary", "Long"]


def test_now_next_and_later_that_day(people):
    s, p = people
    with s.write():
        for day, hour in [(19, 9), (19, 10), (19, 14), (19, 16), (20, 9)]:
            s.sessions.add(Session(title=f"{day} {hour}:00", start=at(day, hour), end=at(day, hour + 1),
                                   speaker_ids=[p["me"]]))
    items = programme_for(s, p["me"])
    t = today(items, at(19, 10), tz=AMS)  # the 10:00 item starts exactly now
    assert [i.title for i in t.current] == ["19 10:00"]
    assert t.next.title == "19 14:00" and t.until_next == timedelta(hours=4)
    assert [i.title for i in t.later] == ["19 16:00"]  # not the next day's
    t = today(items, at(19, 11), tz=AMS)  # the 10:00 item ended exactly now
    assert t.current == () and t.next.title == "19 14:00"
    t = today(items, at(19, 17), tz=AMS)
    assert (t.current, t.next.title, t.later) == ((), "20 9:00", ())
    assert today(items, at(20, 10), tz=AMS).next is None and today(items, at(20, 10)).until_next is None
    # a day asked for explicitly: later means later on that day
    assert [i.title for i in today(items, at(19, 8), day=at(19, 8).astimezone(AMS).date()).later] == [
        "19 10:00", "19 14:00", "19 16:00"]


def test_later_that_day_is_the_conferences_day_not_the_utc_one(people):
    """A night at the conference: 21:00 an EU bilateral, 23:00 a debrief, 00:30 a call that is already
    the next day where the conference is (but still the same day in UTC, two hours behind)."""
    s, p = people
    with s.write():
        for title, start in [("EU bilateral", at(19, 21)), ("Debrief", at(19, 23)),
                             ("Call with The Hague", at(20, 0, 30))]:
            s.sessions.add(Session(title=title, start=start, end=start + timedelta(minutes=30), speaker_ids=[p["me"]]))
    t = today(programme_for(s, p["me"]), at(19, 20), tz=AMS)
    assert t.next.title == "EU bilateral"
    assert [i.title for i in t.later] == ["Debrief"]
