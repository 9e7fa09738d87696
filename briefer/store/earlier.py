"""Earlier conferences, read from their own files and never written to.

Briefer keeps one conference per database (docs/design-notes.md, "A library of
conference files"): an earlier conference is another data folder. Reading one
must leave it byte-for-byte as it was — it may be the signed-off record of a
conference, a colleague's copy or a backup — so it is opened in SQLite's
read-only mode, with no integrity-check write, no WAL switch, no migration and
no daily backup, and the store refuses every write. A newer database remembers
which folders it was based on (``meta`` key ``earlier_conferences``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from briefer.errors import Refused, StoreError
from briefer.store.db import check_schema_version, is_encrypted, open_keyed, pending_migrations
from briefer.store.store import Store

#: The meta key under which a database lists the data folders of earlier conferences (a JSON list).
EARLIER_KEY = "earlier_conferences"
#: The meta key under which a conference based on an earlier one says where its briefs came from.
CARRIED_KEY = "carried_from"
READ_ONLY = "an earlier conference is only read here; open its own data folder to change it"


def is_locked(path: Path) -> bool:
    """True when the earlier conference's file is encrypted (reading it needs its passphrase)."""
    return is_encrypted(path)


def open_earlier(path: Path, passphrase: str | None = None, *, user: str | None = None) -> Store:
    """A read-only store on the conference in the database ``path``; writes are refused.

    Raises :class:`PassphraseRequired` / :class:`WrongPassphrase` for an encrypted file, and a
    :class:`StoreError` naming the file when it is missing, not Briefer's, or needs an update first.
    """
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"no Briefer conference in {path.parent} (there is no {path.name})", file=str(path))
    conn = open_keyed(path, passphrase, readonly=True)
    db = Database(conn)
    try:
        check_schema_version(db, path)
        if pending_migrations(db):
            raise StoreError("this conference was saved by an older Briefer; open its data folder once "
                             "with this version to update it, then try again", file=str(path))
        conn.execute("PRAGMA temp_store = MEMORY")  # the search index's vocabulary tables stay off the disk
    except BaseException:
        conn.close()
        raise
    store = Store(db, None, user=user, passphrase=passphrase, backup_dir=None)
    store.block_writes(READ_ONLY)
    return store


def earlier_folders(store: Store) -> list[Path]:
    """The data folders of earlier conferences this database remembers, oldest first."""
    text = store.meta(EARLIER_KEY)
    try:
        return [Path(p) for p in json.loads(text)] if text else []
    except (ValueError, TypeError):
        return []


def remember_earlier(store: Store, folder: Path) -> list[Path]:
    """Add the data folder ``folder`` to the earlier conferences this database searches (once)."""
    folder = Path(folder).expanduser().resolve()
    if store.path is not None and folder == Path(store.path).resolve().parent:
        raise Refused("this is the conference itself, not an earlier one", file=str(folder))
    folders = [f for f in earlier_folders(store) if f != folder] + [folder]
    store.set_meta(EARLIER_KEY, json.dumps([str(f) for f in folders], ensure_ascii=False))
    return folders


@dataclass(frozen=True)
class Carried:
    """Where a conference's carried briefs came from: "last used for <conference>, <date>"."""

    conference: str
    last_day: str
    folder: str
    brief_ids: tuple[str, ...]

    def line(self, lang: str = "en") -> str:
        from datetime import date

        from briefer.i18n import format_date, label

        when = format_date(date.fromisoformat(self.last_day), lang, fmt="long")
        return label("last_used_for", lang, conference=self.conference, date=when)


def carried_from(store: Store) -> Carried | None:
    """What this conference carried from an earlier one, if it was based on one."""
    text = store.meta(CARRIED_KEY)
    if not text:
        return None
    try:
        data = json.loads(text)
        return Carried(data["conference"], data["last_day"], data["folder"], tuple(data["brief_ids"]))
    except (ValueError, KeyError, TypeError):
        return None
