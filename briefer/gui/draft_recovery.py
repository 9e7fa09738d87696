"""At start-up, offer back the note text that was autosaved but never committed (a crash, a kill, a flat battery).

Each draft is shown with what it belongs to; "restore" writes it as a new
revision of its note (or creates the note), "discard" drops it, "later" leaves
it for the next start (meeting mode also picks it up when the meeting is
opened). A draft whose text equals its note's (the app stopped between the
commit and the clean-up) is removed without asking.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefer.errors import BrieferError
from briefer.model import Classification, Note, NoteKind
from briefer.store.drafts import Draft

#: Keys of the drafts the auto-lock writes for record editors (briefer.gui.auto_lock.DRAFT_PREFIX).
LOCK_DRAFT_PREFIX = "lock:"


def _what(store, draft: Draft) -> str:
    meeting = store.meetings.find(draft.meeting_id) if draft.meeting_id else None
    if meeting is not None:
        return QCoreApplication.translate("DraftRecovery", "notes of {0}").format(meeting.label())
    return QCoreApplication.translate("DraftRecovery", "a note")


def restore_draft(services, draft: Draft) -> Note:
    """Write the draft's text as the current revision of its note (creating it if needed), then drop the draft."""
    store = services.store
    note = store.notes.find(draft.record_id) if draft.record_table == "notes" and draft.record_id else None
    if note is not None:
        saved = services.saver.save(note, note.evolve(body=draft.body))
    else:
        meeting = store.meetings.find(draft.meeting_id) if draft.meeting_id else None
        new = Note(meeting_id=meeting.id if meeting else None, author=store.user, note_kind=NoteKind.MINUTES,
                   body=draft.body, classification=meeting.classification if meeting else Classification.ONGERUBRICEERD)
        if draft.record_table == "notes" and draft.record_id:
            new = new.model_copy(update={"id": draft.record_id})
        saved = services.saver.save(None, new)
    store.drafts.discard(draft.key)
    return saved


def offer_recovered_drafts(parent, services) -> list[str]:
    """Ask about every draft left behind; returns the answers given, in order."""
    store = services.store
    answers = []
    for draft in store.drafts.all():
        if draft.key.startswith(LOCK_DRAFT_PREFIX):
            continue  # an editor's values kept while the app was locked, not note text (see auto_lock)
        note = store.notes.find(draft.record_id) if draft.record_table == "notes" and draft.record_id else None
        if note is not None and note.body == draft.body:
            store.drafts.discard(draft.key)
            continue
        if not draft.body.strip() and note is None:
            store.drafts.discard(draft.key)
            continue
        answer = services.ask.recover_draft(parent, _what(store, draft), draft.body)
        answers.append(answer)
        try:
            if answer == "restore":
                restore_draft(services, draft)
            elif answer == "discard":
                store.drafts.discard(draft.key)
        except BrieferError as exc:
            services.ask.error(parent, exc)
    return answers
