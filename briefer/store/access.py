"""Opening the database for use — the one entry point the CLI and the GUI share.

:func:`database_state` says, without a key and without writing, whether the
unlock screen is needed. :func:`unlock` (alias :func:`open_store`) opens the
store with the passphrase and does everything the issue asks of "start":
``quick_check`` (a damaged file raises :class:`DamagedDatabase` naming the
newest good backup and is not written to), a backup before any migration,
and the first-start-of-the-day backup. Errors are ``BrieferError`` values
with a message for the user — never a traceback:

* :class:`PassphraseRequired` — encrypted and no passphrase given;
* :class:`WrongPassphrase` — "wrong passphrase or not a Briefer database";
* :class:`DamagedDatabase` — ``.newest_backup`` names what to restore
  (:func:`briefer.store.wholefile.backup.restore_backup`).
"""

from __future__ import annotations

import enum
from datetime import datetime
from pathlib import Path

from briefer.errors import StoreError
from briefer.store.wholefile.backup import daily_backup_if_due, newest_good_backup
from briefer.store.db import (
    DamagedDatabase, DatabaseError, PassphraseRequired, WrongPassphrase, is_encrypted, open_keyed, quick_check,
)
from briefer.store.store import Store

__all__ = [
    "DatabaseState", "database_state", "needs_passphrase", "open_store", "unlock",
    "DamagedDatabase", "PassphraseRequired", "WrongPassphrase",
]


class DatabaseState(str, enum.Enum):
    MISSING = "missing"  # no file yet: a new, plain database will be created
    PLAIN = "plain"  # a plain SQLite file: open without a passphrase
    ENCRYPTED = "encrypted"  # not plain SQLite: ask for the passphrase (or it is not a database at all)


def database_state(path: Path) -> DatabaseState:
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return DatabaseState.MISSING
    return DatabaseState.ENCRYPTED if is_encrypted(path) else DatabaseState.PLAIN


def needs_passphrase(path: Path) -> bool:
    """Show the unlock screen before opening ``path``?"""
    return database_state(path) is DatabaseState.ENCRYPTED


def open_store(path: Path, passphrase: str | None = None, *, user: str | None = None,
               backup_dir: Path | None = None, daily_backup: bool = True,
               now: datetime | None = None, check: bool = True) -> Store:
    """Open ``path`` for use: key, quick_check, migration backup, daily backup.

    A passphrase given for a plain file is ignored (the file has no key), so
    a script's ``BRIEFER_PASSPHRASE`` does not break work on a plain database.
    """
    path = Path(path)
    state = database_state(path)
    if state is not DatabaseState.ENCRYPTED:
        passphrase = None
    elif not passphrase:
        raise PassphraseRequired("the database is encrypted (or not a Briefer database): give the passphrase", file=str(path))
    store = Store.open(path, passphrase=passphrase, user=user, backup_dir=backup_dir, check=check)
    if daily_backup:
        try:
            daily_backup_if_due(store, now=now)
        except BaseException:
            store.close()
            raise
    return store


def unlock(path: Path, passphrase: str | None, **kwargs) -> Store:
    """The unlock screen's action: a Store, or a ``BrieferError`` to show under the field."""
    return open_store(path, passphrase, **kwargs)


def diagnose_read_error(path: Path, passphrase: str | None, backup_dir: Path | None,
                        exc: BaseException) -> StoreError | None:
    """What to tell the user when SQLite failed while reading an *unchecked* store.

    Commands that only read open without the slow ``quick_check`` (seconds on a
    large file); damage is then first met as a ``DatabaseError`` from some query.
    This runs the check after all and returns the :class:`DamagedDatabase` naming
    the newest good backup, or a plain :class:`StoreError` quoting SQLite — the
    same one-line message a checked open would have given. ``None`` when ``exc``
    is not a database error at all (the caller re-raises it).
    """
    from sqlite_utils import Database

    if not isinstance(exc, DatabaseError):
        return None

    def newest() -> str | None:
        found = newest_good_backup(backup_dir, passphrase) if backup_dir is not None else None
        return found.name if found else None

    try:
        db = Database(open_keyed(Path(path), passphrase, readonly=True))  # a damaged file is not written to
        try:
            quick_check(db, Path(path), find_backup=newest)
        finally:
            db.close()
    except StoreError as found:
        return found
    except DatabaseError:
        pass
    return StoreError(f"cannot read the database ({exc})", file=str(path))
