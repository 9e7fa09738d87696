"""A small file beside the database that holds only while the database is what it was when it was written.

The desktop app paints its first view (Today) from such a file before the store
is opened — sqlite-utils, pydantic and the models take ≈ 0.2 s to import, more
than the whole window costs to draw (``briefer.gui.startup.first_view``). A copy
of what the view showed may stand in for reading it only when nothing in the file
has changed since: so the cache records the database's identity as the
integrity-check mark does (``checked.identity``: size, modification time, inode, a
hash of the first and last 64 KiB, the header's change counter among them) and
is read back only when that identity is the same and no WAL or rollback journal
holds changes the file does not show. Any write by Briefer, another process, a
restore or a copy changes the identity; the cache is then ignored (and replaced at
the next clean close).

What the cache holds is the caller's (a JSON object). It is written owner-only,
like every file beside the database, and only for a plain database: the caller
forgets it for an encrypted one, and encrypting a database removes every cache
beside it (``crypto.encrypt``) — its contents must not lie on disk in clear.

Only the standard library and the light ``wholefile`` helpers: this runs before
the first paint.
"""

from __future__ import annotations

import contextlib
import json
import os
from glob import escape as glob_escape
from pathlib import Path

from briefer.store.wholefile.checked import identity, pending_journal
from briefer.store.wholefile.dbfiles import fsync_file
from briefer.store.wholefile.private import new_private_file

__all__ = ["cache_path", "forget", "forget_all", "read", "write"]


def cache_path(database: Path, name: str) -> Path:
    """Where the cache ``name`` of ``database`` lives: beside it, ``<database>.<name>.json``."""
    return Path(f"{database}.{name}.json")


def write(database: Path, name: str, payload: dict) -> bool:
    """Keep ``payload`` for ``database`` as the file is now (call it with the database closed).

    False, and no cache, when the file cannot be read, a journal holds changes, or the
    cache cannot be written (a full disk): the next start then reads the database.
    """
    target = cache_path(database, name)
    key = None if pending_journal(database) else identity(database)
    if key is None:
        forget(database, name)
        return False
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        with contextlib.suppress(FileNotFoundError):
            os.remove(tmp)  # left by a close that was killed half-way
        new_private_file(tmp)
        tmp.write_text(json.dumps({"database": key, "payload": payload}, ensure_ascii=False), encoding="utf-8")
        fsync_file(tmp)
        os.replace(tmp, target)
    except (OSError, TypeError, ValueError):
        with contextlib.suppress(OSError):
            os.remove(tmp)
        forget(database, name)
        return False
    return True


def read(database: Path, name: str) -> dict | None:
    """The payload kept for ``database`` if the file is still what it was then, else None."""
    try:
        kept = json.loads(cache_path(database, name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(kept, dict) or not isinstance(kept.get("payload"), dict) or pending_journal(database):
        return None
    return kept["payload"] if kept.get("database") == identity(database) else None


def forget(database: Path, name: str) -> None:
    """Remove the cache (an encrypted database's contents must not lie beside it in clear)."""
    with contextlib.suppress(OSError):
        os.remove(cache_path(database, name))


def forget_all(database: Path) -> None:
    """Remove every cache of ``database`` (``crypto.encrypt``: nothing of an encrypted file is kept in clear)."""
    database = Path(database)
    for found in database.parent.glob(f"{glob_escape(database.name)}.*.json"):
        with contextlib.suppress(OSError):
            os.remove(found)
