"""Backups as a user picks, makes and restores them (issue 22, twelfth session's mutation run of
``briefer/store/wholefile/backup.py``): a backup found by the first letters of its name, two backups
taken in the same moment, quitting while the parts are written, an encrypted backup folder with a
damaged manifest, restoring over an encrypted file, a damaged file kept on a full disk.

Real database files in tmp folders, real backups and restores, the data read back through the store.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from briefer.disk import DiskFull
from briefer.errors import NotFound
from briefer.model import Note
from briefer.store import Store
from briefer.store.wholefile import backup as backup_mod
from briefer.store.wholefile.backup import (
    BackupCancelled,
    create_backup,
    list_backups,
    newest_good_backup,
    restore_backup,
    snapshot_backup,
    verify_backup,
)
from briefer.store.wholefile.crypto import encrypt
from tests.small_disk import small_disk_or_skip

PASS = "correct horse battery"
MARCH = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _bodies(db: Path, passphrase: str | None = None) -> list[str]:
    with Store.open(db, user="check", passphrase=passphrase, backup_dir=db.parent / "elsewhere") as store:
        return sorted(n.body for n in store.notes.list())


def _add(db: Path, body: str, passphrase: str | None = None) -> None:
    with Store.open(db, user="tester", passphrase=passphrase) as store:
        store.notes.add(Note(author="tester", body=body))


def _backup(db: Path, *, now: datetime, passphrase: str | None = None, reason: str = "manual"):
    with Store.open(db, user="tester", passphrase=passphrase) as store:
        return create_backup(store, reason, now=now)


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "data" / "briefer.sqlite"
    path.parent.mkdir()
    _add(path, "the minister agrees to the swap")
    return path


@pytest.fixture
def encrypted(db) -> Path:
    encrypt(db, PASS)
    return db


def test_a_backup_is_restored_by_the_first_letters_of_its_name_and_an_ambiguous_start_is_refused(db):
    march = _backup(db, now=MARCH)
    _add(db, "written in April")
    april = _backup(db, now=MARCH + timedelta(days=30))
    assert march.name.startswith("briefer-202603") and april.name.startswith("briefer-202604")

    restored, safety = restore_backup(db, "briefer-202603", None)  # as typed: the first letters only
    assert restored.name == march.name and safety is not None
    assert _bodies(db) == ["the minister agrees to the swap"]

    before = _sha(db)
    with pytest.raises(NotFound, match=r"'briefer-2026' matches 3 backups; give the full name"):
        restore_backup(db, "briefer-2026", None)  # March, April and the copy the restore just kept
    assert _sha(db) == before


def test_three_backups_taken_in_the_same_moment_are_all_kept_and_each_restores_its_own_state(db):
    first = _backup(db, now=MARCH, reason="import")
    _add(db, "imported in the same second")
    second = _backup(db, now=MARCH, reason="import")  # a second import straight after (a coarse clock)
    third = _backup(db, now=MARCH, reason="import")  # and a third
    assert len({first.name, second.name, third.name}) == 3
    assert {b.name for b in list_backups(db.parent / "backups")} == {first.name, second.name, third.name}
    assert verify_backup(first, None) and verify_backup(second, None) and verify_backup(third, None)

    restore_backup(db, first.name, None)
    assert _bodies(db) == ["the minister agrees to the swap"]
    restore_backup(db, second.name, None)
    assert _bodies(db) == ["imported in the same second", "the minister agrees to the swap"]


def test_whole_file_backups_are_owner_only_whatever_the_umask(db, monkeypatch):
    monkeypatch.setattr(backup_mod, "INCREMENTAL", False)  # the whole-copy form (benchmarks, mixed folders)
    old = os.umask(0o022)
    try:
        info = _backup(db, now=MARCH)
    finally:
        os.umask(old)
    assert not info.chunked
    if os.name == "posix":
        assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    restore_backup(db, info.name, None)
    assert _bodies(db) == ["the minister agrees to the swap"]


def test_quitting_while_the_backup_is_cut_into_parts_keeps_no_backup_and_changes_nothing(db):
    folder = db.parent / "backups"
    before = _sha(db)
    with Store.open(db, user="tester") as store:
        # The copy is complete; the user quits once its parts are being written to backups/chunks/.
        with pytest.raises(BackupCancelled, match="stopped before it was complete; nothing was kept"):
            snapshot_backup(store, "daily", now=MARCH, cancel=lambda: (folder / "chunks").is_dir())
    assert list_backups(folder) == []
    assert [p.name for p in folder.iterdir() if not p.name.startswith("chunks")] == []  # no manifest, no half copy
    assert _sha(db) == before
    with Store.open(db, user="tester") as store:  # the next start takes the day's backup after all
        info = snapshot_backup(store, "daily", now=MARCH)
    assert verify_backup(info, None)


def _edit_manifest(info, **fields) -> None:
    body = json.loads(info.path.read_text())
    body.update(fields)
    info.path.write_text(json.dumps(body))


@pytest.mark.parametrize("salt", ["not a salt", 12345], ids=["not hexadecimal", "not text"])
def test_an_encrypted_backup_whose_manifest_salt_is_damaged_is_passed_over_but_still_restores(encrypted, salt):
    db = encrypted
    folder = db.parent / "backups"
    older = _backup(db, now=MARCH, passphrase=PASS)
    _add(db, "the newest note", PASS)
    newest = _backup(db, now=MARCH + timedelta(days=1), passphrase=PASS)
    _edit_manifest(newest, salt=salt)  # a damaged copy of the folder (a bad sector, a bad sync)

    # The key cannot be proven before the rebuild: not offered as the newest good backup …
    assert not verify_backup(newest, PASS)
    assert newest_good_backup(folder, PASS).name == older.name
    # … but its parts are intact, and restoring it by name brings its data back exactly.
    restored, _ = restore_backup(db, newest.name, PASS)
    assert restored.name == newest.name
    assert _bodies(db, PASS) == ["the minister agrees to the swap", "the newest note"]


def test_a_damaged_earlier_encrypted_backup_does_not_stop_the_next_one(encrypted):
    db = encrypted
    folder = db.parent / "backups"
    older = _backup(db, now=MARCH, passphrase=PASS)
    older.path.write_bytes(older.path.read_bytes()[:40])  # its manifest cut short
    _add(db, "written after the damage", PASS)

    newer = _backup(db, now=MARCH + timedelta(days=1), passphrase=PASS)
    assert verify_backup(newer, PASS)
    assert newest_good_backup(folder, PASS).name == newer.name
    _add(db, "to be undone", PASS)
    restore_backup(db, newer.name, PASS)
    assert _bodies(db, PASS) == ["the minister agrees to the swap", "written after the damage"]


def test_restoring_over_an_encrypted_database_keeps_it_as_a_backup_that_opens_with_the_passphrase(encrypted, tmp_path):
    db = encrypted
    first = _backup(db, now=MARCH, passphrase=PASS)
    _add(db, "written after the backup", PASS)

    restored, safety = restore_backup(db, first.name, PASS)
    assert safety is not None and safety.reason == "restore"  # a sound file is backed up, not kept as "damaged"
    assert verify_backup(safety, PASS) and not verify_backup(safety, None)
    assert _bodies(db, PASS) == ["the minister agrees to the swap"]
    restore_backup(db, safety.name, PASS)  # and restoring that copy brings the later note back
    assert _bodies(db, PASS) == ["the minister agrees to the swap", "written after the backup"]


def _corrupt(path: Path) -> None:
    """Scribble over the middle of the file (never page 1), as a bad sector would."""
    data = bytearray(path.read_bytes())
    page = 4096
    for p in range(2, len(data) // page - 1):
        start = p * page + 100
        data[start:start + 300] = b"\xff" * 300
    path.write_bytes(bytes(data))


def test_a_damaged_database_that_cannot_be_kept_on_a_full_disk_is_not_replaced_and_no_short_copy_is_listed(tmp_path):
    db = tmp_path / "briefer.sqlite"
    with small_disk_or_skip(tmp_path / "disk", size_mb=12) as disk:
        folder = disk.root / "backups"
        with Store.open(db, user="tester") as store:
            for i in range(200):
                store.notes.add(Note(author="tester", body=f"note {i} " + "text " * 40))
            good = backup_mod.backup_connection(store.db.conn, db, None, folder, now=MARCH)
        _corrupt(db)
        before = _sha(db)
        disk.fill()
        with pytest.raises(DiskFull) as refused:
            restore_backup(db, good.name, None, backup_dir=folder)
        assert "the copy of the damaged database could not be written" in str(refused.value)
        assert _sha(db) == before  # the damaged file stays as it was: it was not kept elsewhere
        assert [b.name for b in list_backups(folder)] == [good.name]  # no half copy named as a backup
        disk.free()
        restored, safety = restore_backup(db, good.name, None, backup_dir=folder)
        assert safety.reason == "damaged" and _sha(safety.path) == before
    with Store.open(db, user="check", backup_dir=tmp_path / "elsewhere") as store:
        assert store.notes.count() == 200
