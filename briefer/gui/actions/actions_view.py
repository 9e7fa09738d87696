"""Actions: the follow-up list — what, who, by when — edited in place."""

from __future__ import annotations

from briefer.gui.actions.action_editor import ActionEditor
from briefer.gui.records.record_page import RecordPage
from briefer.gui.actions.action_model import ActionTableModel


class ActionsView(RecordPage):
    TABLE_MODEL = ActionTableModel
    EDITOR = ActionEditor
    TABLES = ("actions",)
    SIZED_BY = ("actions", "meetings")  # the meeting picker lists every bilateral

    def title(self) -> str:
        return self.tr("Actions")

    def load_rows(self, store):
        return store.actions.list()

    def load_extra(self, store):
        return store.meetings.list()

    def apply_extra(self, meetings) -> None:
        from zoneinfo import ZoneInfo

        conf = self.services.store.conference()
        self.editor.set_meetings(meetings, conf.tz if conf else ZoneInfo("UTC"))
