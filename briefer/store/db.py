"""Opening the database file: driver, pragmas, sanity checks and migrations.

The driver is ``sqlcipher3`` — a SQLite build with SQLCipher in it — for every
database, encrypted or not: one SQLite version everywhere (with FTS5), and an
encrypted file needs nothing different from the rest of the store. Without a
passphrase the file is a plain SQLite database that any SQLite tool can read.

Pragmas: WAL (readers never block the writer, a crash never tears a page),
``synchronous=FULL`` (a save that reported success survives power loss),
foreign keys on, a busy timeout so two processes wait for each other instead
of failing.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from sqlite_utils import Database

from briefer.errors import StoreError
from briefer.store.migrations import MIGRATION_SET, known_names, migrations

BUSY_TIMEOUT_MS = 10_000
DatabaseError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError
OperationalError = sqlcipher3.OperationalError


def connect(path: Path, passphrase: str | None = None):
    """A raw connection with the key applied (if any) and Briefer's pragmas set."""
    try:
        conn = sqlcipher3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlcipher3.Error as exc:
        raise StoreError(f"cannot open the database ({exc})", file=str(path)) from None
    try:
        if passphrase:
            conn.execute("PRAGMA key = " + _quote(passphrase))
        # The first real read tells whether the key is right and the file is SQLite.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if passphrase or "not a database" in str(exc) or "encrypted" in str(exc):
            raise StoreError(
                "wrong passphrase or not a Briefer database" if passphrase else
                "not a Briefer database (or it is encrypted: give the passphrase)",
                file=str(path),
            ) from None
        raise StoreError(f"cannot read the database ({exc})", file=str(path)) from None
    return conn


def set_journal(conn, path: Path) -> None:
    """Switch to WAL with full sync — only after the file has been checked, as it writes the header."""
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal" and str(path) != ":memory:":
        raise StoreError(f"cannot switch the database to WAL mode (got {mode})", file=str(path))
    conn.execute("PRAGMA synchronous = FULL")


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def quick_check(db: Database, path: Path) -> None:
    """Refuse a damaged file before anything is written to it."""
    try:
        rows = [r[0] for r in db.execute("PRAGMA quick_check").fetchall()]
    except sqlcipher3.DatabaseError as exc:
        raise StoreError(f"the database is damaged ({exc}); restore a backup", file=str(path)) from None
    if rows != ["ok"]:
        raise StoreError(
            "the database is damaged (" + "; ".join(rows[:3]) + "); restore a backup",
            file=str(path),
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


def pending_migrations(db: Database) -> list[str]:
    return [m.name for m in migrations.pending(db)]


def open_database(path: Path, passphrase: str | None = None, *, readonly_check: bool = True) -> Database:
    """Open (creating if absent) and migrate the database at ``path``."""
    conn = connect(path, passphrase)
    db = Database(conn)
    try:
        if readonly_check and path.exists() and path.stat().st_size > 0:
            quick_check(db, path)
        check_schema_version(db, path)
        set_journal(conn, path)
        migrations.apply(db)
    except StoreError:
        db.close()
        raise
    except sqlcipher3.Error as exc:
        db.close()
        raise StoreError(f"cannot prepare the database ({exc})", file=str(path)) from None
    return db
