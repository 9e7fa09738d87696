"""A note's text stored once (issue 19, item 5; migration m150_notes_text_stored_once).

The current version of a record lives in its table only (its revision row says ''), the notes'
search documents read their text from ``notes``, and no index keeps a prefix index. Upgrading
a real database written by the release before keeps every version and every search answer.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from briefer.model import Note, Person
from briefer.store import Store
from briefer.store import search as search_module
from briefer.store.current_revision import CURRENT
from briefer.store.search import index_agrees

FIXTURE = Path(__file__).parent / "fixtures" / "before-m150.sqlite"  # made by fixtures/make_before_m150.py
#: Queries whose exact answers the upgrade must keep: whole words, prefixes of every length, two words,
#: accents folded, a name only its Latin form finds, an author (the notes' title).
QUERIES = ["stewardship", "stew", "s", "an", "ant", "anti", "antkokobra", "poultry twin", "turkiye", "curacao",
           "yildirim", "Eva", "resistance livestock", "weather"]


def _raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _answers(store: Store) -> dict:
    return {q: [(h.kind, h.record_id, h.title, h.snippet, round(h.score, 9)) for h in store.search(q)]
            for q in QUERIES}


def _histories(store: Store) -> dict:
    """Every revision of every record, deleted ones included, as the history dialog reads them."""
    out = {}
    for table, record_id in store.db.execute("SELECT DISTINCT record_table, record_id FROM revisions"):
        repo = store.repo_for_table(table)
        out[(table, record_id)] = [(r.revision, r.changed_at, r.changed_by, r.action, r.data)
                                   for r in repo.history(record_id)]
    return out


def _old_history(path: Path) -> dict:
    """The same, read straight from the old file's JSON (every row there holds its version)."""
    out: dict = {}
    rows = _raw(path).execute("SELECT record_table, record_id, revision, changed_at, changed_by, action, data "
                              "FROM revisions ORDER BY revision").fetchall()
    for table, record_id, revision, at, by, action, data in rows:
        out.setdefault((table, record_id), []).append((revision, at, by, action, json.loads(data)))
    return out


@pytest.fixture
def old_file(tmp_path) -> Path:
    path = tmp_path / "old" / "briefer.sqlite"
    path.parent.mkdir()
    shutil.copyfile(FIXTURE, path)
    return path


def test_the_fixture_is_the_old_layout():
    raw = _raw(FIXTURE)
    assert "m150_notes_text_stored_once" not in {r[0] for r in raw.execute("SELECT name FROM _sqlite_migrations")}
    assert {"title", "body"} <= {r[1] for r in raw.execute("PRAGMA table_info(search_notes)")}
    assert raw.execute("SELECT count(*) FROM revisions WHERE data = ''").fetchone()[0] == 0


def test_upgrade_keeps_every_version_and_every_answer(old_file):
    # a row changed without a revision (as a migration filling a column does): its revision's JSON is
    # not what the record reads as now, so the upgrade must keep that JSON
    raw = sqlite3.connect(old_file)
    changed = raw.execute("SELECT id FROM people WHERE family_name = 'Yıldırım'").fetchone()[0]
    raw.execute("UPDATE people SET position = 'Set behind the history' WHERE id = ?", [changed])
    raw.commit()
    raw.close()
    before_history = _old_history(old_file)
    with Store.open(old_file, user="tester", check=True) as old:  # the upgrade happens here
        pass
    # what the old release answered, computed from the old file's documents by the same query code
    reference = _reference_answers(old_file)
    size_before = FIXTURE.stat().st_size
    with Store.open(old_file, user="tester") as store:
        assert _histories(store) == before_history
        # the current versions are stored once; the older ones (an edit, a deletion) keep their JSON
        rows = dict(((t, i, r), d) for t, i, r, d in store.db.execute(
            "SELECT record_table, record_id, revision, data FROM revisions"))
        current = {(t, i, r) for t, i, r in store.db.execute(
            "SELECT 'notes', id, revision FROM notes UNION ALL SELECT 'people', id, revision FROM people")}
        assert current and all(rows[k] == CURRENT for k in current if k[1] != changed)
        assert json.loads(rows[("people", changed, 1)])["position"] == ""
        assert store.people.get(changed).position == "Set behind the history"
        assert all(d != CURRENT for k, d in rows.items() if k[0] in ("notes", "people") and k not in current)
        assert {r[1] for r in store.db.execute("PRAGMA table_info(search_notes)")} == {
            "rowid", "kind", "record_table", "record_id"}
        assert _answers(store) == reference
        # (the note about the weather was deleted, Curaçao edited out of its note: their words are gone)
        assert all(reference[q] for q in QUERIES if q not in ("weather", "curacao"))
        assert reference["weather"] == reference["curacao"] == []
        assert [h.record_id for h in store.search("antkokobra")]  # the rare word is found
        assert index_agrees(store.db.conn, "notes") and index_agrees(store.db.conn, "records")
        # new writes are indexed and kept as before
        note = store.notes.add(Note(body="Quokka census on the island.", author="Piet"))
        assert [h.record_id for h in store.search("quok")] == [note.id]
        store.notes.update(note.evolve(body="Wombat census."))
        assert store.search("quokka") == [] and [h.record_id for h in store.search("wombat")] == [note.id]
        assert [r.data["body"] for r in store.notes.history(note.id)] == ["Quokka census on the island.",
                                                                           "Wombat census."]
        assert index_agrees(store.db.conn, "notes")
    # m151 gave the emptied pages back
    raw = _raw(old_file)
    assert raw.execute("PRAGMA freelist_count").fetchone()[0] == 0
    assert old_file.stat().st_size < size_before


def _reference_answers(upgraded: Path) -> dict:
    """The exact answers over the old file's own documents: its text, as the old index held it, put in
    an external-content index like the old one, searched by today's query code."""
    raw = _raw(FIXTURE)
    docs = {index: raw.execute(f"SELECT rowid, kind, record_table, record_id, title, body FROM search_{index}")
            .fetchall() for index in ("records", "notes")}
    store = Store.memory(user="reference")
    try:
        db = store.db
        # the old layout, rebuilt from the old file's documents (rowids kept, so ties rank alike)
        for index in ("records", "notes"):
            for trigger in ("ai", "ad", "au"):
                db.execute(f"DROP TRIGGER IF EXISTS search_{index}_{trigger}")
            db.execute(f"DROP TABLE search_{index}_fts")
            if index == "notes":
                db.execute("DROP VIEW search_notes_text")
                db.execute("DROP TABLE search_notes")
                db.execute("CREATE TABLE search_notes (rowid INTEGER PRIMARY KEY, kind, record_table, record_id, "
                           "title, body)")
            db.conn.executemany(f"INSERT INTO search_{index} (rowid, kind, record_table, record_id, title, body) "
                                "VALUES (?, ?, ?, ?, ?, ?)", docs[index])
            db.execute(f"CREATE VIRTUAL TABLE search_{index}_fts USING fts5(title, body, content='search_{index}', "
                       "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')")
            db.execute(f"INSERT INTO search_{index}_fts(search_{index}_fts) VALUES ('rebuild')")
        search_module.fill_latin(db.conn)
        original = search_module.CONTENTLESS
        search_module.CONTENTLESS = ()
        try:
            return _answers(store)
        finally:
            search_module.CONTENTLESS = original
    finally:
        store.close()


def test_a_kill_half_way_through_the_upgrade_leaves_the_old_file_usable(old_file):
    """The upgrade is killed (SIGKILL) inside m150, after it rewrote the revisions and the notes'
    documents and before it committed: the file is the old one, and the next start upgrades it."""
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "import briefer.store.migrations as m\n"
        "def die(*a, **k):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "m._search_fts = die  # m150 calls it last, for the records' index\n"
        "from briefer.store import Store\n"
        "Store.open(Path(sys.argv[1]), user='killed')\n"
    )
    proc = subprocess.run([sys.executable, "-c", script, str(old_file)], capture_output=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
    before_history = _old_history(FIXTURE)
    # what an older Briefer would find: its own schema and data, untouched
    copy = old_file.with_name("inspect.sqlite")
    conn = sqlite3.connect(old_file)  # recovers the WAL the kill left (nothing of m150 was committed)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    shutil.copyfile(old_file, copy)
    raw = _raw(copy)
    assert "m150_notes_text_stored_once" not in {r[0] for r in raw.execute("SELECT name FROM _sqlite_migrations")}
    assert {"title", "body"} <= {r[1] for r in raw.execute("PRAGMA table_info(search_notes)")}
    assert raw.execute("SELECT count(*) FROM revisions WHERE data = ''").fetchone()[0] == 0
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert _old_history(copy) == before_history
    with Store.open(old_file, user="tester") as store:
        assert _histories(store) == before_history
        assert [h.kind for h in store.search("antkokobra")] == ["note"]


def test_current_version_stored_once_and_kept_when_replaced(conference_store):
    s = conference_store
    person = s.people.add(Person(given_name="Anna", family_name="Stewart"))
    note = s.notes.add(Note(body="first words", author_id=person.id))

    def data(table, record_id):
        return [d for (d,) in s.db.execute("SELECT data FROM revisions WHERE record_table = ? AND record_id = ? "
                                           "ORDER BY revision", [table, record_id])]

    assert data("notes", note.id) == [CURRENT]
    second = s.notes.update(note.evolve(body="second words"))
    first_json = json.loads(data("notes", note.id)[0])
    assert first_json["body"] == "first words" and first_json["revision"] == 1
    assert data("notes", note.id)[1] == CURRENT
    s.notes.put(second.evolve(body="third words", revision=3))  # an import
    assert [json.loads(d)["body"] for d in data("notes", note.id)[:2]] == ["first words", "second words"]
    assert [r.data["body"] for r in s.notes.history(note.id)] == ["first words", "second words", "third words"]
    restored = s.notes.restore(note.id, 1)
    assert restored.body == "first words" and restored.revision == 4
    s.notes.delete(note.id)
    rows = data("notes", note.id)
    assert CURRENT not in rows and [json.loads(d)["body"] for d in rows] == [
        "first words", "second words", "third words", "first words", "first words"]
    assert [r.action for r in s.notes.history(note.id)] == ["insert", "update", "import", "update", "delete"]


def test_a_batch_holding_a_record_twice_keeps_both_versions(conference_store):
    s = conference_store
    note = Note(body="version one", revision=1)
    s.notes.put_many([note, note.evolve(body="version two", revision=2)])
    assert [r.data["body"] for r in s.notes.history(note.id)] == ["version one", "version two"]
    s.notes.put_many([note.evolve(body="version three", revision=3)])
    assert [r.data["body"] for r in s.notes.history(note.id)] == ["version one", "version two", "version three"]


def test_a_short_prefix_while_typing_stands_for_its_common_terms(conference_store, monkeypatch):
    """No prefix index: while typing, "ant" is its commonest terms (a quick OR), never claimed exact;
    the settled answer is the prefix itself, rare terms included."""
    s = conference_store
    monkeypatch.setattr(search_module, "COMMON_TERMS", 1)
    common = [s.notes.add(Note(body=f"antimicrobial resistance, point {i}")) for i in range(3)]
    rare = s.notes.add(Note(body="the antkokobra study"))
    person = s.people.add(Person(given_name="Marco", family_name="Antonelli"))  # both indexes answer
    preview = s.search_preview("ant")
    assert {h.record_id for h in preview.hits} == {person.id} | {n.id for n in common}
    assert preview.exact is False
    assert {h.record_id for h in s.search("ant")} == {person.id} | {n.id for n in common} | {rare.id}
    # a longer word is searched as before: complete, and exact when the window held every match
    preview = s.search_preview("antko")
    assert [h.record_id for h in preview.hits] == [rare.id] and preview.exact is True
    assert s.search_preview("qx").hits == [] and s.search_preview("qx").exact is False


def test_a_large_batch_keeps_every_replaced_version(conference_store):
    """More records than one look-up holds (500 ids), the first 500 new, the rest stored before:
    the 500th, the 501st and the last keep the version the batch replaces, and the new ones have
    only theirs."""
    s = conference_store
    notes = [Note(body=f"draft {i}", revision=1) for i in range(1001)]
    s.notes.put_many(notes[500:])
    s.notes.put_many([n.evolve(body=f"final {i}", revision=2) for i, n in enumerate(notes)])
    for i in (0, 499):
        assert [r.data["body"] for r in s.notes.history(notes[i].id)] == [f"final {i}"]
    for i in (500, 501, 1000):
        assert [r.data["body"] for r in s.notes.history(notes[i].id)] == [f"draft {i}", f"final {i}"]
    assert s.db.execute("SELECT count(*) FROM revisions WHERE record_table = 'notes' AND data = ''").fetchone()[0] \
        == 1001


def test_a_record_the_upgrade_cannot_read_keeps_its_json_and_the_others_are_still_stored_once(old_file):
    """One note with a value no release writes (as a hand edit or a damaged row leaves): its history
    keeps its JSON for the integrity check to name, and every note read after it is still stored once."""
    raw = sqlite3.connect(old_file)
    # the note m150 reads first (its join's own order), so that notes come after it in the same batch
    first = raw.execute("SELECT t.id FROM revisions r JOIN notes t ON t.id = r.record_id AND t.revision = r.revision "
                        "WHERE r.record_table = 'notes'").fetchone()[0]
    raw.execute("UPDATE notes SET classification = 'NOT A MARKING' WHERE id = ?", [first])
    raw.commit()
    others = [r[0] for r in raw.execute("SELECT id FROM notes WHERE id != ?", [first])]
    raw.close()
    assert len(others) >= 3
    with Store.open(old_file, user="tester", check=True):
        pass
    data = dict(_raw(old_file).execute(
        "SELECT r.record_id, r.data FROM revisions r JOIN notes t ON t.id = r.record_id AND t.revision = r.revision "
        "WHERE r.record_table = 'notes'").fetchall())
    assert json.loads(data[first])["id"] == first  # kept as written
    assert {i: data[i] for i in others} == {i: CURRENT for i in others}
