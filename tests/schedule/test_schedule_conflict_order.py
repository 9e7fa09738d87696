"""Conflicts are listed as a day is lived: errors first, then each severity in time order.

An advisor reads `check --schedule` from the top: Wednesday's problems before
Thursday's, whatever kind they are. These programmes are built so that the time
order of two findings of one severity differs from the order of their codes.
"""

from __future__ import annotations

from schedule_helpers import local

from briefer.cli import main
from briefer.model import Meeting, MeetingStatus, Person
from briefer.paths import ensure_data_dir, resolve
from briefer.schedule.conflicts import (
    ERROR,
    INTERPRETER_MISSING,
    PERSON_DOUBLE_BOOKED,
    ROOM_DOUBLE_BOOKED,
    ROOM_UNCONFIRMED,
    WARNING,
    check_schedule,
    conflicts_for,
)
from briefer.schedule.items import ScheduleIndex, load_schedule


def _meeting(w, start, end, *, country="IDN", room=None, principal=None, **kw) -> Meeting:
    room = room if room is not None else w.room_a
    return w.store.meetings.add(Meeting(
        start=start, end=end, principal_id=(principal or w.minister).id, counterpart_country=country,
        room_id=room.id, status=MeetingStatus.CONFIRMED, **kw))


def _findings(w):
    return [(f.severity, f.code, w.store.conference().local(f.start).strftime("%a %H:%M"))
            for f in check_schedule(load_schedule(w.store))]


def test_warnings_of_different_kinds_are_listed_by_time_not_by_kind(world):
    # Thursday: an interpreter not yet named; Wednesday: a room not yet confirmed.
    # By code "interpreter_missing" sorts before "room_unconfirmed"; by time Wednesday comes first.
    _meeting(world, local(20, 10), local(20, 10, 30), interpreter_language="id")
    _meeting(world, local(19, 15), local(19, 15, 30), country="FRA", room=world.room_b, room_confirmed=False)
    assert _findings(world) == [
        (WARNING, ROOM_UNCONFIRMED, "Wed 15:00"),
        (WARNING, INTERPRETER_MISSING, "Thu 10:00"),
    ]


def test_errors_come_first_and_in_time_order_among_themselves(world):
    other = world.store.people.add(Person(given_name="Carola", family_name="Schouten", country="NLD",
                                          principal_title="Minister"))
    # Thursday 09:00: the minister in two bilaterals at once (person double booked, in two rooms)
    _meeting(world, local(20, 9), local(20, 9, 30))
    _meeting(world, local(20, 9, 10), local(20, 9, 40), country="FRA", room=world.room_b)
    # Wednesday 14:00: Room A taken twice, by two different ministers (room double booked)
    _meeting(world, local(19, 14), local(19, 14, 30), country="DEU")
    _meeting(world, local(19, 14, 15), local(19, 14, 45), country="BEL", principal=other)
    # Wednesday 11:00: a warning, earlier than every error
    _meeting(world, local(19, 11), local(19, 11, 20), country="ITA", room=world.room_b, room_confirmed=False)
    assert _findings(world) == [
        (ERROR, ROOM_DOUBLE_BOOKED, "Wed 14:15"),
        (ERROR, PERSON_DOUBLE_BOOKED, "Thu 09:10"),
        (WARNING, ROOM_UNCONFIRMED, "Wed 11:00"),
    ]


def test_a_candidate_meeting_s_conflicts_are_in_time_order_too(world):
    late = _meeting(world, local(20, 10), local(20, 10, 30), interpreter_language="id", room_confirmed=False)
    index = ScheduleIndex(load_schedule(world.store))
    moved = late.evolve(start=local(19, 10), end=local(19, 10, 30))
    found = conflicts_for(moved, index)
    assert [f.code for f in found] == [INTERPRETER_MISSING, ROOM_UNCONFIRMED]  # same time: then by code
    assert all(f.severity == WARNING for f in found)


def test_check_schedule_prints_wednesday_before_thursday(world, capsys, monkeypatch):
    """The command line shows the same order (the CLI opens the database in BRIEFER_DATA_DIR)."""
    paths = ensure_data_dir(resolve(None))
    world.store.close()
    import shutil

    shutil.copy(world.store.path, paths.database)
    from briefer.store import Store

    with Store.open(paths.database) as s:
        s.meetings.add(Meeting(start=local(20, 10), end=local(20, 10, 30), principal_id=world.minister.id,
                               counterpart_country="IDN", room_id=world.room_a.id, interpreter_language="id",
                               status=MeetingStatus.CONFIRMED))
        s.meetings.add(Meeting(start=local(19, 15), end=local(19, 15, 30), principal_id=world.minister.id,
                               counterpart_country="FRA", room_id=world.room_b.id, room_confirmed=False,
                               status=MeetingStatus.CONFIRMED))
    assert main(["check", "--schedule"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("warning:")]
    assert len(lines) == 2
    assert "Wed 19 Jun 15:00" in lines[0] and "Thu 20 Jun 10:00" in lines[1]
