"""One bilateral as the views show it: the meeting, its brief, the notes and outcomes taken in it, its actions.

Bilaterals, meeting mode, Today and the one-page brief all need "the brief of
this meeting"; they ask :func:`brief_of` (one place that knows a meeting has at
most one brief, found by its ``meeting_id``) or :func:`meeting_sheet` for the
whole sheet, instead of querying the store themselves. Words are in the
reader's language (:meth:`MeetingSheet.notes_text`).
"""

from __future__ import annotations

from dataclasses import dataclass

from briefer import i18n
from briefer.model import Action, Meeting, MeetingBrief, Note, Outcome


def brief_of(store, meeting_id: str) -> MeetingBrief | None:
    """The brief of the meeting ``meeting_id``, or None while nobody has written one."""
    briefs = store.meeting_briefs.list(meeting_id=meeting_id)
    return briefs[0] if briefs else None


@dataclass(frozen=True)
class MeetingSheet:
    """What is known about one meeting, read together (the brief may still be missing)."""

    meeting: Meeting
    brief: MeetingBrief | None
    notes: tuple[Note, ...]
    outcomes: tuple[Outcome, ...]
    actions: tuple[Action, ...]

    def notes_text(self, lang: str = "en") -> str:
        """The notes (author, kind) then the outcomes, as plain text; "" when nothing was noted."""
        parts = [f"— {n.author or '?'} ({n.note_kind.label(lang)})\n{n.body}\n" for n in self.notes]
        if self.outcomes:
            parts.append(f"{i18n.label('sheet_outcomes', lang)}:\n" + "\n".join(f"• {o.text}" for o in self.outcomes))
        return "\n".join(parts)


def meeting_sheet(store, meeting_id: str) -> MeetingSheet:
    """The sheet of ``meeting_id`` (NotFound if there is no such meeting)."""
    return MeetingSheet(
        meeting=store.meetings.get(meeting_id),
        brief=brief_of(store, meeting_id),
        notes=tuple(store.notes.list(meeting_id=meeting_id)),
        outcomes=tuple(store.outcomes.list(meeting_id=meeting_id)),
        actions=tuple(store.actions.list(meeting_id=meeting_id)),
    )
