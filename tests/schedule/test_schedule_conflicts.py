"""Each kind of conflict, with its boundary cases, through the store like a user would."""

from __future__ import annotations

from datetime import time

from schedule_helpers import local

from briefer.model import Meeting, MeetingStatus, Session
from briefer.schedule.conflicts import (
    BILATERAL_DURING_SPEECH,
    ERROR,
    INTERPRETER_MISSING,
    OUTSIDE_DAYS,
    OUTSIDE_HOURS,
    PERSON_DOUBLE_BOOKED,
    ROOM_DOUBLE_BOOKED,
    ROOM_UNCONFIRMED,
    WALKING_TIME,
    WARNING,
    check_schedule,
    conflicts_for,
)
from briefer.schedule.items import ScheduleIndex, load_schedule
from briefer.store.walking import WalkingTimeRepository


def meeting(w, start, end, *, country="IDN", room=None, **kw) -> Meeting:
    room = room if room is not None else w.room_a
    return w.store.meetings.add(Meeting(
        start=start, end=end, principal_id=w.minister.id, counterpart_country=country,
        room_id=room.id if room else None, status=MeetingStatus.CONFIRMED, **kw))


def session(w, start, end, *, room=None, title="Plenary", **kw) -> Session:
    room = room if room is not None else w.room_far
    return w.store.sessions.add(Session(title=title, start=start, end=end, room_id=room.id, **kw))


def codes(findings):
    return sorted((f.code, f.severity) for f in findings)


def check(w):
    return check_schedule(load_schedule(w.store))


def test_clean_programme_has_no_findings(world):
    meeting(world, local(19, 10), local(19, 10, 20))
    meeting(world, local(19, 11), local(19, 11, 20), country="FRA", room=world.room_b)
    assert check(world) == []


def test_person_in_two_bilaterals_at_once(world):
    a = meeting(world, local(19, 10), local(19, 10, 30))
    b = meeting(world, local(19, 10, 15), local(19, 10, 45), country="FRA", room=world.room_b)
    found = check(world)
    assert codes(found) == [(PERSON_DOUBLE_BOOKED, ERROR)]
    f = found[0]
    assert set(f.item_ids) == {a.id, b.id}
    assert f.person_ids == (world.minister.id,)
    assert "Bruno Bruins is in two places at once" in f.message
    assert "10:15–10:30" not in f.message and "10:00–10:30" in f.message and "Room B" in f.message
    assert f.start == local(19, 10, 15) and f.end == local(19, 10, 30)


def test_counterpart_delegation_double_booked(world):
    """Two Dutch ministers meeting the Indonesian minister at the same time: her side is double-booked."""
    from briefer.model import Person

    other = world.store.people.add(Person(given_name="Carola", family_name="Schouten", country="NLD",
                                          principal_title="Minister van LNV"))
    meeting(world, local(19, 10), local(19, 10, 30))
    world.store.meetings.add(Meeting(start=local(19, 10), end=local(19, 10, 30), principal_id=other.id,
                                     counterpart_country="IDN", room_id=world.room_b.id))
    found = check(world)
    assert codes(found) == [(PERSON_DOUBLE_BOOKED, ERROR)]
    assert found[0].person_ids == (world.idn_minister.id,)
    assert "Nila Moeloek" in found[0].message


def test_room_booked_twice_and_back_to_back_same_room_is_fine(world):
    meeting(world, local(19, 10), local(19, 10, 30))
    # back to back in the same room: the minister stays, no walk — fine
    meeting(world, local(19, 10, 30), local(19, 11), country="FRA")
    assert check(world) == []
    # a session in the same room overlapping: the room is taken twice
    session(world, local(19, 10, 45), local(19, 12), room=world.room_a, title="Side event")
    found = check(world)
    assert codes(found) == [(ROOM_DOUBLE_BOOKED, ERROR)]
    assert "room Room A is booked twice" in found[0].message
    assert found[0].room_ids == (world.room_a.id,)


def test_back_to_back_across_rooms_needs_walking_time(world):
    meeting(world, local(19, 10), local(19, 10, 30))
    meeting(world, local(19, 10, 30), local(19, 11), country="FRA", room=world.room_b)
    found = check(world)
    assert codes(found) == [(WALKING_TIME, WARNING)]
    assert "0 min between" in found[0].message and "takes 5 min" in found[0].message
    # five minutes apart is enough with the built-in default...
    m = world.store.meetings.list(counterpart_country="FRA")[0]
    world.store.meetings.update(m.evolve(start=local(19, 10, 35), end=local(19, 11, 5)))
    assert check(world) == []
    # ...until the venue's default says the walk takes longer
    WalkingTimeRepository(world.store).set_venue_default("Huis ter Duin", 8)
    assert codes(check(world)) == [(WALKING_TIME, WARNING)]
    # and an explicit pair overrides the venue default
    WalkingTimeRepository(world.store).set_pair(world.room_b.id, world.room_a.id, 2)
    assert check(world) == []


def test_walk_between_venues_uses_cross_venue_default(world):
    meeting(world, local(19, 10), local(19, 10, 30))
    session(world, local(19, 10, 45), local(19, 12), speaker_ids=[world.minister.id])
    found = check(world)
    assert codes(found) == [(WALKING_TIME, WARNING)]
    assert "takes 30 min" in found[0].message


def test_bilateral_during_a_session_where_the_principal_speaks(world):
    s = session(world, local(19, 9), local(19, 10, 30), speaker_ids=[world.minister.id])
    m = meeting(world, local(19, 10), local(19, 10, 20))
    found = check(world)
    assert codes(found) == [(BILATERAL_DURING_SPEECH, ERROR)]
    assert set(found[0].item_ids) == {s.id, m.id}
    assert "while speaking or chairing" in found[0].message


def test_chairing_counts_as_speaking(world):
    session(world, local(19, 9), local(19, 10, 30), chair_id=world.minister.id)
    meeting(world, local(19, 10), local(19, 10, 20))
    assert codes(check(world)) == [(BILATERAL_DURING_SPEECH, ERROR)]


def test_attending_a_session_during_a_bilateral_is_a_warning(world):
    session(world, local(19, 9), local(19, 12), attendee_ids=[world.minister.id, world.adviser.id])
    meeting(world, local(19, 10), local(19, 10, 20), nl_participant_ids=[world.adviser.id])
    found = check(world)
    assert codes(found) == [(PERSON_DOUBLE_BOOKED, WARNING)]
    assert set(found[0].person_ids) == {world.minister.id, world.adviser.id}
    assert "Anna Adviseur, Bruno Bruins are in two places at once" in found[0].message


def test_a_bilateral_in_a_coffee_break_is_fine(world):
    from briefer.model import SessionKind

    session(world, local(19, 10), local(19, 10, 30), title="Coffee", session_kind=SessionKind.BREAK,
            attendee_ids=[world.minister.id])
    meeting(world, local(19, 10), local(19, 10, 20))
    assert check(world) == []


def test_meeting_outside_days_and_hours(world):
    m = meeting(world, local(21, 10), local(21, 10, 20))
    found = check(world)
    assert codes(found) == [(OUTSIDE_DAYS, ERROR)]
    assert "2019-06-19 to 2019-06-20" in found[0].message
    world.store.meetings.update(m.evolve(start=local(19, 7, 30), end=local(19, 8, 0)))
    assert codes(check(world)) == [(OUTSIDE_HOURS, WARNING)]
    m = world.store.meetings.get(m.id)
    # exactly the opening hours' edges are fine
    world.store.meetings.update(m.evolve(start=local(19, 8, 0), end=local(19, 8, 20)))
    assert check(world) == []
    m = world.store.meetings.get(m.id)
    world.store.meetings.update(m.evolve(start=local(19, 19, 40), end=local(19, 20, 0)))   # ends as the day closes
    assert check(world) == []
    m = world.store.meetings.get(m.id)
    world.store.meetings.update(m.evolve(start=local(19, 19, 50), end=local(19, 20, 10)))
    assert codes(check(world)) == [(OUTSIDE_HOURS, WARNING)]


def test_unconfirmed_or_missing_room_and_missing_interpreter(world):
    meeting(world, local(19, 10), local(19, 10, 20), room_confirmed=False)
    meeting(world, local(19, 11), local(19, 11, 20), country="FRA", room=False, interpreter_language="fr")
    found = check(world)
    assert codes(found) == [(INTERPRETER_MISSING, WARNING), (ROOM_UNCONFIRMED, WARNING), (ROOM_UNCONFIRMED, WARNING)]
    msgs = " | ".join(f.message for f in found)
    assert "not confirmed" in msgs and "has no room yet" in msgs and "needs an interpreter (fr)" in msgs
    m = world.store.meetings.list(counterpart_country="FRA")[0]
    world.store.meetings.update(m.evolve(interpreter_name="J. Dupont", room_id=world.room_b.id))
    assert codes(check(world)) == [(ROOM_UNCONFIRMED, WARNING)]


def test_cancelled_meetings_are_ignored(world):
    meeting(world, local(19, 10), local(19, 10, 30))
    world.store.meetings.add(Meeting(start=local(19, 10), end=local(19, 10, 30), principal_id=world.minister.id,
                                     counterpart_country="FRA", room_id=world.room_a.id,
                                     status=MeetingStatus.CANCELLED))
    assert check(world) == []


def test_candidate_check_matches_full_check(world):
    """Moving a meeting: the one-candidate API reports what the full check would."""
    session(world, local(19, 9), local(19, 10, 30), speaker_ids=[world.minister.id])
    m = meeting(world, local(19, 12), local(19, 12, 20))
    meeting(world, local(19, 12, 20), local(19, 12, 40), country="FRA", room=world.room_b)
    index = ScheduleIndex(load_schedule(world.store))
    # where it is now: back to back with the French bilateral in another room
    assert codes(conflicts_for(m, index)) == [(WALKING_TIME, WARNING)]
    # dragged into the speech
    moved = m.evolve(start=local(19, 10), end=local(19, 10, 20))
    assert codes(conflicts_for(moved, index)) == [(BILATERAL_DURING_SPEECH, ERROR)]
    # dragged onto the French bilateral's room and time
    moved = m.evolve(start=local(19, 12, 30), end=local(19, 12, 50), room_id=world.room_b.id)
    assert codes(conflicts_for(moved, index)) == [(PERSON_DOUBLE_BOOKED, ERROR), (ROOM_DOUBLE_BOOKED, ERROR)]
    # the same as the full check says once it is saved
    world.store.meetings.update(moved)
    assert codes(check(world)) == [(PERSON_DOUBLE_BOOKED, ERROR), (ROOM_DOUBLE_BOOKED, ERROR)]
    # a new (unsaved) candidate too
    new = Meeting(start=local(19, 12, 52), end=local(19, 13, 10), principal_id=world.minister.id,
                  counterpart_country="IDN", room_id=world.room_a.id)
    assert codes(conflicts_for(new, ScheduleIndex(load_schedule(world.store)))) == [(WALKING_TIME, WARNING)]


def test_conference_hours_are_the_conference_own(world):
    conf = world.store.conference()
    world.store.conference_repo.update(conf.evolve(day_start=time(9, 0)))
    meeting(world, local(19, 8, 30), local(19, 8, 50))
    assert codes(check(world)) == [(OUTSIDE_HOURS, WARNING)]
