"""A backup that meets a full disk says so in the store's own words — where, and what could not be
written — and leaves nothing behind. The command line would still print "the disk is full" from the
store's generic failure; this is what every caller (the app's daily backup, an import's backup) gets
from the store itself."""

from __future__ import annotations

import pytest

from briefer.demo import load_demo
from briefer.disk import DiskFull
from briefer.store import Store
from briefer.store.wholefile import backup as backup_mod
from tests.small_disk import small_disk_or_skip


@pytest.fixture
def disk(tmp_path):
    with small_disk_or_skip(tmp_path / "disk", size_mb=12) as mounted:
        yield mounted


@pytest.mark.parametrize("incremental", [True, False], ids=["chunked", "whole-file"])
def test_a_backup_onto_a_full_disk_is_refused_naming_the_backup_and_leaves_nothing(tmp_path, disk, monkeypatch,
                                                                                     incremental):
    monkeypatch.setattr(backup_mod, "INCREMENTAL", incremental)
    db = tmp_path / "briefer.sqlite"
    folder = disk.root / "backups"
    folder.mkdir()
    with Store.open(db, user="tester") as store:
        load_demo(store)
        disk.fill()
        with pytest.raises(DiskFull) as refused:
            backup_mod.backup_connection(store.db.conn, db, None, folder)
    said = str(refused.value)
    assert said.startswith(f"the disk is full in {folder}: the backup could not be written"), said
    assert [p.name for p in folder.iterdir() if not p.name.startswith("chunks")] == []
