"""Bilaterals: the meetings, each with its meeting sheet, its brief and what was noted in it."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QTabWidget

from briefer.gui.bilaterals.meeting_brief_editor import MeetingBriefEditor
from briefer.gui.bilaterals.meeting_editor import MeetingEditor
from briefer.gui.records.read_or_edit import ReadOrEdit
from briefer.gui.records.record_page import RecordPage
from briefer.gui.bilaterals.meeting_model import MeetingTableModel
from briefer.gui.widgets.labels import ui_language
from briefer.schedule.meeting_sheet import brief_of, meeting_id_of, meeting_sheet
from briefer.schedule.reading import meeting_reading

# The tabs of a bilateral, in order.
MEETING_TAB, BRIEF_TAB, NOTES_TAB = range(3)


class BilateralsView(RecordPage):
    TABLE_MODEL = MeetingTableModel
    EDITOR = MeetingEditor
    TABLES = ("meetings", "meeting_briefs", "notes", "outcomes")
    SIZED_BY = ("meetings",)
    DIRECTORY_PARTS = ("people", "rooms", "organisations", "meeting_brief_status")

    def make_detail(self):
        self.tabs = QTabWidget(self)
        editor = MeetingEditor(self.services.saver, self.tabs)
        self.brief_editor = MeetingBriefEditor(self.services.saver, self.tabs)
        self.notes_view = QPlainTextEdit(self.tabs)
        self.notes_view.setReadOnly(True)
        for e in (editor, self.brief_editor):
            e.history_requested.connect(self.services.show_history)
            e.saved.connect(self._after_save)
        # the brief opens as a page to read; Ctrl+E or the button turns it into its form and back
        self.brief_pane = ReadOrEdit(self.brief_editor, self._reading, self.tabs)
        self.tabs.addTab(editor, "")
        self.tabs.addTab(self.brief_pane, "")
        self.tabs.addTab(self.notes_view, "")
        self.tabs.setCurrentIndex(BRIEF_TAB)  # a bilateral is first read, then edited
        self.read_edit_shortcut = ReadOrEdit.shortcut(self, self.toggle_reading)
        self.meeting_mode_button = QPushButton(self.tabs)
        self.meeting_mode_button.setObjectName("meeting_mode_button")
        self.meeting_mode_button.clicked.connect(self._open_meeting_mode)
        self.tabs.setCornerWidget(self.meeting_mode_button)
        self.list.add_detail(self.tabs)
        return editor

    def editors(self):
        return [self.editor, self.brief_editor]

    def _reading(self, candidate):
        """The meeting's chapter as the pack prints it (with the brief form's unsaved version, if any)."""
        record = self.editor.record()
        if record is None:
            return None
        return meeting_reading(self.services.store, record.id, ui_language(), candidate)

    def toggle_reading(self) -> None:
        """Ctrl+E: the brief between page and form; from another tab, the brief's page."""
        if self.editor.record() is None:
            return  # a bilateral being created has no brief yet
        if self.tabs.currentIndex() != BRIEF_TAB:
            self.tabs.setCurrentIndex(BRIEF_TAB)
            if self.brief_pane.read():
                self.brief_pane.page.setFocus()
            return
        self.brief_pane.toggle()

    def focus_editor(self) -> None:
        """Enter on a row (or New): the meeting's own form, the cursor in its first field; Ctrl+E is the brief's."""
        self.tabs.setCurrentIndex(MEETING_TAB)
        super().focus_editor()

    def title(self) -> str:
        return self.tr("Bilaterals")

    def retranslate(self) -> None:
        super().retranslate()
        self.tabs.setTabText(MEETING_TAB, self.tr("Meeting"))
        self.tabs.setTabText(BRIEF_TAB, self.tr("Brief"))
        self.tabs.setTabText(NOTES_TAB, self.tr("Notes"))
        self.notes_view.setAccessibleName(self.tr("Notes of this meeting"))
        self.meeting_mode_button.setText(self.tr("Meeting mode"))
        self.meeting_mode_button.setToolTip(self.tr("The brief beside a note editor, during the meeting"))

    def _open_meeting_mode(self) -> None:
        record = self.editor.record()
        if record is not None:
            self.services.open_meeting_mode(record.id)

    def load_rows(self, store):
        return store.meetings.list()

    def show_item(self, item) -> None:
        if item is None:
            self.list.show_detail(None)
            return
        self.editor.load(item)
        self._load_brief(item, read=True)  # another bilateral chosen: its brief is read first
        self.list.show_detail(self.tabs)
        words, self._words_to_mark = getattr(self, "_words_to_mark", []), []
        if words:  # opened from a search while the list was loading
            self.highlight(words)

    def _load_brief(self, meeting, read: bool | None = None) -> None:
        """Fill the brief's form and page; ``read`` chooses the page (True) or the form (False), None keeps the mode."""
        sheet = meeting_sheet(self.services.store, meeting.id)
        self.brief_editor.load(sheet.brief, {"meeting_id": meeting.id})
        self.tabs.setTabEnabled(BRIEF_TAB, True)
        self.tabs.setTabEnabled(NOTES_TAB, True)
        if read if read is not None else self.brief_pane.reading():
            self.brief_pane.read()
        self.meeting_mode_button.setEnabled(True)
        self.notes_view.setPlainText(sheet.notes_text(ui_language())
                                     or self.tr("No notes were taken in this meeting yet."))

    def reload_if_changed(self, item) -> None:
        super().reload_if_changed(item)
        if not self.brief_editor.is_dirty():
            shown = self.brief_editor.record()
            new = brief_of(self.services.store, item.id)
            if (shown is None) != (new is None) or (new and shown and new.revision != shown.revision):
                self._load_brief(item)
            elif self.brief_pane.reading():
                self.brief_pane.read()  # the meeting, its country brief or the people may have changed

    def new_record(self) -> None:
        if not self.list.clear_selection():
            return
        self.editor.load(None, self.new_defaults())
        self.brief_editor.load(None, {})
        self.brief_pane.edit(focus=False)
        self.tabs.setCurrentIndex(MEETING_TAB)
        self.tabs.setTabEnabled(BRIEF_TAB, False)
        self.tabs.setTabEnabled(NOTES_TAB, False)
        self.meeting_mode_button.setEnabled(False)
        self.list.show_detail(self.tabs)
        self.focus_editor()  # ready to type, as on every other list view (not left in the filter field)

    def new_defaults(self) -> dict:
        store = self.services.store
        conf = store.conference()
        if conf is None:
            return {}
        principals = [p for p in self.editor.directory.people.values() if p.is_principal]
        return {
            "principal_id": principals[0].id if len(principals) == 1 else None,
            "start": datetime.combine(conf.start_date, time(10, 0), conf.tz),
            "end": datetime.combine(conf.start_date, time(10, 30), conf.tz),
        }

    def key_for(self, table: str, record_id: str) -> str | None:
        return meeting_id_of(self.services.store, table, record_id)  # a hit on a brief opens its meeting

    def key_of_record(self, record) -> str:
        return getattr(record, "meeting_id", None) or record.id

    def open_record(self, table: str, record_id: str) -> bool:
        key = self.key_for(table, record_id)
        if key is None or not self.open_key(key):
            return False
        tab = {"meetings": BRIEF_TAB, "meeting_briefs": BRIEF_TAB, "notes": NOTES_TAB, "outcomes": NOTES_TAB}.get(table, MEETING_TAB)
        self.tabs.setCurrentIndex(tab)
        if tab == BRIEF_TAB and not self.brief_editor.is_dirty():
            self.brief_pane.read()
        return True

    def highlight(self, words: list[str]) -> int:
        """A search's words marked on the brief's page (when it is shown), scrolled to the first; while
        the list is still loading, marked when the record arrives."""
        self._words_to_mark = list(words) if self.pending else []
        if self.pending or self.tabs.currentIndex() != BRIEF_TAB or not self.brief_pane.reading():
            return 0
        return self.brief_pane.page.highlight(words)

    def _after_save(self, record) -> None:
        super()._after_save(record)
        if record.kind == "meeting":
            self._load_brief(record)
        elif self.brief_pane.reading():
            self.brief_pane.read()
