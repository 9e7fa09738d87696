"""The daily backup as the app takes it: a snapshot that writes do not wait for, and that quitting stops.

The first save of the day must not wait for a copy of the whole database (seconds on a
large file), and quitting must not either. So the app's daily backup reads through a
connection of its own inside one read transaction, in steps: the app's saves commit
between the steps, the backup still holds exactly what was committed when it began (and
restores to it), and a stop request between two steps leaves no backup and no partial file.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from briefer.model import Note
from briefer.store import Store
from briefer.store.wholefile import backup as backup_mod
from tests.conftest import backup_copy
from briefer.store.wholefile.backup import (
    BackupCancelled,
    daily_backup_if_due,
    list_backups,
    restore_backup,
    snapshot_backup,
    verify_backup,
    verify_file,
)


def _bodies(store):
    return sorted(n.body for n in store.notes.list())


@pytest.fixture
def small_steps(monkeypatch):
    monkeypatch.setattr(backup_mod, "STEP_PAGES", 4)  # many steps even for the small demo file


def test_saves_go_in_while_the_backup_runs_and_the_backup_is_the_state_it_began_with(demo_store, small_steps, tmp_path):
    before = _bodies(demo_store)
    saved = []

    def between_steps():
        if len(saved) < 3:  # the user saves a note while the copy is under way: it commits at once
            demo_store.notes.add(Note(author="tester", body=f"typed during the backup {len(saved)}"))
            saved.append(True)
        return False

    info = snapshot_backup(demo_store, "daily", cancel=between_steps)
    assert len(saved) == 3
    assert len(_bodies(demo_store)) == len(before) + 3
    assert verify_backup(info, None)
    with Store.open(backup_copy(info, tmp_path), check=True) as copy:
        assert _bodies(copy) == before  # what was committed when the backup began, exactly
    demo_store.close()
    restore_backup(demo_store.path, info.name, None, backup_dir=demo_store.backup_dir)
    with Store.open(demo_store.path) as restored:
        assert _bodies(restored) == before


def test_a_stopped_backup_leaves_nothing_and_the_next_start_takes_it(demo_store, small_steps):
    asked = []

    def quitting():
        asked.append(True)
        return len(asked) > 2

    with pytest.raises(BackupCancelled):
        daily_backup_if_due(demo_store, cancel=quitting)
    assert len(asked) == 3
    folder = demo_store.backup_dir
    assert list_backups(folder) == []
    assert [p.name for p in folder.iterdir()] == [] if folder.exists() else True
    # the day still has no backup, so the next open takes one
    info = daily_backup_if_due(demo_store, cancel=lambda: False)
    assert info is not None and info.reason == "daily" and verify_backup(info, None)
    assert daily_backup_if_due(demo_store, cancel=lambda: False) is None


def test_an_encrypted_database_gets_an_encrypted_snapshot(tmp_path, small_steps):
    from briefer.store.db import is_encrypted

    secret = "correct horse battery"
    with Store.open(tmp_path / "enc.sqlite", passphrase=secret, user="tester") as store:
        store.notes.add(Note(author="tester", body="confidential line"))
        info = snapshot_backup(store, "daily", now=datetime(2026, 1, 5, tzinfo=timezone.utc))
    copy = backup_copy(info, tmp_path)  # rebuilt from its chunks as stored: still encrypted
    assert info.chunked and is_encrypted(copy)
    assert verify_file(copy, secret) and not verify_file(copy, None)
    assert [f for f in info.path.parent.rglob("*") if f.is_file() and b"confidential line" in f.read_bytes()] == []


def test_an_interrupted_quick_check_is_not_damage(demo_store):
    """Quitting interrupts the start's check: that must not read as a damaged file (whose report
    would then look for the newest good backup by checking every backup, seconds each)."""
    import sqlcipher3

    from briefer.store.db import quick_check_rows

    conn = demo_store.db.conn
    assert quick_check_rows(conn) == ["ok"]
    conn.set_progress_handler(lambda: 1, 1)  # as sqlite3_interrupt: the statement stops at once
    try:
        with pytest.raises(sqlcipher3.OperationalError, match="interrupt"):
            quick_check_rows(conn)
    finally:
        conn.set_progress_handler(None, 1)
