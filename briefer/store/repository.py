"""One repository per record kind: get, list, add, update, delete, history, restore.

The only code (with the rest of ``briefer.store``) that knows tables and SQL.
Records go in and come out as pydantic models; a row is the model's JSON dump
with list and object fields stored as JSON text.

Every write happens in one transaction that also records the new version in
``revisions`` and refreshes the record's search document, so history and
search can never disagree with the data. Updates are optimistic: the caller
passes the record as it read it, and a save against a stale revision (another
window or process saved in between) is refused, never silently applied.
"""

from __future__ import annotations

import contextlib
import json
import types
import typing
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Generic, Iterable, Mapping, TypeVar

import sqlcipher3
from pydantic import BaseModel, ValidationError
from sqlite_utils.db import Database, Table

from briefer.errors import InvalidRecord, NotFound, Refused, StaleRevision
from briefer.model.base import Record, utcnow
from briefer.store.current_revision import keep_superseded, revision_data

if TYPE_CHECKING:
    from briefer.store.store import Store

R = TypeVar("R", bound=Record)

#: ``json.dumps(value, ensure_ascii=False)`` without building an encoder per call (bulk loads call it
#: for every list field of every record).
ROW_JSON = json.JSONEncoder(ensure_ascii=False)


@dataclass(frozen=True)
class TableSpec(Generic[R]):
    """How one record kind is stored."""

    table: str
    model: type[R]
    #: field -> table whose ids it may hold (scalar or list fields); checked on write.
    refs: dict[str, str] = field(default_factory=dict)
    order_by: str = "created_at"
    #: which search index the record's text goes to ("records", "notes") or None.
    search: str | None = "records"
    #: columns in the table that are not model fields (e.g. attachment bytes).
    extra_columns: tuple[str, ...] = ()


@dataclass(frozen=True)
class Revision:
    """One stored version of a record."""

    revision: int
    changed_at: str
    changed_by: str
    action: str
    data: dict

    def record(self, model: type[R]) -> R:
        return model.model_validate(self.data)


def _json_fields(model: type[BaseModel]) -> frozenset[str]:
    out = set()
    for name, info in model.model_fields.items():
        ann = info.annotation
        origin = typing.get_origin(ann)
        if origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(ann) if a is not type(None)]
            ann = args[0] if len(args) == 1 else ann
            origin = typing.get_origin(ann)
        if origin in (list, dict, tuple, set) or (isinstance(ann, type) and issubclass(ann, BaseModel)):
            out.add(name)
    return frozenset(out)


def invalid_record(exc: ValidationError, kind: str, record_id: str | None = None) -> InvalidRecord:
    """Turn pydantic's error into one that names the record and the field, in words."""
    err = exc.errors()[0]
    loc = [str(p) for p in err.get("loc", ())]
    msg = str(err.get("msg", "invalid"))
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, "):]
    fieldname = ".".join(loc) if loc else None
    if not loc and ": " in msg and msg.split(": ", 1)[0].isidentifier():
        fieldname, msg = msg.split(": ", 1)
    if err.get("type") == "missing":
        msg = "is required"
    record = f"{kind} {record_id}" if record_id else kind
    return InvalidRecord(msg, record=record, field=fieldname)


def validate(model: type[R], data: dict, record_id: str | None = None) -> R:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise invalid_record(exc, model.kind, record_id or data.get("id")) from None


def stored_timestamp(moment: datetime) -> str:
    """How the store writes a moment: UTC ISO text to the millisecond with a "Z", so text order is time order.

    Public because every table with a timestamp (records, drafts, checklists, the print register) and
    the bundle format write it the same way.
    """
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@contextlib.contextmanager
def _constraints(kind: str, obj: Record):
    """A constraint the database enforces (unique country, foreign key) becomes an InvalidRecord."""
    try:
        yield
    except sqlcipher3.IntegrityError as exc:
        text = str(exc)
        fieldname = None
        if ":" in text:
            fieldname = text.split(":", 1)[1].strip().split(",")[0].split(".")[-1] or None
        if text.startswith("UNIQUE"):
            msg = "another record already has this value"
        elif text.startswith("FOREIGN KEY"):
            msg = "refers to a record that does not exist"
        else:
            msg = f"is not accepted by the database ({text})"
        raise InvalidRecord(msg, record=f"{kind} {obj.label()}", field=fieldname) from None


class Repository(Generic[R]):
    """Typed access to one table."""

    def __init__(self, store: "Store", spec: TableSpec[R]):
        self._store = store
        self.spec = spec
        self.model = spec.model
        #: the fields stored as JSON text (lists, nested models): decoded on read, encoded on write
        self.json_fields = _json_fields(spec.model)
        self._fields = tuple(spec.model.model_fields)
        self._tables: dict[str, Table] = {}
        self._tables_of: Database | None = None

    # ---------------------------------------------------------------- reading
    @property
    def _db(self):
        return self._store.db

    @property
    def _table(self) -> Table:
        return self._read(self.spec.table)

    def _read(self, table: str) -> Table:
        """sqlite-utils' ``table`` for reads; made again only when the store reconnects (``db.table`` costs a query)."""
        db = self._store.db
        if self._tables_of is not db:
            self._tables, self._tables_of = {}, db
        found = self._tables.get(table)
        if found is None:
            found = self._tables[table] = db.table(table)
        return found

    def row_data(self, row: dict) -> dict:
        """The model's fields from a table row, JSON columns decoded (malformed JSON is an InvalidRecord)."""
        data = {k: row[k] for k in self._fields if k in row}
        for k in self.json_fields:
            if isinstance(data.get(k), str):
                try:
                    data[k] = json.loads(data[k])
                except json.JSONDecodeError as exc:
                    raise InvalidRecord(f"malformed JSON in the database ({exc})",
                                        record=f"{self.model.kind} {row.get('id')}", field=k) from None
        return data

    def _from_row(self, row: dict) -> R:
        return validate(self.model, self.row_data(row), row.get("id"))

    def _to_row(self, obj: R) -> dict:
        row = obj.model_dump(mode="json")
        for k in self.json_fields:
            row[k] = ROW_JSON.encode(row[k])
        row["created_at"] = stored_timestamp(obj.created_at)
        row["updated_at"] = stored_timestamp(obj.updated_at)
        for k, v in row.items():
            if isinstance(v, int) and not isinstance(v, bool) and not -(2 ** 63) <= v < 2 ** 63:
                raise InvalidRecord("is too large a number to store", record=f"{self.model.kind} {obj.label()}",
                                    field=k)
        return row

    def select_list(self) -> str:
        """The model's columns as an SQL select list, for queries over this table elsewhere in the store."""
        return ", ".join(f"[{c}]" for c in self._fields)

    def get(self, record_id: str) -> R:
        found = self.find(record_id)
        if found is None:
            raise NotFound(f"no {self.model.kind} with id {record_id}")
        return found

    def find(self, record_id: str) -> R | None:
        row = next(self._table.rows_where("id = ?", [record_id], select=self.select_list()), None)
        return None if row is None else self._from_row(row)

    def where(self, where: str | None = None, params: Iterable[Any] = (), *, order_by: str | None = None,
              limit: int | None = None) -> list[R]:
        """Records matching an SQL condition — for use inside ``briefer.store`` only."""
        rows = self._table.rows_where(where or None, list(params), order_by=f"{order_by or self.spec.order_by}, rowid",
                                      select=self.select_list(), limit=None if limit is None else int(limit))
        return [self._from_row(row) for row in rows]

    def list(self, **equals: Any) -> list[R]:
        """All records, or those whose fields equal the given values (``None`` matches NULL)."""
        clauses, params = [], []
        for name, value in equals.items():
            if name not in self._fields:
                raise ValueError(f"{self.model.__name__} has no field {name!r}")
            if value is None:
                clauses.append(f"[{name}] IS NULL")
            else:
                clauses.append(f"[{name}] = ?")
                params.append(value.value if hasattr(value, "value") else value)
        return self.where(" AND ".join(clauses) or None, params)

    def ids(self) -> set[str]:
        return {row["id"] for row in self._table.rows_where(select="id")}

    def count(self) -> int:
        return self._table.count_where()

    def revision_of(self, record_id: str) -> int | None:
        row = next(self._table.rows_where("id = ?", [record_id], select="revision"), None)
        return None if row is None else row["revision"]

    # ---------------------------------------------------------------- writing
    def add(self, obj: R) -> R:
        """Insert a new record (revision 1)."""
        now = utcnow()
        obj = obj.model_copy(update={"revision": 1, "created_at": now, "updated_at": now})
        with self._store.write():
            if self.revision_of(obj.id) is not None:
                raise Refused(f"a {self.model.kind} with id {obj.id} already exists")
            self._check_refs(obj)
            with _constraints(self.model.kind, obj):
                self._db.table(self.spec.table).insert(self._to_row(obj))
            self._after_write(obj, "insert")
        return obj

    def update(self, obj: R) -> R:
        """Save ``obj`` over the stored record, if nobody saved in between."""
        obj = validate(self.model, obj.model_dump(), obj.id)  # models built with model_copy skip validation
        new = obj.model_copy(update={"revision": obj.revision + 1, "updated_at": utcnow()})
        row = self._to_row(new)
        with self._store.write():
            self._check_refs(new)
            keep_superseded(self._store, self.spec.table, [obj.id])
            sets = ", ".join(f"[{k}] = ?" for k in row if k not in ("id", "created_at"))
            with _constraints(self.model.kind, new):
                cur = self._db.execute(
                    f"UPDATE [{self.spec.table}] SET {sets} WHERE id = ? AND revision = ?",
                    [v for k, v in row.items() if k not in ("id", "created_at")] + [obj.id, obj.revision],
                )
            if cur.rowcount != 1:
                stored = self.revision_of(obj.id)
                if stored is None:
                    raise NotFound(f"no {self.model.kind} with id {obj.id} (was it deleted?)")
                raise StaleRevision(
                    f"this {self.model.kind} was changed elsewhere (you edited revision "
                    f"{obj.revision}, the stored one is {stored}); reload it and apply your change again",
                    record=f"{self.model.kind} {obj.label()}",
                )
            self._after_write(new, "update")
        return new

    def save(self, obj: R) -> R:
        """Add a new record (revision 0) or update an existing one."""
        return self.add(obj) if obj.revision == 0 else self.update(obj)

    def put(self, obj: R, *, action: str = "import") -> R:
        """Store ``obj`` exactly as given (revision and timestamps kept) — for loaders and merges."""
        obj = validate(self.model, obj.model_dump(), obj.id)
        with self._store.write():
            self._check_refs(obj)
            keep_superseded(self._store, self.spec.table, [obj.id])
            with _constraints(self.model.kind, obj):
                self._db.table(self.spec.table).upsert(self._to_row(obj), pk="id")
            self._db.execute(
                "DELETE FROM tombstones WHERE record_table = ? AND record_id = ?", [self.spec.table, obj.id]
            )
            self._after_write(obj, action)
        return obj

    def put_many(self, objs: Iterable[R], *, action: str = "import", batch: int = 1000, validated: bool = False,
                 texts: Mapping[str, str] | None = None) -> int:
        """Store many records exactly as given — :meth:`put` for bulk loads, one transaction.

        Same checks as ``put`` (validation, conference days, references) and the
        same bookkeeping (revision row, tombstone cleared, search document), but
        batched statements instead of several per record: loading 50,000 notes
        one by one spends most of its time in per-row Python and SQL round trips.
        The one bulk write path of the store: loaders, generators and bundle
        imports all come through here.

        ``validated=True`` skips re-validating records the caller has just built
        with ``model_validate`` (a bundle import validates each record once, as
        it reads it). ``texts`` maps record ids to the JSON of exactly that
        record for its revision row, when the caller already has it (a bundle
        carries every record's canonical JSON: ~2 s of 50,000 notes' restore).
        """
        items = list(objs) if validated else [validate(self.model, o.model_dump(), o.id) for o in objs]
        if not items:
            return 0
        with self._store.write():
            self._check_refs_many(items)
            for start in range(0, len(items), batch):
                chunk = items[start:start + batch]
                rows = [self._to_row(o) for o in chunk]
                cols = list(rows[0])
                names = ", ".join(f"[{c}]" for c in cols)
                marks = ", ".join("?" for _ in cols)
                sets = ", ".join(f"[{c}] = excluded.[{c}]" for c in cols if c != "id")
                sql = f"INSERT INTO [{self.spec.table}] ({names}) VALUES ({marks}) ON CONFLICT(id) DO UPDATE SET {sets}"
                keep_superseded(self._store, self.spec.table, [o.id for o in chunk])
                try:
                    self._db.conn.executemany(sql, [[r[c] for c in cols] for r in rows])
                except sqlcipher3.IntegrityError:
                    # Find the record the database refuses (an upsert of the rows before it is harmless
                    # to repeat), so that the message names it.
                    for obj, r in zip(chunk, rows):
                        with _constraints(self.model.kind, obj):
                            self._db.conn.execute(sql, [r[c] for c in cols])
                    raise
                self._db.conn.executemany(
                    "DELETE FROM tombstones WHERE record_table = ? AND record_id = ?",
                    [(self.spec.table, o.id) for o in chunk],
                )
                self._store.record_revisions(self.spec.table, chunk, action, texts)
                self._store.search_index.update_many(self.spec, chunk)
        return len(items)

    def _check_refs_many(self, items: list[R]) -> None:
        """The reference and context checks of ``put`` for a batch, one query per target table.

        The message names the record by id (``note 6f1…: field 'meeting_id'``),
        as a bundle import reports it (docs/bundle-format.md).
        """
        known: dict[str, set[str]] = {}
        own = {o.id for o in items}
        if self.spec.table == "conference" and len(own) > 1:
            raise Refused("a database holds one conference; the batch holds " + str(len(own)))
        for obj in items:
            self._check_context(obj)
            for fieldname, table in self.spec.refs.items():
                value = getattr(obj, fieldname)
                wanted = [v for v in (value if isinstance(value, list) else [value]) if v]
                if not wanted:
                    continue
                if table not in known:
                    known[table] = self._store.repo_for_table(table).ids()
                    if table == self.spec.table:
                        known[table] |= own
                missing = [v for v in wanted if v not in known[table]]
                if missing:
                    raise InvalidRecord(
                        f"refers to an unknown {self._store.repo_for_table(table).model.kind} ({missing[0]})",
                        record=f"{self.model.kind} {obj.id}",
                        field=fieldname,
                    )

    def delete(self, record_id: str, *, revision: int | None = None) -> None:
        """Delete a record; refused while other records still point at it."""
        current = self.get(record_id)
        if revision is not None and current.revision != revision:
            raise StaleRevision(
                f"this {self.model.kind} was changed elsewhere; reload it before deleting",
                record=f"{self.model.kind} {current.label()}",
            )
        dependents = self._store.dependents(self.spec.table, record_id)
        if dependents:
            raise Refused(
                f"cannot delete {self.model.kind} '{current.label()}': still referred to by "
                + ", ".join(f"{n} {t}" for t, n in dependents.items()),
            )
        with self._store.write():
            keep_superseded(self._store, self.spec.table, [record_id])
            self._db.execute(f"DELETE FROM [{self.spec.table}] WHERE id = ?", [record_id])
            now = stored_timestamp(utcnow())
            self._db.table("tombstones").upsert(
                {
                    "record_table": self.spec.table, "record_id": record_id,
                    "revision": current.revision + 1, "deleted_at": now, "deleted_by": self._store.user,
                },
                pk=("record_table", "record_id"),
            )
            self._db.table("revisions").insert(
                {
                    "record_table": self.spec.table, "record_id": record_id,
                    "revision": current.revision + 1, "data": json.dumps(current.model_dump(mode="json"), ensure_ascii=False),
                    "changed_at": now, "changed_by": self._store.user, "action": "delete",
                }
            )
            self._store.search_index.remove(self.spec, record_id)

    # ---------------------------------------------------------------- history
    def history(self, record_id: str) -> list[Revision]:
        """Every stored version of the record, oldest first."""
        rows = self._read("revisions").rows_where(
            "record_table = ? AND record_id = ?", [self.spec.table, record_id], order_by="revision",
            select="revision, changed_at, changed_by, action, data")
        out = []
        for r in rows:
            data = revision_data(self._store, self.spec.table, record_id, r["data"])
            if data is not None:
                out.append(Revision(r["revision"], r["changed_at"], r["changed_by"] or "", r["action"], data))
        return out

    def restore(self, record_id: str, revision: int) -> R:
        """Make an old version current again — as a new revision; nothing is overwritten."""
        old = next((h for h in self.history(record_id) if h.revision == revision), None)
        if old is None:
            raise NotFound(f"{self.model.kind} {record_id} has no revision {revision}")
        current = self.get(record_id)
        data = dict(old.data)
        data.update(revision=current.revision, created_at=current.created_at)
        restored = validate(self.model, data, record_id)
        return self.update(restored)

    # ---------------------------------------------------------------- helpers
    def _after_write(self, obj: R, action: str) -> None:
        self._store.record_revision(self.spec.table, obj, action)
        self._store.search_index.update(self.spec, obj)

    def _check_context(self, obj: R) -> None:
        """Rules that need other records: a session must lie within the conference days."""
        if self.spec.table == "conference":
            others = self.where("id != ?", [obj.id])
            if others:
                raise Refused(f"this database already holds the conference '{others[0].name}'; "
                              "a database holds one conference")
        check = getattr(obj, "check_within", None)
        if check is None:
            return
        conf = self._store.conference()
        if conf is None:
            return
        try:
            check(conf)
        except ValueError as exc:
            fieldname, _, msg = str(exc).partition(": ")
            raise InvalidRecord(msg, record=f"{self.model.kind} {obj.label()}", field=fieldname) from None

    def _check_refs(self, obj: R) -> None:
        self._check_context(obj)
        for fieldname, table in self.spec.refs.items():
            value = getattr(obj, fieldname)
            wanted = [v for v in (value if isinstance(value, list) else [value]) if v]
            if not wanted:
                continue
            placeholders = ", ".join("?" for _ in wanted)
            found = {row["id"] for row in self._read(table).rows_where(f"id IN ({placeholders})", wanted,
                                                                             select="id")}
            missing = [v for v in wanted if v not in found]
            if missing:
                raise InvalidRecord(
                    f"refers to an unknown {self._store.repo_for_table(table).model.kind} ({missing[0]})",
                    record=f"{self.model.kind} {obj.label()}",
                    field=fieldname,
                )
