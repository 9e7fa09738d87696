"""Autosaved drafts of notes being typed — the "nothing typed is lost" safety net.

Meeting mode saves the text here at most a second after typing pauses: a cheap
upsert of one row, no revision, no search update. Committing the note (on focus
loss, close or quit) writes a real revision and discards the draft. A draft
still here at the next start was left by a crash or a kill, and is offered back.
Drafts live in the database itself, so an encrypted database keeps them
encrypted too — never a plaintext file on disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefer.model.base import utcnow

if TYPE_CHECKING:
    from briefer.store.store import Store


@dataclass(frozen=True)
class Draft:
    key: str
    record_table: str | None
    record_id: str | None
    meeting_id: str | None
    body: str
    saved_at: str


class Drafts:
    def __init__(self, store: "Store"):
        self._store = store

    def save(self, key: str, body: str, *, record_table: str | None = None, record_id: str | None = None,
             meeting_id: str | None = None) -> None:
        """Keep ``body`` under ``key`` (one statement, committed at once)."""
        from briefer.store.repository import stored_timestamp

        with self._store.write():
            self._store.db.execute(
                "INSERT OR REPLACE INTO drafts (key, record_table, record_id, meeting_id, body, saved_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [key, record_table, record_id, meeting_id, body, stored_timestamp(utcnow())],
            )

    def get(self, key: str) -> Draft | None:
        row = self._store.db.execute(
            "SELECT key, record_table, record_id, meeting_id, body, saved_at FROM drafts WHERE key = ?", [key]
        ).fetchone()
        return Draft(*row) if row else None

    def all(self) -> list[Draft]:
        rows = self._store.db.execute(
            "SELECT key, record_table, record_id, meeting_id, body, saved_at FROM drafts ORDER BY saved_at"
        ).fetchall()
        return [Draft(*r) for r in rows]

    def discard(self, key: str) -> None:
        with self._store.write():
            self._store.db.execute("DELETE FROM drafts WHERE key = ?", [key])
