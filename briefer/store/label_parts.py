"""What a record's label needs from the store beyond the record itself.

A bilateral with an organisation is "Bilateral with the European Commission",
or with an acronym "Bilateral with FAO": its label needs that organisation,
which the record holds only by id. Headings, undo texts, the status bar,
search results and draft recovery all name records; they ask here rather
than each reading the organisation from the store.
"""

from __future__ import annotations

from briefer.model import Organisation, Record


def label_organisations(store, record: Record) -> dict[str, Organisation]:
    """The organisation ``record`` is held with, by id, for its label; {} if none (or it was deleted)."""
    oid = getattr(record, "counterpart_organisation_id", None)
    org = store.organisations.find(oid) if oid else None
    return {oid: org} if org is not None else {}
