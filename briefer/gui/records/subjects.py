"""Which records have a past at earlier conferences: countries, their briefs, people, organisations.

Kept apart from the dialog so the history dialog can decide whether to offer
"At earlier conferences…" without importing what reads the earlier files.
"""

from __future__ import annotations

from briefer.model import Country, CountryBrief, Organisation, Person
from briefer.schedule.memory import Subject


def subject_of(record) -> Subject | None:
    """Whom a record's earlier history is about; None for records that have none (meetings, notes)."""
    if isinstance(record, CountryBrief):
        return Subject(country=record.country)
    if isinstance(record, Country):
        return Subject(country=record.iso3)
    if isinstance(record, Person):
        return Subject(person=record)
    if isinstance(record, Organisation):
        return Subject(organisation=record)
    return None
