"""A refused open leaves no handle on the database, even while its error is still shown.

On Windows an open handle stops the next step a user takes after a refusal: the unlock
screen offers "restore the newest backup" after a damaged file, and a restore replaces the
file; a second try at the passphrase reopens it. The error objects travel to the screen with
their tracebacks, which keep the frames that raised them — and their locals — alive, so a
connection left to the garbage collector stays open exactly as long as the message is shown.
Checked here through Linux's ``/proc/self/fd``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from security_helpers import scribble_over_pages_holding

from briefer.model import Note
from briefer.store import Store
from briefer.store.access import diagnose_read_error, unlock
from briefer.store.db import DatabaseError, WrongPassphrase, open_keyed
from tests.open_files import handles_on, needs_proc

pytestmark = needs_proc

PASS = "correct horse battery"


@pytest.fixture
def encrypted(tmp_path) -> Path:
    from briefer.store.wholefile.crypto import encrypt

    path = tmp_path / "briefer.sqlite"
    with Store.open(path) as store:
        store.notes.add(Note(body="kept"))
    encrypt(path, PASS)
    return path


def test_a_wrong_passphrase_leaves_the_file_closed(encrypted):
    with pytest.raises(WrongPassphrase) as refused:
        open_keyed(encrypted, "a wrong guess")
    assert refused.value is not None  # still shown
    assert handles_on(encrypted) == []
    with pytest.raises(WrongPassphrase) as refused_again:
        unlock(encrypted, "another wrong guess")  # the unlock screen's way in
    assert refused_again.value is not None
    assert handles_on(encrypted) == []
    with unlock(encrypted, PASS) as store:  # and the right one opens it
        assert [n.body for n in store.notes.list()] == ["kept"]


def test_telling_the_user_about_damage_met_while_reading_leaves_the_file_closed(tmp_path):
    path = tmp_path / "briefer.sqlite"
    with Store.open(path) as store:
        for i in range(80):
            store.notes.add(Note(body=f"marker-for-damage {i} " + "words to fill pages " * 20))
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert scribble_over_pages_holding(path, b"marker-for-damage") > 0  # never page 1: the file opens, a read fails

    told = diagnose_read_error(path, None, tmp_path / "backups", DatabaseError("database disk image is malformed"))

    assert "the database is damaged" in str(told)
    assert handles_on(path) == []  # while the message is on screen


def test_a_file_whose_schema_is_damaged_is_refused_and_left_closed(tmp_path):
    from briefer.store.db import DamagedDatabase

    path = tmp_path / "briefer.sqlite"
    with Store.open(path) as store:
        store.notes.add(Note(body="kept"))
    data = bytearray(path.read_bytes())
    for p in range(1, len(data) // 4096):  # page 1 (the header) stays sound: the key's proof passes
        data[p * 4096 + 100:p * 4096 + 400] = b"\xff" * 300
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabase) as refused:
        open_keyed(path, None)
    assert refused.value is not None
    assert handles_on(path) == []


class _Refusing:
    """A real connection whose answer to one pragma is replaced: what a file system without WAL
    support, or a lock taken between two statements, would make SQLite say."""

    def __init__(self, conn, pragma: str, answer):
        self.conn, self.pragma, self.answer = conn, pragma, answer

    def execute(self, sql, *args):
        if sql.startswith(self.pragma):
            if isinstance(self.answer, BaseException):
                raise self.answer
            return self.conn.execute("SELECT ?", [self.answer])
        return self.conn.execute(sql, *args)

    def close(self):
        self.conn.close()


@pytest.mark.parametrize("pragma, answer, said", [
    ("PRAGMA journal_mode", "delete", "cannot switch the database to WAL mode (got delete)"),
    ("PRAGMA synchronous", "sqlite-error", "cannot prepare the database (database is locked)"),
])
def test_a_file_that_cannot_be_prepared_is_refused_and_left_closed(tmp_path, pragma, answer, said):
    import sqlcipher3

    from briefer.errors import StoreError
    from briefer.store.db import configure

    path = tmp_path / "briefer.sqlite"
    Store.open(path).close()
    if answer == "sqlite-error":
        answer = sqlcipher3.OperationalError("database is locked")
    with pytest.raises(StoreError) as refused:
        configure(_Refusing(open_keyed(path, None), pragma, answer), path)
    assert str(refused.value) == f"{path}: {said}"
    assert handles_on(path) == []


def test_a_wal_left_behind_that_cannot_be_checked_keeps_the_file_and_its_wal_unchanged(tmp_path, monkeypatch):
    """A crash leaves a -wal; the file is checked through a read-only connection first. If that check
    cannot finish (SQLite stopped it), the file is refused — not opened read-write, which would fold
    the WAL into a file nobody has checked."""
    import shutil

    import sqlcipher3

    from briefer.errors import StoreError
    from briefer.store import db as db_module

    live = tmp_path / "live"
    live.mkdir()
    store = Store.open(live / "briefer.sqlite")
    store.notes.add(Note(body="written after the last checkpoint"))
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("briefer.sqlite", "briefer.sqlite-wal"):  # as a crash leaves them: the WAL not yet folded in
        shutil.copy2(live / name, crashed / name)
    store.close()
    path = crashed / "briefer.sqlite"
    wal = crashed / "briefer.sqlite-wal"
    assert wal.stat().st_size > 0
    before = (path.read_bytes(), wal.read_bytes())

    def stopped(*args, **kwargs):
        raise sqlcipher3.OperationalError("interrupted")

    monkeypatch.setattr(db_module, "quick_check", stopped)
    with pytest.raises(StoreError) as refused:
        db_module.open_database(path)
    assert str(refused.value) == f"{path}: cannot read the database (interrupted)"
    assert (path.read_bytes(), wal.read_bytes()) == before
    assert handles_on(path) == []


def test_an_upgrade_step_that_fails_leaves_the_file_as_it_was_closed_and_says_why(tmp_path, monkeypatch):
    """A step of a newer release meets an SQLite error half-way: the open is refused quoting SQLite,
    the step's half-done work is rolled back, and no handle is left on the file."""
    import sqlite3

    import sqlcipher3

    from briefer.errors import StoreError
    from briefer.store import migrations as mig

    path = tmp_path / "briefer.sqlite"
    with Store.open(path) as s:
        s.notes.add(Note(body="written by the release before"))

    def m999_test_fails_half_way(database):
        database.execute("CREATE TABLE half_done (x)")
        raise sqlcipher3.OperationalError("no such column: imagined")

    monkeypatch.setattr(mig.migrations, "_migrations", list(mig.migrations._migrations))
    mig.migrations()(m999_test_fails_half_way)
    with pytest.raises(StoreError) as refused:
        Store.open(path)
    assert str(refused.value) == f"{path}: cannot prepare the database (no such column: imagined)"
    assert handles_on(path) == []
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert "half_done" not in {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
    assert [r[0] for r in raw.execute("SELECT body FROM notes")] == ["written by the release before"]
    raw.close()


def test_a_passphrase_with_an_undecodable_byte_is_a_wrong_passphrase_not_a_crash(encrypted):
    """BRIEFER_PASSPHRASE read from an environment in another encoding arrives with a lone surrogate:
    SQLCipher cannot be given it, so it is refused as wrong, with nothing left open."""
    with pytest.raises(WrongPassphrase) as refused:
        open_keyed(encrypted, "correct horse battery\udcff")
    assert str(refused.value) == f"{encrypted}: wrong passphrase or not a Briefer database"
    assert handles_on(encrypted) == []
