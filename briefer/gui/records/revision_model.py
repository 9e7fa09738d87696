"""The history dialog's list of one record's revisions: number, when, by whom, what changed."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP

from briefer.gui.records.table_models import RecordTableModel
from briefer.i18n import format_time

class RevisionTableModel(RecordTableModel):
    COL_REVISION, COL_WHEN, COL_BY, COL_ACTION = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "Revision"), QT_TRANSLATE_NOOP("Labels", "When"),
        QT_TRANSLATE_NOOP("Labels", "By"), QT_TRANSLATE_NOOP("Labels", "Change"),
    )

    def key(self, rev) -> str:
        return str(rev.revision)

    def display(self, rev, col: int) -> str:
        if col == self.COL_REVISION:
            return str(rev.revision)
        if col == self.COL_WHEN:
            moment = datetime.fromisoformat(rev.changed_at.replace("Z", "+00:00"))
            return f"{self.directory.day(moment)} {format_time(moment, self.directory.tz)}"
        if col == self.COL_BY:
            return rev.changed_by
        return rev.action

    def sort_key(self, rev, col: int):
        if col == self.COL_REVISION:
            return rev.revision
        if col == self.COL_WHEN:
            return rev.changed_at
        return super().sort_key(rev, col)
