"""Editing the brief of one bilateral: objectives, messages, points, expected positions, defensive lines."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from briefer.gui.widgets import editor_columns as cols
from briefer.gui.forms.meeting_brief_editor import Ui_MeetingBriefEditor
from briefer.gui.records.record_editor import RecordEditor
from briefer.model import BriefStatus, Classification, MeetingBrief


class MeetingBriefEditor(RecordEditor):
    MODEL = MeetingBrief
    FORM = Ui_MeetingBriefEditor
    FIELDS = ("status", "classification", "author", "objectives", "key_messages", "talking_points",
              "expected_positions", "defensive_lines", "background")

    def configure(self) -> None:
        u = self.ui
        u.status.configure(BriefStatus)
        u.classification.configure(Classification)
        u.objectives.configure(cols.text_list(QT_TRANSLATE_NOOP("Labels", "Objective")))  # keeps each objective's id
        u.key_messages.configure(cols.text_list(), scalar=True)
        u.expected_positions.configure(cols.text_list(), scalar=True)
        u.talking_points.configure(cols.talking_points())
        u.defensive_lines.configure(cols.defensive_lines())
        u.background.configure(cols.background())

    def heading(self, record) -> str:
        return self.tr("Meeting brief") if record else self.tr("Meeting brief (new — saving creates it)")
