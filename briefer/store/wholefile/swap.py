"""Putting a new database file in place of the old one, atomically.

Used by encryption changes and by restore: the new file is complete and
checked before this is called; here it is flushed to disk and renamed over
the database with ``os.replace`` (atomic on every platform Briefer runs on),
so at every instant the database path holds either the whole old file or the
whole new one.

A database that another process (a GUI, another command) has open must not
be swapped under it: its WAL would be replayed into the wrong file. Closing
the last connection to a WAL database removes the ``-wal`` file, so after our
own checkpoint-and-close a remaining ``-wal`` means somebody else has the file
open, and the swap is refused.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3

from briefer.errors import StoreError
from briefer.store.db import is_encrypted, key_statement
from briefer.store.wholefile.dbfiles import fsync_dir, fsync_file, side_file
from briefer.store.wholefile.hold import DatabaseInUse  # one error for "somebody else has it open"
from briefer.store.wholefile.private import copy_private

SQLITE_BUSY = 5  # another connection holds a lock the check cannot wait out

__all__ = ["DatabaseInUse", "copy_db_file", "ensure_not_in_use", "refuse_if_in_use", "replace_database"]


def ensure_not_in_use(database: Path, passphrase: str | None) -> None:
    """Checkpoint the WAL into the file and make sure no other connection is open."""
    if not database.exists():
        return
    readable = locked = False
    conn = sqlcipher3.connect(str(database), timeout=2)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if passphrase and is_encrypted(database):
            conn.execute(key_statement(passphrase))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        readable = True
    except sqlcipher3.Error as exc:
        # An unreadable (damaged) file: nothing to checkpoint, its WAL is kept by the caller. But a file another
        # program holds locked (locking_mode=EXCLUSIVE, as an older Briefer's fill did) is in use, not damaged.
        locked = getattr(exc, "sqlite_errorcode", None) == SQLITE_BUSY
    finally:
        conn.close()
    if locked:
        raise _in_use(database)
    if readable:
        refuse_if_in_use(database)


def refuse_if_in_use(database: Path) -> None:
    """After our own last connection closed: a WAL that is still there belongs to someone else."""
    if side_file(database, "-wal").exists():
        raise _in_use(database)


def _in_use(database: Path) -> DatabaseInUse:
    return DatabaseInUse(
        "another Briefer window or command has the database open; close it and try again (nothing was changed)",
        file=str(database),
    )


def copy_db_file(src: Path, dst: Path) -> None:
    """Copy a self-contained (non-WAL) database file, flushed to disk."""
    try:
        copy_private(src, dst)  # owner-only, whatever the umask
        fsync_file(dst)
    except OSError as exc:
        raise StoreError(f"cannot copy the database file ({exc.strerror or exc})", file=str(src)) from None


def replace_database(new_file: Path, database: Path, passphrase: str | None, *, checked: bool = False) -> None:
    """Atomically put the checked ``new_file`` at ``database`` (``passphrase`` opens the old one).

    ``checked``: the caller has just made sure nobody else has the file open.
    """
    if not checked:
        ensure_not_in_use(database, passphrase)
    try:
        fsync_file(new_file)
        os.replace(new_file, database)
        for suffix in ("-wal", "-shm"):
            stale = side_file(database, suffix)
            if stale.exists():
                stale.unlink()
        fsync_dir(database.parent)
    except OSError as exc:
        raise StoreError(f"cannot replace the database file ({exc.strerror or exc}); "
                         "the original is unchanged", file=str(database)) from None
