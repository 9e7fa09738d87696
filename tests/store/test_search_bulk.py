"""The search index's bulk mode: many documents written, the full-text index brought up to date at the end.

What a user would check: after a bulk write, search finds exactly what it
finds after the same writes made one by one (same hits, same order, same
snippets); FTS5's own integrity check agrees that the index matches the
documents; a failure half-way leaves documents, index and triggers as they were.
"""

from __future__ import annotations

import pytest

from briefer.errors import BrieferError
from briefer.model import Note, Person
from briefer.store import Store
from briefer.store.search import SearchIndex, index_agrees

QUERIES = ("resistance", "surveil", "stewardship plan", "Moeloek", "anti", "one health", "poultry", "zzz",
           "Curacao", "addendum")


@pytest.fixture(autouse=True)
def no_rebuild(request, monkeypatch):
    """The bulk block must catch up by itself: its rebuild safety net is only for writes past the index."""
    if "past_the_index" in request.node.name:
        return
    def refuse(self, index):
        raise AssertionError(f"the {index} index was rebuilt: a bulk write was not tracked")
    monkeypatch.setattr(SearchIndex, "_rebuild_index", refuse)


def _schema(store: Store) -> list[tuple]:
    return store.db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()


def _integrity(store: Store) -> None:
    """Each index holds exactly its documents' words (the notes' index, being contentless, against
    its documents indexed afresh: briefer/store/search.py, index_agrees)."""
    for index in ("records", "notes"):
        assert index_agrees(store.db.conn, index), index


def _results(store: Store) -> dict:
    return {q: [(h.kind, h.record_id, h.title, h.snippet) for h in store.search(q)] for q in QUERIES}


FRESH, GONE = "5f0c1a52-0000-4000-8000-000000000001", "5f0c1a52-0000-4000-8000-000000000002"
BODIES = [
    "Antimicrobial resistance in poultry: surveillance is weak.",
    "Minister Moeloek on One Health and the national action plan.",
    "Stewardship plan for hospitals, anti-infectives, Curaçao twinning.",
    "Nothing about the topics at all, just the weather.",
    "Resistance, resistance and resistance again; stewardship.",
]


def _fill(store: Store, n: int = 40) -> tuple[list[Person], list[Note]]:
    people = store.people.put_many([Person(given_name=f"Nila{i}", family_name="Moeloek" if i % 3 == 0 else f"Fam{i}")
                                    for i in range(n // 4)])
    notes = [Note(body=f"{BODIES[i % len(BODIES)]} Item {i}.", author=f"Advisor {i % 4}") for i in range(n)]
    store.notes.put_many(notes)
    return store.people.list(), store.notes.list()


def _edit(store: Store, notes: list[Note], people: list[Person]) -> None:
    """Updates, deletions, a document added and changed and deleted again inside one block."""
    for n in notes[:10]:
        store.notes.update(n.evolve(body=n.body + " Addendum on poultry."))
    newest = max(notes, key=lambda n: store.db.execute(
        "SELECT rowid FROM search_notes WHERE record_id = ?", [n.id]).fetchone()[0])
    for n in notes[10:14]:
        store.notes.delete(n.id)
    if newest.id not in {n.id for n in notes[10:14]}:
        store.notes.delete(newest.id)  # the highest rowid: a new document may get it again
    extra = store.notes.add(Note(id=FRESH, body="Fresh note on surveillance."))
    extra = store.notes.update(extra.evolve(body="Fresh note on surveillance, changed."))
    gone = store.notes.add(Note(id=GONE, body="Short-lived resistance note."))
    store.notes.delete(gone.id)
    store.notes.put_many([n.evolve(body=n.body + " One Health.") for n in store.notes.list()[20:30]])
    store.people.update(people[0].evolve(family_name="Stewart"))


def _twins(tmp_path):
    a = Store.open(tmp_path / "a.sqlite", user="tester")
    b = Store.open(tmp_path / "b.sqlite", user="tester")
    return a, b


def test_bulk_load_into_an_empty_store_finds_what_one_by_one_finds(tmp_path):
    plain, bulk = _twins(tmp_path)
    try:
        notes = [Note(body=f"{BODIES[i % len(BODIES)]} Item {i}.") for i in range(60)]
        people = [Person(given_name="Nila", family_name=f"Moeloek{i}") for i in range(5)]
        plain.people.put_many(people)
        for n in notes:
            plain.notes.put(n)
        with bulk.search_index.bulk():
            bulk.people.put_many(people)
            bulk.notes.put_many(notes)
            # inside the block the index is not yet current; that is the point
        _integrity(bulk)
        assert _results(bulk) == _results(plain)
        assert _results(bulk)["resistance"]  # the comparison is not between two empty lists
        assert _schema(bulk) == _schema(plain)  # the triggers are back, exactly as they were
    finally:
        plain.close()
        bulk.close()


def test_bulk_updates_and_deletions_of_indexed_documents_keep_search_identical(tmp_path):
    import shutil

    with Store.open(tmp_path / "a.sqlite", user="tester") as first:
        _fill(first)
    shutil.copy(tmp_path / "a.sqlite", tmp_path / "b.sqlite")  # twins, down to the rowids
    plain, bulk = _twins(tmp_path)
    try:
        before = _results(bulk)
        assert before == _results(plain)

        _edit(plain, plain.notes.list(), plain.people.list())
        with bulk.search_index.bulk():
            _edit(bulk, bulk.notes.list(), bulk.people.list())
        _integrity(bulk)
        after = _results(bulk)
        assert after == _results(plain)
        assert after != before
        assert any("Addendum" in h[3] for h in after["addendum"])
        assert not any("Short-lived" in h[3] for h in after["resistance"])
        # and ordinary writes are indexed again by the restored triggers
        n = bulk.notes.add(Note(body="Quokka sighting after the bulk."))
        assert [h.record_id for h in bulk.search("quokka")] == [n.id]
        _integrity(bulk)
    finally:
        plain.close()
        bulk.close()


def test_a_failure_inside_the_block_leaves_documents_index_and_triggers_unchanged(store):
    people, notes = _fill(store)
    schema, results = _schema(store), _results(store)
    docs = store.db.execute("SELECT * FROM search_notes ORDER BY rowid").fetchall()
    with pytest.raises(BrieferError):
        with store.search_index.bulk():
            _edit(store, notes, people)
            store.notes.put(Note(body="refers to nothing", meeting_id="00000000-0000-0000-0000-000000000000"))
    assert _schema(store) == schema
    assert store.db.execute("SELECT * FROM search_notes ORDER BY rowid").fetchall() == docs
    assert _results(store) == results
    _integrity(store)
    n = store.notes.add(Note(body="Quokka after the failed block."))
    assert [h.record_id for h in store.search("quokka")] == [n.id]


def test_bulk_blocks_nest_and_join_an_open_transaction(store):
    people, notes = _fill(store, 12)
    with store.write():
        with store.search_index.bulk():
            store.notes.update(notes[0].evolve(body="Outer quokka."))
            with store.search_index.bulk():
                store.notes.update(notes[1].evolve(body="Inner wombat."))
        assert [h.record_id for h in store.search("wombat")] == [notes[1].id]  # current before commit
    _integrity(store)
    assert [h.record_id for h in store.search("quokka")] == [notes[0].id]


def test_a_block_that_writes_no_document_leaves_the_file_byte_for_byte_unchanged(tmp_path):
    path = tmp_path / "same.sqlite"
    with Store.open(path, user="tester") as s:
        _fill(s, 8)
    before = path.read_bytes()
    with Store.open(path, user="tester") as s:
        with s.search_index.bulk():
            assert s.notes.count() == 8
    assert path.read_bytes() == before


def test_documents_written_past_the_index_inside_a_block_are_caught_by_a_rebuild(store):
    people, notes = _fill(store, 8)
    with store.search_index.bulk():
        store.notes.update(notes[0].evolve(body="Through the index: quokka."))
        # (the notes' documents keep no text: a raw note, and its document naming it)
        store.db.execute("INSERT INTO notes (id, revision, created_at, updated_at, body) VALUES "
                         "('raw', 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', "
                         "'Written around the index: wombat.')")
        store.db.execute("INSERT INTO search_notes (kind, record_table, record_id) VALUES ('note', 'notes', 'raw')")
    _integrity(store)
    assert [h.record_id for h in store.search("wombat")] == ["raw"]
    assert [h.record_id for h in store.search("quokka")] == [notes[0].id]
