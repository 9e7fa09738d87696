"""A save the full disk refused at its COMMIT leaves the store usable: the next save, once there is room, is kept.

SQLite writes a small transaction's pages to the WAL when it commits, so on a full disk it is the
COMMIT that fails. SQLite's documentation allows it either to roll the transaction back or to leave
it open; here (SQLCipher's SQLite, WAL, tmpfs) it rolls back by itself, and the store's own ROLLBACK
after a disk error is for the other case. Either way no transaction may stay open: every later save
would join it as a savepoint and never be committed — each note shown "saved", none there after a
restart. On a real full disk (a small tmpfs, tests/small_disk.py; needs root, as in CI).
"""

from __future__ import annotations

import pytest

from briefer.disk import DiskFull
from briefer.model import Person
from briefer.store import Store
from tests.small_disk import small_disk_or_skip


@pytest.fixture
def disk(tmp_path):
    with small_disk_or_skip(tmp_path / "disk", size_mb=8) as mounted:
        yield mounted


def test_a_save_the_full_disk_refused_leaves_the_next_one_kept_once_there_is_room(disk):
    db = disk.root / "briefer.sqlite"
    with Store.open(db, user="me") as store:
        store.people.add(Person(given_name="Before", family_name="Filling", country="NLD"))
        store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # an empty WAL: the next commit must grow it
        disk.fill()

        with pytest.raises(DiskFull):
            store.people.add(Person(given_name="During", family_name="Full", country="NLD"))
        assert not store.db.conn.in_transaction

        disk.free()
        store.people.add(Person(given_name="After", family_name="Freeing", country="NLD"))

    with Store.open(db, user="me") as reopened:  # what a restart finds
        assert sorted(p.given_name for p in reopened.people.list()) == ["After", "Before"]
