"""A database on disk is several files: the helpers that treat them as one, written once.

SQLite keeps a ``-wal``, ``-shm`` or ``-journal`` file beside the database
(:data:`SIDE_SUFFIXES`). A temporary copy that is thrown away
must go with all of them — a stray ``-wal`` left beside a reused name would be
replayed into the next file of that name — and a file put in place must be
flushed, then its folder, or a power cut can undo the rename. Every whole-file
operation (backup, restore, encrypt, fill, create) uses these, so that a side
file forgotten in one of them cannot happen.

Briefer's own ``<database>.lock`` (:mod:`.hold`) is deliberately *not* a side
file here: it belongs to the path, not to one file at it. Deleting it while
another process holds it would let a third lock a new file of the same name —
two "exclusive" holders. It stays, empty, for the life of the data folder.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

__all__ = ["SIDE_SUFFIXES", "database_files", "fsync_dir", "fsync_file", "remove_database", "side_file"]

#: The files SQLite opens beside a database, named by what it appends to the database's name.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def side_file(database: Path, suffix: str) -> Path:
    """``database`` with SQLite's ``suffix`` ("-wal", "-shm", "-journal") appended to its name."""
    return Path(str(database) + suffix)


def database_files(database: Path) -> list[Path]:
    """The database file and every side file SQLite may keep beside it, the database first."""
    return [Path(database), *(side_file(database, suffix) for suffix in SIDE_SUFFIXES)]


def remove_database(database: Path) -> None:
    """Delete a database file and its side files; those that are not there are no error."""
    for path in database_files(database):
        with contextlib.suppress(FileNotFoundError):
            os.remove(path)


def fsync_file(path: Path) -> None:
    """Flush ``path``'s bytes to disk before it is renamed into place."""
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def fsync_dir(folder: Path) -> None:
    """Flush ``folder``'s entries, so that a rename into it survives a power cut (POSIX only)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
