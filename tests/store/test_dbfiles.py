"""A database is its file plus SQLite's side files: removed, moved and checked together, never one left behind."""

from __future__ import annotations

import os
from pathlib import Path

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


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts the process's open files in /proc (Linux)")
def test_a_day_of_backups_does_not_use_up_the_open_files(store):
    """Each backup flushes the backup folder's entries; the folder opened for that is closed again, so a GUI
    left running for the whole conference (a backup every few hours, and before every restore) never reaches
    the limit of open files — where SQLite could then no longer open the database."""
    backup_mod.create_backup(store)  # the first one opens what stays open (the backup folder made, the checks)

    def open_files() -> int:
        return len(os.listdir("/proc/self/fd"))

    before = open_files()
    for _ in range(5):
        backup_mod.create_backup(store)
    assert open_files() == before



@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names a flushed file by /proc/self/fd (Linux)")
def test_a_restored_database_is_on_disk_before_the_restore_is_reported_done(tmp_path, monkeypatch):
    """A power cut just after "restored" must not bring back the file the user restored over: the backup's copy
    is flushed under its temporary name before it is renamed over the database, then the data folder's entries,
    so the rename is on disk too. No process can see the difference; the flushes the kernel was asked for are
    what a power cut keeps."""
    from briefer.model import Note
    from briefer.store import Store

    db = tmp_path / "briefer.sqlite"
    with Store.open(db) as s:
        s.notes.add(Note(author="me", body="in the backup"))
        info = backup_mod.create_backup(s)
        s.notes.add(Note(author="me", body="after the backup"))
    flushed: list[Path] = []
    real_fsync = os.fsync

    def fsync(fd):
        flushed.append(Path(os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    backup_mod.restore_backup(db, info.name, None)

    folder = tmp_path.resolve()
    copies = [i for i, p in enumerate(flushed) if p.parent == folder and p.name.startswith(".briefer.sqlite.restoring-")]
    folders = [i for i, p in enumerate(flushed) if p == folder]
    assert copies and folders, flushed
    assert max(copies) < max(folders)  # the folder's entry (the rename) after the bytes
    with Store.open(db) as s:
        assert [n.body for n in s.notes.list()] == ["in the backup"]


def test_on_windows_a_flush_of_the_data_folder_is_not_asked_for(tmp_path, monkeypatch):
    """Windows opens no folder with ``os.open`` (PermissionError) and commits a rename without it:
    every backup, restore and encryption would fail there if ``fsync_dir`` tried."""
    from briefer.store.wholefile.dbfiles import fsync_dir

    real_open = os.open

    def open_as_windows_does(path, flags, *args, **kwargs):
        if os.path.isdir(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_as_windows_does)
    with monkeypatch.context() as windows:  # os.name only for the call: pathlib reads it too
        windows.setattr(os, "name", "nt")
        fsync_dir(tmp_path)  # nothing asked, so no error
