"""Automatic and manual backups with SQLite's online backup API.

Every backup in the ``backups/`` folder beside the database is named
``briefer-YYYYMMDDTHHMMSSffffffZ-REASON.<ext>`` (UTC), so the name alone says
when and why it was made and sorts by age. A backup is first copied with the
online backup API to a temporary name in the same folder and checked
(``quick_check``); then:

* a plain database's backup is kept *incrementally* (``.json``, see
  :mod:`briefer.store.wholefile.chunks`): a manifest naming compressed 256 KiB
  chunks in a store shared by all backups, so a backup costs only the chunks that
  changed since the others; the temporary copy is then deleted;
* an encrypted database's backup is kept incrementally too (``.json`` with
  ``"encrypted": true``): the copy is keyed before the first page is copied, so no
  page is ever written in clear, and it is given the salt of the previous
  encrypted backup; its chunks are the *encrypted* bytes, and a chunk whose pages
  hold the same plaintext as the previous backup's chunk at the same place is
  replaced by that chunk (compared in memory, see
  :mod:`briefer.store.wholefile.cipherpages`) — SQLCipher's fresh IV per page
  would otherwise make every chunk new;
* whole ``.sqlite`` backups (encrypted ones made by earlier versions, and those
  conversions write) are listed, restored and rotated like the others.

A half-written backup never carries a backup's name.

Rotation keeps the 10 newest backups plus the newest of each of the last 14
days (UTC calendar days); everything older is deleted.

A backup that may run while the app writes (:func:`snapshot_backup`, the daily
one) reads through a connection of its own inside one read transaction: in WAL
mode that is a fixed snapshot, so the copy is the database as it was when the
backup began, writes go on meanwhile, and the copy is made in steps that can be
stopped (Briefer quitting does not wait for a 600 MB copy; the next start takes
the day's backup again).

Taken automatically at the first open of each day (:func:`daily_backup_if_due`),
before every migration (``db.open_database``) and before every import
(:func:`backup_before_import`, or :func:`backup_committed_state` once an import knows
it will write); ``briefer restore`` backs up the current file
first.
"""

from __future__ import annotations

import dataclasses
import os
import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import sqlcipher3

from briefer.disk import disk_problem
from briefer.errors import NotFound, StoreError
from briefer.store.db import WrongPassphrase, key_statement, open_keyed, quick_check_rows
from briefer.store.wholefile import chunks
from briefer.store.wholefile.private import copy_private, new_private_file
from briefer.store.wholefile.dbfiles import fsync_dir, fsync_file, remove_database, side_file

if TYPE_CHECKING:
    from briefer.store.store import Store

KEEP_LAST = 10
KEEP_DAYS = 14
REASONS = ("manual", "daily", "migration", "import", "restore", "damaged")
#: Pages copied per step of a backup that can be stopped (4 MB with 4 KB pages: a few ms per step).
STEP_PAGES = 1024
#: Plain databases are backed up incrementally (chunks); False makes whole ``.sqlite`` copies as
#: before (kept for the benchmark's "before" figures and for tests of folders that hold both kinds).
INCREMENTAL = True
#: The same for encrypted databases (False: whole encrypted ``.sqlite`` copies, as before).
INCREMENTAL_ENCRYPTED = True
_NAME = re.compile(r"^briefer-(\d{8}T\d{6})(\d{6})?Z-([a-z]+)(?:-\d+)?\.(sqlite|json)$")


class BackupCancelled(StoreError):
    """A backup stopped on request (the app is quitting); nothing was kept, nothing changed."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup, described by its name: a whole ``.sqlite`` file or a chunked ``.json`` manifest."""

    name: str
    path: Path
    created: datetime  # UTC
    reason: str
    size: int  # bytes of the database it restores
    #: bytes this backup added to the folder when it was made (None when not known)
    added: int | None = None

    @property
    def chunked(self) -> bool:
        return self.path.suffix == chunks.MANIFEST_SUFFIX

    @property
    def day(self):
        return self.created.date()


def backup_dir_for(database: Path) -> Path:
    """Where the backups of ``database`` live (``backups/`` beside it, as ``Paths.backups``)."""
    return Path(database).parent / "backups"


def _parse(path: Path) -> BackupInfo | None:
    m = _NAME.match(path.name)
    if not m:
        return None
    created = datetime.strptime(m.group(1) + (m.group(2) or "000000"), "%Y%m%dT%H%M%S%f").replace(tzinfo=timezone.utc)
    try:
        size = path.stat().st_size
    except OSError:
        return None
    if m.group(4) == "json":
        size = chunks.manifest_size(path)
    return BackupInfo(path.name, path, created, m.group(3), size)


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """All backups in ``backup_dir``, newest first."""
    if not backup_dir.is_dir():
        return []
    found = [b for b in (_parse(p) for p in backup_dir.iterdir() if p.is_file()) if b]
    return sorted(found, key=lambda b: (b.created, b.name), reverse=True)


def find_backup(backup_dir: Path, name: str) -> BackupInfo:
    """The backup called ``name`` (a full name, or a unique prefix of one)."""
    backups = list_backups(backup_dir)
    # By its stem too: encrypting turns "X.json" into "X.sqlite", and a name noted earlier still finds it.
    stem = next((name[: -len(ext)] for ext in (".sqlite", chunks.MANIFEST_SUFFIX) if name.endswith(ext)), name)
    exact = [b for b in backups if b.name == name or b.path.stem == stem]
    if exact:
        return exact[0]
    prefix = [b for b in backups if b.name.startswith(name)] if name else []
    if len(prefix) == 1:
        return prefix[0]
    if len(prefix) > 1:
        raise NotFound(f"{name!r} matches {len(prefix)} backups; give the full name (see 'briefer backups')")
    raise NotFound(f"no backup called {name!r} (see 'briefer backups')", file=str(backup_dir))


def _new_name(backup_dir: Path, reason: str, now: datetime, ext: str = ".sqlite") -> Path:
    stamp = now.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")

    def taken(stem: str) -> bool:  # one stem, one backup, whatever its kind
        return any((backup_dir / f"{stem}{e}").exists() for e in (".sqlite", chunks.MANIFEST_SUFFIX))

    stem = f"briefer-{stamp}-{reason}"
    n = 1
    while taken(stem):
        n += 1
        stem = f"briefer-{stamp}-{reason}-{n}"
    return backup_dir / f"{stem}{ext}"


def verify_file(path: Path, passphrase: str | None) -> bool:
    """True when ``path`` opens with ``passphrase`` and passes ``quick_check``."""
    try:
        conn = open_keyed(path, passphrase)
    except StoreError:
        return False
    try:
        return quick_check_rows(conn) == ["ok"]
    finally:
        conn.close()


def verify_backup(backup: BackupInfo, passphrase: str | None) -> bool:
    """True when the backup can be restored exactly: a whole file that opens with ``passphrase`` and
    passes ``quick_check``, or a chunked backup whose every chunk and whole checksum match (and,
    when it is encrypted, whose key ``passphrase`` is)."""
    if backup.chunked:
        if chunks.is_encrypted_manifest(backup.path) and chunked_key_matches(backup.path, passphrase) is not True:
            return False
        return chunks.verify(backup.path)
    return verify_file(backup.path, passphrase)


def chunked_key_matches(manifest: Path, passphrase: str | None) -> bool | None:
    """Does ``passphrase`` decrypt the first page of an encrypted chunked backup? (One key derivation;
    the full proof is the restore's ``quick_check`` by SQLCipher on the rebuilt file.) None when that
    cannot be told because the manifest or its first chunk is damaged or missing."""
    from briefer.store.wholefile.cipherpages import PageKey

    try:
        body = chunks.read_manifest(manifest)
        first = chunks.stored_chunk(manifest.parent, body["chunks"][0]) if body["chunks"] else None
        salt = bytes.fromhex(body.get("salt", ""))
    except (StoreError, ValueError, TypeError):
        return None
    if first is None:
        return None
    return bool(passphrase) and PageKey.derive(passphrase, salt).opens(first)


def rebuild_backup(backup: BackupInfo, target: Path) -> None:
    """Write the database file the backup holds to the new file ``target`` (a whole copy for
    ``.sqlite``; reassembled and checked against its checksums for a chunked backup)."""
    from briefer.store.wholefile.swap import copy_db_file

    if backup.chunked:
        try:
            chunks.rebuild(backup.path, target)
        except OSError as exc:
            raise disk_problem(exc, target, what="the restored copy") or StoreError(
                f"cannot rebuild the backup ({exc.strerror or exc})", file=str(backup.path)) from None
    else:
        copy_db_file(backup.path, target)


def backup_connection(
    conn, database: Path, passphrase: str | None, backup_dir: Path, *, reason: str = "manual",
    now: datetime | None = None, prune: bool = True, cancel: Callable[[], bool] | None = None,
) -> BackupInfo:
    """Copy the database behind ``conn`` into a new backup file (same key) and rotate.

    ``cancel``: asked between steps of :data:`STEP_PAGES` pages; when it returns true the
    copy stops and :class:`BackupCancelled` is raised (the partial file is removed). Only for
    a connection inside its own read transaction (:func:`snapshot_backup`): otherwise a
    write between two steps would make SQLite start the copy again.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if conn.in_transaction and cancel is None:
        # SQLite's backup of a connection inside its own write transaction never
        # finishes; and the backup must show the state *before* the import anyway.
        raise RuntimeError("take the backup before store.write() begins, not inside it")
    now = now or datetime.now(timezone.utc)
    try:
        backup_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the backup folder ({exc.strerror or exc})", file=str(backup_dir)) from None
    incremental = INCREMENTAL_ENCRYPTED if passphrase else INCREMENTAL
    salt = _previous_salt(backup_dir) if incremental and passphrase else None
    final = _new_name(backup_dir, reason, now, chunks.MANIFEST_SUFFIX if incremental else ".sqlite")
    tmp = backup_dir / f".partial-{uuid.uuid4().hex}.sqlite"
    added = None
    try:
        new_private_file(tmp)  # owner-only from the first page copied (SQLite takes the empty file as new)
        dest = sqlcipher3.connect(str(tmp))
        try:
            dest.execute("PRAGMA cipher_log_level = NONE")
            if passphrase:
                dest.execute(key_statement(passphrase))
                if salt is not None:  # the previous backup's: the same page key, so equal pages can be kept
                    dest.execute(f"PRAGMA cipher_salt = \"x'{salt.hex()}'\"")
            if cancel is None:
                conn.backup(dest)
            else:
                def step(_status, _remaining, _total):
                    if cancel():
                        raise BackupCancelled("the backup was stopped before it was complete; nothing was kept",
                                              file=str(final))

                if cancel():
                    step(0, 0, 0)
                conn.backup(dest, pages=STEP_PAGES, progress=step)
            dest.execute("PRAGMA journal_mode = DELETE")
            # Checked on the keyed destination itself: one key derivation less per backup.
            if quick_check_rows(dest) != ["ok"]:
                raise StoreError("the new backup did not pass its check; it was discarded", file=str(final))
        finally:
            dest.close()
        if incremental:
            added = _keep_chunked(tmp, backup_dir, final, reason, now, cancel, passphrase)
        else:
            fsync_file(tmp)
            if os.name == "posix":
                os.chmod(tmp, 0o600)  # confidential: readable by the owner only
            os.replace(tmp, final)
            fsync_dir(backup_dir)
    except (sqlcipher3.Error, OSError) as exc:
        found = disk_problem(exc, tmp, what="the backup")
        if found is not None:
            raise found from None
        if isinstance(exc, sqlcipher3.Error):
            raise StoreError(f"the backup failed ({exc})", file=str(final)) from None
        raise StoreError(f"the backup failed ({exc.strerror or exc})", file=str(final)) from None
    finally:
        remove_database(tmp)
    info = _parse(final)
    assert info is not None
    info = dataclasses.replace(info, added=added if incremental else info.size)
    if prune:
        prune_backups(backup_dir, now=now)
    return info


def _previous_encrypted(backup_dir: Path) -> dict | None:
    """The manifest of the newest encrypted chunked backup that can be read (None when there is none)."""
    for b in list_backups(backup_dir):
        if b.chunked and b.reason != "damaged":
            try:
                body = chunks.read_manifest(b.path)
            except StoreError:
                continue
            if body.get("encrypted") is True and isinstance(body.get("salt"), str):
                return body
    return None


def _previous_salt(backup_dir: Path) -> bytes | None:
    from briefer.store.wholefile.cipherpages import SALT_SIZE

    body = _previous_encrypted(backup_dir)
    try:
        salt = bytes.fromhex(body["salt"]) if body else None
    except ValueError:
        return None
    return salt if salt is not None and len(salt) == SALT_SIZE else None


def _reuse_previous(image: Path, backup_dir: Path, passphrase: str):
    """``reuse`` for :func:`chunks.store_image`: the previous encrypted backup's chunk at the same place
    when its pages decrypt to the same plaintext as the new copy's (None: nothing to compare with)."""
    from briefer.store.wholefile.cipherpages import PageKey, salt_of

    previous = _previous_encrypted(backup_dir)  # read again under the hold: its chunks stay while we look
    with open(image, "rb") as fh:
        head = fh.read(chunks.CHUNK_SIZE)
    salt = salt_of(head)
    if previous is None or previous["salt"] != salt.hex():
        return None
    key = PageKey.derive(passphrase, salt)
    if not key.opens(head):
        return None  # not SQLCipher's default layout: store every chunk (costs space, never correctness)
    old_ids = previous["chunks"]

    def reuse(n: int, data: bytes) -> tuple[str, bytes] | None:
        if n >= len(old_ids):
            return None
        old = chunks.stored_chunk(backup_dir, old_ids[n])
        if old is None or not key.same_pages(data, old, n * chunks.CHUNK_SIZE):
            return None
        return old_ids[n], old

    return reuse


def _keep_chunked(image: Path, backup_dir: Path, final: Path, reason: str, now: datetime,
                  cancel: Callable[[], bool] | None, passphrase: str | None = None) -> int:
    """Store the checked copy ``image`` as chunks plus the manifest ``final``; returns the bytes added.

    An encrypted copy is stored as it is (its encrypted bytes, uncompressed), reusing the previous
    encrypted backup's chunks where the plaintext is the same."""
    with chunks.chunk_hold(backup_dir, "shared", chunks.LOCK_WAIT) as held:
        if not held:
            raise StoreError("the backup folder is being tidied by another Briefer; try again", file=str(final))
        try:
            if passphrase:
                fields = chunks.store_image(image, backup_dir, cancel=cancel, compress=False,
                                            reuse=_reuse_previous(image, backup_dir, passphrase))
                with open(image, "rb") as fh:
                    fields["salt"] = fh.read(16).hex()
                fields["encrypted"] = True
            else:
                fields = chunks.store_image(image, backup_dir, cancel=cancel)
        except chunks.Cancelled:
            raise BackupCancelled("the backup was stopped before it was complete; nothing was kept",
                                  file=str(final)) from None
        created = now.astimezone(timezone.utc).isoformat()
        chunks.write_manifest(final, fields, reason=reason, created=created)
    return fields["added"] + final.stat().st_size  # the new chunks and the manifest itself


def backup_file(database: Path, passphrase: str | None, backup_dir: Path, reason: str = "manual") -> BackupInfo:
    """A backup of a closed database file (read-only: nothing of it is written), e.g. just before the
    app converts it to a new passphrase — then a backup exists even when the day's has not run yet."""
    conn = open_keyed(database, passphrase, readonly=True)
    try:
        return backup_connection(conn, database, passphrase, backup_dir, reason=reason)
    finally:
        conn.close()


def create_backup(store: "Store", reason: str = "manual", *, now: datetime | None = None) -> BackupInfo:
    """Back up an open store (encrypted with its key when it is encrypted)."""
    if store.path is None:
        raise StoreError("an in-memory database has no backups")
    return backup_connection(
        store.db.conn, store.path, store.passphrase, store.backup_dir, reason=reason, now=now
    )


def backup_before_import(store: "Store") -> BackupInfo | None:
    """The backup every importer takes before it writes (nothing to keep for an empty database)."""
    if store.path is None or store.is_empty():
        return None
    return create_backup(store, "import")


def backup_committed_state(store: "Store", reason: str = "import") -> BackupInfo | None:
    """Back up the database as last committed — callable inside the store's own write transaction.

    The copy is read through a second connection: in WAL mode a reader sees the
    last committed state and none of the open transaction's changes (not even
    pages it has spilled into the WAL). So an importer can first find out
    whether there is anything to write at all, and only then, before its
    commit, keep the state it is about to change: a bundle imported a second
    time costs no backup. Nothing to keep for an in-memory store.
    """
    if store.path is None:
        return None
    conn = open_keyed(store.path, store.passphrase)
    try:
        return backup_connection(conn, store.path, store.passphrase, store.backup_dir, reason=reason)
    finally:
        conn.close()


def snapshot_backup(store: "Store", reason: str = "daily", *, now: datetime | None = None,
                    cancel: Callable[[], bool] | None = None) -> BackupInfo:
    """Back up the database as committed when this starts, while others may go on writing.

    Read through a second connection holding one read transaction (a WAL snapshot), in
    steps, so it can run beside the app's own writes and be stopped with ``cancel``.
    """
    if store.path is None:
        raise StoreError("an in-memory database has no backups")
    conn = open_keyed(store.path, store.passphrase)
    try:
        conn.isolation_level = None
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
        return backup_connection(conn, store.path, store.passphrase, store.backup_dir, reason=reason, now=now,
                                 cancel=cancel or (lambda: False))
    finally:
        conn.close()


def daily_backup_if_due(store: "Store", *, now: datetime | None = None,
                        cancel: Callable[[], bool] | None = None) -> BackupInfo | None:
    """At the first open of a (UTC) day, back up a non-empty database.

    With ``cancel`` it is a :func:`snapshot_backup` (for the app: writes go on meanwhile, and
    quitting stops it); without, the store's own connection copies it in one step.
    """
    if store.path is None:
        return None
    now = now or datetime.now(timezone.utc)
    today = now.astimezone(timezone.utc).date()
    if any(b.day == today for b in list_backups(store.backup_dir)):
        return None
    if store.is_empty():
        return None
    if cancel is not None:
        return snapshot_backup(store, "daily", now=now, cancel=cancel)
    return create_backup(store, "daily", now=now)


def backups_to_delete(backups: list[BackupInfo], *, now: datetime,
                      keep_last: int = KEEP_LAST, keep_days: int = KEEP_DAYS) -> list[BackupInfo]:
    """Which backups rotation removes: all but the newest ``keep_last`` and one per recent day."""
    ordered = sorted(backups, key=lambda b: (b.created, b.name), reverse=True)
    keep = {b.name for b in ordered[:keep_last]}
    first_day = now.astimezone(timezone.utc).date() - timedelta(days=keep_days - 1)
    seen_days = set()
    for b in ordered:
        if b.day >= first_day and b.day not in seen_days:
            seen_days.add(b.day)
            keep.add(b.name)
    return [b for b in ordered if b.name not in keep]


def prune_backups(backup_dir: Path, *, now: datetime | None = None) -> list[BackupInfo]:
    """Rotate: delete the backups :func:`backups_to_delete` names, then the chunks no backup uses."""
    now = now or datetime.now(timezone.utc)
    doomed = backups_to_delete(list_backups(backup_dir), now=now)
    for b in doomed:
        try:
            b.path.unlink()
        except FileNotFoundError:
            pass
    if doomed:
        fsync_dir(backup_dir)  # the manifests are gone for good before any chunk they named goes
    chunks.collect_garbage(backup_dir)
    return doomed


def newest_good_backup(backup_dir: Path, passphrase: str | None) -> BackupInfo | None:
    """The newest backup that opens with ``passphrase`` and passes ``quick_check``."""
    for b in list_backups(backup_dir):
        if b.reason != "damaged" and verify_backup(b, passphrase):
            return b
    return None


def restore_backup(database: Path, name: str, passphrase: str | None, *,
                   backup_dir: Path | None = None) -> tuple[BackupInfo, BackupInfo | None]:
    """Make backup ``name`` the database again; the current file is backed up first.

    Returns (the restored backup, the backup of the file it replaced). The
    backup is checked with the current passphrase before anything is touched;
    a damaged current file is kept byte for byte (reason ``damaged``) because
    the online backup API cannot read it. Refused while another process has
    the database open.
    """
    from briefer.store.wholefile.hold import exclusive

    database = Path(database)
    backup_dir = backup_dir or backup_dir_for(database)
    find_backup(backup_dir, name)  # a mistyped name is reported before waiting for anyone
    # Alone with the database: nobody opens it (they wait or refuse) until the backup is in place.
    with exclusive(database, "restoring"):
        return _restore(database, name, passphrase, backup_dir)


def _restore(database: Path, name: str, passphrase: str | None,
             backup_dir: Path) -> tuple[BackupInfo, BackupInfo | None]:
    from briefer.store.wholefile.swap import copy_db_file, replace_database

    chosen = find_backup(backup_dir, name)
    if chosen.reason == "damaged":
        raise StoreError("this copy was kept because it is damaged; choose another backup", file=str(chosen.path))
    tmp = database.with_name(f".{database.name}.restoring-{uuid.uuid4().hex}")
    try:
        if chosen.chunked:
            # Rebuilt and checked (every chunk's and the whole file's SHA-256, then quick_check)
            # before anything is touched: a missing or damaged chunk changes nothing.
            key = None
            if chunks.is_encrypted_manifest(chosen.path):
                _check_chunked_key(chosen, passphrase)
                key = passphrase
            try:
                rebuild_backup(chosen, tmp)
            except chunks.BackupDamaged as exc:
                raise chunks.BackupDamaged(f"{exc.message}; nothing was changed", file=str(chosen.path)) from None
            if not verify_file(tmp, key):
                raise StoreError(f"backup {chosen.name} does not pass its check; nothing was changed",
                                 file=str(chosen.path))
        elif not verify_file(chosen.path, passphrase):
            if passphrase is None and _is_encrypted_file(chosen.path):
                raise WrongPassphrase("this backup is encrypted; give its passphrase", file=str(chosen.path))
            raise WrongPassphrase(
                "this backup does not open with the passphrase given, or is damaged; nothing was changed",
                file=str(chosen.path),
            )
        safety = None
        if database.exists() and database.stat().st_size > 0:
            safety = _backup_current(database, passphrase, backup_dir)
        if not chosen.chunked:
            copy_db_file(chosen.path, tmp)
        replace_database(tmp, database, passphrase)
    finally:
        remove_database(tmp)
    return chosen, safety


def _check_chunked_key(chosen: BackupInfo, passphrase: str | None) -> None:
    """Refuse an encrypted chunked backup the passphrase does not open, before anything is rebuilt."""
    if not passphrase:
        raise WrongPassphrase("this backup is encrypted; give its passphrase", file=str(chosen.path))
    if chunked_key_matches(chosen.path, passphrase) is False:  # None: damaged, which the rebuild reports
        raise WrongPassphrase("this backup does not open with the passphrase given, or is damaged; "
                              "nothing was changed", file=str(chosen.path))


def _is_encrypted_file(path: Path) -> bool:
    from briefer.store.db import is_encrypted

    return is_encrypted(path)


def _backup_current(database: Path, passphrase: str | None, backup_dir: Path) -> BackupInfo:
    if not _is_encrypted_file(database):
        passphrase = None  # a plain database being replaced by an encrypted backup
    try:
        # Read-only: a damaged file's WAL must not be checkpointed into it before it is kept as it is.
        conn = open_keyed(database, passphrase, readonly=True)
    except WrongPassphrase:
        raise
    except StoreError:
        conn = None
    if conn is not None:
        try:
            if quick_check_rows(conn) == ["ok"]:
                return backup_connection(conn, database, passphrase, backup_dir, reason="restore", prune=False)
        finally:
            conn.close()
    # Damaged: keep the bytes as they are (with the WAL, which may hold the last saves).
    now = datetime.now(timezone.utc)
    backup_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = _new_name(backup_dir, "damaged", now)
    try:
        for suffix in ("", "-wal"):
            src = side_file(database, suffix)
            if src.exists():
                copy_private(src, side_file(target, suffix))  # owner-only, like every backup
    except OSError as exc:
        remove_database(target)  # never a short copy listed as the damaged file
        raise disk_problem(exc, target, what="the copy of the damaged database") or StoreError(
            f"cannot keep a copy of the damaged database ({exc.strerror or exc}); nothing was changed",
            file=str(target)) from None
    info = _parse(target)
    assert info is not None
    return info
