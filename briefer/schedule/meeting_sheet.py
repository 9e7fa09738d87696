"""One bilateral as the views show it: the meeting, its brief, the notes and outcomes taken in it, its actions.

Bilaterals, meeting mode, Today and the one-page brief all need "the brief of
this meeting"; they ask :func:`brief_of` (one place that knows a meeting has at
most one brief, found by its ``meeting_id``) or :func:`meeting_sheet` for the
whole sheet, instead of querying the store themselves. Words are in the
reader's language (:meth:`MeetingSheet.notes_text`).
"""

from __future__ import annotations

from dataclasses import dataclass

from datetime import datetime

from briefer import i18n
from briefer.model import Action, Meeting, MeetingBrief, Note, NoteKind, Outcome


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


# ---------------------------------------------------------------- meeting mode
# Meeting mode reads a meeting in parts (the brief once, the captured outcomes
# and actions after every capture, the user's own note before a commit), so it
# asks for each part here rather than querying the store itself.


def meeting_id_of(store, table: str, record_id: str) -> str | None:
    """The meeting a record of ``table`` belongs to (a brief, note, outcome, action…), or None; a meeting is its own."""
    if table == "meetings":
        return record_id
    record = store.repo_for_table(table).find(record_id)
    return getattr(record, "meeting_id", None) if record else None


def meeting_of(store, meeting_id: str) -> Meeting:
    """``meeting_id`` as stored now (NotFound if deleted): what a view shows, and the revision its next save builds on."""
    return store.meetings.get(meeting_id)


def note_of(store, note_id: str) -> Note | None:
    """The note ``note_id`` as stored now, or None while it was never saved (a note being typed)."""
    return store.notes.find(note_id)


def brief_to_take_in(store, meeting: Meeting) -> MeetingBrief:
    """The brief to hold during ``meeting``: its own, its empty lists filled from the counterpart's country brief.

    A meeting nobody briefed yet still gets the country's key messages and lines, as the pack does.
    """
    brief = brief_of(store, meeting.id) or MeetingBrief(meeting_id=meeting.id)
    country_briefs = store.country_briefs.list(country=meeting.counterpart_country) if meeting.counterpart_country else []
    return brief.with_defaults_from(country_briefs[0] if country_briefs else None)


def own_minutes(store, meeting_id: str, author: str | None) -> Note | None:
    """The latest minutes ``author`` wrote of ``meeting_id`` — the note meeting mode goes on with — or None."""
    mine = [n for n in store.notes.list(meeting_id=meeting_id)
            if n.author == author and n.note_kind == NoteKind.MINUTES]
    return sorted(mine, key=lambda n: n.updated_at)[-1] if mine else None


def outcomes_of(store, meeting_id: str) -> list[Outcome]:
    """The outcomes recorded in ``meeting_id``, as stored."""
    return store.outcomes.list(meeting_id=meeting_id)


def actions_of(store, meeting_id: str) -> list[Action]:
    """The follow-up actions agreed in ``meeting_id``, as stored."""
    return store.actions.list(meeting_id=meeting_id)


def ticked_points(store, meeting_id: str) -> dict[str, datetime]:
    """The talking points ticked off in ``meeting_id``, each with when."""
    return store.checklist.ticked(meeting_id)
