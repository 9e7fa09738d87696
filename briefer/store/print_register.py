"""The print register's table: the only code that knows how printed packs are stored."""

from __future__ import annotations

import json

from briefer.errors import NotFound, StoreError
from briefer.model.base import Classification
from briefer.model.prints import PrintedPart, PrintRecord
from briefer.store.repository import stored_timestamp
from briefer.store.store import Store

TABLE = "print_register"
_COLUMNS = (
    "number", "kind", "printed_at", "printed_by", "recipient_id", "recipient_name", "meeting_id",
    "lang", "version", "classification", "draft", "digest", "parts", "base_number", "filename", "pages",
    "period_start", "period_end", "sections", "content_digest", "override_by", "override_reason",
)


class PrintRegister:
    """Who printed which pack version for whom, and when; copy numbers count up from 1."""

    def __init__(self, store: Store):
        self.store = store

    def next_number(self) -> int:
        row = self.store.db.execute(f"SELECT max(number) FROM {TABLE}").fetchone()
        return (row[0] or 0) + 1

    def record(self, entry: PrintRecord) -> PrintRecord:
        """Store ``entry``; refused if its copy number was taken meanwhile."""
        row = entry.model_dump(mode="json")
        row["printed_at"] = stored_timestamp(entry.printed_at)
        row["parts"] = json.dumps(row["parts"], ensure_ascii=False)
        row["sections"] = json.dumps(row["sections"])
        row["draft"] = int(entry.draft)
        with self.store.write():
            if self.store.db.execute(f"SELECT 1 FROM {TABLE} WHERE number = ?", [entry.number]).fetchone():
                raise StoreError(f"copy number {entry.number} was registered by another print meanwhile; print again")
            self.store.db.execute(
                f"INSERT INTO {TABLE} ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' for _ in _COLUMNS)})",
                [row[c] for c in _COLUMNS],
            )
        return entry

    def get(self, number: int) -> PrintRecord:
        rows = self._select("WHERE number = ?", [number])
        if not rows:
            raise NotFound(f"no printed pack with copy number {number} (see 'briefer prints')")
        return rows[0]

    def list(self, recipient_id: str | None = None) -> list[PrintRecord]:
        if recipient_id is None:
            return self._select("ORDER BY number", [])
        return self._select("WHERE recipient_id = ? ORDER BY number", [recipient_id])

    def last(self, recipient_id: str, kind: str, meeting_id: str | None = None) -> PrintRecord | None:
        """The latest full print of ``kind`` for a recipient (and meeting), for version numbering."""
        if meeting_id is None:
            rows = self._select(
                "WHERE recipient_id = ? AND kind = ? ORDER BY number DESC LIMIT 1", [recipient_id, kind]
            )
        else:
            rows = self._select(
                "WHERE recipient_id = ? AND kind = ? AND meeting_id = ? ORDER BY number DESC LIMIT 1",
                [recipient_id, kind, meeting_id],
            )
        return rows[0] if rows else None

    def _select(self, where: str, params: list) -> list[PrintRecord]:
        cur = self.store.db.execute(f"SELECT {', '.join(_COLUMNS)} FROM {TABLE} {where}", params)
        out = []
        for values in cur.fetchall():
            row = dict(zip(_COLUMNS, values))
            row["parts"] = [PrintedPart.model_validate(p) for p in json.loads(row["parts"] or "[]")]
            row["sections"] = json.loads(row["sections"] or "[]")
            row["draft"] = bool(row["draft"])
            row["classification"] = Classification(row["classification"] or Classification.ONGERUBRICEERD.value)
            row = {k: v for k, v in row.items() if v is not None}
            out.append(PrintRecord.model_validate(row))
        return out
