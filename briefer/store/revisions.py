"""Every kept version of one record, for the history dialog (Edit → History…).

The repository keeps each revision (``revisions`` table); which repository holds
a record is the store's business, so the dialog passes the record and gets its
versions, oldest first, without looking up a repository itself.
"""

from __future__ import annotations

from briefer.model import Record
from briefer.store.repository import Revision


def revisions_of(store, record: Record) -> list[Revision]:
    """The stored versions of ``record``, oldest first (a deleted record keeps them)."""
    return store.repo_for(type(record)).history(record.id)
