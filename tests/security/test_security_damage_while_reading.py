"""Damage met in the middle of a read: the same clear message as at open, naming the backup to restore.

A command that only reads opens without the integrity check (seconds on a large file), so a
damaged page that the schema does not touch is first met by a query half-way through the
command. The user must then be told what a checked open would have said — the database is
damaged, and which backup to restore — not SQLite's "database disk image is malformed"; and
the file is left exactly as it was.
"""

from __future__ import annotations

from pathlib import Path

from security_helpers import digest, scribble_over_pages_holding

from briefer.cli import main
from briefer.model import Note
from briefer.store import Store

MARK = b"scribbled-over-paragraph"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_search_that_meets_a_damaged_page_says_damaged_and_names_the_backup(loaded_data_dir, capsys):
    db = loaded_data_dir / "briefer.sqlite"
    with Store.open(db) as store:
        for i in range(60):
            store.notes.add(Note(body=f"{MARK.decode()} {i} " + "words to fill the page " * 20))
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    code, out, err = run(capsys, "backup")
    assert code == 0, err
    name = out.split("backup written: ")[1].split(" ")[0]
    assert scribble_over_pages_holding(db, MARK) > 0
    before = digest(db)

    code, out, err = run(capsys, "search", "scribbled")

    assert code == 5
    assert "Traceback" not in err
    assert "the database is damaged" in err  # not only SQLite's "database disk image is malformed"
    assert f"briefer restore {name}" in err  # what to do, as a checked open would say
    assert digest(db) == before  # a reading command never writes to a damaged file


def test_an_error_that_is_not_damage_is_told_as_sqlite_said_it(loaded_data_dir):
    """A sound file that a read could not finish (a lock held too long): one line quoting SQLite, no backup offered."""
    from briefer.store.access import diagnose_read_error
    from briefer.store.db import DatabaseError

    db = loaded_data_dir / "briefer.sqlite"
    told = diagnose_read_error(db, None, loaded_data_dir / "backups", DatabaseError("database is locked"))
    assert str(told) == f"{db}: cannot read the database (database is locked)"
    assert diagnose_read_error(db, None, loaded_data_dir / "backups", KeyError("not a database error")) is None


def test_an_empty_file_is_a_new_database_and_a_few_stray_bytes_ask_for_the_passphrase(tmp_path):
    """What the start decides before any key: an empty file (a crash before the first write) is made a new
    database; a file of a byte or two is not plain SQLite, so it may be an encrypted one — the unlock
    screen says 'encrypted (or not a Briefer database)'."""
    from briefer.store.access import DatabaseState, database_state, needs_passphrase

    path = tmp_path / "briefer.sqlite"
    assert database_state(path) is DatabaseState.MISSING
    path.write_bytes(b"")
    assert database_state(path) is DatabaseState.MISSING and not needs_passphrase(path)
    for stray in (b"x", b"\x00\x01"):
        path.write_bytes(stray)
        assert database_state(path) is DatabaseState.ENCRYPTED and needs_passphrase(path)


def test_diagnosing_damage_never_folds_a_wal_left_behind_into_the_file(tmp_path):
    """The diagnosis reads through a read-only connection: the damaged file and the WAL a crash left
    beside it stay byte for byte as they were, for a restore (or a recovery tool) to start from."""
    import shutil

    from briefer.store.access import diagnose_read_error
    from briefer.store.db import DatabaseError

    live = tmp_path / "live"
    live.mkdir()
    store = Store.open(live / "briefer.sqlite")
    for i in range(60):
        store.notes.add(Note(body=f"{MARK.decode()} {i} " + "words to fill the page " * 20))
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    shutil.copy2(live / "briefer.sqlite", crashed / "briefer.sqlite")
    assert scribble_over_pages_holding(crashed / "briefer.sqlite", MARK) > 0
    store.notes.add(Note(body="written after the last checkpoint"))
    shutil.copy2(live / "briefer.sqlite-wal", crashed / "briefer.sqlite-wal")  # as a crash leaves it
    store.close()
    path, wal = crashed / "briefer.sqlite", crashed / "briefer.sqlite-wal"
    assert wal.stat().st_size > 0
    before = (digest(path), digest(wal))

    told = diagnose_read_error(path, None, tmp_path / "backups", DatabaseError("database disk image is malformed"))

    assert "the database is damaged" in str(told)
    assert wal.exists(), "the WAL was folded into the damaged file and removed"
    assert (digest(path), digest(wal)) == before
