"""Before a store opens its file (briefer/store/wholefile/opening.py), as a user meets it: a first start,
what a killed operation left, a half-made file of an older Briefer, another window at the same time.

Found by mutation testing (sixteenth session, issue 22): each test here failed on a mutant of
``opening.py`` that the module's other tests let through (named in each test's docstring's last line).
Other programs are another ``Hold`` on the same file (``flock`` holds are per open file, so a second
hold in this process stands for another window) or a separate process where POSIX locks need one.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from briefer.errors import StoreError
from briefer.store import Store
from tests.store.test_store_hold_scenarios import _Clock, other_program_asks_alone

pytestmark = pytest.mark.skipif(os.name != "posix", reason="other programs with POSIX file locks")


def _digest(*paths: Path) -> list[bytes | None]:
    return [p.read_bytes() if p.exists() else None for p in paths]


def _half_made(db: Path, *, drop: tuple[str, ...] = ("notes", "actions", "drafts", "meeting_checklist")) -> None:
    """What an interrupted first start of an older Briefer left: its tables (or some), no schema step recorded."""
    with Store.open(db, user="setup"):
        pass
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM _sqlite_migrations")
    for table in drop:
        conn.execute(f"DROP TABLE {table}")
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


# ------------------------------------------------------------------ a first start

def test_an_empty_file_where_the_database_belongs_is_replaced_by_a_database_private_from_its_first_table(
        tmp_path, monkeypatch):
    """An empty `briefer.sqlite` (a `touch`, a copy that failed, 0644 under umask 022) is a database still to
    be made: it is built beside, owner-only from the start, and renamed over the empty file — the tables are
    never written into the world-readable one.
    (mutant: `_missing`'s `st_size == 0` → `== 1`, line 28)"""
    from briefer.store import db as db_mod

    db = tmp_path / "briefer.sqlite"
    db.touch()
    os.chmod(db, 0o644)
    modes: list[tuple[str, int]] = []
    real = db_mod.configure

    def configure(conn, path):
        modes.append((Path(path).name, Path(path).stat().st_mode & 0o777))
        return real(conn, path)

    monkeypatch.setattr(db_mod, "configure", configure)
    with Store.open(db, user="me") as s:
        assert s.is_empty()
    assert modes and all(mode == 0o600 for _, mode in modes), modes
    assert db.stat().st_mode & 0o777 == 0o600 and db.stat().st_size > 0


def test_while_a_first_start_builds_the_database_its_files_are_the_owner_s_alone(tmp_path, monkeypatch):
    """Under the usual umask 022 the half-built database (named `.briefer.sqlite.creating-…` until it is
    complete) is readable by its owner only from its first byte — not only once it is renamed into place.
    (mutant: `new_private_file(tmp)` deleted, line 83)"""
    from briefer.store import schema_snapshot

    seen: dict[str, int] = {}
    real = schema_snapshot.create_schema

    def create_schema(db):
        for p in tmp_path.glob(".briefer.sqlite.creating-*"):
            seen[p.name.rsplit("-", 1)[-1] if p.name.endswith(("-wal", "-shm")) else "file"] = p.stat().st_mode & 0o777
        return real(db)

    monkeypatch.setattr(schema_snapshot, "create_schema", create_schema)
    old = os.umask(0o022)
    try:
        with Store.open(tmp_path / "briefer.sqlite", user="me") as s:
            assert s.is_empty()
    finally:
        os.umask(old)
    assert seen.get("file") == 0o600, seen
    assert all(mode == 0o600 for mode in seen.values()), seen
    assert (tmp_path / "briefer.sqlite").stat().st_mode & 0o777 == 0o600


def test_a_first_start_that_cannot_make_its_file_is_refused_in_one_line(tmp_path, monkeypatch):
    """The disk has no room for even the new database's empty file: the start is refused saying why — no
    traceback, nothing left behind.
    (mutant: `except OSError` around `new_private_file` catching nothing, line 84)"""
    import errno

    from briefer.store.wholefile import opening

    def no_room(path):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(opening, "new_private_file", no_room)
    db = tmp_path / "briefer.sqlite"
    with pytest.raises(StoreError) as refused:
        Store.open(db, user="me")
    assert refused.value.message == "cannot create the database (No space left on device)"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefer.sqlite.lock"]


def test_a_first_start_failing_while_it_writes_the_tables_is_refused_in_one_line_and_leaves_nothing(
        tmp_path, monkeypatch):
    """SQLite fails half-way through the new database's tables (the disk filled up): the start is refused as
    "cannot create the database (…)", with SQLite's reason — and neither a database nor its half-made copy
    is left, so the next start begins afresh.
    (mutant: `except Exception` around the schema catching nothing, line 97)"""
    import sqlcipher3

    from briefer.store import schema_snapshot

    real = schema_snapshot.create_schema

    def create_schema(db):
        real(db)
        raise sqlcipher3.OperationalError("database or disk is full")

    monkeypatch.setattr(schema_snapshot, "create_schema", create_schema)
    db = tmp_path / "briefer.sqlite"
    with pytest.raises(StoreError) as refused:
        Store.open(db, user="me")
    assert refused.value.message == "cannot create the database (database or disk is full)"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefer.sqlite.lock"]
    monkeypatch.setattr(schema_snapshot, "create_schema", real)
    with Store.open(db, user="me") as s:  # the next start makes it
        assert s.is_empty()


def test_a_first_start_whose_rename_fails_is_refused_and_leaves_no_database_behind(tmp_path, monkeypatch):
    """The complete new database cannot be renamed into place (the disk refuses): the start is refused saying
    why, and no database appears — not one built in place by the open that follows.
    (mutant: `raise StoreError(…)` deleted when the rename fails, line 109)"""
    import errno

    real_replace = os.replace

    def replace(src, dst, *args, **kwargs):
        if ".creating-" in os.fspath(src):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    db = tmp_path / "briefer.sqlite"
    with pytest.raises(StoreError) as refused:
        Store.open(db, user="me")
    assert refused.value.message == "cannot create the database (No space left on device)"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefer.sqlite.lock"]


def test_a_first_start_while_another_briefer_is_creating_the_database_is_refused_and_makes_nothing(
        tmp_path, monkeypatch):
    """Another Briefer holds the missing database alone while it creates it, for longer than a start waits (ten
    seconds): this start is refused "another Briefer is creating this database" — it does not build a second
    database behind the other's back.
    (mutant: the `DatabaseBusy` refusal deleted, line 63)"""
    from briefer.store.wholefile import hold as hold_mod

    db = tmp_path / "briefer.sqlite"
    other = hold_mod.Hold(db)
    assert other.try_acquire(hold_mod.EXCLUSIVE, 0)
    other.announce("creating")
    clock = _Clock()
    monkeypatch.setattr(hold_mod, "time", clock)
    try:
        with pytest.raises(hold_mod.DatabaseBusy) as refused:
            Store.open(db, user="me")
        assert refused.value.message == "another Briefer is creating this database; try again when it is done"
        assert not db.exists()
        assert not list(tmp_path.glob(".briefer.sqlite.creating-*"))
    finally:
        other.release()


# ------------------------------------------------------------------ what the lock file says afterwards

def _refused_while_a_closing_window_holds_it_alone(db: Path) -> str:
    """A window closing holds the file alone for a moment (to mark it checked) without saying what for."""
    from briefer.store.wholefile.hold import EXCLUSIVE, DatabaseBusy, Hold

    closing = Hold(db)
    assert closing.try_acquire(EXCLUSIVE, 0)
    try:
        with pytest.raises(DatabaseBusy) as refused:
            Hold(db).share(wait=0)
        return refused.value.message
    finally:
        closing.release()


def test_once_an_open_has_tidied_what_a_killed_restore_left_it_is_not_named_for_what_holds_the_database_next(
        tmp_path):
    """An open that removed a killed restore's copy ("tidying") and stayed open while another window opened
    and then closed: a program refused later, while a window holds the file alone for a moment, is told
    "replacing" — not "tidying" about a tidy-up long over.
    (mutant: `hold.release()` deleted after tidying, line 60)"""
    from briefer.store.wholefile.hold import Hold

    db = tmp_path / "briefer.sqlite"
    Store.open(db, user="setup").close()
    (tmp_path / ".briefer.sqlite.restoring-0123abcd").write_bytes(b"half a copy" * 100)
    with Store.open(db, user="me") as s:
        assert [p.name for p in s.tidied] == [".briefer.sqlite.restoring-0123abcd"]
        window = Hold(db).share()  # another window opens meanwhile, and is still open when this one closes
    window.release()
    assert _refused_while_a_closing_window_holds_it_alone(db) == (
        "another Briefer is replacing this database; try again when it is done")


def test_once_a_first_start_has_created_the_database_it_is_not_named_for_what_holds_it_next(tmp_path):
    """As above after a first start ("creating"): a later refusal does not say the database is being created.
    (mutant: `hold.release()` deleted after creating, line 70)"""
    from briefer.store.wholefile.hold import Hold

    db = tmp_path / "briefer.sqlite"
    with Store.open(db, user="me") as s:
        assert s.is_empty()
        window = Hold(db).share()
    window.release()
    assert _refused_while_a_closing_window_holds_it_alone(db) == (
        "another Briefer is replacing this database; try again when it is done")


# ------------------------------------------------------------------ not waiting for other windows

def test_an_open_while_another_window_has_the_database_does_not_wait_to_tidy(tmp_path, monkeypatch):
    """A killed restore's copy lies beside the database while another window has it open: the open leaves the
    copy (the window's own files look the same) and opens at once — it does not first wait for the window.
    (mutant: `try_acquire(EXCLUSIVE, 0)` → `1` before tidying, line 43)"""
    from briefer.store.wholefile import hold as hold_mod

    db = tmp_path / "briefer.sqlite"
    Store.open(db, user="setup").close()
    stray = tmp_path / ".briefer.sqlite.restoring-0123abcd"
    stray.write_bytes(b"half a copy" * 100)
    window = hold_mod.Hold(db).share()
    try:
        clock = _Clock()
        monkeypatch.setattr(hold_mod, "time", clock)
        with Store.open(db, user="me") as s:
            assert s.tidied == []
        assert clock.now == 1000.0  # not a moment spent waiting for the window
        assert stray.exists()
    finally:
        window.release()


def test_a_second_window_opens_at_once_while_the_first_has_written(tmp_path, monkeypatch):
    """The first window has written (its WAL is not empty): that is no crash to check for, and the second
    window's open does not stand waiting for the first to close.
    (mutant: `try_acquire(EXCLUSIVE, 0)` → `1` in `crash_left_wal`, line 126)"""
    from briefer.model import Note
    from briefer.store.wholefile import hold as hold_mod

    db = tmp_path / "briefer.sqlite"
    with Store.open(db, user="first") as first:
        first.notes.add(Note(author="first", body="written in the first window"))
        assert Path(f"{db}-wal").stat().st_size > 0
        clock = _Clock()
        monkeypatch.setattr(hold_mod, "time", clock)
        with Store.open(db, user="second", check=False) as second:
            assert [n.body for n in second.notes.list()] == ["written in the first window"]
        assert clock.now == 1000.0


def test_an_emptied_wal_left_by_a_killed_briefer_does_not_hold_up_the_desktop_app_s_open(tmp_path, monkeypatch):
    """A Briefer killed right after a checkpoint that emptied its WAL (a migration step's, a swap's) leaves the
    `-wal` file at 0 bytes: nothing in it to recover, so it is no sign of a crash. The desktop app's open
    (`check=False`) opens at once and checks the database afterwards — it does not first read the whole file.
    (mutant: `st_size == 0` → `== 1` in `crash_left_wal`, line 124)"""
    from briefer.store import db as db_mod

    db = tmp_path / "briefer.sqlite"
    Store.open(db, user="setup").close()
    Path(f"{db}-wal").write_bytes(b"")
    checks = []
    real = db_mod.quick_check

    def quick_check(*args, **kwargs):
        checks.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(db_mod, "quick_check", quick_check)
    with Store.open(db, user="me", check=False) as s:
        assert checks == []  # not checked before the window opens
        assert not s.writable  # writes wait for the check that follows, as always
    with Store.open(db, user="me") as s:  # an ordinary checked open still checks
        assert len(checks) == 1


# ------------------------------------------------------------------ an older Briefer's half-made file

def test_a_half_made_file_with_every_table_of_an_older_briefer_is_built_anew(tmp_path):
    """Killed after it had made every table but before it recorded its schema step: still a half-made file with
    nothing in it, built anew rather than refused for ever as "not a Briefer database".
    (mutant: `tables <= _briefer_tables()` → `<`, line 164)"""
    from briefer.model import Note

    db = tmp_path / "briefer.sqlite"
    _half_made(db, drop=())
    with Store.open(db, user="me") as s:
        assert s.is_empty()
        s.notes.add(Note(author="me", body="it works"))
    with Store.open(db, user="me") as s:
        assert [n.body for n in s.notes.list()] == ["it works"]


def test_a_refused_file_of_another_program_keeps_its_unwritten_changes_untouched(tmp_path):
    """Another program's SQLite file, left with changes still in its WAL (it was killed): refused as not a
    Briefer database, and both the file and its WAL stay byte for byte as they were — the look at whether an
    older Briefer half-made it must not write those changes into the file.
    (mutant: `readonly=True` → `False` in `unfinished_creation`, line 158)"""
    import shutil

    src = tmp_path / "elsewhere" / "other.sqlite"
    src.parent.mkdir()
    conn = sqlite3.connect(src)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE guests (name TEXT)")
    conn.executemany("INSERT INTO guests VALUES (?)", [(f"guest {i}",) for i in range(50)])
    conn.commit()
    db = tmp_path / "data" / "briefer.sqlite"
    db.parent.mkdir()
    shutil.copyfile(src, db)  # as the killed program left it: the file, and its changes in the WAL
    shutil.copyfile(f"{src}-wal", f"{db}-wal")
    conn.close()
    wal = Path(f"{db}-wal")
    before = _digest(db, wal)
    assert before[1]
    with pytest.raises(StoreError, match="not a Briefer database"):
        Store.open(db, user="me")
    assert _digest(db, wal) == before


def test_while_a_half_made_file_is_built_anew_another_program_is_told_it_is_being_created(tmp_path, monkeypatch):
    """A program asking for the database alone while an older Briefer's half-made file is replaced is told
    "another Briefer is creating this database".
    (mutant: `hold.announce("creating")` deleted in `rebuild_unfinished`, line 188)"""
    from briefer.store.wholefile import opening

    db = tmp_path / "data" / "briefer.sqlite"
    db.parent.mkdir()
    _half_made(db)
    told = []
    real_create = opening.create_database

    def create_database(path, passphrase):
        told.append(other_program_asks_alone(db))
        real_create(path, passphrase)

    monkeypatch.setattr(opening, "create_database", create_database)
    with Store.open(db, user="me") as s:
        assert s.is_empty()
    assert told == ["refused: another Briefer is creating this database"]


# ------------------------------------------------------------------ a damaged file, and the open without backups

def _damage(db: Path) -> None:
    size = db.stat().st_size
    with open(db, "r+b") as fh:
        fh.seek(size // 2)
        fh.write(b"\xff" * 4096)


def test_a_damaged_database_is_refused_naming_the_newest_good_backup(tmp_path):
    """Opening a damaged database refuses it and says which backup to restore, by name.
    (mutant: `newest()` answering None, line 212)"""
    from briefer.model import Note
    from briefer.store.wholefile.backup import create_backup
    from briefer.store.db import DamagedDatabase

    db = tmp_path / "briefer.sqlite"
    with Store.open(db, user="me") as s:
        s.notes.put_many([Note(author="me", body="padding " * 60) for _ in range(200)])
        good = create_backup(s)
    _damage(db)
    with pytest.raises(DamagedDatabase) as refused:
        Store.open(db, user="me")
    assert f"briefer restore {good.name}" in refused.value.message


def test_open_checked_without_a_backup_folder_opens_the_database(tmp_path):
    """`open_checked` with no backup folder is the plain checked open: the database, migrated and usable.
    (mutant: `return open_database(…)` → `return None` without a backup folder, line 208)"""
    from briefer.store.wholefile.opening import open_checked

    db = tmp_path / "briefer.sqlite"
    Store.open(db, user="setup").close()
    opened = open_checked(db)
    try:
        assert "notes" in opened.table_names()
        assert opened.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    finally:
        opened.close()


def test_a_file_dressed_as_a_half_made_one_whose_table_sqlite_cannot_read_is_refused_in_one_line(tmp_path):
    """A hostile file with only Briefer's table names and no schema step — so it looks like an older Briefer's
    half-made file — but whose `notes` is a virtual table of a module SQLite does not have: the look at whether
    its tables are empty fails, and the file is refused as not a Briefer database, untouched — not an
    OperationalError ("no such module") out of the open.
    (mutant: `except sqlcipher3.Error` in `unfinished_creation` catching nothing, line 170)"""
    db = tmp_path / "briefer.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE people (id TEXT)")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES "
                 "('table', 'notes', 'notes', 0, 'CREATE VIRTUAL TABLE notes USING nosuchmodule(body)')")
    conn.commit()
    conn.close()
    before = _digest(db)

    with pytest.raises(StoreError) as refused:
        Store.open(db, user="me")

    assert refused.value.message == "not a Briefer database (it holds other tables)"
    assert _digest(db) == before


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names a flushed file by /proc/self/fd (Linux)")
def test_a_new_database_is_on_disk_with_its_name_before_the_first_start_goes_on(tmp_path, monkeypatch):
    """A power cut just after a first start must not leave the folder without the database its notes went into:
    the new file is flushed under its `.creating-` name, renamed into place, and then the data folder's entries
    are flushed so the rename is on disk too. No process can see the difference; the flushes the kernel is
    asked for, in order, are what a power cut keeps.
    (mutant: `fsync_dir(path.parent)` deleted after the rename, line 107)"""
    from briefer.store.wholefile import opening

    db = tmp_path / "briefer.sqlite"
    events: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        events.append(("flush", os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def replace(src, dst, *args, **kwargs):
        real_replace(src, dst, *args, **kwargs)
        events.append(("rename", Path(src).name))

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    opening.create_database(db, None)

    folder = str(tmp_path.resolve())
    renamed = [i for i, (kind, what) in enumerate(events) if kind == "rename" and ".creating-" in what]
    assert len(renamed) == 1, events
    assert any(kind == "flush" and ".creating-" in what for kind, what in events[:renamed[0]]), events
    assert ("flush", folder) in events[renamed[0]:], events
