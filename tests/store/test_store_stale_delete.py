"""Deleting what someone else has changed meanwhile is refused; what the database refuses is named.

Undo of a creation and the calendar re-import delete "the version I saw"
(``delete(..., revision=)``): if another window or advisor saved a newer
revision in between, the delete must be refused and the record left as it is.
"""

from __future__ import annotations

import pytest

from briefer.errors import InvalidRecord, StaleRevision
from briefer.model import Meeting, MeetingBrief, Note, Objective, Person, Room
from briefer.store import Store
from tests.conftest import utc


@pytest.fixture
def two_windows(tmp_path):
    """Two connections to one real file: two windows (or processes) on the same database."""
    first = Store.open(tmp_path / "shared.sqlite", user="anouk")
    second = Store.open(tmp_path / "shared.sqlite", user="pieter")
    yield first, second
    second.close()
    first.close()


def test_deleting_the_version_i_saw_is_refused_when_someone_saved_a_newer_one(two_windows):
    first, second = two_windows
    room = first.rooms.add(Room(name="Bilateral room 1"))
    seen = first.rooms.get(room.id)                                  # revision 1 on screen in the first window
    second.rooms.update(second.rooms.get(room.id).evolve(name="Bilateral room 1 (2nd floor)"))
    with pytest.raises(StaleRevision) as caught:
        first.rooms.delete(room.id, revision=seen.revision)
    assert "changed elsewhere" in caught.value.message
    kept = first.rooms.get(room.id)
    assert kept.name == "Bilateral room 1 (2nd floor)" and kept.revision == 2
    assert [h.action for h in first.rooms.history(room.id)] == ["insert", "update"]


def test_deleting_the_current_version_goes_through(two_windows):
    first, second = two_windows
    room = first.rooms.add(Room(name="Bilateral room 2"))
    first.rooms.delete(room.id, revision=room.revision)
    assert second.rooms.find(room.id) is None
    assert [h.action for h in first.rooms.history(room.id)][-1] == "delete"


def _meeting(store: Store):
    bruins = store.people.add(Person(given_name="Bruno", family_name="Bruins", principal_title="Minister"))
    return store.meetings.add(Meeting(principal_id=bruins.id, counterpart_country="IDN",
                                      start=utc(2019, 6, 19, 9), end=utc(2019, 6, 19, 9, 30)))


def test_a_second_brief_for_one_meeting_is_refused_naming_the_field(store):
    meeting = _meeting(store)
    store.meeting_briefs.add(MeetingBrief(meeting_id=meeting.id, objectives=[Objective(text="Agree on twinning")]))
    with pytest.raises(InvalidRecord) as caught:
        store.meeting_briefs.add(MeetingBrief(meeting_id=meeting.id))
    assert caught.value.message == "another record already has this value"
    assert caught.value.field == "meeting_id"
    assert [b.objectives[0].text for b in store.meeting_briefs.list(meeting_id=meeting.id)] == ["Agree on twinning"]


def test_a_refusal_of_another_kind_is_named_with_the_database_s_words(store):
    """A trigger (or CHECK) refusing a row is neither UNIQUE nor FOREIGN KEY: its own words are shown."""
    meeting = _meeting(store)
    store.db.execute("CREATE TRIGGER frozen BEFORE INSERT ON notes "
                     "BEGIN SELECT RAISE(ABORT, 'notes are frozen after the conference'); END")
    with pytest.raises(InvalidRecord) as caught:
        store.notes.add(Note(meeting_id=meeting.id, author="Anouk", body="Late"))
    assert caught.value.message == "is not accepted by the database (notes are frozen after the conference)"
    assert caught.value.field is None
    assert store.notes.list() == []


def test_a_foreign_key_refusal_says_the_record_it_points_to_is_missing(store):
    """The foreign key check of the database itself (behind the store's own reference check)."""
    meeting = _meeting(store)
    store.db.execute("CREATE TRIGGER gone BEFORE INSERT ON notes "
                     "BEGIN SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed'); END")
    with pytest.raises(InvalidRecord) as caught:
        store.notes.add(Note(meeting_id=meeting.id, author="Anouk", body="Late"))
    assert caught.value.message == "refers to a record that does not exist"


@pytest.mark.parametrize("capacity, stored", [(2 ** 63 - 1, True), (2 ** 63, False)])
def test_the_largest_number_sqlite_holds_is_stored_and_one_more_is_refused(store, capacity, stored):
    if stored:
        room = store.rooms.add(Room(name="Plenary", capacity=capacity))
        assert store.rooms.get(room.id).capacity == capacity
    else:
        with pytest.raises(InvalidRecord) as caught:
            store.rooms.add(Room(name="Plenary", capacity=capacity))
        assert caught.value.message == "is too large a number to store" and caught.value.field == "capacity"
        assert store.rooms.list() == []


def test_a_too_large_number_is_refused_on_update_and_the_stored_one_kept(store):
    room = store.rooms.add(Room(name="Plenary", capacity=10))
    with pytest.raises(InvalidRecord) as caught:
        store.rooms.update(room.evolve(capacity=2 ** 64))
    assert caught.value.field == "capacity"
    assert store.rooms.get(room.id).capacity == 10


@pytest.mark.parametrize("revision, stored", [(-(2 ** 63), True), (-(2 ** 63) - 1, False)])
def test_the_smallest_number_sqlite_holds_is_stored_and_one_less_is_refused(store, revision, stored):
    # a loader or a damaged bundle gives the revision as it is: the lower bound holds as the upper one does
    room = Room(name="Plenary", capacity=10, revision=revision)
    if stored:
        assert store.rooms.put(room).revision == revision
        assert store.rooms.get(room.id).revision == revision
    else:
        with pytest.raises(InvalidRecord) as caught:
            store.rooms.put(room)
        assert (caught.value.message, caught.value.field) == ("is too large a number to store", "revision")
        assert store.rooms.list() == []
