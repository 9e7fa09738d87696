"""What a killed whole-file operation leaves behind, found and removed at the next open.

Every whole-file operation writes its new file under a hidden temporary name
beside its target and renames it into place when complete. Killed half-way
(SIGKILL, power loss), the temporary file stays: a near-complete copy of the
database — in clear when the database was plain, or when an encryption was
interrupted before its swap. These names are listed here, in one place, so that
the next open removes them (only while it holds the database alone: the same
names are live work while another process runs a backup) and ``briefer check``
can name any that are left.
"""

from __future__ import annotations

import contextlib
import glob
import os
from pathlib import Path


def _patterns(database: Path, backup_dir: Path | None) -> list[tuple[Path, str]]:
    name = glob.escape(database.name)
    folder = database.parent
    found = [
        (folder, f".{name}.converting-*"),  # encrypt / decrypt / passphrase: the converted database
        (folder, f".{name}.restoring-*"),  # restore: the backup's copy before the swap
        (folder, f".{name}.creating-*"),  # first start: the new database before it is renamed into place
        (folder, f".briefer-fill-{name}-*"),  # an archive restored into an empty store
        (folder, f".{name}.journal-*"),  # the conversion journal being written
    ]
    if backup_dir is not None:
        found += [
            (backup_dir, ".partial-*"),  # a backup being written
            (backup_dir, ".converting-*"),  # a backup being given the new key
            (backup_dir / "chunks", ".partial-*"),  # a chunk of an incremental backup being written
        ]
    return found


def find_strays(database: Path, backup_dir: Path | None) -> list[Path]:
    """Left-over temporary copies of ``database`` (with their ``-wal``/``-journal`` companions)."""
    database = Path(database)
    out: set[Path] = set()
    for folder, pattern in _patterns(database, backup_dir):
        if folder.is_dir():
            out.update(p for p in folder.glob(pattern) if p.is_file() or p.is_symlink())
    return sorted(out)


def remove_strays(database: Path, backup_dir: Path | None) -> list[Path]:
    """Delete what :func:`find_strays` finds; call only while holding the database exclusively."""
    removed = []
    for path in find_strays(database, backup_dir):
        with contextlib.suppress(FileNotFoundError):
            os.remove(path)
            removed.append(path)
    return removed
