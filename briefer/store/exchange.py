"""What the exchange service needs from the database: versions, tombstones, conflict copies.

The merge of bundles (``briefer.exchange``) reasons about *versions*: a record
version is named by a hash of its content (:func:`version_hash`). A record's
ancestry is every version that was ever current here (the ``revisions``
table) plus versions a merge or a resolution absorbed
(``exchange_superseded``). This module is the only exchange code that speaks
SQL; it hands back plain values and pydantic models.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Iterable, Iterator

import orjson

from briefer.errors import Ambiguous, NotFound
from briefer.model.base import Record, utcnow
from briefer.store.current_revision import keep_superseded
from briefer.store.repository import stored_timestamp, validate

if TYPE_CHECKING:
    from briefer.store.store import Store

#: Page cache ceiling during a bundle import (KiB). A ceiling, not an allocation: only a restore
#: of a whole archive comes near it (see large_cache).
BULK_CACHE_KIB = 1024 * 1024
#: Hex digits of SHA-256 kept in a version name: 80 bits, no collision in any real archive.
VERSION_DIGITS = 20


#: One encoder for every record: ``json.dumps`` with options builds a new encoder per call, which was
#: a third of the cost of serialising 66,000 small records (~0.6 s of a restore).
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def canonical_json(data: dict) -> str:
    """Keys sorted, no spaces, UTF-8 as is: what a version name hashes (docs/bundle-format.md)."""
    return _CANONICAL.encode(data)


def fast_canonical_json(data: dict) -> bytes | None:
    """:func:`canonical_json`'s exact bytes through orjson (~8× faster for a note), or None where
    orjson would differ or refuse: it writes some floats differently (``1e-05`` as ``0.00001``),
    so it is only used for records that hold no float (:func:`float_free`); integers beyond 64
    bits and lone surrogates make it raise, and those take the ``json`` path. Same key order
    (code points = UTF-8 byte order), same escapes (``\\"``, ``\\\\``, ``\\n``…, ``\\u00XX``
    for other control characters, nothing else): tests/exchange/test_exchange_canonical.py."""
    try:
        return orjson.dumps(data, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:
        return None


@functools.lru_cache(maxsize=None)
def float_free(model: type[Record]) -> bool:
    """True when no field of ``model`` (nested models included) can hold a float."""
    try:
        schema = json.dumps(model.model_json_schema(mode="serialization"))
    except Exception:  # noqa: BLE001 — a schema pydantic cannot write: take the json path
        return False
    # the type, not any "number" (a topic indicator's scale is the enum value "number")
    return '"type": "number"' not in schema


def record_json(obj: Record) -> bytes:
    """The canonical JSON of a record (UTF-8 bytes): what names its version and becomes its revision row."""
    data = obj.model_dump(mode="json")
    if float_free(type(obj)):
        fast = fast_canonical_json(data)
        if fast is not None:
            return fast
    return _CANONICAL.encode(data).encode("utf-8")


def version_hash(data: dict) -> str:
    """The name of one record version: a hash of its JSON dump (revision and timestamps included)."""
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()[:VERSION_DIGITS]


def record_version(obj: Record) -> str:
    """:func:`version_hash` of a record, through :func:`record_json`."""
    return hashlib.sha256(record_json(obj)).hexdigest()[:VERSION_DIGITS]


@dataclass(frozen=True)
class Tombstone:
    table: str
    record_id: str
    revision: int
    deleted_at: str
    deleted_by: str


@dataclass(frozen=True)
class ConflictCopy:
    """The other side's version of a record changed on both sides, kept until resolved."""

    id: str
    table: str
    record_id: str
    version: str
    data: dict
    ancestors: frozenset[str]
    source_install: str
    imported_at: str
    status: str
    resolution: str = ""


class ExchangeState:
    """Versions, tombstones and conflict copies of one store."""

    def __init__(self, store: "Store"):
        self.store = store
        #: whether this object has written anything to the database (an import backs up only then)
        self.wrote = False

    @property
    def _db(self):
        return self.store.db

    # ------------------------------------------------------------ bulk work
    @contextlib.contextmanager
    def large_cache(self, kib: int = BULK_CACHE_KIB) -> Iterator[None]:
        """A bigger page cache for one bulk import, then back to what it was.

        A single transaction writing 50,000 notes spills SQLite's default 2 MB
        cache over and over (random UUID keys touch pages everywhere): measured
        198 s with it and 72 s with 256 MB. Once the transaction's dirty pages
        outgrow the cache, every statement that needs a statement journal (a
        foreign key, an upsert) costs milliseconds: with 256 MB, the 3,200
        outcomes and actions written after 50,000 notes took 7.5 s, with 1 GiB
        0.1 s (restore: ~40 s -> ~29 s). The whole restored archive is ~700 MB,
        so 1 GiB holds the transaction. It is a ceiling, not an allocation: a
        small import uses a few megabytes.
        """
        before = self._db.execute("PRAGMA cache_size").fetchone()[0]
        self._db.execute(f"PRAGMA cache_size = {-abs(int(kib))}")
        try:
            yield
        finally:
            self._db.execute(f"PRAGMA cache_size = {int(before)}")

    # ------------------------------------------------------------ versions
    def known_versions(self, table: str, record_ids: Iterable[str] | None = None) -> dict[str, set[str]]:
        """record id -> the versions the current record (or its deletion) supersedes.

        That is every version the record had here before its current revision,
        plus those absorbed by merges and resolutions. The revision row of the
        current record itself is left out in SQL, so a record saved once costs
        nothing — the common case for 50,000 notes.
        """
        out: dict[str, set[str]] = {}
        repo = self.store.repo_for_table(table)
        where, params = "r.record_table = ?", [table]
        if record_ids is not None:
            ids = list(record_ids)
            if not ids:
                return out
            self._temp_ids(ids)
            where += " AND r.record_id IN (SELECT id FROM temp.exchange_ids)"
        rows = self._db.execute(
            f"SELECT r.record_id, r.data FROM revisions r LEFT JOIN [{repo.spec.table}] t ON t.id = r.record_id "
            f"WHERE {where} AND (t.revision IS NULL OR r.revision != t.revision)", params)
        for rid, data in rows.fetchall():
            out.setdefault(rid, set()).add(version_hash(json.loads(data)))
        sup_where = "record_table = ?" + ("" if record_ids is None else
                                          " AND record_id IN (SELECT id FROM temp.exchange_ids)")
        for rid, version in self._db.execute(
                f"SELECT record_id, version FROM exchange_superseded WHERE {sup_where}", [table]).fetchall():
            out.setdefault(rid, set()).add(version)
        return out

    def holds_nothing_of(self, table: str) -> bool:
        """True when ``table`` has no record here and never had (no revision, no absorbed version).

        Then :meth:`current_rows` and :meth:`known_versions` are empty for any ids,
        and an import need not ask (restoring an archive: ~0.7 s for 66,000 ids).
        """
        repo = self.store.repo_for_table(table)
        return (self._db.execute(f"SELECT 1 FROM [{repo.spec.table}] LIMIT 1").fetchone() is None
                and self._db.execute("SELECT 1 FROM revisions WHERE record_table = ? LIMIT 1",
                                     [table]).fetchone() is None
                and self._db.execute("SELECT 1 FROM exchange_superseded WHERE record_table = ? LIMIT 1",
                                     [table]).fetchone() is None)

    def _temp_ids(self, ids: list[str]) -> None:
        self._db.execute("CREATE TEMP TABLE IF NOT EXISTS exchange_ids (id TEXT PRIMARY KEY)")
        self._db.execute("DELETE FROM temp.exchange_ids")
        self._db.conn.executemany("INSERT OR IGNORE INTO temp.exchange_ids (id) VALUES (?)", [(i,) for i in ids])

    def add_superseded(self, table: str, record_id: str, versions: Iterable[str]) -> None:
        if not versions:
            return
        self.wrote = True
        self._db.conn.executemany(
            "INSERT OR IGNORE INTO exchange_superseded (record_table, record_id, version) VALUES (?, ?, ?)",
            [(table, record_id, v) for v in versions],
        )

    # ------------------------------------------------------------ records
    def records(self, table: str, *, since: datetime | None = None) -> list[Record]:
        repo = self.store.repo_for_table(table)
        if since is None:
            return repo.list()
        return repo.where("updated_at >= ?", [stored_timestamp(since)])

    def current_rows(self, table: str, record_ids: Iterable[str]) -> dict[str, dict]:
        """record id -> the stored record's fields (JSON columns decoded), not yet validated.

        An import compares most records with the bundle's without building a model
        (:meth:`stored_as`); only records that differ are validated (:meth:`record_from`).
        """
        ids = list(record_ids)
        if not ids:
            return {}
        self._temp_ids(ids)
        repo = self.store.repo_for_table(table)
        cur = self._db.execute(f"SELECT {repo.select_list()} FROM [{repo.spec.table}] "
                               "WHERE id IN (SELECT id FROM temp.exchange_ids)")
        cols = [d[0] for d in cur.description]
        return {r[0]: repo.row_data(dict(zip(cols, r))) for r in cur.fetchall()}

    def record_from(self, table: str, data: dict) -> Record:
        """The validated record of one of :meth:`current_rows`' values."""
        repo = self.store.repo_for_table(table)
        return validate(repo.model, data, data.get("id"))

    def stored_as(self, data: dict, obj: Record) -> bool:
        """True when ``data`` (from :meth:`current_rows`) is exactly ``obj`` as the store keeps it.

        Rows keep ``created_at``/``updated_at`` to the millisecond (``stored_timestamp``);
        a record with finer times is never "the same" here, so it takes the slow,
        exact path (validate the row, compare the models).
        """
        dump = obj.model_dump(mode="json")
        for key in ("created_at", "updated_at"):
            moment = getattr(obj, key)
            if moment.microsecond % 1000 or data.get(key) != stored_timestamp(moment):
                return False
            dump[key] = data[key]
        return dump == data

    # ------------------------------------------------------------ attachments
    def set_attachment_content(self, attachment_id: str, content: bytes) -> None:
        self.wrote = True
        self._db.execute("UPDATE attachments SET content = ? WHERE id = ?", [content, attachment_id])

    # ------------------------------------------------------------ tombstones
    def tombstones(self, table: str, *, since: datetime | None = None) -> dict[str, Tombstone]:
        sql = "SELECT record_id, revision, deleted_at, deleted_by FROM tombstones WHERE record_table = ?"
        params: list = [table]
        if since is not None:
            sql += " AND deleted_at >= ?"
            params.append(stored_timestamp(since))
        return {r[0]: Tombstone(table, r[0], r[1], r[2], r[3] or "") for r in self._db.execute(sql, params)}

    def put_tombstone(self, t: Tombstone) -> None:
        self.wrote = True
        self._db.execute(
            "INSERT OR REPLACE INTO tombstones (record_table, record_id, revision, deleted_at, deleted_by) "
            "VALUES (?, ?, ?, ?, ?)",
            [t.table, t.record_id, t.revision, t.deleted_at, t.deleted_by],
        )

    def delete_merged(self, t: Tombstone, current: Record) -> None:
        """Apply a deletion that came from another laptop: the record goes, its history stays."""
        repo = self.store.repo_for_table(t.table)
        dependents = self.store.dependents(t.table, t.record_id)
        if dependents:
            from briefer.errors import Refused

            raise Refused(
                f"cannot apply the deletion of {repo.model.kind} '{current.label()}': still referred to by "
                + ", ".join(f"{n} {k}" for k, n in dependents.items()),
                record=f"{repo.model.kind} {t.record_id}",
            )
        self.wrote = True
        keep_superseded(self.store, t.table, [t.record_id])
        self._db.execute(f"DELETE FROM [{repo.spec.table}] WHERE id = ?", [t.record_id])
        self.put_tombstone(t)
        self._db.execute(
            "INSERT OR IGNORE INTO revisions (record_table, record_id, revision, data, changed_at, changed_by, action) "
            "VALUES (?, ?, ?, ?, ?, ?, 'delete')",
            [t.table, t.record_id, max(t.revision, current.revision + 1),
             json.dumps(current.model_dump(mode="json"), ensure_ascii=False), t.deleted_at, t.deleted_by],
        )
        self.store.search_index.remove(repo.spec, t.record_id)

    # ------------------------------------------------------------ conflicts
    _CONFLICT_COLS = ("id, record_table, record_id, version, data, ancestors, source_install, imported_at, status, "
                      "resolution")

    def _conflict(self, row) -> ConflictCopy:
        return ConflictCopy(row[0], row[1], row[2], row[3], json.loads(row[4]), frozenset(json.loads(row[5])),
                            row[6] or "", row[7], row[8], row[9] or "")

    def conflicts(self, *, table: str | None = None, status: str | None = "open") -> list[ConflictCopy]:
        sql = f"SELECT {self._CONFLICT_COLS} FROM conflicts WHERE 1=1"
        params: list = []
        if table:
            sql += " AND record_table = ?"
            params.append(table)
        if status:
            sql += " AND status = ?"
            params.append(status)
        sql += " ORDER BY imported_at, record_table, record_id, version"
        return [self._conflict(r) for r in self._db.execute(sql, params).fetchall()]

    def conflict(self, text: str) -> ConflictCopy:
        """A conflict copy by id or unique id prefix."""
        rows = self._db.execute(
            f"SELECT {self._CONFLICT_COLS} FROM conflicts WHERE id LIKE ? ORDER BY id", [text.strip() + "%"]
        ).fetchall()
        if not rows:
            raise NotFound(f"no conflict with id {text}")
        if len(rows) > 1:
            raise Ambiguous(f"the id {text} matches {len(rows)} conflicts; give more characters")
        return self._conflict(rows[0])

    def add_conflict(self, table: str, record_id: str, version: str, data: dict, ancestors: Iterable[str],
                     source_install: str) -> None:
        self.wrote = True
        self._db.execute(
            "INSERT OR IGNORE INTO conflicts (id, record_table, record_id, version, data, ancestors, source_install, "
            "imported_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open')",
            [str(uuid.uuid4()), table, record_id, version, canonical_json(data), json.dumps(sorted(ancestors)),
             source_install, stored_timestamp(utcnow())],
        )
        # A copy that was resolved before and comes back again stays resolved (INSERT OR IGNORE).

    def close_conflict(self, conflict_id: str, resolution: str) -> None:
        self.wrote = True
        self._db.execute(
            "UPDATE conflicts SET status = 'resolved', resolution = ?, resolved_at = ?, resolved_by = ? WHERE id = ?",
            [resolution, stored_timestamp(utcnow()), self.store.user, conflict_id],
        )
