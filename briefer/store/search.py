"""Full-text search over everything an advisor may look for, ranked, with snippets.

Two FTS5 indexes (see migration m001): short *records* (people, countries,
meetings, sessions, briefs, actions…) and long *notes*, so that a common word
in 50,000 notes never slows finding a person by name. Accents are folded
(``remove_diacritics 2``: "Curacao" finds "Curaçao"), every word must match
and the last one is a prefix, so results follow the user's typing.

Why the query is shaped as it is (CPU figures from ``benchmarks/search.py``
on 50,000 notes; the full table is in benchmarks/README.md):

* Two answers to one query (issue 19). The answer a user settles on —
  :meth:`SearchIndex.search`, what ``briefer search`` prints and the search box
  shows once typing pauses — is exact: ``ORDER BY bm25(...)`` over *every*
  match, so the best note is found however old it is (20–40 ms of CPU for a
  word in nearly all of 50,000 notes, nearly all of it bm25 itself; counting
  the same matches takes ~2 ms). An earlier design ranked only the 1,000
  newest matches and answered every search that way: its top 10 shared 22 %
  with the exact top 10 on common words, a hidden cut. While typing,
  :meth:`SearchIndex.preview` still ranks that *window* — the ``WINDOW`` newest
  matches, walked in descending rowid order (FTS5 serves ``ORDER BY rowid
  DESC LIMIT n`` without a sort and stops after ``n`` rows), bm25 computed in
  the same pass, sorted here (``heapq.nsmallest``, ~0.1 ms) — and says
  whether the window held every match (then it is exact too; a selective term
  always is) so the caller knows whether to ask for the exact answer when the
  user stops typing. Newest-first is an order a user may choose
  (``order=NEWEST``), never a cut made for them.
* Snippets are made here, for the hits returned only. FTS5's ``snippet()`` in
  the ranking query runs for every row of the window before the sort
  (re-tokenising 1,000 notes: ~5 ms), and a second MATCH for the winners
  would repeat the costliest part of a prefix query. :func:`make_snippet`
  folds accents as the index does, one character for one, and finds the
  words with one regular expression (~20 µs a note).
* Prefixes. FTS5 evaluates ``"anti"*`` by first merging the complete doclists
  of every term with that prefix — ~3 ms for a prefix of common words, and
  twice per query (the walk, then bm25's document counts). Since
  ``m150_notes_text_stored_once`` no index stores prefixes (the notes' one-
  to three-letter prefix index was 2 KB of the 5 KB a note now costs on
  disk), so that merge is the exact answer for a short final word — up to
  ~300 ms of CPU for "t", on the worker that computes the settled answer.
  While typing, a final word of one to four characters stands instead for
  the ``COMMON_TERMS`` terms it begins that most documents hold (read once
  per connection from the vocabulary, ~1–14 ms): an OR of whole terms that
  FTS5 walks lazily, ~2–8 ms; such a preview is never exact. A final word
  of five or more characters is spelled out as the whole terms it begins,
  read from the index's vocabulary (``fts5vocab``, a TEMP table per
  connection): ``"resistance"*`` becomes ``"resistance"``, ``"stewar"*``
  becomes ``("steward" OR "stewardship")``; FTS5 walks an OR of whole terms
  lazily. Past ``MAX_EXPANSION`` terms, or for non-ASCII words (whose
  folding only the tokenizer knows exactly), the plain prefix query is used.
* The notes' index is contentless (``CONTENTLESS``): a note's text is read
  from ``notes`` through the view ``search_notes_text`` for snippets, never
  kept a second time.

Altogether a preview costs ~1–9 ms of CPU (median ~4 ms) on the benchmark data,
against a target of p95 < 20 ms and max < 30 ms wall clock (benchmarks/README.md).
"""

from __future__ import annotations

import contextlib
import heapq
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING, Iterator

from briefer.model.base import Record
from briefer.model.matching import latin_key, transliterates
from briefer.store.search_parallel import IndexBuilder

if TYPE_CHECKING:
    from briefer.store.repository import TableSpec
    from briefer.store.store import Store

INDEXES = ("records", "notes")
#: Indexes that keep no copy of their documents' text (migration m150_notes_text_stored_once): the
#: table ``search_<index>`` holds only which record a document is, the view ``search_<index>_text``
#: adds its text from the record's own table, and the FTS5 table is contentless (``contentless_delete=1``:
#: a document is removed by rowid, without its old text). For notes the copy was 91 MB of 639.
CONTENTLESS = ("notes",)
#: The orders of :meth:`SearchIndex.search`: best match first (exact bm25 over every match), or the
#: most recently added first; PREVIEW is :meth:`SearchIndex.preview`'s (internal) window.
BEST, NEWEST, PREVIEW = "best", "newest", "preview"
ORDERS = (BEST, NEWEST)
#: How many of the newest matches a preview ranks (while typing) when a term is very common.
WINDOW = 1000
#: Title matches count five times a body match (bm25 column weights).
WEIGHTS = (5.0, 1.0)
#: Prefix lengths each index serves itself: none since m150_notes_text_stored_once (before, one to three
#: characters, m091_search_prefix_three: for the notes 100 MB of a 354 MB file, 2 KB per note; for the
#: records 8.5 MB). A short final word FTS5 then finds by merging the doclists of every term it begins
#: (up to ~300 ms of CPU for "t" on 50,000 notes): the exact answer, on a worker once typing pauses.
#: While typing it is spelled out instead (see COMMON_TERMS).
PREFIX_INDEX = {"records": 0, "notes": 0}
#: While typing, a final word of at most COMMON_UP_TO characters that the index holds no prefix of stands
#: for this many of the terms it begins that most documents hold ("a" → and, a, as, about): an OR of whole
#: terms, which FTS5 walks lazily, newest first. bm25 counts the documents of every term first, so each
#: common term costs ~1 ms on 50,000 notes: with 4, a preview of "a" takes ~8 ms of CPU in all (with 8:
#: ~13 ms; the prefix itself: ~160 ms), and its top 10 agrees with the exact answer as often (while typing
#: 0.44 against 0.45, benchmarks/README.md). Such a preview is never exact, so the search box asks for
#: the exact answer when typing pauses.
COMMON_TERMS = 4
COMMON_UP_TO = 4
#: A final word at least this long is spelled out as the whole terms it begins (when few). A
#: four-letter one is left to FTS5's own prefix search, outside the index: spelled out, bm25 would
#: score each term apart and rank the hits differently from a prefix (measured: the top hits of
#: "data", "anti", "plan" changed); as a prefix it costs ~1–3 ms more (benchmarks/README.md, Search).
SPELL_OUT_FROM = 5
#: Longer prefixes are spelled out as whole terms when they begin at most this many.
MAX_EXPANSION = 16
#: Words of context on each side of the first match in a snippet.
SNIPPET_BEFORE, SNIPPET_AFTER = 4, 10
#: FTS5's in-memory buffer of new postings during a bulk write (its default is 1 MiB; bigger
#: means fewer, larger segments to merge: 50,000 notes indexed in ~10 s instead of ~17 s).
BULK_HASHSIZE = 16 * 1024 * 1024
FTS5_DEFAULT_HASHSIZE = 1024 * 1024
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


@dataclass(frozen=True)
class Preview:
    """Hits for a search-as-you-type keystroke, and whether they are already the exact best ones."""

    hits: list[SearchHit]
    exact: bool


def query_words(text: str) -> list[str]:
    """The words of a query as the index sees them (anything else is ignored, never an error)."""
    return _TOKEN.findall(text or "")


def fts_query(words: list[str], last_terms: list[str] | None = None,
              alternatives: list[list[tuple[str, bool]]] | None = None) -> str | None:
    """A safe FTS5 query: every word must match, the last one as a prefix.

    Each word is quoted, so FTS5 syntax in the input (``NEAR(``, ``*``, ``-``,
    ``OR``, column filters) is only ever searched for as text. ``last_terms``,
    when given, spells the last word's prefix out as the whole terms it begins
    (an empty list: no term does, so nothing can match and the result is None).
    ``alternatives`` gives, per word, other spellings that count as that word —
    ``(text, is_prefix)``: the indexed words whose Latin form is what was typed
    ("Yildirim" → "yıldırım"), or the Latin form of what was typed in another
    script ("Коваленко" → "kovalenko") — each one OR-ed with the word.
    """
    if not words:
        return None
    groups = []
    for i, word in enumerate(words):
        last = i == len(words) - 1
        if last and last_terms is not None:
            own = [f'"{t}"' for t in last_terms]
        else:
            own = [f'"{word}"*' if last else f'"{word}"']
        extra = [f'"{alt}"*' if prefix else f'"{alt}"' for alt, prefix in (alternatives[i] if alternatives else ())]
        alts = list(dict.fromkeys(own + extra))
        if not alts:
            return None
        groups.append(alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")")
    plain = last_terms is None and not any(alternatives or ())
    return (" " if plain else " AND ").join(groups)


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower case without diacritics, as ``unicode61 remove_diacritics 2`` indexes a word."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def make_snippet(text: str, words: list[str], *, mark: tuple[str, str] = ("[", "]"), ellipsis: str = "…",
                 latin: bool = False) -> str:
    """A short extract of ``text`` around the first query word, every query word in it marked.

    All words but the last must match whole; the last is a prefix (as in the
    query). Text without a match (the hit was in the title) gives its opening
    words. The text is folded character by character (same length), so the
    search runs as one regular expression over it — a 600-word note costs
    tens of microseconds, not a word-by-word Python loop.

    ``latin`` (when the query matched through a transliteration, see
    :class:`SearchIndex`) also marks the words whose Latin form is what was
    typed, in their own script: "Kovalenko" marks [Коваленко], "Коваленко"
    marks [Kovalenko].
    """
    if not text:
        return ""
    starts = _matcher(text, words, latin)
    first = next(starts(0, len(text)), None)
    if first is None:
        start = 0
        ahead = [m for _, m in zip(range(SNIPPET_BEFORE + SNIPPET_AFTER + 1), _TOKEN.finditer(text))]
    else:
        pos = first
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
    for pos in starts(start, end):
        word = _TOKEN.match(text, pos)
        if word is None or pos < at:
            continue
        out += [text[at:pos], mark[0], text[pos:word.end()], mark[1]]
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


def mark_words(text: str, words: list[str], *, mark: tuple[str, str] = ("[", "]")) -> str:
    """``text`` whole, with every query word in it marked as :func:`make_snippet` marks them (names in
    their own script too): a result's title, where the name that matched should stand out."""
    starts = _matcher(text or "", words, True)
    out, at = [], 0
    for pos in starts(0, len(text or "")) if words else ():
        word = _TOKEN.match(text, pos)
        if word is None or pos < at:
            continue
        out += [text[at:pos], mark[0], text[pos:word.end()], mark[1]]
        at = word.end()
    return "".join(out) + (text or "")[at:]


def word_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """(start, end) of every word in ``text`` the query ``words`` match, as search matched them (accents
    folded, the last word a prefix, names in their own script too): what a view opened from a hit highlights."""
    starts = _matcher(text or "", words, True)
    out: list[tuple[int, int]] = []
    for pos in starts(0, len(text or "")) if words else ():
        word = _TOKEN.match(text, pos)
        if word is not None and (not out or pos >= out[-1][1]):
            out.append((pos, word.end()))
    return out


def _matcher(text: str, words: list[str], latin: bool):
    """A function giving, for a range of ``text``, where the query ``words`` begin a word in it."""
    folded_words = [w for w in (fold(x) for x in words) if w]
    keys = [latin_key(w).replace(" ", "") for w in folded_words] if latin else []
    exact = folded_words[:-1] + [k for k, w in zip(keys[:-1], folded_words[:-1]) if k and k != w]
    prefixes = folded_words[-1:] + [k for k in keys[-1:] if k and k != folded_words[-1]]
    pattern = _pattern(tuple(exact), tuple(prefixes)) if folded_words else None
    folded = fold_text(text)

    def starts(lo: int, hi: int) -> Iterator[int]:
        if pattern is None:
            return iter(())
        found = (m.start() for m in _word_starts(pattern, folded, lo, hi))
        if keys and not text.isascii():
            found = heapq.merge(found, _latin_starts(text, lo, hi, frozenset(keys[:-1]), keys[-1]))
        return found

    return starts


@lru_cache(maxsize=256)
def _pattern(exact: tuple[str, ...], prefixes: tuple[str, ...]) -> re.Pattern:
    """The whole words and the final prefix(es), over folded text.

    The word-start condition is checked by :func:`_word_starts`, not by a
    leading look-behind: a pattern that starts with a literal lets ``re`` skip
    through a long note ~40× faster.
    """
    alts = [re.escape(w) + r"(?![^\W_])" for w in exact] + [re.escape(p) for p in prefixes]
    return re.compile("|".join(alts))


def _latin_starts(text: str, lo: int, hi: int, exact: frozenset[str], prefix: str) -> Iterator[int]:
    """Where in ``text[lo:hi]`` a word outside ASCII begins whose Latin form is one of ``exact`` or
    starts with ``prefix`` (only the few non-ASCII runs are looked at)."""
    seen = -1
    for run in _NON_ASCII.finditer(text, lo, hi):
        begin = run.start()
        while begin > lo and _WORD_CHAR.match(text, begin - 1):
            begin -= 1
        if begin <= seen:
            continue
        word = _TOKEN.match(text, begin)
        if word is None:
            continue
        seen = word.end()
        key = latin_key(word.group()).replace(" ", "")
        if key in exact or (prefix and key.startswith(prefix)):
            yield begin


_WORD_CHAR = re.compile(r"[^\W_]")


def _word_starts(pattern: re.Pattern, folded: str, start: int, end: int):
    """Matches of ``pattern`` in ``folded[start:end]`` that begin a word."""
    for m in pattern.finditer(folded, start, end):
        if m.start() == 0 or not _WORD_CHAR.match(folded, m.start() - 1):
            yield m


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    folded = fold(ch)
    if len(folded) == 1:
        return folded
    low = ch.lower()
    return low if len(low) == 1 else ch


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_run(m: re.Match) -> str:
    return "".join(_fold_char(c) for c in m.group())


def fold_text(text: str) -> str:
    """``text`` folded like :func:`fold`, but one character for one, so offsets stay valid.

    Only the (few) non-ASCII runs go through Python; ``str.translate`` over a
    whole note costs ~40 µs.
    """
    if text.isascii():
        return text.lower()
    folded = _NON_ASCII.sub(_fold_run, text).lower()
    if len(folded) != len(text):  # a character whose lower case is longer (e.g. "İ")
        folded = text.translate({ord(c): _fold_char(c) for c in set(text)})
    return folded


def remember_latin(conn, texts) -> None:
    """Record in ``search_latin`` the words of ``texts`` that only their Latin form can find.

    The index folds accents ("García" is found as "garcia") but keeps letters that
    have none to drop (ı, ə, ß, ø, Cyrillic, Greek…). Such a word is kept once,
    as written, beside its :func:`~briefer.model.matching.latin_key`; a query
    word then also matches every word so kept under its own Latin form. Words
    are never removed: a stale one only adds an alternative that matches nothing.
    Only the non-ASCII runs of a text are looked at (most notes have none).
    """
    words: set[str] = set()
    for text in texts:
        if not text or text.isascii():
            continue
        seen = -1
        for run in _NON_ASCII.finditer(text):
            begin = run.start()
            while begin > 0 and _WORD_CHAR.match(text, begin - 1):
                begin -= 1
            if begin <= seen:
                continue
            word = _TOKEN.match(text, begin)
            if word is not None:
                seen = word.end()
                words.add(word.group().lower())
    rows = [(latin_key(w).replace(" ", ""), w) for w in words if transliterates(w)]
    rows = [r for r in rows if r[0]]
    if rows:
        conn.executemany("INSERT OR IGNORE INTO search_latin (latin, word) VALUES (?, ?)", rows)


def documents(index: str) -> str:
    """Where an index's documents are read with their text: its table, or a contentless index's view."""
    return f"search_{index}_text" if index in CONTENTLESS else f"search_{index}"


def fill_latin(conn) -> None:
    """(Re)fill ``search_latin`` from every search document (migration, rebuild)."""
    conn.execute("DELETE FROM search_latin")
    for index in INDEXES:
        source = documents(index)
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [source]).fetchone() is None:
            source = f"search_{index}"  # migration m130 runs before m150 made the view: the text is still here
        cursor = conn.execute(f"SELECT title, body FROM {source}")
        while rows := cursor.fetchmany(2000):
            remember_latin(conn, (t for row in rows for t in row))


def rebuild_index(conn, index: str) -> None:
    """Index every document of ``index`` anew (a contentless index has no 'rebuild' of its own:
    it is emptied and filled from its documents' view, in rowid order)."""
    fts = f"search_{index}_fts"
    if index not in CONTENTLESS:
        conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
        return
    conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('delete-all')")
    conn.execute(f"INSERT INTO {fts}(rowid, title, body) SELECT rowid, title, body FROM {documents(index)} "
                 "ORDER BY rowid")


def index_agrees(conn, index: str) -> bool:
    """Does the full-text index hold exactly its documents' words, at their places? FTS5's own
    ``integrity-check`` (rank 1) compares an external-content index with its content; a contentless
    one it can only check inside, so its documents are indexed afresh in memory and every
    (term, document, column, position) compared. Reads every posting: for tests and repairs."""
    opened = not conn.in_transaction
    try:
        return _index_agrees(conn, index)
    finally:
        if opened and conn.in_transaction:
            conn.commit()  # the checks are writes to the index's table: end the transaction they began


def _index_agrees(conn, index: str) -> bool:
    import sqlcipher3

    fts = f"search_{index}_fts"
    if index not in CONTENTLESS:
        conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
        return True
    conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
    create = conn.execute("SELECT sql FROM main.sqlite_master WHERE name = ?", [fts]).fetchone()[0]
    fresh = sqlcipher3.connect(":memory:")
    try:
        fresh.execute(create)
        fresh.executemany(f"INSERT INTO {fts}(rowid, title, body) VALUES (?, ?, ?)",
                          conn.execute(f"SELECT rowid, title, body FROM main.{documents(index)}"))
        instances = "SELECT term, doc, col, offset FROM temp.check_vocab ORDER BY term, doc, col, offset"
        fresh.execute(f"CREATE VIRTUAL TABLE temp.check_vocab USING fts5vocab(main, {fts}, instance)")
        expected = fresh.execute(instances).fetchall()
    finally:
        fresh.close()
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.check_vocab USING fts5vocab(main, {fts}, instance)")
    try:
        return conn.execute(instances).fetchall() == expected
    finally:
        conn.execute("DROP TABLE temp.check_vocab")


class SearchIndex:
    """Keeps the search documents current and answers queries."""

    def __init__(self, store: "Store"):
        self._store = store
        self._vocab_ready: set[str] = set()
        #: (index, prefix) -> the terms it begins that most documents hold, as first looked up on this
        #: connection (a later edit may change them a little: they only shape a preview)
        self._common: dict[tuple[str, str], list[str]] = {}
        self._bulk = False
        #: index -> (its trigger definitions, its hashsize setting) while a bulk block has them suspended
        self._suspended: dict[str, tuple[list[str], object]] = {}
        #: an index being built on the second core for this bulk block (see search_parallel.py)
        self._builder: IndexBuilder | None = None

    @property
    def _db(self):
        return self._store.db

    # ------------------------------------------------------------ keeping current
    def document(self, obj: Record, orgs: dict | None = None) -> tuple[str, str] | None:
        """``obj``'s search document. A bilateral with an organisation is titled as everywhere else
        ("Bilateral with the European Commission") and found by the organisation's names, which the
        record alone cannot say; ``orgs`` (id → organisation) saves the lookup in a batch."""
        text = obj.search_text()
        org_id = getattr(obj, "counterpart_organisation_id", None)
        if text is None or not org_id or obj.kind != "meeting":
            return text
        org = orgs.get(org_id) if orgs is not None else self._store.organisations.find(org_id)
        if org is None:
            return text
        from briefer.model.counterparts import meeting_title

        names = " ".join(dict.fromkeys(n for n in (org.name, org.name_nl, org.acronym) if n))
        return meeting_title(obj, {org_id: org}, "en"), f"{names}\n{text[1]}"

    def update(self, spec: "TableSpec", obj: Record) -> None:
        if spec.search is None:
            return
        self._builder_bypassed(spec)
        if spec.table == "organisations":
            self._reindex_meetings_with(obj)
        text = self.document(obj)
        if text is None:
            return
        title, body = text
        table = f"search_{spec.search}"
        self._remember_latin((title, body))
        with self._tracked(spec, [obj.id]):
            if spec.search in CONTENTLESS:
                # the triggers index the text the record's row holds now (written just before this)
                cur = self._db.execute(f"UPDATE {table} SET kind = ? WHERE record_table = ? AND record_id = ?",
                                       [obj.kind, spec.table, obj.id])
                if cur.rowcount == 0:
                    self._db.execute(f"INSERT INTO {table} (kind, record_table, record_id) VALUES (?, ?, ?)",
                                     [obj.kind, spec.table, obj.id])
                return
            cur = self._db.execute(
                f"UPDATE {table} SET title = ?, body = ?, kind = ? WHERE record_table = ? AND record_id = ?",
                [title, body, obj.kind, spec.table, obj.id],
            )
            if cur.rowcount == 0:
                self._db.execute(
                    f"INSERT INTO {table} (kind, record_table, record_id, title, body) VALUES (?, ?, ?, ?, ?)",
                    [obj.kind, spec.table, obj.id, title, body],
                )

    def _reindex_meetings_with(self, org: Record) -> None:
        """A renamed organisation renames its bilaterals in the index too (it is written before this)."""
        meetings = self._store.meetings
        for meeting in meetings.list(counterpart_organisation_id=org.id):
            self.update(meetings.spec, meeting)

    def update_many(self, spec: "TableSpec", objs: list[Record]) -> None:
        """:meth:`update` for a batch (bulk loads): one upsert statement for all documents."""
        if spec.search is None:
            return
        docs = []
        orgs = {o.id: o for o in self._store.organisations.list()} if spec.table == "meetings" else None
        for obj in objs:
            text = self.document(obj, orgs)
            if text is not None:
                docs.append((obj.kind, spec.table, obj.id, text[0], text[1]))
        if not docs:
            return
        self._remember_latin(t for d in docs for t in (d[3], d[4]))
        builder = self._builder if self._builder is not None and self._builder.index == spec.search else None
        rowids = [builder.rowid_for(d[1], d[2], d[3], d[4]) for d in docs] if builder is not None else []
        if spec.search in CONTENTLESS:  # the text is the record's own (see CONTENTLESS)
            docs = [d[:3] for d in docs]
            columns, sets = "kind, record_table, record_id", "kind = excluded.kind"
        else:
            columns, sets = "kind, record_table, record_id, title, body", \
                "kind = excluded.kind, title = excluded.title, body = excluded.body"
        marks = ", ".join("?" for _ in columns.split(", "))
        with self._tracked(spec, [d[2] for d in docs]):
            if builder is not None and builder.usable:
                # under the rowids the builder indexed them with (a document written twice keeps its first
                # rowid, and the builder's count then no longer matches: the catch-up is used)
                self._db.conn.executemany(
                    f"INSERT INTO search_{spec.search} (rowid, {columns}) VALUES (?, {marks}) "
                    f"ON CONFLICT(record_table, record_id) DO UPDATE SET {sets}",
                    [(r, *d) for r, d in zip(rowids, docs)])
                return
            self._db.conn.executemany(
                f"INSERT INTO search_{spec.search} ({columns}) VALUES ({marks}) "
                f"ON CONFLICT(record_table, record_id) DO UPDATE SET {sets}",
                docs,
            )

    def remove(self, spec: "TableSpec", record_id: str) -> None:
        if spec.search is None:
            return
        self._builder_bypassed(spec)
        with self._tracked(spec, [record_id]):
            self._db.execute(
                f"DELETE FROM search_{spec.search} WHERE record_table = ? AND record_id = ?", [spec.table, record_id]
            )

    # ------------------------------------------------------------ words in other scripts
    def _remember_latin(self, texts) -> None:
        """Note the words of ``texts`` that only their Latin form can find (see :func:`remember_latin`)."""
        remember_latin(self._db.conn, texts)

    def _alternatives(self, words: list[str]) -> list[list[tuple[str, bool]]]:
        """Per query word, the other spellings that count as it: indexed words whose Latin form is the
        word's ("yildirim" → yıldırım; the last word as a prefix: "yild" → yıldırım), and the Latin
        form of a word typed in another script ("коваленко" → kovalenko, as a prefix if last)."""
        out: list[list[tuple[str, bool]]] = []
        for i, word in enumerate(words):
            last = i == len(words) - 1
            key = latin_key(word).replace(" ", "")
            alts: list[tuple[str, bool]] = []
            if key:
                if last:
                    upper = key[:-1] + chr(ord(key[-1]) + 1)
                    rows = self._db.execute("SELECT DISTINCT word FROM search_latin WHERE latin >= ? AND latin < ? "
                                            "LIMIT ?", [key, upper, MAX_EXPANSION]).fetchall()
                else:
                    rows = self._db.execute("SELECT DISTINCT word FROM search_latin WHERE latin = ? LIMIT ?",
                                            [key, MAX_EXPANSION]).fetchall()
                alts = [(r[0], False) for r in rows if r[0] != word.lower()]
                if transliterates(word):
                    alts.append((key, last))
            out.append(alts)
        return out

    # ------------------------------------------------------------ bulk writes
    @contextlib.contextmanager
    def bulk(self) -> Iterator[None]:
        """Write many search documents, then bring the full-text indexes up to date in one pass.

        Normally triggers keep each FTS5 index current, a statement per document.
        That is slow in bulk twice over: FTS5 writes each statement's postings
        out as a segment of its own, to be merged again and again; and inside a
        large transaction every statement that fires a trigger — even an empty
        one — costs ~2 ms here (measured: 50,000 notes restored spent ~100 s in
        their search documents' inserts, against 0.5 s without triggers). So for
        the length of the block an index's triggers are dropped, the documents
        written through this class are remembered — the rowids of new or changed
        documents, and the indexed text of documents that were in the index
        before they were first changed or deleted (temporary tables, filled a
        batch at a time) — and on leaving, the index drops that old text and
        indexes the new documents, each in one statement in rowid order, with a
        16 MiB FTS5 buffer instead of 1 MiB; then the triggers come back.
        Restoring 50,000 notes: ~10 s of indexing instead of ~35 s (benchmarks/README.md).

        It all happens inside one transaction (opened here if the caller has
        none): if the block fails, the rollback restores triggers, documents and
        index together, so the index can never disagree with its documents. An
        index's triggers are dropped only when this class first writes one of its
        documents in the block, so a block that writes nothing leaves the file
        byte for byte as it was. Inside the block, documents must be written
        through :meth:`update`, :meth:`update_many` and :meth:`remove` (they are
        the only writers in Briefer); as a safety net, an index whose document
        count disagrees with its documents at the end is rebuilt whole.
        Nested blocks join the outer one.
        """
        if self._bulk:
            yield
            return
        with self._store.write():
            self._bulk, self._suspended = True, {}
            try:
                yield
                for index, (triggers, hashsize) in self._suspended.items():
                    self._resume(index, triggers, hashsize)
            finally:
                self._bulk, self._suspended = False, {}
                if self._builder is not None:
                    self._builder.close()
                    self._builder = None

    def build_in_parallel(self, index: str = "notes") -> "IndexBuilder | None":
        """Build ``index`` on the second core during the next bulk block (see search_parallel.py).

        Only for a connection that has never used the index and is closed after
        the import (a new file being filled, store/wholefile/fresh.py), and only while the
        index is empty; None otherwise. The caller offers every record it will
        write (``IndexBuilder.offer``) in any order, before writing it.
        """
        docs, fts = f"search_{index}", f"search_{index}_fts"
        # FTS5 caches an index's structure per connection: a connection that has opened the index (even
        # by creating it, as migrations do) would keep using its cached, empty one after the copy.
        if not self._store.filling_new_file or self._bulk or self._builder is not None:
            return None
        if self._db.execute(f"SELECT count(*) FROM main.{docs}").fetchone()[0] or \
                self._db.execute(f"SELECT count(*) FROM main.[{fts}_docsize]").fetchone()[0]:
            return None
        row = self._db.execute("SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?", [fts]).fetchone()
        if row is None:
            return None
        self._builder = IndexBuilder(index, row[0])
        return self._builder

    def _builder_bypassed(self, spec: "TableSpec") -> None:
        """A single-document write: the builder cannot follow it, so the ordinary catch-up is used."""
        if self._builder is not None and self._builder.index == spec.search:
            self._builder.usable = False

    @contextlib.contextmanager
    def _tracked(self, spec: "TableSpec", record_ids: list[str]) -> Iterator[None]:
        """Around a write of documents: in a bulk block, remember what it changes (see :meth:`bulk`)."""
        if not self._bulk:
            yield
            return
        index = spec.search
        if index not in self._suspended:
            self._suspended[index] = self._suspend(index)
        docs, old, new = f"search_{index}", f"search_bulk_old_{index}", f"search_bulk_new_{index}"
        self._db.execute("DELETE FROM temp.search_bulk_ids")
        self._db.conn.executemany("INSERT OR IGNORE INTO temp.search_bulk_ids (id) VALUES (?)",
                                  [(i,) for i in record_ids])
        mine = "d.record_table = ? AND d.record_id IN (SELECT id FROM temp.search_bulk_ids)"
        # the indexed text of documents that were in the index when the block began
        # (a contentless index removes a document by its rowid alone)
        text = "NULL, NULL" if index in CONTENTLESS else "d.title, d.body"
        self._db.execute(f"INSERT OR IGNORE INTO temp.{old} (rowid, title, body) SELECT d.rowid, {text} "
                         f"FROM main.{docs} d WHERE {mine} AND d.rowid NOT IN (SELECT rowid FROM temp.{new})",
                         [spec.table])
        yield
        self._db.execute(f"INSERT OR IGNORE INTO temp.{new} (rowid) SELECT d.rowid FROM main.{docs} d WHERE {mine}",
                         [spec.table])

    def _suspend(self, index: str) -> tuple[list[str], object]:
        docs, fts = f"search_{index}", f"search_{index}_fts"
        triggers = self._db.execute(
            "SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' AND tbl_name = ? ORDER BY name", [docs]
        ).fetchall()
        for name, _sql in triggers:
            self._db.execute(f"DROP TRIGGER main.[{name}]")
        self._db.execute("CREATE TEMP TABLE IF NOT EXISTS search_bulk_ids (id TEXT PRIMARY KEY)")
        self._db.execute(f"CREATE TEMP TABLE search_bulk_old_{index} (rowid INTEGER PRIMARY KEY, title, body)")
        self._db.execute(f"CREATE TEMP TABLE search_bulk_new_{index} (rowid INTEGER PRIMARY KEY)")
        row = self._db.execute(f"SELECT v FROM main.[{fts}_config] WHERE k = 'hashsize'").fetchone()
        if self._builder is None or self._builder.index != index:
            # (an index built in parallel is not touched here: the FTS5 table must not be opened on this
            # connection before the built index is copied in, or it would keep the empty one in its cache)
            self._db.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('hashsize', ?)", [BULK_HASHSIZE])
        return [sql for _name, sql in triggers], (row[0] if row else None)

    def _resume(self, index: str, triggers: list[str], hashsize: object) -> None:
        docs, fts = f"search_{index}", f"search_{index}_fts"
        old, new = f"search_bulk_old_{index}", f"search_bulk_new_{index}"
        builder = self._builder if self._builder is not None and self._builder.index == index else None
        if builder is None or not self._copy_built(builder, index):
            if builder is not None:
                builder.close()
                self._db.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('hashsize', ?)", [BULK_HASHSIZE])
            # In rowid order, so that FTS5 buffers the postings instead of writing a segment per document.
            if index in CONTENTLESS:
                self._db.execute(f"DELETE FROM {fts} WHERE rowid IN (SELECT rowid FROM temp.{old})")
            else:
                self._db.execute(f"INSERT INTO {fts}({fts}, rowid, title, body) "
                                 f"SELECT 'delete', rowid, title, body FROM temp.{old} ORDER BY rowid")
            self._db.execute(f"INSERT INTO {fts}(rowid, title, body) SELECT d.rowid, d.title, d.body "
                             f"FROM main.{documents(index)} d WHERE d.rowid IN (SELECT rowid FROM temp.{new}) "
                             "ORDER BY d.rowid")
        self._db.execute(f"DROP TABLE temp.{old}")
        self._db.execute(f"DROP TABLE temp.{new}")
        indexed = self._db.execute(f"SELECT count(*) FROM main.[{fts}_docsize]").fetchone()[0]
        if indexed != self._db.execute(f"SELECT count(*) FROM main.{docs}").fetchone()[0]:
            self._rebuild_index(index)  # documents were written past this class
        for sql in triggers:
            self._db.execute(sql)
        if builder is None or not builder.copied:
            self._db.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('hashsize', ?)",
                             [hashsize if hashsize is not None else FTS5_DEFAULT_HASHSIZE])

    def _copy_built(self, builder: "IndexBuilder", index: str) -> bool:
        """Put the builder's finished index in place of the (empty) one here; False to catch up as usual."""
        documents = self._db.execute(f"SELECT count(*) FROM main.search_{index}").fetchone()[0]
        before = self._db.execute(f"SELECT count(*) FROM temp.search_bulk_old_{index}").fetchone()[0]
        return before == 0 and builder.copy_into(self._db.conn, documents)

    def rebuild(self) -> None:
        """Rebuild both FTS indexes from their documents (after a bulk load or repair)."""
        for index in INDEXES:
            self._rebuild_index(index)
        fill_latin(self._db.conn)

    def _rebuild_index(self, index: str) -> None:
        rebuild_index(self._db.conn, index)

    # ------------------------------------------------------------ answering
    def search(self, text: str, *, limit: int = 20, order: str = BEST) -> list[SearchHit]:
        """The best matches over *all* documents, exactly as bm25 ranks them: what ``briefer search``
        prints and what the search box shows once typing pauses. Records first, then notes.

        ``order=NEWEST`` lists the most recently added matches first instead (a sort the user
        chooses, never a cut made for them).
        """
        if order not in ORDERS:
            raise ValueError(f"order must be one of {ORDERS}, not {order!r}")
        return self._run(text, limit, order).hits

    def preview(self, text: str, *, limit: int = 20) -> "Preview":
        """Matches fast enough for every keystroke: each index ranked over its ``WINDOW`` newest matches.

        ``Preview.exact`` says whether that was all of them (then these are the exact best
        matches too); when it is False the caller must ask :meth:`search` once typing pauses.
        """
        return self._run(text, limit, PREVIEW)

    def _run(self, text: str, limit: int, order: str) -> "Preview":
        words = query_words(text)
        if not words or limit <= 0:
            return Preview([], True)
        hits: list[SearchHit] = []
        exact = True
        alternatives = self._alternatives(words)
        for index in INDEXES:
            common = order == PREVIEW and self._spelled_as_common(index, words[-1])
            query = self._index_query(index, words, alternatives, common=common)
            if query is not None:
                found, complete = self._search_index(index, query, words, limit, order, any(alternatives))
                hits.extend(found)
                exact = exact and complete and not common
            elif common:
                exact = False  # no common term begins so; a rarer one may
        return Preview(hits, exact)

    @staticmethod
    def _spelled_as_common(index: str, last: str) -> bool:
        """Is ``last`` a final word a preview spells out as its common terms (see COMMON_TERMS)?"""
        return PREFIX_INDEX[index] < len(last) <= COMMON_UP_TO and last.isascii()

    def _index_query(self, index: str, words: list[str],
                     alternatives: list[list[tuple[str, bool]]] | None = None, *, common: bool = False) -> str | None:
        """The FTS5 query for ``words`` in one index; None when the index cannot match.

        A final word longer than the prefix index is spelled out as the terms it
        begins (an OR of whole words, read from the index's vocabulary) when
        there are few of them: FTS5 walks and scores an OR of whole terms
        lazily, but evaluates a prefix by first merging the full doclists of all
        its terms — twice per query, once more for bm25's document counts.
        """
        if alternatives is None:
            alternatives = self._alternatives(words)
        last = words[-1]
        if common:  # a preview's short final word: its common terms (see COMMON_TERMS)
            terms = self._common_terms(index, last.lower())
            return fts_query(words, terms or None if alternatives[-1] else terms, alternatives)
        if len(last) < SPELL_OUT_FROM or not last.isascii():  # ASCII: lower() is exactly the index's folding
            return fts_query(words, alternatives=alternatives)
        terms = self._terms_with_prefix(index, last.lower())
        if terms == [] and alternatives[-1]:
            terms = None  # no indexed word begins so, but another spelling may: keep the (empty) prefix
        return fts_query(words, terms, alternatives)

    def _terms_with_prefix(self, index: str, prefix: str) -> list[str] | None:
        """The index's terms that begin with ``prefix`` (ASCII), or None when there are many."""
        vocab = f"search_{index}_vocab"
        if vocab not in self._vocab_ready:
            # A TEMP table: it lives with this connection only and is no part of the schema.
            self._db.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{vocab} USING fts5vocab(main, search_{index}_fts, row)"
            )
            self._vocab_ready.add(vocab)
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        rows = self._db.execute(
            f"SELECT term FROM temp.{vocab} WHERE term >= ? AND term < ? LIMIT ?", [prefix, upper, MAX_EXPANSION + 1]
        ).fetchall()
        if len(rows) > MAX_EXPANSION:
            return None
        return [r[0] for r in rows]

    def _common_terms(self, index: str, prefix: str) -> list[str]:
        """The ``COMMON_TERMS`` terms beginning with ``prefix`` (ASCII) that most documents hold."""
        key = (index, prefix)
        if key not in self._common:
            self._terms_with_prefix(index, prefix)  # makes the vocabulary table
            upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
            self._common[key] = [r[0] for r in self._db.execute(
                f"SELECT term FROM temp.search_{index}_vocab WHERE term >= ? AND term < ? ORDER BY doc DESC, term "
                "LIMIT ?", [prefix, upper, COMMON_TERMS])]
        return self._common[key]

    def _search_index(self, index: str, query: str, words: list[str], limit: int,
                      order: str, latin: bool = False) -> tuple[list[SearchHit], bool]:
        """The ``limit`` best hits of one index, and whether they were chosen from all its matches."""
        fts = f"search_{index}_fts"
        if order == BEST:
            # Every match scored, the best kept by SQLite's bounded sort; ties go to the newest,
            # as in the preview, so a preview that was complete agrees with this hit for hit.
            scored = self._db.execute(
                f"SELECT rowid, bm25({fts}, ?, ?) AS score FROM {fts} WHERE {fts} MATCH ? "
                "ORDER BY score, rowid DESC LIMIT ?",
                [*WEIGHTS, query, limit],
            ).fetchall()
            complete = True
        else:
            # One pass down the doclist, newest first, scoring as it goes (no sort in SQL).
            window = limit if order == NEWEST else WINDOW
            scored = self._db.execute(
                f"SELECT rowid, bm25({fts}, ?, ?) FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid DESC LIMIT ?",
                [*WEIGHTS, query, window],
            ).fetchall()
            complete = order == NEWEST or len(scored) < window
        if not scored:
            return [], complete
        # Lowest bm25 is best; the walk was newest first and nsmallest is stable, so ties go to the newest.
        best = scored if order != PREVIEW else heapq.nsmallest(limit, scored, key=itemgetter(1))
        marks = ", ".join("?" for _ in best)
        docs = {
            r[0]: r[1:]
            for r in self._db.execute(
                f"SELECT rowid, kind, record_table, record_id, title, body FROM {documents(index)} "
                f"WHERE rowid IN ({marks})",
                [r[0] for r in best],
            )
        }
        out = []
        for rowid, score in best:
            kind, table, record_id, title, body = docs[rowid]
            out.append(SearchHit(kind, table, record_id, title or "", make_snippet(body or "", words, latin=latin), score))
        return out, complete
