"""A record's current version is stored once — in its own table, not again in ``revisions``.

Every write keeps a row in ``revisions`` (history, restore, and the ancestry a merge
compares), and the row of the version that is current used to hold the same JSON as
the record itself: for 50,000 notes saved once, 108 MB of a 639 MB file was that
second copy (benchmarks/README.md, "Storage per note"). So that row's ``data`` holds
:data:`CURRENT` — "as the record is now in its table" — and just before a write
replaces or deletes the record, :func:`keep_superseded` writes the version it is
about to lose into its revision row as JSON. Read back through :func:`revision_data`,
a record's history is what it always was.

The marker is an empty string rather than NULL so that the column keeps its NOT
NULL constraint (no table rebuild when upgrading) and an older reader fails loudly
on it (``json.loads('')``) instead of reading something else. Anything that changes
a record's row without writing a revision (a migration filling a new column) thereby
changes its current version too — as it always changed what the record *is*.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from briefer.model.base import Record
    from briefer.store.store import Store

#: ``revisions.data`` of the current version: the record's own row holds it.
CURRENT = ""
#: Record ids per query when looking for current versions about to be replaced.
_CHUNK = 500


def revision_json(obj: "Record") -> str:
    """A version's JSON as the history keeps it (the model's JSON dump)."""
    return json.dumps(obj.model_dump(mode="json"), ensure_ascii=False)


def keep_superseded(store: "Store", table: str, record_ids: Iterable[str]) -> None:
    """Before ``record_ids`` of ``table`` are overwritten or deleted: write the version each one
    has now into its revision row (which said :data:`CURRENT`), so the history keeps it.

    One query per 500 ids finds those that have such a row; a restore into an empty store
    finds none and reads no record."""
    ids = list(dict.fromkeys(record_ids))
    repo = store.repo_for_table(table)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        current = [r[0] for r in store.db.execute(
            f"SELECT record_id FROM revisions WHERE record_table = ? AND data = ? AND record_id IN ({marks})",
            [table, CURRENT, *chunk])]
        if not current:
            continue
        marks = ", ".join("?" for _ in current)
        store.db.conn.executemany(
            "UPDATE revisions SET data = ? WHERE record_table = ? AND record_id = ? AND data = ?",
            [(revision_json(obj), table, obj.id, CURRENT) for obj in repo.where(f"id IN ({marks})", current)])


def revision_data(store: "Store", table: str, record_id: str, data: str) -> dict | None:
    """A revision row's version as a dict: its JSON, or for the current version the record as stored
    (None if the record is gone — which a delete never leaves, see :func:`keep_superseded`)."""
    if data != CURRENT:
        return json.loads(data)
    obj = store.repo_for_table(table).find(record_id)
    return None if obj is None else obj.model_dump(mode="json")


def revision_text(store: "Store", table: str, record_id: str, data: str) -> str | None:
    """A revision row's version as JSON text (to copy it into another database)."""
    if data != CURRENT:
        return data
    obj = store.repo_for_table(table).find(record_id)
    return None if obj is None else revision_json(obj)
