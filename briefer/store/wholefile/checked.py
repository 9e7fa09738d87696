"""The file as it was when it last passed the integrity check: may the next start write at once?

``PRAGMA quick_check`` reads the whole file (seconds on a large one), and the app
refuses writes until it has passed. Most starts open a file no one touched since
Briefer itself closed it — after a check that passed. So at a clean close after a
passed check, Briefer writes the file's identity beside it (``<database>.checked``):
size, modification time (ns), inode, and a SHA-256 of its first and last 64 KiB
(the SQLite header, with its change counter, and the end the latest writes grew).
At the next start, when the identity matches and no ``-wal``/``-journal`` is left,
the file is what was checked: writes are allowed at once and the full check runs
in the background anyway (damage it finds blocks writes, as before).

The mark is a one-time token: it is removed when a store allows writes, so a
crash, a second Briefer writing, a copy, a restore or another program's change all
leave no mark or a mark that does not match — and the next start checks first.
It is written only by the last process to close the file (the exclusive hold).
See docs/design-notes.md ("The first write of the day") for the risks.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path

from briefer.store.wholefile.dbfiles import fsync_file, side_file
from briefer.store.wholefile.private import new_private_file

__all__ = ["MARK_SUFFIX", "forget", "identity", "mark_path", "record", "unchanged_since_check"]

MARK_SUFFIX = ".checked"
#: Bytes hashed at each end of the file (the header page and the last pages written).
EDGE = 64 * 1024


def mark_path(database: Path) -> Path:
    return Path(str(database) + MARK_SUFFIX)


def identity(database: Path) -> dict | None:
    """What the mark records of ``database`` (None when it cannot be read)."""
    try:
        with open(database, "rb") as fh:
            st = os.fstat(fh.fileno())
            head = fh.read(EDGE)
            fh.seek(max(st.st_size - EDGE, 0))
            tail = fh.read(EDGE)
    except OSError:
        return None
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "inode": st.st_ino,
            "head": hashlib.sha256(head).hexdigest(), "tail": hashlib.sha256(tail).hexdigest()}


def _pending_journal(database: Path) -> bool:
    """A WAL with frames or a rollback journal beside the file: changes the file itself does not show."""
    for suffix in ("-wal", "-journal"):
        with contextlib.suppress(OSError):
            if side_file(database, suffix).stat().st_size > 0:
                return True
    return False


def record(database: Path) -> bool:
    """Write the mark for ``database`` as it is now (call it closed, after a passed check)."""
    if _pending_journal(database):
        return False
    found = identity(database)
    if found is None:
        return False
    target = mark_path(database)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        with contextlib.suppress(FileNotFoundError):
            os.remove(tmp)  # left by a close that was killed half-way
        new_private_file(tmp)  # owner-only, as every file beside the database
        tmp.write_text(json.dumps(found), encoding="utf-8")
        fsync_file(tmp)
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            os.remove(tmp)
        return False  # no mark: the next start checks first, as without this
    return True


def unchanged_since_check(database: Path) -> bool:
    """Is ``database`` byte-for-byte where the last passed check left it (as far as the mark tells)?"""
    try:
        mark = json.loads(mark_path(database).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if _pending_journal(database):
        return False
    return isinstance(mark, dict) and mark == identity(database)


def forget(database: Path) -> None:
    """Remove the mark: writes begin, so the file will differ from what was checked."""
    with contextlib.suppress(OSError):  # a mark that stays cannot match: the writes change the file
        os.remove(mark_path(database))


#: Also read by the first view's cache (``keyed_cache``), which holds on the same condition.
pending_journal = _pending_journal
