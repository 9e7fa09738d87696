"""At start-up, offer back the note text that was autosaved but never committed (a crash, a kill, a flat battery).

Each draft is shown with what it belongs to; "restore" writes it as a new
revision of its note (or creates the note), "discard" drops it, "later" leaves
it for the next start (meeting mode also picks it up when the meeting is
opened). A draft whose text equals its note's (the app stopped between the
commit and the clean-up) is removed without asking.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from briefer.errors import BrieferError
from briefer.gui.widgets.labels import record_label
from briefer.model import Classification, Note, NoteKind
from briefer.store.draft_owners import drafts_left, owner_of
from briefer.store.drafts import Draft

#: Keys of the drafts the auto-lock writes for record editors (briefer.gui.safety.auto_lock.DRAFT_PREFIX).
LOCK_DRAFT_PREFIX = "lock:"


def draft_label(store, draft: Draft) -> str:
    """What a kept draft belongs to, in the user's words, for the question whether to restore it."""
    meeting = owner_of(store, draft).meeting
    if meeting is not None:
        return QCoreApplication.translate("DraftRecovery", "notes of {0}").format(record_label(meeting, store))
    return QCoreApplication.translate("DraftRecovery", "a note")


def restore_draft(services, draft: Draft) -> Note:
    """Write the draft's text as the current revision of its note (creating it if needed), then drop the draft."""
    store = services.store
    owner = owner_of(store, draft)
    note = owner.note if draft.record_table == "notes" else None
    if note is not None:
        saved = services.saver.save(note, note.evolve(body=draft.body))
    else:
        meeting = owner.meeting
        new = Note(meeting_id=meeting.id if meeting else None, author=store.user, note_kind=NoteKind.MINUTES,
                   body=draft.body, classification=meeting.classification if meeting else Classification.ONGERUBRICEERD)
        if draft.record_table == "notes" and draft.record_id:
            new = new.model_copy(update={"id": draft.record_id})
        saved = services.saver.save(None, new)
    store.drafts.discard(draft.key)
    return saved


def _left_behind(draft: Draft, started: datetime | None) -> bool:
    """Whether ``draft`` was saved before this run started (not by this run's own autosave)."""
    return started is None or datetime.fromisoformat(draft.saved_at.replace("Z", "+00:00")) < started


def offer_recovered_drafts(parent, services, *, started: datetime | None = None) -> list[str]:
    """Ask about every draft left behind; returns the answers given, in order.

    ``started``: when this run opened the database. The offer waits for the
    start-up integrity check, and meeting mode may autosave before it ends;
    a draft saved since ``started`` is this run's own text, not a crash's.
    """
    store = services.store
    answers = []
    for draft in (d for d in drafts_left(store) if _left_behind(d, started)):
        if draft.key.startswith(LOCK_DRAFT_PREFIX):
            # a record editor's unsaved values, kept when the app locked, and the app then died
            answers.append(_offer_editor_draft(parent, services, draft))
            continue
        note = owner_of(store, draft).note if draft.record_table == "notes" else None
        if note is not None and note.body == draft.body:
            store.drafts.discard(draft.key)
            continue
        if not draft.body.strip() and note is None:
            store.drafts.discard(draft.key)
            continue
        answer = services.ask.recover_draft(parent, draft_label(store, draft), draft.body)
        answers.append(answer)
        try:
            if answer == "restore":
                restore_draft(services, draft)
            elif answer == "discard":
                store.drafts.discard(draft.key)
        except BrieferError as exc:
            services.ask.error(parent, exc)
    return answers


def _editor_values(draft: Draft) -> dict:
    import json

    try:
        values = json.loads(draft.body)
    except ValueError:
        return {}
    return values if isinstance(values, dict) else {}


def _offer_editor_draft(parent, services, draft: Draft) -> str:
    """Offer back what was typed in a record editor before a lock the app never came back from.

    "restore" opens the record and puts the values into its editor, unsaved (the user saves);
    a draft of a record since deleted, or of a new record, is shown as text only.
    """
    store = services.store
    values = _editor_values(draft)
    record = owner_of(store, draft).record
    what = record_label(record, store) if record is not None else QCoreApplication.translate("DraftRecovery", "a new record")
    text = "\n".join(f"{k}: {v}" for k, v in values.items() if v not in (None, "", [], {}))
    answer = services.ask.recover_draft(parent, what, text)
    try:
        if answer == "restore":
            if record is not None and _put_into_editor(parent, services, draft, values):
                store.drafts.discard(draft.key)
            else:
                answer = "later"  # nothing to put it into: keep it
        elif answer == "discard":
            store.drafts.discard(draft.key)
    except BrieferError as exc:
        services.ask.error(parent, exc)
    return answer


def _put_into_editor(parent, services, draft: Draft, values: dict) -> bool:
    from pydantic import TypeAdapter, ValidationError

    from briefer.gui.records.record_editor import RecordEditor, set_widget_value

    services.open_record(draft.record_table, draft.record_id)
    editors = [e for e in parent.findChildren(RecordEditor)
               if e.record() is not None and str(e.record().id) == draft.record_id]
    if not editors:
        return False
    editor = editors[0]
    for name, raw in values.items():
        if name not in editor.FIELDS:
            continue
        try:
            value = TypeAdapter(editor.MODEL.model_fields[name].annotation).validate_python(raw)
        except ValidationError:
            value = raw  # as typed (e.g. not yet valid): the widget shows it, the save will say why
        try:
            set_widget_value(editor.field_widget(name), value)
        except (TypeError, ValueError):
            continue
    return True
