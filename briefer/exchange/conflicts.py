"""Conflict copies: listing them and resolving one by keeping a side or merging both.

A conflict copy is the other laptop's version of a record both sides changed.
Resolving it never throws words away silently: "local" keeps the current
version (the copy stays in the conflict history), "theirs" makes the copy
current as a new revision, "merged" does a three-way merge against the
common ancestor found in the record's revisions — a field changed on one side
takes that side, a text changed on both sides keeps both texts.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError

from briefer.errors import Refused
from briefer.exchange.bundle import MODEL_BY_TABLE
from briefer.model.base import Record
from briefer.store import Store
from briefer.store.exchange import ConflictCopy, ExchangeState, version_hash
from briefer.store.repository import invalid_record

KEEP = ("local", "theirs", "merged")
_META_FIELDS = ("id", "revision", "created_at", "updated_at")
MERGE_MARK = "——— other version ———"


@dataclass(frozen=True)
class ConflictView:
    copy: ConflictCopy
    kind: str
    label: str
    current: Record | None
    #: fields whose values differ between the current record and the copy
    fields: tuple[str, ...]


def list_conflicts(store: Store, *, include_resolved: bool = False) -> list[ConflictView]:
    state = ExchangeState(store)
    out = []
    for c in state.conflicts(status=None if include_resolved else "open"):
        out.append(_view(store, c))
    return out


def get_conflict(store: Store, text: str) -> ConflictView:
    return _view(store, ExchangeState(store).conflict(text))


def _view(store: Store, c: ConflictCopy) -> ConflictView:
    model = MODEL_BY_TABLE[c.table]
    current = store.repo_for_table(c.table).find(c.record_id)
    cur = current.model_dump(mode="json") if current else {}
    fields = tuple(k for k in c.data if k not in _META_FIELDS and cur.get(k) != c.data.get(k))
    label = current.label() if current else _label(model, c.data)
    return ConflictView(c, model.kind, label, current, fields)


def _label(model: type[Record], data: dict) -> str:
    try:
        return model.model_validate(data).label()
    except ValidationError:
        return str(data.get("id"))


def resolve(store: Store, conflict_id: str, keep: str) -> Record | None:
    """Resolve one conflict copy; returns the record as it now stands."""
    if keep not in KEEP:
        raise ValueError(f"keep must be one of {', '.join(KEEP)}")
    state = ExchangeState(store)
    c = state.conflict(conflict_id)
    if c.status != "open":
        raise Refused(f"conflict {c.id[:8]} is already resolved ({c.resolution})")
    repo = store.repo_for_table(c.table)
    model = MODEL_BY_TABLE[c.table]
    with store.write():
        current = repo.find(c.record_id)
        result = current
        if keep == "theirs":
            data = dict(c.data)
        elif keep == "merged":
            data = _three_way(repo, c, current) if current is not None else dict(c.data)
        else:
            data = None
        if data is not None:
            if current is None:
                # Deleted here meanwhile: it comes back as the revision after its deletion. With the copy's
                # own revision number it would take the place of a stored version in the revision log
                # (one row per revision), and that version's text would be lost from History.
                last = max((h.revision for h in repo.history(c.record_id)), default=0)
                data.update(revision=last + 1)
                result = repo.put(_validate(model, data), action="resolve")
            else:
                data.update(revision=current.revision, created_at=current.created_at.isoformat())
                result = repo.update(_validate(model, data))
        state.add_superseded(c.table, c.record_id, {c.version, *c.ancestors})
        state.close_conflict(c.id, keep)
    return result


def _validate(model: type[Record], data: dict) -> Record:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise invalid_record(exc, model.kind, data.get("id")) from None


def common_ancestor(repo, c: ConflictCopy) -> dict | None:
    """The newest local revision the copy also grew from."""
    for rev in reversed(repo.history(c.record_id)):
        if version_hash(rev.data) in c.ancestors:
            return rev.data
    return None


def _three_way(repo, c: ConflictCopy, current: Record) -> dict:
    base = common_ancestor(repo, c) or {}
    mine = current.model_dump(mode="json")
    theirs = c.data
    merged = dict(mine)
    for name in theirs:
        if name in _META_FIELDS:
            continue
        b, m, t = base.get(name), mine.get(name), theirs.get(name)
        if m == t or t == b:
            continue
        if m == b:
            merged[name] = t
        elif isinstance(m, str) and isinstance(t, str):
            merged[name] = m if t in m else f"{m}\n\n{MERGE_MARK}\n{t}" if m else t
        elif isinstance(m, list) and isinstance(t, list):
            merged[name] = m + [x for x in t if x not in m]
        # anything else changed on both sides: the local value stays (the copy stays in history)
    return merged
