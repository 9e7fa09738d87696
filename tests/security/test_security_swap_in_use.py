"""Putting a restored file in place (briefer/store/wholefile/swap.py) as a user meets it.

Another program with the database open — a SQLite browser, an older Briefer without the lock file —
takes no Briefer hold, so the lock file cannot keep a restore away from it: what gives it away is the WAL
that its open connection keeps beside the database. A restore must then refuse, in one line, and change
nothing (its WAL would be replayed into the wrong file). And when the disk fails while the restored copy
is written or flushed, the user is told which step failed and the database is the one they had.
"""

from __future__ import annotations

import errno
import hashlib
import time
from pathlib import Path

import pytest
import sqlcipher3
from security_helpers import held_locked

from briefer.cli import main
from briefer.model import Note
from briefer.store import Store
from briefer.store.db import key_statement
from briefer.store.wholefile import swap
from briefer.store.wholefile.strays import find_strays

PASS = "correct horse battery"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def backed_up(tmp_path, capsys, monkeypatch) -> tuple[Path, str]:
    """A data folder with a backup, and a note written after it (which a restore would undo)."""
    data = tmp_path / "data"
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(data))
    assert main(["autolock", "5"]) == 0 and main(["backup"]) == 0
    name = capsys.readouterr()[0].split("backup written: ")[1].split()[0]
    return data, name


def _notes(data: Path, passphrase: str | None = None) -> list[str]:
    with Store.open(data / "briefer.sqlite", passphrase=passphrase) as store:
        return [n.body for n in store.notes.list()]


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_a_restore_refuses_while_another_program_has_the_database_open(backed_up, capsys, monkeypatch, cheap_kdf,
                                                                         encrypted):
    data, name = backed_up
    db = data / "briefer.sqlite"
    if encrypted:
        monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
        assert main(["encrypt"]) == 0 and main(["backup"]) == 0
        name = capsys.readouterr()[0].split("backup written: ")[1].split()[0]
    with Store.open(db, passphrase=PASS if encrypted else None) as store:
        store.notes.add(Note(author="me", body="written after the backup"))
    # A SQLite browser, say: no Briefer hold. (Opened with the same SQLite library as Briefer's: in one process, a
    # connection of another copy of the library is invisible to Briefer's, whose close would then take the WAL.)
    other = sqlcipher3.connect(str(db))
    try:
        if encrypted:
            other.execute(key_statement(PASS))
        assert other.execute("SELECT count(*) FROM notes").fetchone()[0] == 1
        assert Path(f"{db}-wal").exists()
        before = _digest(db)
        capsys.readouterr()
        assert main(["restore", name]) == 6
        out, err = capsys.readouterr()
        assert err.strip().splitlines() == [
            f"briefer: error: {db}: another Briefer window or command has the database open; close it and try again "
            "(nothing was changed)"]
        assert _digest(db) == before
        assert other.execute("SELECT count(*) FROM notes").fetchone()[0] == 1
    finally:
        other.close()
    assert _notes(data, PASS if encrypted else None) == ["written after the backup"]
    assert find_strays(db, data / "backups") == []


def test_a_restore_the_disk_fails_under_leaves_the_database_as_it_was(backed_up, capsys, monkeypatch):
    """The restored copy's flush to disk, just before it is put in place, fails (EIO)."""
    data, name = backed_up
    db = data / "briefer.sqlite"
    with Store.open(db) as store:
        store.notes.add(Note(author="me", body="written after the backup"))
    real = swap.fsync_file
    calls = []

    def failing_flush(path):
        calls.append(path)
        if len(calls) == 1:
            raise OSError(errno.EIO, "Input/output error")
        real(path)

    monkeypatch.setattr(swap, "fsync_file", failing_flush)
    before = _digest(db)
    capsys.readouterr()
    assert main(["restore", name]) != 0
    out, err = capsys.readouterr()
    assert err.strip().splitlines() == [
        f"briefer: error: the disk reported an input/output error: {db}: cannot replace the database file "
        "(Input/output error); the original is unchanged — check the disk and try again"]
    monkeypatch.setattr(swap, "fsync_file", real)
    assert _digest(db) == before
    assert _notes(data) == ["written after the backup"]
    assert find_strays(db, data / "backups") == []
    assert main(["restore", name]) == 0  # the disk sound again: the same restore works
    assert _notes(data) == []


def test_a_restore_refuses_while_another_program_holds_the_database_locked(backed_up, capsys, monkeypatch):
    """Found by mutation testing (sixteenth session): the check took "database is locked" for a damaged file and the
    restore put the backup in place under that program, whose saves then went to a file nobody reads again."""
    from briefer.store import db as db_module

    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 300)  # SQLite's wait for the lock; 10 s in the product
    data, name = backed_up
    db = data / "briefer.sqlite"
    with Store.open(db) as store:
        store.notes.add(Note(author="me", body="written after the backup"))
    with held_locked(db):
        before = _digest(db)
        capsys.readouterr()
        assert main(["restore", name]) == 6
        out, err = capsys.readouterr()
        # refused when the restore first reads the file (briefer/store/db.py), before the swap's own check
        assert err.strip().splitlines() == [
            f"briefer: error: {db}: another program holds the database locked (a database tool, or an older "
            "Briefer); close it and try again (nothing was changed)"]
        assert _digest(db) == before
    assert _notes(data) == ["written after the backup"]
    assert find_strays(db, data / "backups") == []


def test_restoring_an_encrypted_backup_over_a_new_plain_database_another_program_has_open_is_refused(
        backed_up, capsys, monkeypatch, cheap_kdf):
    """The encrypted database was lost and Briefer, started again, made a new plain one; the user restores the
    encrypted backup with its passphrase while a SQLite browser has that new database open and has saved an edit (in
    its WAL). The passphrase is the backup's: the check must read the plain file without it — keyed, the file cannot
    be read, and the check that somebody has it open would be skipped."""
    data, _ = backed_up
    db = data / "briefer.sqlite"
    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
    assert main(["encrypt"]) == 0 and main(["backup"]) == 0
    name = capsys.readouterr()[0].split("backup written: ")[1].split()[0]
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    with Store.open(db) as store:  # the new plain database
        store.notes.add(Note(author="me", body="written in the new database"))
    other = sqlcipher3.connect(str(db))
    try:
        other.execute("UPDATE notes SET body = 'edited in the other program'")
        other.commit()
        capsys.readouterr()
        assert main(["restore", name]) == 6
        out, err = capsys.readouterr()
        assert err.strip().splitlines() == [
            f"briefer: error: {db}: another Briefer window or command has the database open; close it and try again "
            "(nothing was changed)"]
        assert other.execute("SELECT body FROM notes").fetchall() == [("edited in the other program",)]
    finally:
        other.close()
    assert _notes(data) == ["edited in the other program"]
    assert find_strays(db, data / "backups") == []


def test_the_check_waits_two_seconds_for_a_program_holding_the_database_locked_then_refuses(tmp_path):
    """How long a restore stands waiting for such a program to let go before it refuses: two seconds (the wait is
    SQLite's busy handler, on the real clock: measured to the millisecond here, so a second more or less shows)."""
    db = tmp_path / "briefer.sqlite"
    with Store.open(db) as store:
        store.notes.add(Note(author="me", body="kept"))
    with held_locked(db):
        started = time.monotonic()
        with pytest.raises(swap.DatabaseInUse):
            swap.ensure_not_in_use(db, None)
        waited = time.monotonic() - started
    assert 1.9 <= waited < 2.9, waited
