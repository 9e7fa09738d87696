"""Bilaterals: the meetings, each with its meeting sheet, its brief and what was noted in it."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QTabWidget

from briefer.gui.bilaterals.meeting_brief_editor import MeetingBriefEditor
from briefer.gui.bilaterals.meeting_editor import MeetingEditor
from briefer.gui.records.record_page import RecordPage
from briefer.gui.bilaterals.meeting_model import MeetingTableModel
from briefer.gui.widgets.labels import ui_language
from briefer.schedule.meeting_sheet import brief_of, meeting_id_of, meeting_sheet


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
        self.tabs.addTab(editor, "")
        self.tabs.addTab(self.brief_editor, "")
        self.tabs.addTab(self.notes_view, "")
        self.meeting_mode_button = QPushButton(self.tabs)
        self.meeting_mode_button.setObjectName("meeting_mode_button")
        self.meeting_mode_button.clicked.connect(self._open_meeting_mode)
        self.tabs.setCornerWidget(self.meeting_mode_button)
        self.list.add_detail(self.tabs)
        return editor

    def editors(self):
        return [self.editor, self.brief_editor]

    def title(self) -> str:
        return self.tr("Bilaterals")

    def retranslate(self) -> None:
        super().retranslate()
        self.tabs.setTabText(0, self.tr("Meeting"))
        self.tabs.setTabText(1, self.tr("Brief"))
        self.tabs.setTabText(2, self.tr("Notes"))
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
        self._load_brief(item)
        self.list.show_detail(self.tabs)

    def _load_brief(self, meeting) -> None:
        sheet = meeting_sheet(self.services.store, meeting.id)
        self.brief_editor.load(sheet.brief, {"meeting_id": meeting.id})
        self.tabs.setTabEnabled(1, True)
        self.tabs.setTabEnabled(2, True)
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

    def new_record(self) -> None:
        if not self.list.clear_selection():
            return
        self.editor.load(None, self.new_defaults())
        self.brief_editor.load(None, {})
        self.tabs.setCurrentIndex(0)
        self.tabs.setTabEnabled(1, False)
        self.tabs.setTabEnabled(2, False)
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
        self.tabs.setCurrentIndex({"meeting_briefs": 1, "notes": 2, "outcomes": 2}.get(table, 0))
        return True

    def _after_save(self, record) -> None:
        super()._after_save(record)
        if record.kind == "meeting":
            self._load_brief(record)
