"""Before a store opens its file: finish or undo what a killed operation left, create a missing file.

Both need the database alone (an exclusive hold), and both are rare, so the
common open pays only for a few ``stat`` calls. A new database is built under
a temporary name beside its final one — owner-only permissions from the first
byte, every migration applied — flushed, and only then renamed into place: a
first start killed (or out of space) half-way leaves no half-made file that
would later be refused as "not a Briefer database".
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from sqlite_utils import Database

from briefer.errors import BrieferError, StoreError
from briefer.store.wholefile.dbfiles import side_file
from briefer.store.wholefile.hold import EXCLUSIVE, SHARED_WAIT, DatabaseBusy, Hold
from briefer.store.wholefile.private import new_private_file
from briefer.store.wholefile.strays import find_strays, remove_strays


def _missing(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except FileNotFoundError:
        return True


def prepare_file(path: Path, passphrase: str | None, hold: Hold, *, backup_dir: Path | None) -> list[Path]:
    """Run before the shared hold is taken; returns the stray files it removed."""
    from briefer.store.wholefile.journal import journal_exists

    path = Path(path)
    removed: list[Path] = []
    strays = find_strays(path, backup_dir)
    pending = journal_exists(path)
    if strays or pending:
        # Only when nobody else has the database open: their temporary files look the same.
        if hold.try_acquire(EXCLUSIVE, 0):
            try:
                hold.announce("tidying")
                if pending:
                    # imported only here: sqlcipher's key handling and the chunked copies are not needed
                    # to open a file no crash left behind (most starts)
                    from briefer.store.wholefile.crypto import recover

                    try:
                        recover(path, passphrase, backup_dir=backup_dir)
                    except BrieferError:
                        # Cannot finish now (a full disk, a damaged copy): the database itself is whole
                        # under one key, so open it; the journal stays for the next start and
                        # 'briefer check' says so.
                        pass
                removed = remove_strays(path, backup_dir)
            finally:
                hold.release()
    if _missing(path):
        if not hold.try_acquire(EXCLUSIVE, SHARED_WAIT):
            raise DatabaseBusy(f"another Briefer is {hold.busy_with()} this database; try again when it is done",
                               file=str(path))
        try:
            hold.announce("creating")
            if _missing(path):  # another process may have created it while we waited
                create_database(path, passphrase)
        finally:
            hold.release()
    return removed


def create_database(path: Path, passphrase: str | None) -> None:
    """Build a complete new database beside ``path`` and rename it into place (under an exclusive hold)."""
    from briefer.store.db import configure, open_keyed
    from briefer.store.schema_snapshot import make_schema
    from briefer.store.wholefile.dbfiles import fsync_dir, fsync_file, remove_database

    tmp = path.with_name(f".{path.name}.creating-{uuid.uuid4().hex}")
    try:
        try:
            new_private_file(tmp)
        except OSError as exc:
            raise StoreError(f"cannot create the database ({exc.strerror or exc})", file=str(path)) from None
        conn = open_keyed(tmp, passphrase)
        db = Database(conn)
        try:
            configure(conn, tmp)
            make_schema(db)
            # Checkpoint now, where a failure is seen: on a full disk the checkpoint that close() runs
            # fails silently and leaves the tables in the WAL — renaming the file without it would put
            # a malformed database in place, refused for ever.
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy and busy[0]:
                raise StoreError("the new database could not be checkpointed", file=str(tmp))
        except Exception as exc:  # noqa: BLE001 — any failure leaves no file at ``path``
            raise StoreError(f"cannot create the database ({exc})", file=str(path)) from None
        finally:
            db.close()  # the last connection: checkpoints and removes the WAL
        if _missing(side_file(tmp, "-wal")) is False:  # what close() could not checkpoint stays out of place
            raise StoreError("cannot create the database (its first pages could not be written; "
                             "the disk may be full)", file=str(path))
        try:
            fsync_file(tmp)
            os.replace(tmp, path)
            fsync_dir(path.parent)
        except OSError as exc:
            raise StoreError(f"cannot create the database ({exc.strerror or exc})", file=str(path)) from None
    finally:
        remove_database(tmp)


def crash_left_wal(path: Path, hold: Hold) -> bool:
    """A non-empty WAL beside the database while no other Briefer has it open: a crash left it.

    Then even an unchecked open (a reading command, the desktop app) checks first, read-only:
    the read-write connection's close would otherwise checkpoint that WAL into a file that may
    be damaged. Leaves this process with the exclusive hold when True (the caller shares next).
    """
    try:
        if side_file(path, "-wal").stat().st_size == 0:
            return False
    except OSError:
        return False
    return hold.try_acquire(EXCLUSIVE, 0)


#: What :func:`briefer.store.db.check_schema_version` says about a file with tables but no Briefer schema step.
NOT_BRIEFERS = "not a Briefer database (it holds other tables)"


def _briefer_tables() -> set[str]:
    from briefer.store.db import connect
    from briefer.store.migrations import migrations

    db = Database(connect(Path(":memory:")))
    try:
        migrations.apply(db)
        return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        db.close()


def unfinished_creation(path: Path, passphrase: str | None) -> bool:
    """Did an older Briefer's interrupted first start leave this file? (Read-only; never writes.)

    Only Briefer's own tables, no schema step recorded, and no row anywhere but in the
    search index's bookkeeping: nothing in it can be lost by building the database anew.
    """
    import sqlcipher3

    from briefer.store.db import open_keyed

    try:
        conn = open_keyed(path, passphrase, readonly=True)
    except StoreError:
        return False
    try:
        tables = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
        if not tables or not tables <= _briefer_tables():
            return False
        for table in tables:
            if "_fts" in table:
                continue  # FTS5 keeps its own bookkeeping rows in an empty index
            if conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]:
                return False
        return True
    except sqlcipher3.Error:
        return False
    finally:
        conn.close()


def rebuild_unfinished(path: Path, passphrase: str | None, hold: Hold) -> bool:
    """Replace a file an interrupted first start left by a complete new database; False if it is not one.

    Called with no hold or a shared one; returns with none (the caller takes its shared hold again).
    """
    from briefer.store.wholefile.hold import EXCLUSIVE_WAIT

    if not hold.try_acquire(EXCLUSIVE, EXCLUSIVE_WAIT):
        return False
    try:
        hold.announce("creating")
        if not unfinished_creation(path, passphrase):
            return False
        create_database(path, passphrase)  # built beside, then renamed over the unfinished file
        return True
    finally:
        hold.release()


def open_checked(path: Path, passphrase: str | None = None, *, readonly_check: bool = True,
                 backup_dir: Path | None = None) -> Database:
    """:func:`briefer.store.db.open_database` with the backups wired in (when ``backup_dir`` is given).

    An existing database is backed up (online backup API, same key) before any migration
    step, and a damaged one is reported with the newest good backup found in ``backup_dir``.
    """
    from briefer.store.wholefile import backup
    from briefer.store.db import open_database

    if backup_dir is None:
        return open_database(path, passphrase, readonly_check=readonly_check)

    def newest() -> str | None:
        found = backup.newest_good_backup(backup_dir, passphrase)
        return found.name if found else None

    def before_migration(conn) -> None:
        backup.backup_connection(conn, path, passphrase, backup_dir, reason="migration")

    return open_database(path, passphrase, readonly_check=readonly_check, newest_backup=newest,
                         before_migration=before_migration)
