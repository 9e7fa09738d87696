"""Upgrading a database's prefix index (m090: one to four characters, m091: one to three) keeps
every search document findable, and new writes are indexed too."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from briefer.model import Note, Person
from briefer.store import Store
from briefer.store.db import connect
from briefer.store.migrations import migrations


def _old_database(path, stop_before):
    """A database as Briefer wrote it before ``stop_before``, holding a note and a person."""
    db = Database(connect(path))
    migrations.apply(db, stop_before=stop_before)
    store = Store(db, path, user="tester")
    store.people.add(Person(given_name="Anna", family_name="Stewart"))
    store.notes.add(Note(body="Antimicrobial stewardship in Curaçao."))
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'search_notes_fts'").fetchone()[0]
    db.close()
    return sql


@pytest.mark.parametrize("stop_before, prefix", [("m090_search_prefix_index", "'1 2 3'"),
                                                 ("m091_search_prefix_three", "'1 2 3 4'")])
def test_old_documents_are_found_after_the_upgrade(tmp_path, stop_before, prefix, old_release_writes):
    path = tmp_path / "old2.sqlite"
    assert f"prefix={prefix}" in _old_database(path, stop_before)
    with Store.open(path, user="tester") as store:
        sql = {index: store.db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [index]).fetchone()[0]
               for index in ("search_notes_fts", "search_records_fts")}
        assert "prefix" not in sql["search_notes_fts"] and "prefix" not in sql["search_records_fts"]  # since m150
        assert [h.kind for h in store.search("stew")] == ["person", "note"]  # a four-letter prefix
        assert [h.kind for h in store.search("ste")] == ["person", "note"]  # one the index holds
        assert [h.kind for h in store.search("stewards")] == ["note"]  # one spelled out as whole terms
        assert [h.kind for h in store.search("curacao")] == ["note"]
        # and the triggers were recreated: new writes are indexed too
        store.notes.add(Note(body="Surveillance of poultry."))
        assert [h.kind for h in store.search("poul")] == ["note"]
        store.people.add(Person(given_name="Piet", family_name="Poulsen"))
        assert sorted(h.kind for h in store.search("poul")) == ["note", "person"]
