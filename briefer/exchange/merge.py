"""Merging a bundle into the local store without losing a word.

Every record version has a name (a hash of its content) and knows the
versions it supersedes (its ancestry: the revisions it grew from here, plus
what merges and resolutions absorbed). For each record the bundle mentions,
the merge gathers the *heads* — the local current version or deletion, the
local open conflict copies, and the bundle's version, deletion and conflict
copies — and keeps those no other head supersedes:

- one head left: that is the record (a change made on one side only wins);
- several left: the record was changed on both sides since the common
  version; the local one stays current (or, if the local one was superseded,
  the bundle's), the others are kept as conflict copies to resolve;
- a deletion only wins over versions it superseded: a record edited after
  (i.e. without knowledge of) the deletion is kept.

Because the result depends only on the set of versions and their ancestry,
laptops that exchange bundles in any order end up with the same versions and
the same conflicts, and importing a bundle twice changes nothing the second
time. The whole import is one transaction; ``dry_run`` rolls it back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from briefer.collector import paused
from briefer.errors import BrieferError, ImportFailed
from briefer.exchange.bundle import (
    ALL_TABLES,
    MODEL_BY_TABLE,
    Bundle,
    Incoming,
    IncomingCopy,
    IncomingTombstone,
    read_bundle,
    records_member,
)
from briefer.i18n import counted
from briefer.model.base import Record
from briefer.store import Store
from briefer.store.store import SPEC_BY_TABLE
from briefer.store.wholefile.backup import backup_committed_state
from briefer.store.exchange import ConflictCopy, ExchangeState, Tombstone, version_hash
from briefer.store.wholefile.fresh import fresh_file


@dataclass(frozen=True)
class Change:
    table: str
    record_id: str
    label: str

    @property
    def kind(self) -> str:
        return MODEL_BY_TABLE[self.table].kind


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do)."""

    dry_run: bool = False
    added: list[Change] = field(default_factory=list)
    updated: list[Change] = field(default_factory=list)
    conflicted: list[Change] = field(default_factory=list)
    deleted: list[Change] = field(default_factory=list)
    #: records kept although the bundle deleted them: they were edited without knowing of the deletion.
    kept: list[Change] = field(default_factory=list)
    unchanged: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.conflicted or self.deleted)

    def summary(self) -> str:
        return (f"{len(self.added)} added, {len(self.updated)} updated, {counted('conflicts', len(self.conflicted))}, "
                f"{len(self.deleted)} deleted, {len(self.kept)} kept despite a deletion, "
                f"{self.unchanged} unchanged")


@dataclass(frozen=True)
class _Head:
    deleted: bool
    version: str | None
    ancestors: frozenset[str]
    origin: str  # local, local-copy, remote, remote-copy
    obj: Record | None = None
    tombstone: Tombstone | None = None
    copy: ConflictCopy | None = None
    data: dict | None = None
    source: str = ""
    #: the version's canonical JSON, when the bundle carries it
    text: str = ""

    def updated_key(self) -> tuple[str, str]:
        stamp = self.obj.updated_at.isoformat() if self.obj is not None else str((self.data or {}).get("updated_at"))
        return (stamp, self.version or "")


@dataclass(slots=True)
class _RecordSides:
    """Everything both sides hold of one record: the versions the merge decides between."""

    table: str
    record_id: str
    #: the local current version (None: deleted here, or never seen)
    current: Record | None
    #: every version of it this store has seen, current or superseded
    known: set[str]
    local_tombstone: Tombstone | None
    local_copies: list[ConflictCopy]
    #: the bundle's version, deletion and conflict copies
    incoming: Incoming | None
    incoming_tombstone: IncomingTombstone | None
    incoming_copies: list[IncomingCopy]


@dataclass(slots=True)
class _TableMerge:
    """Where the merge of one table puts what it decides; shared by all its records."""

    state: ExchangeState
    bundle: Bundle
    report: ImportReport
    #: each record to write, with its JSON when the bundle has it
    puts: list[tuple[Record, str]]
    #: deletions to carry out once every table is merged (dependents first)
    deletions: list[tuple[Tombstone, Record]]


class _Rollback(Exception):
    pass


def import_bundle(store: Store, path: Path, *, dry_run: bool = False) -> ImportReport:
    """Merge the bundle at ``path`` into ``store``: all of it, or (on any problem) nothing.

    The backup that lets a user undo an import is taken only when the merge
    found something to write, from the state committed before it (a second
    connection, see ``backup_committed_state``), just before the commit: a
    bundle imported again costs no 700 MB backup, and an empty store needs none.
    Python's cycle collector is paused meanwhile (see briefer/collector.py).
    """
    with paused():
        return _import_bundle(store, path, dry_run=dry_run)


def _import_bundle(store: Store, path: Path, *, dry_run: bool = False) -> ImportReport:
    report = ImportReport(dry_run=dry_run)
    empty = store.is_empty()
    keep_backup = not dry_run and store.path is not None and not empty
    try:
        if empty and not dry_run:
            # Restoring into an empty store: fill a new file and swap it in (store/wholefile/fresh.py), ~1/3 faster
            # than through the WAL, with the notes' index built on the second core meanwhile
            # (store/search_parallel.py); None when another connection has the file open.
            with fresh_file(store) as fresh:
                if fresh is not None:
                    builder = fresh.search_index.build_in_parallel("notes")
                    offer = None if builder is None else (lambda table, obj: builder.offer(SPEC_BY_TABLE[table], obj))
                    try:
                        bundle = read_bundle(Path(path), on_record=offer)
                        _merge_in_one_transaction(fresh, bundle, report, cache_kib=FRESH_CACHE_KIB)
                    finally:
                        if builder is not None:
                            builder.close()
                    return report
        bundle = read_bundle(Path(path))
        _merge_in_one_transaction(store, bundle, report, dry_run=dry_run, keep_backup=keep_backup)
    except _Rollback:
        pass
    except ImportFailed:
        raise
    except BrieferError as exc:
        table = getattr(exc, "_table", None)
        member = records_member(table) if table else "bundle"
        raise ImportFailed(f"{exc.message}; nothing was imported", file=str(path),
                           record=f"{member}: {exc.record}" if exc.record else member, field=exc.field) from None
    return report


#: Page cache ceiling (KiB) when filling a new file: without a WAL a spilled page costs no statement-journal
#: thrash, and 64 MiB measured as fast as 1 GiB (CPU 25.5 s vs 24.8 s) at ~400 MB less peak memory.
FRESH_CACHE_KIB = 64 * 1024


def _merge_in_one_transaction(store: Store, bundle: Bundle, report: ImportReport, *, dry_run: bool = False,
                              keep_backup: bool = False, cache_kib: int | None = None) -> ExchangeState:
    state = ExchangeState(store)
    # One transaction; the search index is brought up to date once, at its end (see SearchIndex.bulk).
    with state.large_cache(*([cache_kib] if cache_kib else [])), store.write():
        with store.search_index.bulk():
            _merge(store, state, bundle, report)
        if dry_run:
            raise _Rollback()
        if keep_backup and state.wrote:
            backup_committed_state(store, "import")  # a merge can always be undone by restoring this
    return state


def _merge(store: Store, state: ExchangeState, bundle: Bundle, report: ImportReport) -> None:
    deletions: list[tuple[Tombstone, Record]] = []
    for table in ALL_TABLES:
        try:
            _merge_table(store, state, bundle, table, report, deletions)
        except BrieferError as exc:
            exc._table = table  # type: ignore[attr-defined]
            raise
    # Deletions last, dependents first, so a note goes before its meeting.
    order = {t: i for i, t in enumerate(ALL_TABLES)}
    for tomb, current in sorted(deletions, key=lambda d: -order[d[0].table]):
        if store.dependents(tomb.table, tomb.record_id):
            # Newer records here still point at it (a note added after the deletion): keep it.
            change = Change(tomb.table, tomb.record_id, current.label())
            report.deleted.remove(change)
            report.kept.append(change)
            continue
        try:
            state.delete_merged(tomb, current)
        except BrieferError as exc:
            exc._table = tomb.table  # type: ignore[attr-defined]
            raise


def _merge_table(store: Store, state: ExchangeState, bundle: Bundle, table: str, report: ImportReport,
                 deletions: list) -> None:
    # taken out of the bundle: once a table is merged its records can be let go (memory of a restore)
    remote = {inc.obj.id: inc for inc in bundle.records.pop(table, [])}
    incoming_tombstones = {t.tombstone.record_id: t for t in bundle.tombstones.get(table, [])}
    incoming_copies: dict[str, list[IncomingCopy]] = {}
    for c in bundle.conflicts.get(table, []):
        incoming_copies.setdefault(c.record_id, []).append(c)
    ids = list(dict.fromkeys([*remote, *incoming_tombstones, *incoming_copies]))
    if not ids:
        return
    if state.holds_nothing_of(table):  # a restore into an empty store: nothing local to look up
        local, known = {}, {}
    else:
        local = _local_records(state, table, ids, remote)
        known = state.known_versions(table, ids)
    local_tombstones = state.tombstones(table)
    local_copies: dict[str, list[ConflictCopy]] = {}
    for c in state.conflicts(table=table):
        local_copies.setdefault(c.record_id, []).append(c)
    run = _TableMerge(state, bundle, report, puts=[], deletions=deletions)
    puts = run.puts
    for rid in ids:
        _merge_record(run, _RecordSides(
            table, rid, current=local.get(rid), known=known.get(rid, set()),
            local_tombstone=local_tombstones.get(rid), local_copies=local_copies.get(rid, []),
            incoming=remote.get(rid), incoming_tombstone=incoming_tombstones.get(rid),
            incoming_copies=incoming_copies.get(rid, []),
        ))
    # Records from the bundle were validated as it was read, and it carries their JSON for the revision rows.
    if puts:
        state.wrote = True
    store.repo_for_table(table).put_many([obj for obj, _ in puts], validated=True,
                                         texts={obj.id: text for obj, text in puts if text})
    if table == "attachments":
        for obj, _ in puts:
            if obj.id in bundle.attachments:
                state.set_attachment_content(obj.id, bundle.attachments[obj.id])


def _local_records(state: ExchangeState, table: str, ids: list[str], remote: dict) -> dict[str, Record]:
    """The local current records among ``ids``.

    A record stored exactly as the bundle has it (the common case when a bundle
    is imported again) is taken from the bundle, already validated: comparing
    its stored fields costs a tenth of validating the row.
    """
    out: dict[str, Record] = {}
    for rid, data in state.current_rows(table, ids).items():
        inc = remote.get(rid)
        out[rid] = inc.obj if inc is not None and state.stored_as(data, inc.obj) else state.record_from(table, data)
    return out


def _merge_record(run: _TableMerge, record: _RecordSides) -> None:
    state, report = run.state, run.report
    table, rid, cur, known = record.table, record.record_id, record.current, record.known
    incoming, local_tombstone, incoming_tombstone = record.incoming, record.local_tombstone, record.incoming_tombstone
    local_copies = record.local_copies
    if incoming is not None and local_tombstone is None and not local_copies and incoming_tombstone is None \
            and not record.incoming_copies and incoming.version not in incoming.ancestors:
        # Only the bundle's version and (perhaps) the local one: the two cases that make up a restore
        # and a second import, concluded without building the heads (66,000 records: ~1 s).
        if cur is incoming.obj and incoming.ancestors <= known:
            report.unchanged += 1  # exactly the local current version, with no history this store lacks
            return
        if cur is None:
            # new here, nothing else about it anywhere: the only head, added; its ancestors absorbed
            run.puts.append((incoming.obj, incoming.text))
            report.added.append(Change(table, rid, incoming.obj.label()))
            state.add_superseded(table, rid, incoming.ancestors - known)
            return
    heads = _heads(record, run.bundle)
    cur_version = heads[0].version if cur is not None else None

    superseded: set[str] = set().union(*(h.ancestors for h in heads))
    surviving: dict[str, _Head] = {}
    for h in heads:
        if not h.deleted and h.version not in superseded and h.version not in surviving:
            surviving[h.version] = h
    dominated = {h.version for h in heads if not h.deleted and h.version not in surviving}
    absorbed = (superseded | dominated | known) - set(surviving)
    label = (cur or (incoming.obj if incoming else None))
    change = Change(table, rid, label.label() if label is not None else rid)

    if not surviving:
        # Every version is superseded by a deletion.
        tomb = local_tombstone or (incoming_tombstone.tombstone if incoming_tombstone else None)
        if tomb is None:  # only conflict copies, all superseded: nothing to keep
            _close_copies(state, local_copies, surviving)
            return
        if cur is not None:
            run.deletions.append((tomb, cur))
            report.deleted.append(change)
        elif local_tombstone is None:
            state.put_tombstone(tomb)
        else:
            report.unchanged += 1
        state.add_superseded(table, rid, absorbed - known)
        _close_copies(state, local_copies, surviving)
        return

    if cur_version in surviving:
        chosen = surviving[cur_version]
    elif incoming is not None and incoming.version in surviving:
        chosen = surviving[incoming.version]
    else:
        chosen = max(surviving.values(), key=_Head.updated_key)
    if chosen.origin != "local":
        obj = chosen.obj if chosen.obj is not None else _validate_copy(table, chosen)
        run.puts.append((obj, chosen.text))
        (report.updated if cur is not None else report.added).append(change)
    if incoming_tombstone is not None and cur is not None:
        report.kept.append(change)
    state.add_superseded(table, rid, absorbed - known)
    open_versions = {c.version for c in local_copies}
    new_conflict = False
    for version, h in surviving.items():
        if h is chosen or version in open_versions:
            continue
        data = h.data if h.data is not None else h.obj.model_dump(mode="json")
        state.add_conflict(table, rid, version, data, h.ancestors, h.source)
        new_conflict = True
    if new_conflict:
        report.conflicted.append(change)
    elif chosen.origin == "local":
        report.unchanged += 1
    _close_copies(state, local_copies, surviving, chosen)


def _heads(record: _RecordSides, bundle: Bundle) -> list[_Head]:
    """Every version of the record on either side, the local current one (when there is one) first."""
    heads: list[_Head] = []
    cur, incoming, known = record.current, record.incoming, record.known
    if cur is not None:
        # the common case on a second import: identical to the bundle's, no need to hash
        if incoming is not None and cur == incoming.obj:
            cur_version = incoming.version
        else:
            cur_version = version_hash(cur.model_dump(mode="json"))
        heads.append(_Head(False, cur_version, frozenset(known - {cur_version}), "local", obj=cur))
    elif record.local_tombstone is not None:
        heads.append(_Head(True, None, frozenset(known), "local", tombstone=record.local_tombstone))
    for c in record.local_copies:
        heads.append(_Head(False, c.version, c.ancestors, "local-copy", copy=c, data=c.data,
                           source=c.source_install))
    if incoming is not None:
        heads.append(_Head(False, incoming.version, incoming.ancestors, "remote", obj=incoming.obj,
                           source=bundle.source_install, text=incoming.text))
    if record.incoming_tombstone is not None:
        heads.append(_Head(True, None, record.incoming_tombstone.ancestors, "remote",
                           tombstone=record.incoming_tombstone.tombstone))
    for c in record.incoming_copies:
        inc = c.incoming
        heads.append(_Head(False, inc.version, inc.ancestors, "remote-copy", obj=inc.obj,
                           source=c.source_install or bundle.source_install, text=inc.text))
    return heads


def _close_copies(state, local_copies: list[ConflictCopy], surviving: dict, chosen: _Head | None = None) -> None:
    for c in local_copies:
        if c.version not in surviving:
            state.close_conflict(c.id, "superseded")
        elif chosen is not None and chosen.version == c.version:
            state.close_conflict(c.id, "became current")


def _validate_copy(table: str, h: _Head) -> Record:
    try:
        return MODEL_BY_TABLE[table].model_validate(h.data)
    except ValidationError:
        raise ImportFailed(f"a stored conflict copy of {table} {h.copy.record_id if h.copy else ''} is invalid")
