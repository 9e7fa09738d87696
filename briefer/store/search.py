"""Full-text search over everything an advisor may look for, ranked, with snippets.

Two FTS5 indexes (see migration m001): short *records* (people, countries,
meetings, sessions, briefs, actions…) and long *notes*. Accents are folded
(``remove_diacritics 2``: "Curacao" finds "Curaçao"), and a prefix index for
one to three characters serves search-as-you-type.

Ranking is bm25 with the title weighted above the body. A plain bm25 query
has to score every matching row, which for a word that occurs in most of
50,000 notes costs tens of milliseconds; so each index is ranked over a
*window*: the ``WINDOW`` most recent matches (a cheap walk down the doclist
in rowid order), scored with the index's global statistics. Selective terms
have fewer matches than the window, so they are ranked over everything; only
very common terms are limited to the most recent notes — which, while typing,
is what an advisor is looking for anyway.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefer.model.base import Record

if TYPE_CHECKING:
    from briefer.store.repository import TableSpec
    from briefer.store.store import Store

INDEXES = ("records", "notes")
WINDOW = 1000
_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    kind: str
    record_table: str
    record_id: str
    title: str
    snippet: str
    score: float


def fts_query(text: str) -> str | None:
    """The user's words as a safe FTS5 query: every word must match, the last as a prefix."""
    words = _TOKEN.findall(text)
    if not words:
        return None
    parts = [f'"{w}"' for w in words[:-1]] + [f'"{words[-1]}"*']
    return " ".join(parts)


class SearchIndex:
    """Keeps the search documents current and answers queries."""

    def __init__(self, store: "Store"):
        self._store = store

    @property
    def _db(self):
        return self._store.db

    def update(self, spec: "TableSpec", obj: Record) -> None:
        if spec.search is None:
            return
        text = obj.search_text()
        if text is None:
            return
        title, body = text
        table = f"search_{spec.search}"
        cur = self._db.execute(
            f"UPDATE {table} SET title = ?, body = ?, kind = ? WHERE record_table = ? AND record_id = ?",
            [title, body, obj.kind, spec.table, obj.id],
        )
        if cur.rowcount == 0:
            self._db.execute(
                f"INSERT INTO {table} (kind, record_table, record_id, title, body) VALUES (?, ?, ?, ?, ?)",
                [obj.kind, spec.table, obj.id, title, body],
            )

    def update_many(self, spec: "TableSpec", objs: list[Record]) -> None:
        """:meth:`update` for a batch (bulk loads): one upsert statement for all documents."""
        if spec.search is None:
            return
        docs = []
        for obj in objs:
            text = obj.search_text()
            if text is not None:
                docs.append((obj.kind, spec.table, obj.id, text[0], text[1]))
        self._db.conn.executemany(
            f"INSERT INTO search_{spec.search} (kind, record_table, record_id, title, body) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(record_table, record_id) DO UPDATE SET "
            "kind = excluded.kind, title = excluded.title, body = excluded.body",
            docs,
        )

    def remove(self, spec: "TableSpec", record_id: str) -> None:
        if spec.search is None:
            return
        self._db.execute(
            f"DELETE FROM search_{spec.search} WHERE record_table = ? AND record_id = ?", [spec.table, record_id]
        )

    def search(self, text: str, *, limit: int = 20) -> list[SearchHit]:
        """Best matches from every index, records first, each group ranked."""
        query = fts_query(text)
        if query is None:
            return []
        hits: list[SearchHit] = []
        for index in INDEXES:
            hits.extend(self._search_index(index, query, limit))
        return hits

    def _search_index(self, index: str, query: str, limit: int) -> list[SearchHit]:
        fts = f"search_{index}_fts"
        db = self._db
        floor = db.execute(
            f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            [query, WINDOW],
        ).fetchone()
        min_rowid = floor[0] if floor else 0
        rows = db.execute(
            f"""
            SELECT d.kind, d.record_table, d.record_id, d.title,
                   snippet({fts}, 1, '[', ']', '…', 12), bm25({fts}, 5.0, 1.0) AS score
            FROM {fts} JOIN search_{index} AS d ON d.rowid = {fts}.rowid
            WHERE {fts} MATCH ? AND {fts}.rowid > ?
            ORDER BY score LIMIT ?
            """,
            [query, min_rowid, limit],
        ).fetchall()
        return [SearchHit(r[0], r[1], r[2], r[3] or "", r[4] or "", r[5]) for r in rows]

    def rebuild(self) -> None:
        """Rebuild both FTS indexes from their documents (after a bulk load or repair)."""
        for index in INDEXES:
            fts = f"search_{index}_fts"
            self._db.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
