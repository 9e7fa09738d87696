"""What a draft left behind belongs to: the record it was typed into and its meeting.

At start-up the app offers back every draft a crash left (``drafts.py``) and
must name it ("notes of Bilateral with Indonesia"), compare it with its note
(a draft equal to the note is dropped silently) and restore it into that note
or into the record editor it came from. The view asks here for those records
instead of reading the store itself; drafts are few, so each is read whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefer.errors import BrieferError
from briefer.model import Meeting, Note, Record
from briefer.store.drafts import Draft


@dataclass(frozen=True)
class DraftOwner:
    """The record a draft was typed into (None: a new one, or since deleted) and the meeting it was typed in."""

    record: Record | None = None
    meeting: Meeting | None = None

    @property
    def note(self) -> Note | None:
        """The note a meeting-mode draft continues, or None (a new note, or an editor's draft)."""
        return self.record if isinstance(self.record, Note) else None


def drafts_left(store) -> list[Draft]:
    """Every draft kept in the store, oldest first."""
    return store.drafts.all()


def owner_of(store, draft: Draft) -> DraftOwner:
    """The records ``draft`` belongs to, as stored now; a table the store does not know gives no record."""
    record = None
    if draft.record_table and draft.record_id:
        try:
            record = store.repo_for_table(draft.record_table).find(draft.record_id)
        except (AttributeError, BrieferError):
            record = None
    meeting = store.meetings.find(draft.meeting_id) if draft.meeting_id else None
    return DraftOwner(record, meeting)
