"""What a search hit is about, read for its title in the results list.

A hit names a row (``record_table``, ``record_id``); a person reads "Brief:
Bilateral with Indonesia — final", not the brief's id. The search box shows
30 hits per keystroke, so this reads only the records a title needs — the
brief or outcome found and, for those, the meeting they belong to — and
nothing for hits whose title the index already holds (notes, people…). The
view words it; this module knows which records to fetch, so the view holds
no store queries.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefer.model import Meeting, Record

#: Tables whose hit is titled by the record itself (its label).
TITLED_BY_RECORD = ("meetings", "countries", "delegations", "country_briefs")
#: Tables whose hit is titled by the meeting the record belongs to.
TITLED_BY_MEETING = ("meeting_briefs", "outcomes")


@dataclass(frozen=True)
class HitSubject:
    """The record a hit found (None when it needs no reading or is gone) and, for a brief or an outcome, its meeting."""

    record: Record | None = None
    meeting: Meeting | None = None


def hit_subject(store, record_table: str, record_id: str) -> HitSubject:
    """The records the title of a hit on ``record_table``/``record_id`` is made from."""
    if record_table not in TITLED_BY_RECORD + TITLED_BY_MEETING:
        return HitSubject()
    record = store.repo_for_table(record_table).find(record_id)
    if record_table in TITLED_BY_MEETING:
        meeting = store.meetings.find(record.meeting_id) if record is not None and record.meeting_id else None
        return HitSubject(record, meeting)
    return HitSubject(record)
