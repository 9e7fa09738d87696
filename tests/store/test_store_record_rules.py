"""Saving records as an editor, an undo and a bulk load do it: what is refused, named, kept and found.

Each test states one thing a user relies on: an old version reads back as the
record it was, a bad value is named by its field, an id is never reused, a
record saved is found by search, a record brought back after a deletion is no
longer "deleted" for the other laptops.
"""

from __future__ import annotations

import pytest

from briefer.errors import InvalidRecord, NotFound, Refused
from briefer.model import CountryBrief, Meeting, Note, Person, Room, Session
from briefer.store.exchange import ExchangeState
from tests.conftest import utc


def _meeting(store) -> Meeting:
    bruins = store.people.add(Person(given_name="Bruno", family_name="Bruins", principal_title="Minister"))
    return store.meetings.add(Meeting(principal_id=bruins.id, counterpart_country="IDN",
                                      start=utc(2019, 6, 19, 9), end=utc(2019, 6, 19, 9, 30)))


def test_an_old_version_reads_back_as_the_record_it_was(store):
    room = store.rooms.add(Room(name="Bilateral room 1", capacity=8))
    store.rooms.update(room.evolve(name="Bilateral room 1 (2nd floor)", capacity=10))
    first = store.rooms.history(room.id)[0].record(Room)
    assert (first.name, first.capacity, first.revision) == ("Bilateral room 1", 8, 1)


def test_of_two_bad_values_the_first_field_is_named(store):
    room = store.rooms.add(Room(name="Plenary", capacity=200))
    with pytest.raises(InvalidRecord) as caught:
        store.rooms.update(room.model_copy(update={"name": "  ", "capacity": 0}))
    assert caught.value.field == "name"
    assert store.rooms.get(room.id).name == "Plenary"


def test_a_rule_over_two_fields_names_the_field_it_is_about(store):
    meeting = _meeting(store)
    with pytest.raises(InvalidRecord) as caught:
        store.meetings.update(meeting.model_copy(update={"end": utc(2019, 6, 19, 8)}))
    assert (caught.value.field, caught.value.message) == ("end", "must be after the start")
    assert store.meetings.get(meeting.id).end == utc(2019, 6, 19, 9, 30)


def test_an_id_already_in_use_is_never_taken_by_a_new_record(store):
    room = store.rooms.add(Room(name="Press room"))
    with pytest.raises(Refused, match="already exists"):
        store.rooms.add(Room(id=room.id, name="Another room"))
    assert [r.name for r in store.rooms.list()] == ["Press room"]


def test_save_adds_a_new_record_and_updates_a_stored_one(store):
    added = store.rooms.save(Room(name="Room A"))
    assert added.revision == 1 and store.rooms.get(added.id).name == "Room A"
    updated = store.rooms.save(added.evolve(name="Room A (ground floor)"))
    assert updated.revision == 2
    assert [(h.revision, h.action) for h in store.rooms.history(added.id)] == [(1, "insert"), (2, "update")]


def test_a_bulk_load_validates_what_it_is_given(store):
    bad = Room(name="Room B").model_copy(update={"capacity": 0})   # built without validation
    with pytest.raises(InvalidRecord) as caught:
        store.rooms.put_many([Room(name="Room A"), bad])
    assert caught.value.field == "capacity"
    assert store.rooms.list() == []


def test_a_bulk_load_says_how_many_records_it_stored(store):
    assert store.rooms.put_many([]) == 0
    assert store.rooms.put_many([Room(name="Room A"), Room(name="Room B")]) == 2


def test_a_bulk_load_refused_by_the_database_names_the_record_and_field(store):
    briefs = [CountryBrief(country="IDN", summary="First"), CountryBrief(country="IDN", summary="Second")]
    with pytest.raises(InvalidRecord) as caught:
        store.country_briefs.put_many(briefs)
    assert (caught.value.message, caught.value.field) == ("another record already has this value", "country")
    assert store.country_briefs.list() == []


@pytest.mark.parametrize("bring_back", ["put", "put_many"])
def test_a_record_brought_back_after_its_deletion_is_no_longer_deleted(store, bring_back):
    room = store.rooms.add(Room(name="Room C"))
    store.rooms.delete(room.id)
    assert room.id in ExchangeState(store).tombstones("rooms")
    if bring_back == "put":
        store.rooms.put(room)
    else:
        store.rooms.put_many([room])
    assert store.rooms.get(room.id).name == "Room C"
    assert room.id not in ExchangeState(store).tombstones("rooms")


def test_what_was_saved_is_what_search_finds(store):
    meeting = _meeting(store)
    note = store.notes.add(Note(meeting_id=meeting.id, author="Anouk", body="Jakarta will co-sign"))
    assert [h.record_id for h in store.search("Jakarta")] == [note.id]
    store.notes.update(note.evolve(body="Surabaya will host the follow-up"))
    assert [h.record_id for h in store.search("Surabaya")] == [note.id]
    assert store.search("Jakarta") == []


def test_a_deleted_note_is_no_longer_found_by_search(store):
    meeting = _meeting(store)
    note = store.notes.add(Note(meeting_id=meeting.id, author="Anouk", body="Jakarta will co-sign"))
    kept = store.notes.add(Note(meeting_id=meeting.id, author="Anouk", body="Jakarta hosts the follow-up"))
    store.notes.delete(note.id)
    assert [h.record_id for h in store.search("Jakarta")] == [kept.id]


def test_saving_a_record_deleted_elsewhere_says_it_is_gone(store):
    room = store.rooms.add(Room(name="Bilateral room 1", capacity=8))
    store.rooms.delete(room.id)                               # another window deleted it meanwhile
    with pytest.raises(NotFound) as caught:
        store.rooms.update(room.evolve(capacity=10))
    assert str(caught.value) == f"no room with id {room.id} (was it deleted?)"


def test_a_list_of_people_with_unknown_ids_names_the_first_unknown_one(store):
    room = store.rooms.add(Room(name="Plenary", capacity=200))
    speaker = store.people.add(Person(given_name="Bruno", family_name="Bruins"))
    with pytest.raises(InvalidRecord) as caught:
        store.sessions.add(Session(title="Opening", room_id=room.id, start=utc(2019, 6, 19, 9),
                                   end=utc(2019, 6, 19, 10), speaker_ids=["gone-1", speaker.id, "gone-2"]))
    assert (caught.value.field, caught.value.message) == ("speaker_ids", "refers to an unknown person (gone-1)")
    assert store.sessions.list() == []
