"""Encrypting, decrypting and re-keying a database file with SQLCipher.

Every conversion follows the same path, so a failure at any point leaves the
original intact:

1. open the file with its current key and ``quick_check`` it;
2. ``sqlcipher_export`` everything into a NEW file beside it (``ATTACH … KEY``
   with the new key, or an empty key for a plain file);
3. verify the new file: it opens with the new key, passes ``integrity_check``
   and holds exactly as many rows in every table as the original;
4. ``os.replace`` it over the original (see :mod:`briefer.store.wholefile.swap`).

The backups (and whole copies set aside beside the database, e.g. by
``briefer demo --force``) are converted the same way afterwards, so that
encrypting leaves no plaintext copy behind and changing the passphrase leaves no backup that
only the old passphrase opens. (A backup that cannot be converted — damaged,
or made under yet another passphrase — is left alone and reported.)

Incremental backups (``.json`` manifests over a chunk store, see
:mod:`briefer.store.wholefile.chunks`) hold either a plain image or an encrypted
one. A conversion turns each one that is not already what the database becomes
into a whole ``.sqlite`` backup of the same name under the new key (encrypting a
plain one, re-keying or decrypting an encrypted one) and then deletes the chunks
no manifest names, so no plaintext chunk stays after encrypting and no chunk only
the old passphrase opens stays after re-keying; decrypting leaves plain ones as
they are. The next backups are incremental again.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3
from sqlite_utils import Database

from briefer.errors import NotFound, Refused, StoreError
from briefer.store.wholefile import backup as backup_mod
from briefer.store.wholefile import chunks
from briefer.store.db import DamagedDatabase, check_schema_version, is_encrypted, open_keyed, quick_check_rows, usable_passphrase
from briefer.store.wholefile.dbfiles import fsync_dir, fsync_file, remove_database, side_file
from briefer.store.wholefile.keyed_cache import forget_all
from briefer.store.wholefile.swap import refuse_if_in_use, replace_database

MIN_PASSPHRASE_LENGTH = 8


@dataclass
class ConversionResult:
    database: Path
    encrypted: bool
    rows: int
    backups_converted: list[str] = field(default_factory=list)
    backups_left: list[str] = field(default_factory=list)


def check_new_passphrase(passphrase: str | None) -> str:
    """Refuse passphrases that protect nothing."""
    if not passphrase or not passphrase.strip():
        raise Refused("the passphrase must not be empty")
    if not usable_passphrase(passphrase):
        raise Refused("the passphrase contains a character that cannot be used (a NUL or an invalid character)")
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise Refused(f"the passphrase must be at least {MIN_PASSPHRASE_LENGTH} characters long")
    return passphrase


def _table_counts(conn, schema: str = "main") -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    ]
    return {n: conn.execute(f"SELECT count(*) FROM {schema}.[{n}]").fetchone()[0] for n in names}


def export_file(source: Path, target: Path, old: str | None, new: str | None, *, exclusive: bool = False) -> int:
    """Write a verified copy of ``source`` (key ``old``) to the new file ``target`` (key ``new``).

    Returns the number of rows copied. ``target`` must not exist; on any
    failure it is removed and the error raised. With ``exclusive``, the
    source's WAL is checkpointed and the export refused if another process
    has ``source`` open (see :mod:`briefer.store.wholefile.swap`).
    """
    from briefer.store.wholefile.private import new_private_file

    try:
        new_private_file(target)  # owner-only from the first byte; SQLite takes an empty file as a new database
    except OSError as exc:
        raise StoreError(f"cannot write the converted copy ({exc.strerror or exc}); the original is unchanged",
                         file=str(source)) from None
    try:
        conn = open_keyed(source, old)
        try:
            # Rebuilding the indexes in the copy sorts their keys: in memory, never in a plaintext temp file.
            conn.execute("PRAGMA temp_store = MEMORY")
            rows = quick_check_rows(conn)
            if rows != ["ok"]:
                raise DamagedDatabase("the database is damaged (" + "; ".join(rows[:3]) + "); it was not converted",
                                      file=str(source))
            check_schema_version(Database(conn), source)  # another application's file is not ours to convert
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute("ATTACH DATABASE ? AS converted KEY ?", [str(target), new or ""])
            # One transaction for the whole copy: left to autocommit, each of its ~100 statements (a table, an
            # index, a table's rows) was committed and flushed on its own — 10× the time on a small database.
            conn.execute("BEGIN")
            conn.execute("SELECT sqlcipher_export('converted')").fetchall()
            conn.execute(f"PRAGMA converted.user_version = {int(version)}")
            conn.commit()
            conn.execute("DETACH DATABASE converted")
            expected = _table_counts(conn)
            if exclusive:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            conn.close()
        if exclusive:
            refuse_if_in_use(source)
        check = open_keyed(target, new)
        try:
            problems = [str(r[0]) for r in check.execute("PRAGMA integrity_check").fetchall()]
            if problems != ["ok"]:
                raise StoreError("the converted copy failed its integrity check (" + "; ".join(problems[:3])
                                 + "); the original is unchanged", file=str(source))
            got = _table_counts(check)
            if got != expected:
                raise StoreError("the converted copy does not hold the same rows; the original is unchanged",
                                 file=str(source))
        finally:
            check.close()
        fsync_file(target)
        return sum(expected.values())
    except sqlcipher3.Error as exc:
        remove_database(target)
        raise StoreError(f"conversion failed ({exc}); the original is unchanged", file=str(source)) from None
    except BaseException:
        remove_database(target)
        raise


def _convert(database: Path, old: str | None, new: str | None, *, backup_dir: Path | None) -> ConversionResult:
    """One recoverable conversion: journal, then every file, then no journal (see wholefile/journal.py).

    The journal is keyed with the passphrase the database has while the copies are converted,
    so encrypting and re-keying convert the database first and decrypting converts it last.
    """
    from briefer.store.wholefile.journal import remove_journal, write_journal

    if not database.exists() or database.stat().st_size == 0:
        raise NotFound("there is no database to convert yet", file=str(database))
    folder = backup_dir or backup_mod.backup_dir_for(database)
    result = ConversionResult(database, bool(new), 0)
    write_journal(database, old, new)
    copies = _copies(database, folder, result)
    if new is not None:
        try:
            result.rows = _convert_database(database, old, new)
        except BaseException:
            remove_journal(database)  # the database is as it was and no copy was touched yet
            raise
        _convert_copies(copies, old, new, result)
    else:
        _convert_copies(copies, old, new, result)
        try:
            result.rows = _convert_database(database, old, new)
        except Exception:
            # A failure (not a kill): give the copies their key back, so everything is as it was
            # (listed again: an incremental backup is a whole .sqlite copy by now).
            undo = ConversionResult(database, True, 0)
            _convert_copies(_copies(database, folder, undo), None, old, undo)
            remove_journal(database)
            raise
    remove_journal(database)
    return result


def _convert_database(database: Path, old: str | None, new: str | None) -> int:
    """Export ``database`` under key ``new`` beside it and swap it in; nothing to do when it already has it."""
    if _has_key(database, new):
        conn = open_keyed(database, new)
        try:
            return sum(_table_counts(conn).values())
        finally:
            conn.close()
    tmp = database.with_name(f".{database.name}.converting-{uuid.uuid4().hex}")
    try:
        rows = export_file(database, tmp, old, new, exclusive=True)
        replace_database(tmp, database, old, checked=True)
    finally:
        remove_database(tmp)
    return rows


def _has_key(path: Path, key: str | None) -> bool:
    """Is ``path`` already under ``key`` (None = a plain file)?"""
    if bool(key) != is_encrypted(path):
        return False
    return backup_mod.verify_file(path, key)


def _copies(database: Path, folder: Path, result: ConversionResult) -> list[Path]:
    backups = backup_mod.list_backups(folder)
    result.backups_left += [b.name for b in backups if b.reason == "damaged"]
    return [b.path for b in backups if b.reason != "damaged"] + set_aside_copies(database)


def recover(database: Path, passphrase: str | None, *, backup_dir: Path | None = None) -> ConversionResult | None:
    """Finish (or drop) the conversion a killed process left in its journal; call under an exclusive hold.

    Returns the finished conversion, or None when there was nothing to finish.
    """
    from briefer.store.wholefile.journal import journal_exists, read_journal, remove_journal

    database = Path(database)
    if not journal_exists(database):
        return None
    keys = read_journal(database, passphrase)
    if keys is None:
        # Not the passphrase the database has during the copies: either nothing was converted yet
        # (the database still opens with what we were given), or we cannot tell — then leave it.
        current = passphrase if is_encrypted(database) else None
        if database.exists() and backup_mod.verify_file(database, current):
            remove_journal(database)
        return None
    old, new = keys
    return _convert(database, old, new, backup_dir=backup_dir)


def set_aside_copies(database: Path) -> list[Path]:
    """Whole databases kept beside the current one (``briefer demo --force`` sets them aside)."""
    return sorted(p for p in database.parent.glob(f"{database.stem}-*{database.suffix}") if p.is_file())


def _convert_copies(copies: list[Path], old: str | None, new: str | None, result: ConversionResult) -> None:
    """Give backups and set-aside copies the new key too (each written beside itself, then swapped).

    One already under the new key is skipped (a resumed conversion); a plain one met while
    encrypting is encrypted too, whatever ``old`` is — no plaintext copy stays behind.
    """
    for path in copies:
        if path.suffix == chunks.MANIFEST_SUFFIX:
            encrypted = chunks.is_encrypted_manifest(path)
            if new is not None or encrypted:
                _convert_chunked(path, old if encrypted else None, new, result)
            continue
        if _has_key(path, new):
            continue
        source_key = None if new is not None and not is_encrypted(path) else old
        _convert_copy(path, source_key, new, result)
    for folder in {p.parent for p in copies}:
        fsync_dir(folder)
        chunks.collect_garbage(folder)  # the chunks of the backups just converted (plaintext, or the old key's)


def _convert_chunked(manifest: Path, old: str | None, new: str | None, result: ConversionResult) -> None:
    """Replace an incremental backup (image under key ``old``) by a whole backup under key ``new``, same
    name but ``.sqlite``. The image is rebuilt as it is stored (an encrypted one stays encrypted on disk).

    The converted copy is in place before the manifest goes; killed in between, the next run finds the
    copy already under the new key and only removes the manifest.
    """
    target = manifest.with_suffix(".sqlite")
    rebuilt = manifest.with_name(f".converting-{uuid.uuid4().hex}.sqlite")
    tmp = manifest.with_name(f".converting-{uuid.uuid4().hex}.sqlite")
    try:
        if not (target.exists() and _has_key(target, new)):
            chunks.rebuild(manifest, rebuilt)
            export_file(rebuilt, tmp, old, new)
            os.replace(tmp, target)
            fsync_dir(manifest.parent)
        manifest.unlink()
        result.backups_converted.append(manifest.name)
    except (StoreError, OSError):
        result.backups_left.append(manifest.name)
    finally:
        remove_database(rebuilt)
        remove_database(tmp)


def _convert_copy(path: Path, old: str | None, new: str | None, result: ConversionResult) -> None:
    tmp = path.with_name(f".converting-{uuid.uuid4().hex}.sqlite")
    try:
        export_file(path, tmp, old, new)
        if side_file(path, "-wal").exists():  # someone has this copy open: its WAL would be stale
            raise StoreError("in use", file=str(path))
        os.replace(tmp, path)
        result.backups_converted.append(path.name)
    except StoreError:
        result.backups_left.append(path.name)
    finally:
        remove_database(tmp)


def _resume(database: Path, candidates: list[str | None], backup_dir: Path | None) -> ConversionResult | None:
    """Finish an interrupted conversion with the first passphrase that opens its journal (under the hold)."""
    from briefer.store.wholefile.journal import journal_exists

    for passphrase in candidates:
        if not journal_exists(database):
            return None
        done = recover(database, passphrase, backup_dir=backup_dir)
        if done is not None:
            return done
    if journal_exists(database):
        raise Refused("an earlier encrypt, decrypt or passphrase change was interrupted; run any command with the "
                      "passphrase the database has now to finish it first (nothing was changed)", file=str(database))
    return None


def encrypt(database: Path, passphrase: str, *, backup_dir: Path | None = None) -> ConversionResult:
    """Encrypt ``database`` and its copies; finishes an interrupted encryption to the same passphrase."""
    from briefer.store.wholefile.hold import exclusive

    check_new_passphrase(passphrase)
    database = Path(database)
    with exclusive(database, "encrypting"):
        forget_all(database)  # a picture of Today kept beside the plain file (keyed_cache) would stay in clear
        resumed = _resume(database, [passphrase, None], backup_dir)
        if resumed is not None and resumed.encrypted:
            return resumed
        if is_encrypted(database):
            raise Refused("the database is already encrypted; use 'briefer passphrase' to change the passphrase",
                          file=str(database))
        return _convert(database, None, passphrase, backup_dir=backup_dir)


def decrypt(database: Path, passphrase: str, *, backup_dir: Path | None = None) -> ConversionResult:
    from briefer.store.wholefile.hold import exclusive

    database = Path(database)
    with exclusive(database, "decrypting"):
        resumed = _resume(database, [passphrase], backup_dir)
        if resumed is not None and not resumed.encrypted:
            return resumed
        if not is_encrypted(database):
            raise Refused("the database is not encrypted", file=str(database))
        return _convert(database, passphrase, None, backup_dir=backup_dir)


def change_passphrase(database: Path, old: str, new: str, *, backup_dir: Path | None = None) -> ConversionResult:
    """Re-key ``database`` and its copies; finishes an interrupted change to the same new passphrase."""
    from briefer.store.wholefile.hold import exclusive

    check_new_passphrase(new)
    database = Path(database)
    with exclusive(database, "re-keying"):
        resumed = _resume(database, [new, old], backup_dir)
        if resumed is not None and resumed.encrypted and _has_key(database, new):
            return resumed
        if not is_encrypted(database):
            raise Refused("the database is not encrypted; use 'briefer encrypt' first", file=str(database))
        if old == new:
            raise Refused("the new passphrase is the same as the current one")
        return _convert(database, old, new, backup_dir=backup_dir)


def verify_passphrase(database: Path, passphrase: str | None) -> bool:
    """Does ``passphrase`` open ``database``? (For the GUI's unlock after an auto-lock.)"""
    try:
        open_keyed(database, passphrase).close()
    except StoreError:
        return False
    return True
