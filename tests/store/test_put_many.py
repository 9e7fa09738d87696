"""Repository.put_many: a bulk load keeps revisions, search and references as put() does."""

from __future__ import annotations

import pytest

from briefer.errors import InvalidRecord
from briefer.model import Note, Person


def test_put_many_stores_records_revisions_and_search_documents(conference_store):
    store = conference_store
    people = [Person(family_name=f"Jansen{i}", given_name="Eva", revision=3) for i in range(5)]
    assert store.people.put_many(people) == 5
    assert store.people.count() == 5
    stored = store.people.get(people[2].id)
    assert stored.revision == 3 and stored.family_name == "Jansen2"
    assert [h.revision for h in store.people.history(people[2].id)] == [3]
    assert [h.record_id for h in store.search("Jansen4")] == [people[4].id]


def test_put_many_again_replaces_and_reindexes(conference_store):
    store = conference_store
    author = Person(family_name="Visser")
    store.people.add(author)
    note = Note(body="stewardship in hospitals", author_id=author.id, revision=1)
    store.notes.put_many([note])
    store.notes.put_many([note.evolve(body="surveillance of poultry", revision=2)])
    assert store.notes.get(note.id).body == "surveillance of poultry"
    assert store.search("stewardship") == []
    assert [h.record_id for h in store.search("poultry")] == [note.id]


def test_put_many_refuses_unknown_reference_and_changes_nothing(conference_store):
    store = conference_store
    good = Note(body="fine")
    bad = Note(body="orphan", author_id="00000000-0000-4000-8000-000000000000")
    with pytest.raises(InvalidRecord, match="author_id"):
        store.notes.put_many([good, bad])
    assert store.notes.count() == 0
    assert store.search("fine") == []


def test_put_many_refuses_a_second_conference(store):
    from datetime import date

    from briefer.errors import Refused
    from briefer.model import Conference

    confs = [Conference(name=f"C{i}", start_date=date(2019, 6, 19), end_date=date(2019, 6, 20)) for i in range(2)]
    with pytest.raises(Refused, match="one conference"):
        store.conference_repo.put_many(confs)
    assert store.conference() is None


def test_a_record_given_twice_in_one_bulk_load_keeps_each_version_in_its_history(conference_store):
    """Two versions of one note in one load (an edit made between two exports of a bundle): the note is the
    later one, and its history shows each version with its own text — not the later text twice."""
    store = conference_store
    note = Note(body="first draft of the ask", revision=1)
    store.notes.put_many([note, note.evolve(body="the ask as agreed", revision=2)])
    assert store.notes.get(note.id).body == "the ask as agreed"
    assert [(h.revision, h.data["body"]) for h in store.notes.history(note.id)] == [
        (1, "first draft of the ask"), (2, "the ask as agreed")]
