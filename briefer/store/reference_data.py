"""The conference's reference data — rooms, organisations — as their editing dialogs list and open them.

These are edited in small dialogs (Conference → Rooms…, Organisations…) that
list every record by name and open one. The dialogs ask here, by model, rather
than reading a repository themselves; their writes still go through the store.
"""

from __future__ import annotations

from briefer.model import Record


def reference_records(store, model: type[Record], lang: str = "en") -> list[Record]:
    """Every record of ``model``, in the order of their labels in ``lang`` (as the dialog lists them)."""
    return sorted(store.repo_for(model).list(), key=lambda r: r.label(lang).casefold())


def reference_record(store, model: type[Record], record_id: str) -> Record | None:
    """The record ``record_id`` of ``model`` as stored now (the revision its next save builds on), or None."""
    return store.repo_for(model).find(record_id)
