"""Upgrading a database to the four-character prefix index keeps every search document findable."""

from __future__ import annotations

from sqlite_utils import Database

from briefer.model import Note, Person
from briefer.store import Store
from briefer.store.db import connect
from briefer.store.migrations import migrations


def _old_database(path):
    """A database as Briefer wrote it before m090, holding a note and a person."""
    db = Database(connect(path))
    migrations.apply(db, stop_before="m090_search_prefix_index")
    store = Store(db, path, user="tester")
    store.people.add(Person(given_name="Anna", family_name="Stewart"))
    store.notes.add(Note(body="Antimicrobial stewardship in Curaçao."))
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'search_notes_fts'").fetchone()[0]
    db.close()
    return sql


def test_old_documents_are_found_after_the_upgrade(tmp_path):
    path = tmp_path / "old2.sqlite"
    assert "prefix='1 2 3'" in _old_database(path)
    with Store.open(path, user="tester") as store:
        sql = store.db.execute("SELECT sql FROM sqlite_master WHERE name = 'search_notes_fts'").fetchone()[0]
        assert "prefix='1 2 3 4'" in sql
        assert [h.kind for h in store.search("stew")] == ["person", "note"]
        assert [h.kind for h in store.search("curacao")] == ["note"]
        # and the triggers were recreated: new writes are indexed too
        store.notes.add(Note(body="Surveillance of poultry."))
        assert [h.kind for h in store.search("poul")] == ["note"]
