"""Which talking points of a meeting were ticked off in meeting mode (kept across restarts).

A point is named by its text (brief list items have no ids). Ticking writes
one row at once, so a crash right after a tick keeps it.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from briefer.model.base import utcnow

if TYPE_CHECKING:
    from briefer.store.store import Store


class Checklist:
    def __init__(self, store: "Store"):
        self._store = store

    def ticked(self, meeting_id: str) -> dict[str, datetime]:
        """The ticked points of ``meeting_id``: text → when it was ticked (UTC)."""
        rows = self._store.db.execute(
            "SELECT point, ticked_at FROM meeting_checklist WHERE meeting_id = ? ORDER BY ticked_at", [meeting_id]
        ).fetchall()
        return {point: datetime.fromisoformat(at) for point, at in rows}

    def tick(self, meeting_id: str, point: str, ticked: bool = True, *, at: datetime | None = None) -> None:
        """Tick (or untick) ``point`` of ``meeting_id``; committed at once."""
        from briefer.store.repository import stored_timestamp

        with self._store.write():
            if ticked:
                self._store.db.execute(
                    "INSERT OR IGNORE INTO meeting_checklist (meeting_id, point, ticked_at) VALUES (?, ?, ?)",
                    [meeting_id, point, stored_timestamp(at or utcnow())],
                )
            else:
                self._store.db.execute(
                    "DELETE FROM meeting_checklist WHERE meeting_id = ? AND point = ?", [meeting_id, point])
