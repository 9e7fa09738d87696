"""A database is its file plus SQLite's side files: removed, moved and checked together, never one left behind."""

from __future__ import annotations

import pytest

from briefer.errors import StoreError
from briefer.store.wholefile import backup as backup_mod
from briefer.store.wholefile.dbfiles import remove_database
from briefer.store.wholefile.hold import lock_path

SIDES = ("-wal", "-shm", "-journal")


def _with_side_files(path):
    for suffix in ("", *SIDES):
        (path.parent / (path.name + suffix)).write_bytes(b"x")
    lock_path(path).write_bytes(b"")


def test_removing_a_database_takes_every_side_file_and_keeps_the_lock(tmp_path):
    db = tmp_path / "copy.sqlite"
    _with_side_files(db)
    (tmp_path / "other.sqlite-wal").write_bytes(b"x")  # another database's side file is not ours

    remove_database(db)

    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.sqlite.lock", "other.sqlite-wal"]


def test_removing_a_database_that_is_not_there_is_no_error(tmp_path):
    remove_database(tmp_path / "never.sqlite")
    assert list(tmp_path.iterdir()) == []


def test_a_backup_that_fails_its_check_leaves_nothing_in_the_backup_folder(store, tmp_path, monkeypatch):
    monkeypatch.setattr(backup_mod, "quick_check_rows", lambda conn: ["*** page 2 is never used"])
    with pytest.raises(StoreError, match="did not pass its check"):
        backup_mod.create_backup(store)
    assert [p.name for p in store.backup_dir.iterdir()] == []


def test_setting_a_database_aside_for_the_demo_moves_its_side_files_with_it(tmp_path):
    from briefer.demo import set_aside

    db = tmp_path / "briefer.sqlite"
    _with_side_files(db)

    target = set_aside(db)

    assert not [s for s in ("", *SIDES) if (tmp_path / f"briefer.sqlite{s}").exists()]
    assert all((tmp_path / f"{target.name}{s}").exists() for s in ("", *SIDES))
