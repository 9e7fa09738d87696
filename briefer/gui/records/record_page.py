"""A main view for one kind of record: the list, its editor, New / Delete / History, the unsaved guard.

Subclasses say which rows to load from the store and which record the
editor shows for a row; everything else — keeping the list current after
saves and undos, asking before unsaved edits are lost — lives here once.

A big list (more than :data:`BACKGROUND_ROWS` rows in the tables named by
``SIZED_BY``; e.g. 5,000 bilaterals) is read on a worker with its own
connection — rows, and the names its columns and pickers need — while the
page shows "Loading…"; the GUI thread only fills the models. Every refresh
has a number, and an answer that a newer refresh has overtaken (a save in the
meantime) is dropped, so a slow read never puts old rows back; editors with
unsaved edits keep what the user typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from briefer.errors import BrieferError
from briefer.gui.widgets.labels import record_label
from briefer.gui.records.record_editor import RecordEditor
from briefer.gui.records.record_list import RecordList
from briefer.gui.records.fresh_read import FreshRead, ReadsFresh
from briefer.gui.records.table_models import Directory, RecordTableModel
from briefer.model.base import Record

HEADING_STYLE = "font-size: 15pt; font-weight: 600;"

#: A list whose tables hold more rows than this is read on a worker; a smaller one at once
#: (no flash of "Loading…" for the usual few hundred records).
BACKGROUND_ROWS = 1000


@dataclass
class Loaded:
    """What a page reads from the store for one refresh (on a worker for big lists)."""

    rows: list
    directory: Directory
    extra: Any = None


class RecordPage(ReadsFresh, QWidget):
    TABLE_MODEL: ClassVar[type[RecordTableModel]]
    EDITOR: ClassVar[type[RecordEditor]]
    #: Store tables whose records this page shows (search results are routed by them).
    TABLES: ClassVar[tuple[str, ...]] = ()
    #: Tables whose row count decides whether the list is read in the background (empty: never).
    SIZED_BY: ClassVar[tuple[str, ...]] = ()
    #: The names the list and the editors' pickers need, read with the rows.
    DIRECTORY_PARTS: ClassVar[tuple[str, ...]] = ("people", "rooms", "organisations")

    #: The rows of a refresh are shown (at once, or when the worker has answered).
    loaded = Signal()

    def __init__(self, services, parent: QWidget | None = None, *, heading: bool = True):
        super().__init__(parent)
        self.services = services
        self._pending_key: str | None = None
        self.heading = QLabel(self)
        self.heading.setStyleSheet(HEADING_STYLE)
        self.heading.setVisible(heading)
        self.list = RecordList(self.TABLE_MODEL(self), self)
        self.reader: FreshRead[Loaded] = FreshRead(
            self, services, read=self.read, show=self._apply, in_background=self.reads_in_background,
            again=self.refresh, busy=self.list.set_busy,
            detach=lambda loaded: loaded.directory.preload(self.DIRECTORY_PARTS),
            attach=lambda loaded: loaded.directory.rebind(self.services.store))
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.list, 1)
        self.editor = self.make_detail()
        self.list.guard = self.confirm_leave
        self.list.current_changed.connect(self.show_item)
        self.list.activated.connect(lambda _item: self.focus_editor())  # Enter or double-click: edit
        self.list.ui.new_button.clicked.connect(self.new_record)
        self.list.ui.delete_button.clicked.connect(self.delete_current)
        self.retranslate()

    # ---------------------------------------------------------------- for subclasses
    def title(self) -> str:
        raise NotImplementedError

    def make_detail(self) -> RecordEditor:
        editor = self.EDITOR(self.services.saver, self)
        editor.history_requested.connect(self.services.show_history)
        editor.saved.connect(self._after_save)
        self.list.add_detail(editor)
        return editor

    def load_rows(self, store) -> list[Any]:
        """The list's rows (may run on a worker, on its own connection: touch no widget)."""
        raise NotImplementedError

    def seed_directory(self, directory: Directory, rows: list[Any]) -> None:
        """Give the directory names the rows already hold (saves reading them twice)."""

    def load_extra(self, store) -> Any:
        """Anything else the page reads with its rows (on the same thread as :meth:`load_rows`)."""
        return None

    def apply_extra(self, extra: Any) -> None:
        """Use what :meth:`load_extra` read (GUI thread, before the editors are refilled)."""

    def record_for(self, item: Any) -> tuple[Record | None, dict]:
        """The record the editor shows for a list row, and defaults when it does not exist yet."""
        return item, {}

    def new_defaults(self) -> dict:
        return {}

    def editors(self) -> list[RecordEditor]:
        return [self.editor]

    def key_for(self, table: str, record_id: str) -> str | None:
        """The list key showing record ``record_id`` of ``table`` (search results)."""
        return record_id

    def key_of_record(self, record: Record) -> str:
        """The list key of the row showing a record the editor just saved."""
        return record.id

    # ---------------------------------------------------------------- behaviour
    def read(self, store) -> Loaded:
        """Everything a refresh shows, read from ``store`` (the GUI thread's, or a worker's own)."""
        directory = Directory.load(store)
        rows = self.load_rows(store)
        self.seed_directory(directory, rows)
        extra = self.load_extra(store)
        for part in self.DIRECTORY_PARTS:
            getattr(directory, part)
        return Loaded(rows, directory, extra)

    def reads_in_background(self, store) -> bool:
        """True when the list is big enough to be read on a worker (and the store has a file to reopen)."""
        if not self.SIZED_BY or store.path is None:
            return False
        return sum(store.repo_for_table(t).count() for t in self.SIZED_BY) > BACKGROUND_ROWS

    def refresh(self) -> None:
        self.reader.refresh()

    def _apply(self, loaded: Loaded) -> None:
        self.apply_extra(loaded.extra)
        for editor in self.editors():
            was_clean = not editor.is_dirty()
            editor.set_directory(loaded.directory)
            if was_clean:
                editor.rebaseline()  # refilled pickers are not the user's edits
        self.list.set_rows(loaded.rows, loaded.directory)
        item = self.list.current_item()
        if item is not None:
            self._reload_if_changed(item)
        elif not any(e.is_new() and e.isVisibleTo(self) for e in self.editors()):  # shown on this page, even while locked
            self.list.show_detail(None)
        key, self._pending_key = self._pending_key, None
        if key is not None:
            self.list.select_key(key)  # a record asked for (search) while the list was loading
        self.loaded.emit()

    def _reload_if_changed(self, item: Any) -> None:
        record, defaults = self.record_for(item)
        editor = self.editor
        shown = editor.record()
        if editor.is_dirty():
            return
        if shown is None or record is None or shown.id != record.id or shown.revision != record.revision:
            editor.load(record, defaults)

    def show_item(self, item: Any) -> None:
        if item is None:
            self.list.show_detail(None)
            return
        record, defaults = self.record_for(item)
        self.editor.load(record, defaults)
        self.list.show_detail(self.editor)

    def dirty_editors(self) -> list[RecordEditor]:
        return [e for e in self.editors() if e.is_dirty()]

    def confirm_leave(self) -> bool:
        """True when the page may show something else (unsaved edits saved or discarded)."""
        for editor in self.dirty_editors():
            what = editor.heading(editor.record())
            answer = self.services.ask.unsaved_changes(self, what)
            if answer == "cancel":
                return False
            if answer == "save" and not editor.save():
                return False
            if answer == "discard":
                editor.revert()
        return True

    def focus_editor(self) -> None:
        """Put the cursor in the editor's first field, ready to type."""
        editor = self.editor
        first = editor.field_widget(editor.FIELDS[0])
        editor._reveal(first)
        first.setFocus()

    def new_record(self) -> None:
        if not self.list.clear_selection():
            return
        self.editor.load(None, self.new_defaults())
        self.list.show_detail(self.editor)
        self.focus_editor()

    def delete_current(self) -> None:
        record = self.editor.record()
        if record is None:
            return
        if not self.services.ask.confirm(self, self.tr("Delete"),
                                         self.tr("Delete “{0}”? You can undo this with Ctrl+Z.").format(record_label(record))):
            return
        try:
            self.services.saver.remove(record)
        except BrieferError as exc:
            self.services.ask.error(self, exc)
            return
        self.list.show_detail(None)

    def open_key(self, key: str) -> bool:
        """Select the row ``key``; while the list is still loading, select it when it arrives."""
        if self.stale and not self.pending:
            self.refresh()
        if self.pending:
            self._pending_key = key
            return True
        return self.list.select_key(key)

    def _after_save(self, record: Record) -> None:
        key = self.key_of_record(record)
        if key and self.list.current_key() != key:
            self.list.mark_current(key)

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.list.set_names(self.title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
