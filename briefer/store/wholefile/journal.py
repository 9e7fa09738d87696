"""The conversion journal: what a killed ``encrypt``/``passphrase``/``decrypt`` was doing.

A conversion rewrites the database *and* every backup and kept copy, one file
at a time. Killed half-way, some files have the new key and some the old one —
after an interrupted ``encrypt``, plaintext backups beside an encrypted
database. The journal, written before the first file is touched and removed
after the last, lets the next command finish the job (or see that nothing was
converted yet, and drop it).

It must name both keys, yet never hold a passphrase in clear. So it is itself a
tiny SQLCipher file, keyed with the passphrase the *database* will have while
the backups are converted — the new one when encrypting or changing the
passphrase (the database is converted first), the old one when decrypting (the
database is converted last). Whoever can open the database then can open the
journal; whoever cannot, gets no secret from it. The rule at the next command
(:func:`briefer.store.wholefile.crypto.recover`):

* the journal opens with the database's passphrase → finish every file not yet
  converted, then remove it;
* it does not, but the database does → nothing was converted yet (or all was):
  remove it;
* neither opens → leave both; the user gets "wrong passphrase".
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

import sqlcipher3

from briefer.errors import StoreError
from briefer.store.wholefile.dbfiles import fsync_dir, fsync_file, remove_database
from briefer.store.wholefile.private import new_private_file


def journal_path(database: Path) -> Path:
    database = Path(database)
    return database.with_name(f".{database.name}.conversion")


def journal_exists(database: Path) -> bool:
    """Is a conversion journal waiting? Only a file is one: a folder of that name (made by hand, a sync
    tool, a restore from a backup of the wrong thing) is not ours to finish or remove, and must not stop
    the app from starting; an encryption refuses it when it comes to write the journal."""
    return journal_path(database).is_file()


def _key(conn, passphrase: str) -> None:
    from briefer.store.db import key_statement

    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(key_statement(passphrase))


def write_journal(database: Path, old: str | None, new: str | None) -> None:
    """Record a conversion from ``old`` to ``new`` (None = plain) before its first file is touched."""
    database = Path(database)
    key = new if new is not None else old
    assert key, "a conversion has a passphrase on at least one side"
    tmp = database.with_name(f".{database.name}.journal-{uuid.uuid4().hex}")
    try:
        new_private_file(tmp)
        conn = sqlcipher3.connect(str(tmp))
        try:
            _key(conn, key)
            conn.execute("CREATE TABLE conversion (old TEXT, new TEXT)")
            conn.execute("INSERT INTO conversion VALUES (?, ?)", [old, new])
            conn.commit()
        finally:
            conn.close()
        fsync_file(tmp)
        os.replace(tmp, journal_path(database))
        fsync_dir(database.parent)
    except (OSError, sqlcipher3.Error) as exc:
        why = getattr(exc, "strerror", None) or exc
        if journal_path(database).is_dir():
            why = f"{journal_path(database).name} is a folder: move it away"
        raise StoreError(f"cannot write the conversion journal ({why}); nothing was changed",
                         file=str(database)) from None
    finally:
        remove_database(tmp)


def read_journal(database: Path, passphrase: str | None) -> tuple[str | None, str | None] | None:
    """(old, new) when the journal opens with ``passphrase``; None when it does not (or is unreadable)."""
    if not passphrase:
        return None
    try:
        conn = sqlcipher3.connect(f"file:{journal_path(database)}?mode=ro", uri=True)
    except sqlcipher3.Error:
        return None
    try:
        _key(conn, passphrase)
        row = conn.execute("SELECT old, new FROM conversion").fetchone()
    except sqlcipher3.Error:
        return None
    finally:
        conn.close()
    return (row[0], row[1]) if row else None


def remove_journal(database: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.remove(journal_path(database))
        fsync_dir(Path(database).parent)
