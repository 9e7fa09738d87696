"""Full-text search over everything an advisor may look for, ranked, with snippets.

Two FTS5 indexes (see migration m001): short *records* (people, countries,
meetings, sessions, briefs, actions…) and long *notes*, so that a common word
in 50,000 notes never slows finding a person by name. Accents are folded
(``remove_diacritics 2``: "Curacao" finds "Curaçao"), every word must match
and the last one is a prefix, so results follow the user's typing.

Why the query is shaped as it is (figures from ``benchmarks/search.py`` on
50,000 notes; see benchmarks/README.md):

* A plain ``ORDER BY bm25(...)`` must score every match before it can sort;
  for a word in most of 50,000 notes that is ~45 ms. So each index is ranked
  over a *window*: the ``WINDOW`` newest matches, found by walking the doclist
  in descending rowid order — FTS5 serves ``ORDER BY rowid DESC LIMIT n``
  without a sort and stops after ``n`` rows. bm25 is computed in that same
  pass (one MATCH evaluation, not one to find the window and another to rank
  it) and the window is sorted here, in Python, which is ~0.1 ms for 1,000
  floats. A selective term has fewer matches than the window and is ranked
  over all of them, exactly; only very common terms are limited to the newest
  notes — which, while typing, is what an advisor is looking for anyway.
* Snippets are made here, for the ``limit`` best hits only. FTS5's
  ``snippet()`` in the ranking query runs for every row of the window before
  the sort (re-tokenising each note: ~5 ms for 1,000 notes), and a second
  MATCH just for the winners would repeat the most expensive part of a prefix
  query. :func:`make_snippet` folds accents as the index does.
* The cost that remains for common prefixes is FTS5 merging the doclists of
  every term with the prefix (once to walk, once for bm25's document
  frequencies); the prefix index (one to three characters) turns that into
  reading one ready-made doclist for the prefixes typed first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from briefer.model.base import Record

if TYPE_CHECKING:
    from briefer.store.repository import TableSpec
    from briefer.store.store import Store

INDEXES = ("records", "notes")
#: How many of the newest matches are ranked when a term is very common.
WINDOW = 1000
#: Title matches count five times a body match (bm25 column weights).
WEIGHTS = (5.0, 1.0)
#: Words of context on each side of the first match in a snippet.
SNIPPET_BEFORE, SNIPPET_AFTER = 4, 10
#: Words as the ``unicode61`` tokenizer sees them: letters and digits; ``_`` separates.
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    kind: str
    record_table: str
    record_id: str
    title: str
    snippet: str
    score: float


def query_words(text: str) -> list[str]:
    """The words of a query as the index sees them (anything else is ignored, never an error)."""
    return _TOKEN.findall(text or "")


def fts_query(text: str) -> str | None:
    """The user's words as a safe FTS5 query: every word must match, the last as a prefix.

    Each word is quoted, so FTS5 syntax in the input (``NEAR(``, ``*``, ``-``,
    ``OR``, column filters) is only ever searched for as text.
    """
    words = query_words(text)
    if not words:
        return None
    parts = [f'"{w}"' for w in words[:-1]] + [f'"{words[-1]}"*']
    return " ".join(parts)


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower case without diacritics, as ``unicode61 remove_diacritics 2`` indexes a word."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def make_snippet(text: str, words: list[str], *, mark: tuple[str, str] = ("[", "]"), ellipsis: str = "…") -> str:
    """A short extract of ``text`` around the first query word, every query word in it marked.

    All words but the last must match whole; the last is a prefix (as in the
    query). Text without a match (the hit was in the title) gives its opening
    words. The text is folded character by character (same length), so the
    search runs as one regular expression over it — a 600-word note costs
    tens of microseconds, not a word-by-word Python loop.
    """
    if not text:
        return ""
    folded_words = [w for w in (fold(x) for x in words) if w]
    pattern = _pattern(tuple(folded_words[:-1]), folded_words[-1]) if folded_words else None
    folded = fold_text(text)
    first = pattern.search(folded) if pattern else None
    if first is None:
        start = 0
        ahead = [m for _, m in zip(range(SNIPPET_BEFORE + SNIPPET_AFTER + 1), _TOKEN.finditer(text))]
    else:
        pos = first.start()
        behind = list(_TOKEN.finditer(text, max(0, pos - 25 * SNIPPET_BEFORE), pos))
        if behind and behind[0].start() > 0 and _TOKEN.match(text, behind[0].start() - 1):
            behind = behind[1:]  # cut mid-word by the look-back
        behind = behind[-SNIPPET_BEFORE:]
        start = behind[0].start() if behind else pos
        ahead = [m for _, m in zip(range(SNIPPET_AFTER + 1), _TOKEN.finditer(text, pos))]
    if not ahead:
        return ""
    end = ahead[-1].end()
    out, at = [], start
    if pattern is not None:
        for m in pattern.finditer(folded, start, end):
            word = _TOKEN.match(text, m.start())
            if word is None or m.start() < at:
                continue
            out += [text[at:m.start()], mark[0], text[m.start():word.end()], mark[1]]
            at = word.end()
    out.append(text[at:end])
    if _TOKEN.search(text, end):
        tail = ellipsis
    else:
        out.append(text[end:])  # closing punctuation
        tail = ""
    body = " ".join("".join(out).split())
    lead = ellipsis if _TOKEN.search(text, 0, start) else ""
    return f"{lead}{body}{tail}"


@lru_cache(maxsize=256)
def _pattern(exact: tuple[str, ...], prefix: str) -> re.Pattern:
    """Word-start matches of the whole words and of the final prefix, over folded text."""
    alts = [re.escape(w) + r"(?![^\W_])" for w in exact] + [re.escape(prefix)]
    return re.compile(r"(?<![^\W_])(?:" + "|".join(alts) + ")")


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    folded = fold(ch)
    if len(folded) == 1:
        return folded
    low = ch.lower()
    return low if len(low) == 1 else ch


def fold_text(text: str) -> str:
    """``text`` folded like :func:`fold`, but one character for one, so offsets stay valid."""
    if text.isascii():
        return text.lower()
    return text.translate({ord(c): _fold_char(c) for c in set(text)})


class SearchIndex:
    """Keeps the search documents current and answers queries."""

    def __init__(self, store: "Store"):
        self._store = store

    @property
    def _db(self):
        return self._store.db

    # ------------------------------------------------------------ keeping current
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

    def rebuild(self) -> None:
        """Rebuild both FTS indexes from their documents (after a bulk load or repair)."""
        for index in INDEXES:
            fts = f"search_{index}_fts"
            self._db.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")

    # ------------------------------------------------------------ answering
    def search(self, text: str, *, limit: int = 20) -> list[SearchHit]:
        """Best matches from every index, records first, each group ranked best first."""
        words = query_words(text)
        query = fts_query(text)
        if query is None or limit <= 0:
            return []
        hits: list[SearchHit] = []
        for index in INDEXES:
            hits.extend(self._search_index(index, query, words, limit))
        return hits

    def _search_index(self, index: str, query: str, words: list[str], limit: int) -> list[SearchHit]:
        fts = f"search_{index}_fts"
        # One pass down the doclist, newest first, scoring as it goes; the sort is ours.
        scored = self._db.execute(
            f"SELECT rowid, bm25({fts}, ?, ?) FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid DESC LIMIT ?",
            [*WEIGHTS, query, WINDOW],
        ).fetchall()
        if not scored:
            return []
        best = sorted(scored, key=lambda r: (r[1], -r[0]))[:limit]
        marks = ", ".join("?" for _ in best)
        docs = {
            r[0]: r[1:]
            for r in self._db.execute(
                f"SELECT rowid, kind, record_table, record_id, title, body FROM search_{index} WHERE rowid IN ({marks})",
                [r[0] for r in best],
            )
        }
        out = []
        for rowid, score in best:
            kind, table, record_id, title, body = docs[rowid]
            out.append(SearchHit(kind, table, record_id, title or "", make_snippet(body or "", words), score))
        return out
