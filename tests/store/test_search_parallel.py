"""The notes index built on the second core during a bulk load (briefer/store/search_parallel.py).

What a user would check: search answers exactly as after an ordinary bulk load
(same hits, order, snippets), FTS5's integrity check agrees with the documents,
and whenever the builder's documents are not exactly the ones written, the
ordinary catch-up is used instead — never a wrong index.
"""

from __future__ import annotations

import pytest

from briefer.model import Note, Person
from briefer.store import Store
from briefer.store.search import index_agrees
from briefer.store.wholefile.fresh import fresh_file
from briefer.store.store import SPEC_BY_TABLE

QUERIES = ("resistance", "surveil", "stewardship plan", "Moeloek", "anti", "one health", "poultry", "zzz",
           "Curacao", "a", "advisor 3")
BODIES = [
    "Antimicrobial resistance in poultry: surveillance is weak.",
    "Minister Moeloek on One Health and the national action plan.",
    "Stewardship plan for hospitals, anti-infectives, Curaçao twinning.",
    "Nothing about the topics at all, just the weather.",
]
NOTES = SPEC_BY_TABLE["notes"]
PERSON = Person(given_name="Nila", family_name="Moeloek")


def _notes(n: int = 2500) -> list[Note]:
    return [Note(body=f"{BODIES[i % len(BODIES)]} Item {i}.", author=f"Advisor {i % 7}") for i in range(n)]


def _integrity(store: Store) -> None:
    """Each index holds exactly its documents' words (the notes' index, being contentless, against
    its documents indexed afresh: briefer/store/search.py, index_agrees)."""
    for index in ("records", "notes"):
        assert index_agrees(store.db.conn, index), index


def _results(store: Store) -> dict:
    return {q: [(h.kind, h.record_id, h.title, h.snippet) for h in store.search(q)] for q in QUERIES}


@pytest.fixture
def load(tmp_path):
    """Bulk-load notes into a new file (store/wholefile/fresh.py), offering ``offered`` to a builder first."""
    stores = []

    def run(notes: list[Note], *, offered: list[Note] | None, written: list[Note] | None = None):
        path = tmp_path / f"s{len(stores)}" / "briefer.sqlite"
        path.parent.mkdir()
        store = Store.open(path, user="test")
        stores.append(store)
        builder = None
        with fresh_file(store) as fresh:
            fresh.people.put_many([PERSON])
            builder = fresh.search_index.build_in_parallel("notes") if offered is not None else None
            for n in offered or []:
                builder.offer(NOTES, n)
            with fresh.search_index.bulk():
                fresh.notes.put_many(written if written is not None else notes)
        return store, builder

    yield run
    for s in stores:
        s.close()


def test_an_index_built_in_parallel_answers_like_the_ordinary_one(load):
    notes = _notes()
    plain, _ = load(notes, offered=None)
    built, builder = load(notes, offered=notes)
    assert builder.copied  # the builder's index was used
    _integrity(built)
    assert _results(built) == _results(plain)
    assert _results(built)["resistance"]
    # and the index stays current afterwards (triggers back in place)
    extra = built.notes.add(Note(body="Zoonotic spillover briefing."))
    assert [h.record_id for h in built.search("zoonotic")] == [extra.id]
    _integrity(built)


def test_a_document_written_differently_from_the_offered_one_falls_back_to_the_catch_up(load):
    notes = _notes(300)
    changed = [*notes[:-1], notes[-1].evolve(body="A different text on resistance.")]
    plain, _ = load(changed, offered=None)
    built, builder = load(notes, offered=notes, written=changed)
    assert not builder.copied
    _integrity(built)
    assert _results(built) == _results(plain)


def test_an_offered_document_never_written_falls_back_to_the_catch_up(load):
    notes = _notes(300)
    plain, _ = load(notes[:-1], offered=None)
    built, builder = load(notes, offered=notes, written=notes[:-1])
    assert not builder.copied
    _integrity(built)
    assert _results(built) == _results(plain)


def test_no_builder_on_a_connection_that_may_have_the_index_cached(tmp_path):
    # a store's own connection (migrations created the index on it) never gets one
    assert Store.memory().search_index.build_in_parallel("notes") is None
    with Store.open(tmp_path / "b.sqlite") as store:
        assert store.search_index.build_in_parallel("notes") is None
        with fresh_file(store) as fresh:
            fresh.notes.put_many(_notes(3))
            # nor a new file whose index already holds documents
            assert fresh.search_index.build_in_parallel("notes") is None


def test_documents_written_twice_fall_back_to_the_catch_up(load):
    notes = _notes(300)
    plain, _ = load(notes, offered=None)
    store, builder = load(notes, offered=notes, written=notes + notes[:5])
    assert not builder.copied
    _integrity(store)
    assert _results(store) == _results(plain)


def test_a_builder_that_fails_in_its_thread_falls_back_to_the_catch_up(load, monkeypatch):
    import briefer.store.search_parallel as sp

    monkeypatch.setattr(sp, "HASHSIZE", -1)  # FTS5 refuses it: the builder thread fails at once
    notes = _notes(300)
    plain, _ = load(notes, offered=None)
    built, builder = load(notes, offered=notes)
    assert builder.failure is not None and not builder.copied
    _integrity(built)
    assert _results(built) == _results(plain)


def test_the_notes_are_indexed_once_on_the_second_core_and_not_again_by_the_store(tmp_path):
    """The point of the builder: its finished index is copied in *in place of* the catch-up, so the
    store's own connection indexes no note itself — no catch-up, no rebuild, no FTS5 setting
    changed — and what it copied answers every search like an index built the ordinary way."""
    notes = _notes()
    with Store.open(tmp_path / "plain.sqlite", user="test") as plain:
        with fresh_file(plain) as fresh:
            fresh.people.put_many([PERSON])
            with fresh.search_index.bulk():
                fresh.notes.put_many(notes[::-1])  # each under the rowid the builder below gives it
        expected = _results(plain)
    statements: list[str] = []
    with Store.open(tmp_path / "built.sqlite", user="test") as built:
        with fresh_file(built) as fresh:
            fresh.people.put_many([PERSON])
            builder = fresh.search_index.build_in_parallel("notes")
            for n in reversed(notes):  # offered in any order: the store writes each under the builder's rowid
                builder.offer(NOTES, n)
            fresh.db.conn.set_trace_callback(statements.append)
            with fresh.search_index.bulk():
                fresh.notes.put_many(notes)
            fresh.db.conn.set_trace_callback(None)
        assert builder.copied
        indexing = [s for s in statements if s.lstrip().upper().startswith(
            ("INSERT INTO SEARCH_NOTES_FTS(", "INSERT INTO SEARCH_NOTES_FTS (", "DELETE FROM SEARCH_NOTES_FTS "))]
        assert indexing == []
        copied = [s.split("]")[0] for s in statements if s.startswith("INSERT INTO main.[search_notes_fts_")]
        assert set(copied) == {f"INSERT INTO main.[search_notes_fts_{t}" for t in ("data", "idx", "docsize")}
        assert copied.count("INSERT INTO main.[search_notes_fts_docsize") == len(notes)  # one row per note
        _integrity(built)
        assert _results(built) == expected
    with Store.open(tmp_path / "built.sqlite", user="test") as reopened:  # and from the file, reopened
        assert _results(reopened) == expected
        _integrity(reopened)


def test_a_builder_not_used_leaves_no_thread_behind(load):
    """An import that falls back to the catch-up stops the builder's thread: a long-running window
    restoring archives must not collect idle threads, each holding an in-memory index."""
    import threading

    notes = _notes(300)
    changed = [*notes[:-1], notes[-1].evolve(body="A different text on resistance.")]
    built, builder = load(notes, offered=notes, written=changed)
    assert not builder.copied
    assert [t for t in threading.enumerate() if t.name == "briefer-notes-index" and t.is_alive()] == []
    _integrity(built)


def test_a_document_never_offered_falls_back_to_the_catch_up(load):
    notes = _notes(300)
    plain, _ = load(notes, offered=None)
    built, builder = load(notes, offered=notes[1:])  # the first note was not offered to the builder
    assert not builder.copied
    _integrity(built)
    assert _results(built) == _results(plain)


def test_a_document_changed_early_in_the_load_falls_back_for_all_that_follow(load):
    notes = _notes(300)
    changed = [notes[0].evolve(body="A different text on resistance."), *notes[1:]]
    plain, _ = load(changed, offered=None)
    built, builder = load(notes, offered=notes, written=changed)
    assert not builder.copied
    _integrity(built)
    assert _results(built) == _results(plain)


def test_a_changed_document_is_not_made_up_for_by_another_written_twice(load):
    """The counts alone would agree — one document written differently (not counted), another written
    twice (counted twice) — but the builder has the changed one's old words: the catch-up must be used."""
    notes = _notes(300)
    changed = [notes[0].evolve(body="A different text on resistance."), *notes[1:], notes[5]]
    plain, _ = load(changed, offered=None)
    built, builder = load(notes, offered=notes, written=changed)
    assert not builder.copied
    _integrity(built)
    assert _results(built) == _results(plain)


def test_a_builder_whose_last_commit_fails_falls_back_and_the_load_does_not_hang(load, monkeypatch):
    """The builder's in-memory database may fail at its very end (SQLite out of memory at the COMMIT after the
    last batch): the restore must go on with the ordinary catch-up, not wait for ever for the builder's thread."""
    import signal

    import sqlcipher3

    import briefer.store.search_parallel as sp

    real_connect = sqlcipher3.connect

    class FailingCommit:
        def __init__(self, conn):
            self._conn = conn

        def execute(self, sql, *args):
            if sql == "COMMIT":
                raise sqlcipher3.OperationalError("out of memory")
            return self._conn.execute(sql, *args)

        def __getattr__(self, name):
            return getattr(self._conn, name)

    def connect(database, *args, **kwargs):  # only the builder's in-memory database fails
        conn = real_connect(database, *args, **kwargs)
        return FailingCommit(conn) if database == ":memory:" else conn

    def hangs(signum, frame):
        raise TimeoutError("the load hangs waiting for the builder's thread")

    monkeypatch.setattr(sp.sqlcipher3, "connect", connect)
    notes = _notes(300)
    before = signal.signal(signal.SIGALRM, hangs)
    signal.alarm(120)
    try:
        built, builder = load(notes, offered=notes)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, before)
    monkeypatch.setattr(sp.sqlcipher3, "connect", real_connect)
    assert isinstance(builder.failure, sqlcipher3.OperationalError) and not builder.copied
    plain, _ = load(notes, offered=None)
    _integrity(built)
    assert _results(built) == _results(plain)
