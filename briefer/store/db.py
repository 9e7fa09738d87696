"""Opening the database file: driver, key, pragmas, sanity checks and migrations.

The driver is ``sqlcipher3`` — a SQLite build with SQLCipher in it — for every
database, encrypted or not: one SQLite version everywhere (with FTS5), and an
encrypted file needs nothing different from the rest of the store. Without a
passphrase the file is a plain SQLite database that any SQLite tool can read.

Order on open matters: key, one read to prove the key, ``PRAGMA quick_check``
— and only then anything that could write (journal mode, migrations). A
damaged file is therefore never written to; the caller gets
:class:`DamagedDatabase` naming the newest good backup, if there is one.

Pragmas: WAL (readers never block the writer, a crash never tears a page),
``synchronous=FULL`` (a save that reported success survives power loss),
foreign keys on, a busy timeout so two processes wait for each other instead
of failing, and ``temp_store=MEMORY`` so that sorting a big query never
spills decrypted rows into a temporary file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import sqlcipher3
from sqlite_utils import Database

from briefer.disk import disk_problem
from briefer.errors import Refused, StoreError
from briefer.store.migrations import MIGRATION_SET, known_names, migrations
from briefer.store.fileformat import SQLITE_HEADER, is_encrypted  # noqa: F401 — where callers import them

BUSY_TIMEOUT_MS = 10_000
DatabaseError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError
OperationalError = sqlcipher3.OperationalError

#: The first 16 bytes of every plain SQLite file; an encrypted file starts with random salt.
WRONG_PASSPHRASE = "wrong passphrase or not a Briefer database"
#: SQLite's result code for a lock another connection holds past the busy timeout (extended codes keep it in the low byte).
SQLITE_BUSY = 5
LOCKED_BY_ANOTHER = ("another program holds the database locked (a database tool, or an older Briefer); "
                     "close it and try again (nothing was changed)")


class WrongPassphrase(StoreError):
    """The passphrase does not open the file (or the file is not a Briefer database)."""


class PassphraseRequired(StoreError):
    """The file is encrypted and no passphrase was given."""


class DamagedDatabase(StoreError):
    """``quick_check`` failed: the file is not written to; restoring a backup is offered."""

    def __init__(self, message: str, *, file: str | None = None, newest_backup: str | None = None):
        detail = message
        if newest_backup:
            message += f"; the newest good backup is {newest_backup} (briefer restore {newest_backup})"
        else:
            message += "; no good backup was found"
        super().__init__(message, file=file)
        self.detail = detail
        self.newest_backup = newest_backup

    def with_backup(self, newest_backup: str | None) -> "DamagedDatabase":
        return DamagedDatabase(self.detail, file=self.file, newest_backup=newest_backup)


def open_keyed(path: Path, passphrase: str | None = None, *, readonly: bool = False):
    """A raw connection with the key applied and proven by one read — nothing written yet.

    ``readonly``: SQLite's read-only mode, for a file that may be damaged or not ours. A
    read-write connection, when closed last, checkpoints a WAL left by a crash into the
    file — exactly what must not happen to a file we refuse (see :func:`open_database`).
    """
    if passphrase and not usable_passphrase(passphrase):
        raise WrongPassphrase(WRONG_PASSPHRASE, file=str(path))
    try:
        if readonly:
            from urllib.parse import quote

            conn = sqlcipher3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        else:
            conn = sqlcipher3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlcipher3.Error as exc:
        _raise_if_disk(exc, path)
        raise StoreError(f"cannot open the database ({exc})", file=str(path)) from None
    try:
        # SQLCipher logs failed HMAC checks to stderr by default; a wrong
        # passphrase is a user mistake that gets one clear message instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if passphrase:
            conn.execute(key_statement(passphrase))
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Reading page 1 tells whether the key is right and the file is SQLite at all.
        conn.execute("PRAGMA user_version").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        # a -shm that cannot be created fails the key's proof too: a full disk is no wrong passphrase
        _raise_if_disk(exc, path)
        if (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF == SQLITE_BUSY:
            # nor is a file another program holds locked: told so, the user does not retype a right passphrase
            raise Refused(LOCKED_BY_ANOTHER, file=str(path)) from None
        if passphrase:
            raise WrongPassphrase(WRONG_PASSPHRASE, file=str(path)) from None
        if "not a database" in str(exc) or "encrypted" in str(exc):
            if is_encrypted(path):
                raise PassphraseRequired(
                    "the database is encrypted (or not a Briefer database): give the passphrase",
                    file=str(path),
                ) from None
            raise StoreError("not a Briefer database", file=str(path)) from None
        raise StoreError(f"cannot read the database ({exc})", file=str(path)) from None
    try:
        # Page 1 is sound; reading the whole schema may still hit a damaged page.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (sqlcipher3.DatabaseError, UnicodeDecodeError) as exc:
        # a damaged schema page can hold bytes that are not UTF-8: SQLite's "malformed database
        # schema" message quotes them and the driver fails decoding it — damaged all the same
        conn.close()
        _raise_if_disk(exc, path)
        raise DamagedDatabase(f"the database is damaged ({exc}) and was not opened", file=str(path)) from None
    return conn


def _raise_if_disk(exc: BaseException, path: Path) -> None:
    """Raise "the disk is full" (or "an input/output error") when that is what SQLite met."""
    found = disk_problem(exc, path, what=None)
    if found is not None:
        raise found from None


def configure(conn, path: Path) -> None:
    """Briefer's pragmas; the first statement that may write to the file."""
    try:
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal" and str(path) != ":memory:":
            raise StoreError(f"cannot switch the database to WAL mode (got {mode})", file=str(path))
        conn.execute("PRAGMA synchronous = FULL")
    except BaseException as exc:
        conn.close()  # refused, whatever the reason: no handle is left on the file (see open_keyed)
        if not isinstance(exc, sqlcipher3.Error):
            raise
        _raise_if_disk(exc, path)
        raise StoreError(f"cannot prepare the database ({exc})", file=str(path)) from None


def connect(path: Path, passphrase: str | None = None):
    """A raw connection with the key applied (if any) and Briefer's pragmas set."""
    conn = open_keyed(path, passphrase)
    configure(conn, path)
    return conn


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def usable_passphrase(passphrase: str) -> bool:
    """Can this text be given to SQLCipher at all? (No NUL, valid Unicode.)"""
    if "\x00" in passphrase:
        return False
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates, e.g. from undecodable bytes in the environment
        return False
    return True


def key_statement(passphrase: str) -> str:
    """``PRAGMA key`` for ``passphrase`` (PRAGMA takes no bound parameters, so it is quoted)."""
    return "PRAGMA key = " + _quote(passphrase)


def quick_check_rows(conn) -> list[str]:
    """SQLite's own quick check; ``["ok"]`` when sound."""
    try:
        return [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlcipher3.DatabaseError as exc:
        if isinstance(exc, sqlcipher3.OperationalError) and "interrupt" in str(exc):
            raise  # stopped (the app is quitting), not damage: nothing to report, no backup to look for
        return [str(exc)]


def quick_check(db: Database, path: Path, *, find_backup: Callable[[], str | None] | None = None) -> None:
    """Refuse a damaged file before anything is written to it."""
    rows = quick_check_rows(db.conn)
    if rows != ["ok"]:
        raise DamagedDatabase(
            "the database is damaged (" + "; ".join(rows[:3]) + ") and was not opened",
            file=str(path),
            newest_backup=find_backup() if find_backup else None,
        )


def _user_tables(db: Database) -> set[str]:
    return {
        r[0]
        for r in db.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
    }


def check_schema_version(db: Database, path: Path) -> None:
    """Refuse files that are not Briefer's, or written by a newer Briefer."""
    tables = _user_tables(db)
    if not tables:
        return
    if migrations.migrations_table not in tables:
        raise StoreError("not a Briefer database (it holds other tables)", file=str(path))
    applied = {
        r[0]
        for r in db.execute(
            f"SELECT name FROM {migrations.migrations_table} WHERE migration_set = ?", [MIGRATION_SET]
        )
    }
    if not applied:
        raise StoreError("not a Briefer database (it holds other tables)", file=str(path))
    unknown = applied - known_names()
    if unknown:
        raise StoreError(
            "this database was written by a newer version of Briefer "
            f"(unknown schema steps: {', '.join(sorted(unknown))}); update Briefer to open it",
            file=str(path),
        )


def _has_wal(path: Path) -> bool:
    try:
        return Path(str(path) + "-wal").stat().st_size > 0
    except OSError:
        return False


def pending_migrations(db: Database) -> list[str]:
    return [m.name for m in migrations.pending(db)]


def open_database(
    path: Path,
    passphrase: str | None = None,
    *,
    readonly_check: bool = True,
    newest_backup: Callable[[], str | None] | None = None,
    before_migration: Callable[[object], None] | None = None,
) -> Database:
    """Open (creating if absent), check and migrate the database at ``path``.

    The backups are the caller's business (this module knows no backup code, so the
    whole-file operations can build on it — see briefer/store/wholefile/opening.py,
    :func:`open_checked`): ``before_migration(conn)`` runs before the first migration
    step of an existing database, and ``newest_backup()`` names the backup to offer
    when the file is damaged.
    """
    existed = path.exists() and path.stat().st_size > 0

    def newest() -> str | None:
        return newest_backup() if newest_backup is not None else None

    probed = False
    if existed and readonly_check and _has_wal(path):
        # A WAL left behind (a crash, or another process at work): check through a read-only
        # connection first, so that a damaged or foreign file is refused without its WAL being
        # checkpointed into it — "never written to" holds for the -wal too.
        try:
            probe = Database(open_keyed(path, passphrase, readonly=True))
        except DamagedDatabase as exc:
            raise exc.with_backup(newest()) from None
        try:
            quick_check(probe, path, find_backup=newest)
            check_schema_version(probe, path)
        except sqlcipher3.Error as exc:
            raise StoreError(f"cannot read the database ({exc})", file=str(path)) from None
        finally:
            probe.close()
        probed = True  # checked: the read-write connection need not check the same pages again
    try:
        conn = open_keyed(path, passphrase)
    except DamagedDatabase as exc:
        raise exc.with_backup(newest()) from None
    db = Database(conn)
    try:
        if readonly_check and existed and not probed:
            quick_check(db, path, find_backup=newest)
        check_schema_version(db, path)  # another app's file is refused before anything is written
        configure(conn, path)
        if existed and migrations.migrations_table in _user_tables(db) and pending_migrations(db):
            if not readonly_check:
                quick_check(db, path, find_backup=newest)  # an unchecked file is never migrated
            if before_migration is not None:
                before_migration(conn)
        migrations.apply(db)
    except StoreError:
        db.close()
        raise
    except sqlcipher3.Error as exc:
        db.close()
        _raise_if_disk(exc, path)  # a full disk is said as everywhere else: where, and to free space
        raise StoreError(f"cannot prepare the database ({exc})", file=str(path)) from None
    return db
