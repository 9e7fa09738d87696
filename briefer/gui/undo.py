"""Undo and redo of saved edits (QUndoStack), kept honest by the store's history.

A save is done first and pushed already applied; undoing it writes the
previous content back as a *new* revision (nothing in the history is ever
overwritten), and redoing writes the edited content again. Undoing the
creation of a record deletes it; redoing puts it back.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from briefer.errors import BrieferError
from briefer.gui.widgets.labels import record_label
from briefer.model.base import Record, utcnow
from briefer.store import Store


class SaveCommand(QUndoCommand):
    def __init__(self, saver: "RecordSaver", before: Record | None, after: Record):
        what = record_label(after) if after.kind != "meeting brief" else QCoreApplication.translate("Undo", "meeting brief")
        text = (QCoreApplication.translate("Undo", "Create {0}") if before is None
                else QCoreApplication.translate("Undo", "Edit {0}")).format(what)
        super().__init__(text)
        self._saver = saver
        self._before = before
        self._after = after
        self._applied = True  # the save happened before the push

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._saver.write_content(self._after, created=self._before is None)

    def undo(self) -> None:
        if self._before is None:
            self._saver.delete(self._after)
        else:
            self._saver.write_content(self._before, created=False)


class DeleteCommand(QUndoCommand):
    def __init__(self, saver: "RecordSaver", record: Record):
        super().__init__(QCoreApplication.translate("Undo", "Delete {0}").format(record_label(record)))
        self._saver = saver
        self._record = record
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._saver.delete(self._record)

    def undo(self) -> None:
        self._saver.write_content(self._record, created=True)


class RecordSaver:
    """Saves records for the editors and records each save on the undo stack.

    ``on_changed(record)`` is called after every write (the main window refreshes its lists);
    ``on_error(exc)`` when an undo or redo is refused (the record was changed or deleted since).
    """

    def __init__(self, store: Store, undo_stack: QUndoStack, on_changed: Callable[[Record], None],
                 on_error: Callable[[BrieferError], None]):
        self.store = store
        self.undo_stack = undo_stack
        self.on_changed = on_changed
        self.on_error = on_error

    def save(self, before: Record | None, after: Record) -> Record:
        """Write ``after`` (raises BrieferError, leaving everything unchanged, when refused)."""
        repo = self.store.repo_for(type(after))
        saved = repo.save(after)
        self.undo_stack.push(SaveCommand(self, before, saved))
        self.on_changed(saved)
        return saved

    def remove(self, record: Record) -> None:
        """Delete ``record`` (refused while others refer to it); undo puts it back."""
        self.store.repo_for(type(record)).delete(record.id, revision=record.revision)
        self.undo_stack.push(DeleteCommand(self, record))
        self.on_changed(record)

    def restore(self, current: Record, revision: int) -> Record:
        repo = self.store.repo_for(type(current))
        restored = repo.restore(current.id, revision)
        self.undo_stack.push(SaveCommand(self, current, restored))
        self.on_changed(restored)
        return restored

    def write_content(self, content: Record, *, created: bool) -> None:
        """Make ``content`` the current version of its record, as a new revision."""
        repo = self.store.repo_for(type(content))
        try:
            current = repo.find(content.id)
            if current is None:
                last = max((h.revision for h in repo.history(content.id)), default=0)
                saved = repo.put(content.model_copy(update={"revision": last + 1, "updated_at": utcnow()}),
                                 action="restore")
            else:
                saved = repo.update(content.model_copy(update={"revision": current.revision}))
        except BrieferError as exc:
            self.on_error(exc)
            return
        self.on_changed(saved)

    def delete(self, record: Record) -> None:
        repo = self.store.repo_for(type(record))
        try:
            repo.delete(record.id)
        except BrieferError as exc:
            self.on_error(exc)
            return
        self.on_changed(record)
