"""Upgrading a database on a nearly full disk: once the backup before the upgrade is written, it opens.

The upgrade that stores a note's text once (m150) is followed by a step that gives the emptied
pages back (m151, VACUUM). VACUUM writes a copy of the whole file; on a disk without room for
it, the file is meant to simply stay as large as it was. Found by sweeping the free space on a
real full disk (tests/small_disk.py): with a few hundred KB free, the copy either failed or
filled the disk with its WAL, and recording the step then failed — the open was refused
although everything the user needs was in place.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from briefer.disk import DiskFull
from briefer.store import Store
from tests.small_disk import small_disk_or_skip

FIXTURE = Path(__file__).parents[1] / "store" / "fixtures" / "before-m150.sqlite"  # the release before m150


@pytest.fixture
def disk(tmp_path):
    with small_disk_or_skip(tmp_path / "disk", size_mb=4) as mounted:
        yield mounted


def test_with_room_for_the_backup_the_upgrade_always_opens(disk):
    """Free space swept over the range where the copy does not fit (about 1.1–1.4 times the file):
    each time, either the backup before the upgrade is refused (naming the backups folder, the file
    untouched) or the database opens upgraded and sound."""
    db = disk.root / "briefer.sqlite"
    outcomes = []
    for leave_kb in range(440, 568, 8):
        disk.free()
        shutil.rmtree(disk.root / "backups", ignore_errors=True)
        for stale in disk.root.glob("briefer.sqlite*"):
            stale.unlink()
        shutil.copyfile(FIXTURE, db)
        disk.fill(leave=leave_kb * 1024)
        try:
            with Store.open(db, user="tester") as store:
                applied = {r[0] for r in store.db.execute("SELECT name FROM _sqlite_migrations")}
                assert "m150_notes_text_stored_once" in applied
                assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                assert store.notes.count() > 0
            outcomes.append("opened")
        except DiskFull as refused:
            assert f"{disk.root / 'backups'}:" in str(refused), f"{leave_kb} KB free: {refused}"
            assert sqlite3.connect(f"file:{db}?mode=ro", uri=True).execute(  # untouched: still the old layout
                "SELECT count(*) FROM _sqlite_migrations WHERE name = 'm150_notes_text_stored_once'").fetchone()[0] == 0
            outcomes.append("backup refused")
    assert "opened" in outcomes and outcomes.index("opened") > 0, outcomes  # the sweep crossed the boundary
    first = outcomes.index("opened")
    assert outcomes[first:] == ["opened"] * (len(outcomes) - first), outcomes
