"""Incremental backups: a small manifest per backup plus a shared store of compressed chunks.

A plain database's backup is not a whole copy. Its image (a consistent
snapshot made with SQLite's backup API, journal mode DELETE) is cut into
:data:`CHUNK_SIZE` pieces; each piece is stored once, zlib-compressed, in
``backups/chunks/`` under the SHA-256 of its uncompressed bytes. The backup
itself is a manifest ``briefer-…-REASON.json``: format and version, page size,
file size, the SHA-256 of the whole image and the list of chunk ids. A second
backup after a few notes changed writes only the chunks that differ.

Crash-safe order, so that no manifest ever names a chunk that is not there:

* a chunk is written under ``chunks/.partial-…``, flushed, renamed to its id,
  and the folder flushed — all before the manifest naming it is renamed into
  place (the manifest too is written under ``.partial-…`` first);
* rotation deletes manifests first, then (:func:`collect_garbage`) every chunk
  no remaining manifest names.

Chunks are shared between backups, so deleting one must not race with a
backup that is about to name it: every backup that writes or reuses chunks
holds ``backups/chunks.lock`` shared, and garbage collection takes it
exclusively, without waiting — when a backup is running, the unused chunks
stay until the next rotation.

Restoring (:func:`rebuild`) writes the chunks one after the other into a new
file and checks each chunk's SHA-256 and the whole file's against the
manifest; a missing or damaged chunk is refused with a message naming the
backup.

An encrypted database's backup is chunked the same way, but its image is the
*encrypted* SQLCipher file: chunks are stored as they are (``"compression":
"none"`` — ciphertext does not compress), named by the SHA-256 of those encrypted
bytes, and the manifest says ``"encrypted": true`` and holds the file's salt (which
SQLCipher keeps in clear at the start of the file anyway). No plaintext is ever
written; what makes such chunks shared between backups is the ``reuse`` choice
of :func:`store_image` (see :mod:`briefer.store.wholefile.cipherpages`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import uuid
import zlib
from pathlib import Path
from typing import Callable

from briefer.errors import StoreError
from briefer.store.wholefile.dbfiles import fsync_dir, fsync_file
from briefer.store.wholefile.private import new_private_file

FORMAT = "briefer-chunked-backup"
VERSION = 1
#: Bytes of the database image per chunk (256 KiB = 64 pages of 4 KiB): scattered edits cost a quarter of
#: what 1 MiB chunks cost (benchmarks/README.md), for 4 x the files (2,500 for a 640 MB database).
CHUNK_SIZE = 1 << 18
#: zlib level: 3 keeps ~47 % of a large Briefer file at ~20 ms per MiB (6 saves 2 % more at twice the time).
LEVEL = 3
CHUNKS = "chunks"
MANIFEST_SUFFIX = ".json"
_ID = re.compile(r"^[0-9a-f]{64}$")
#: How long a backup waits for a running garbage collection to finish (seconds).
LOCK_WAIT = 30.0


class BackupDamaged(StoreError):
    """A chunked backup that cannot be rebuilt exactly (a chunk is missing or damaged)."""


class Cancelled(Exception):
    """Raised inside :func:`store_image` when ``cancel`` answers true (the caller names it)."""


def chunk_dir(backup_dir: Path) -> Path:
    return Path(backup_dir) / CHUNKS


def chunk_path(backup_dir: Path, chunk_id: str) -> Path:
    return chunk_dir(backup_dir) / chunk_id


@contextlib.contextmanager
def chunk_hold(backup_dir: Path, mode: str, wait: float):
    """Hold ``backups/chunks.lock`` (shared: a backup naming chunks; exclusive: deleting them).

    Yields whether the hold was had (an exclusive hold is only tried, never waited for long).
    """
    from briefer.store.wholefile.hold import Hold

    hold = Hold(chunk_dir(backup_dir))
    try:
        yield hold.try_acquire(mode, wait)
    finally:
        hold.release()


def _write_private(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".partial-{uuid.uuid4().hex}")
    try:
        new_private_file(tmp)
        with open(tmp, "r+b") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.remove(tmp)


def store_image(image: Path, backup_dir: Path, *, cancel: Callable[[], bool] | None = None,
                compress: bool = True,
                reuse: Callable[[int, bytes], tuple[str, bytes] | None] | None = None) -> dict:
    """Cut ``image`` into chunks, write those the store lacks; returns the manifest's content fields.

    Call while holding :func:`chunk_hold` shared. Every chunk named in the result is on disk
    and flushed (its folder too) when this returns. Raises :class:`Cancelled` when ``cancel``
    says so between chunks (what was written stays as unused chunks until the next rotation).

    ``compress``: zlib each chunk (False for ciphertext). ``reuse(n, data)`` may answer
    ``(chunk_id, stored_bytes)`` of a chunk already in the store that is to stand for the
    ``n``-th piece ``data`` instead (an encrypted chunk holding the same plaintext); the image the
    manifest describes is then made of those bytes.
    """
    folder = chunk_dir(backup_dir)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    whole = hashlib.sha256()
    ids: list[str] = []
    added = 0
    size = 0
    with open(image, "rb") as fh:
        header = fh.read(100)
        fh.seek(0)
        page_size = int.from_bytes(header[16:18], "big") if len(header) >= 18 else 0
        page_size = 65536 if page_size == 1 else page_size
        while True:
            if cancel is not None and cancel():
                raise Cancelled
            data = fh.read(CHUNK_SIZE)
            if not data:
                break
            kept = reuse(len(ids), data) if reuse is not None else None
            if kept is not None:
                chunk_id, data = kept
            else:
                chunk_id = hashlib.sha256(data).hexdigest()
            size += len(data)
            whole.update(data)
            ids.append(chunk_id)
            target = folder / chunk_id
            if not target.exists():
                packed = zlib.compress(data, LEVEL) if compress else data
                _write_private(target, packed)
                added += len(packed)
    fsync_dir(folder)
    return {"page_size": page_size, "size": size, "sha256": whole.hexdigest(), "chunk_size": CHUNK_SIZE,
            "compression": "zlib" if compress else "none", "chunks": ids, "added": added}


def write_manifest(final: Path, fields: dict, *, reason: str, created: str) -> None:
    """Put the manifest in place atomically (flushed, then renamed, then the folder flushed)."""
    body = {"format": FORMAT, "version": VERSION, "reason": reason, "created": created,
            **{k: v for k, v in fields.items() if k != "added"}}
    _write_private(final, json.dumps(body, indent=1).encode("utf-8"))
    fsync_dir(final.parent)


def read_manifest(path: Path) -> dict:
    """The manifest at ``path``, checked for shape; :class:`BackupDamaged` naming it otherwise."""
    try:
        body = json.loads(Path(path).read_bytes())
    except (OSError, ValueError) as exc:
        raise BackupDamaged(f"the backup's manifest cannot be read ({getattr(exc, 'strerror', None) or exc})",
                            file=str(path)) from None
    ok = (isinstance(body, dict) and body.get("format") == FORMAT and isinstance(body.get("chunks"), list)
          and all(isinstance(c, str) and _ID.match(c) for c in body["chunks"])
          and isinstance(body.get("size"), int) and isinstance(body.get("sha256"), str)
          and body.get("compression") in ("zlib", "none"))
    if not ok:
        raise BackupDamaged("the backup's manifest is not one Briefer can read", file=str(path))
    if body.get("version") != VERSION:
        raise BackupDamaged(f"the backup was made by a newer Briefer (format {body.get('version')})", file=str(path))
    return body


def _chunks(manifest_path: Path, backup_dir: Path):
    """Yield the verified bytes of each chunk of the backup, in order."""
    body = read_manifest(manifest_path)
    whole = hashlib.sha256()
    size = 0
    for n, chunk_id in enumerate(body["chunks"], 1):
        try:
            data = chunk_path(backup_dir, chunk_id).read_bytes()
            if body["compression"] == "zlib":
                data = zlib.decompress(data)
        except FileNotFoundError:
            raise BackupDamaged(f"backup {manifest_path.stem} is incomplete: its part {n} of "
                                f"{len(body['chunks'])} is missing", file=str(manifest_path)) from None
        except (OSError, zlib.error):
            data = None
        if data is None or hashlib.sha256(data).hexdigest() != chunk_id:
            raise BackupDamaged(f"backup {manifest_path.stem} is damaged: its part {n} of "
                                f"{len(body['chunks'])} does not hold what it should", file=str(manifest_path))
        whole.update(data)
        size += len(data)
        yield data
    if size != body["size"] or whole.hexdigest() != body["sha256"]:
        raise BackupDamaged(f"backup {manifest_path.stem} is damaged: the rebuilt file does not match its "
                            "checksum", file=str(manifest_path))


def rebuild(manifest_path: Path, target: Path) -> None:
    """Write the backup's database image to the new file ``target`` (owner-only), verified and flushed.

    On any failure ``target`` is removed and :class:`BackupDamaged` (or a disk error) raised.
    """
    manifest_path = Path(manifest_path)
    backup_dir = manifest_path.parent
    new_private_file(target)
    try:
        with open(target, "r+b") as out:
            for data in _chunks(manifest_path, backup_dir):
                out.write(data)
        fsync_file(target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.remove(target)
        raise


def verify(manifest_path: Path) -> bool:
    """True when every chunk is there, intact, and the whole image matches the manifest's SHA-256."""
    try:
        for _ in _chunks(Path(manifest_path), Path(manifest_path).parent):
            pass
    except StoreError:
        return False
    return True


def is_encrypted_manifest(path: Path) -> bool:
    """Does the manifest describe an encrypted database's image? (False when it cannot be read.)"""
    try:
        return read_manifest(path).get("encrypted") is True
    except StoreError:
        return False


def stored_chunk(backup_dir: Path, chunk_id: str) -> bytes | None:
    """The bytes of an uncompressed chunk when it is there and intact (its SHA-256 is its name)."""
    try:
        data = chunk_path(backup_dir, chunk_id).read_bytes()
    except OSError:
        return None
    return data if hashlib.sha256(data).hexdigest() == chunk_id else None


def manifest_size(path: Path) -> int:
    """The size of the database the backup restores (0 when the manifest cannot be read)."""
    try:
        return int(read_manifest(path)["size"])
    except StoreError:
        return 0


def used_chunks(backup_dir: Path) -> set[str] | None:
    """Every chunk id some manifest names; None when a manifest cannot be read (then delete nothing)."""
    used: set[str] = set()
    for path in Path(backup_dir).glob("briefer-*" + MANIFEST_SUFFIX):
        try:
            used.update(read_manifest(path)["chunks"])
        except StoreError:
            return None
    return used


def collect_garbage(backup_dir: Path) -> list[str]:
    """Delete the chunks no manifest names (and left-over partial chunks); returns the ids deleted.

    Done only while no backup holds the chunk store (tried once, not waited for).
    """
    folder = chunk_dir(backup_dir)
    if not folder.is_dir():
        return []
    removed: list[str] = []
    with chunk_hold(backup_dir, "exclusive", 0.0) as alone:
        if not alone:
            return []
        used = used_chunks(backup_dir)
        if used is None:
            return []  # an unreadable manifest might name any chunk: keep them all
        for path in folder.iterdir():
            name = path.name
            if (_ID.match(name) and name not in used) or name.startswith(".partial-"):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    removed.append(name)
        if removed:
            fsync_dir(folder)
    return removed


def disk_usage(backup_dir: Path) -> int:
    """Bytes on disk of everything in the backup folder (manifests, chunks, whole copies)."""
    total = 0
    backup_dir = Path(backup_dir)
    if not backup_dir.is_dir():
        return 0
    for root, _dirs, files in os.walk(backup_dir):
        for name in files:
            with contextlib.suppress(OSError):
                total += os.stat(os.path.join(root, name)).st_size
    return total
