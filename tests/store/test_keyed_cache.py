"""A cache beside the database that holds only while the file is what it was (briefer/store/wholefile/keyed_cache.py),
and the store's change marker that tells whether anything was committed since a read (Store.change_marker)."""

from __future__ import annotations

import json
import os

import pytest

from briefer.model import Person
from briefer.store import Store
from briefer.store.wholefile import keyed_cache
from briefer.store.wholefile.dbfiles import side_file

PICTURE = {"rows": [["09:00–10:00", "Plenary"]], "title": "Conférence — Briefer"}


def _closed_file(tmp_path):
    path = tmp_path / "c.sqlite"
    with Store.open(path) as s:
        s.people.add(Person(family_name="Bruins"))
    return path


def test_a_cache_written_for_the_closed_file_is_read_back_while_the_file_is_unchanged(tmp_path):
    path = _closed_file(tmp_path)
    assert keyed_cache.write(path, "first-view", PICTURE)
    assert keyed_cache.cache_path(path, "first-view") == tmp_path / "c.sqlite.first-view.json"
    assert keyed_cache.read(path, "first-view") == PICTURE
    assert keyed_cache.read(path, "other") is None  # each name its own file
    with Store.open(path, check=False) as s:  # reading changes nothing
        assert s.people.count() == 1
    assert keyed_cache.read(path, "first-view") == PICTURE
    assert oct(keyed_cache.cache_path(path, "first-view").stat().st_mode & 0o777) == "0o600"


def test_any_commit_a_changed_byte_or_a_replaced_file_makes_the_cache_not_hold(tmp_path):
    path = _closed_file(tmp_path)
    keyed_cache.write(path, "first-view", PICTURE)
    with Store.open(path) as s:
        s.people.add(Person(family_name="Schouten"))
    assert keyed_cache.read(path, "first-view") is None
    keyed_cache.write(path, "first-view", PICTURE)
    stamp = os.stat(path)
    data = bytearray(path.read_bytes())
    data[-200] ^= 0xFF  # another program's change that keeps the size and the time
    path.write_bytes(bytes(data))
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert keyed_cache.read(path, "first-view") is None
    keyed_cache.write(path, "first-view", PICTURE)
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(path.read_bytes())
    os.replace(copy, path)  # a restore or a sync tool puts another file in its place: another inode
    assert keyed_cache.read(path, "first-view") is None


def test_a_journal_beside_the_file_means_neither_writing_nor_reading_the_cache(tmp_path):
    path = _closed_file(tmp_path)
    keyed_cache.write(path, "first-view", PICTURE)
    side_file(path, "-wal").write_bytes(b"\0" * 32)  # changes another connection has not checkpointed
    assert keyed_cache.read(path, "first-view") is None
    assert not keyed_cache.write(path, "first-view", PICTURE)
    assert not keyed_cache.cache_path(path, "first-view").exists()  # and the old one is gone
    side_file(path, "-wal").write_bytes(b"")  # an empty WAL holds nothing
    assert keyed_cache.write(path, "first-view", PICTURE)
    assert keyed_cache.read(path, "first-view") == PICTURE


@pytest.mark.parametrize("text", ["", "{", "[]", '{"database": null, "payload": {}}', '{"payload": []}',
                                  '{"database": {"size": 1}, "payload": {"a": 1}}'])
def test_a_damaged_or_foreign_cache_file_is_no_cache(tmp_path, text):
    path = _closed_file(tmp_path)
    keyed_cache.cache_path(path, "first-view").write_text(text, encoding="utf-8")
    assert keyed_cache.read(path, "first-view") is None


def test_no_database_no_cache_and_a_failed_write_leaves_nothing(tmp_path, monkeypatch):
    missing = tmp_path / "none.sqlite"
    assert not keyed_cache.write(missing, "first-view", PICTURE)
    assert keyed_cache.read(missing, "first-view") is None
    path = _closed_file(tmp_path)
    assert not keyed_cache.write(path, "first-view", {"not json": object()})
    assert sorted(p.name for p in tmp_path.iterdir() if "first-view" in p.name) == []

    def full(*_a, **_k):
        raise OSError(28, "No space left on device")

    keyed_cache.write(path, "first-view", PICTURE)
    monkeypatch.setattr("briefer.store.wholefile.keyed_cache.fsync_file", full)
    assert not keyed_cache.write(path, "first-view", PICTURE)  # the disk filled up half-way
    assert sorted(p.name for p in tmp_path.iterdir() if "first-view" in p.name) == []  # not the old one either


def test_a_temporary_file_left_by_a_killed_close_does_not_stop_the_next_one(tmp_path):
    path = _closed_file(tmp_path)
    target = keyed_cache.cache_path(path, "first-view")
    target.with_name(f".{target.name}.tmp").write_text("half", encoding="utf-8")
    assert keyed_cache.write(path, "first-view", PICTURE)
    assert json.loads(target.read_text(encoding="utf-8"))["payload"] == PICTURE
    assert not target.with_name(f".{target.name}.tmp").exists()


def test_encrypting_the_database_removes_every_cache_beside_it_and_no_other(tmp_path):
    from briefer.store.wholefile.crypto import encrypt

    path = _closed_file(tmp_path)
    other = tmp_path / "c[1].sqlite"  # a name glob would misread
    other.write_bytes(path.read_bytes())
    keyed_cache.write(path, "first-view", PICTURE)
    keyed_cache.write(path, "other", PICTURE)
    keyed_cache.write(other, "first-view", PICTURE)
    encrypt(path, "a long passphrase")
    assert not keyed_cache.cache_path(path, "first-view").exists()
    assert not keyed_cache.cache_path(path, "other").exists()
    assert keyed_cache.cache_path(other, "first-view").exists()  # another database's stays
    keyed_cache.forget_all(tmp_path / "missing.sqlite")  # nothing there: no error


def test_the_change_marker_moves_with_every_commit_by_any_connection_and_only_then(tmp_path):
    path = _closed_file(tmp_path)
    with Store.open(path) as mine, Store.open(path, check=False) as other:
        other.allow_writes()
        before = mine.change_marker()
        mine.people.list()
        assert mine.change_marker() == before  # reading is no change
        other.people.add(Person(family_name="Moeloek"))  # another connection (a worker, another process)
        after_other = mine.change_marker()
        assert after_other != before
        mine.people.add(Person(family_name="Schouten"))  # this connection's own write
        assert mine.change_marker() != after_other
