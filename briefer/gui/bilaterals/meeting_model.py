"""The Bilaterals list: when, with whom, the brief's status (coloured), the principal, the room."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from briefer.gui.records.table_models import RecordTableModel, brief_status_text
from briefer.gui.widgets.labels import label
from briefer.gui.widgets.tones import tones_for
from briefer.model import Meeting

class MeetingTableModel(RecordTableModel):
    COL_WHEN, COL_COUNTERPART, COL_BRIEF, COL_STATUS, COL_PRINCIPAL, COL_ROOM = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "When"), QT_TRANSLATE_NOOP("Labels", "Counterpart"),
        QT_TRANSLATE_NOOP("Labels", "Brief"), QT_TRANSLATE_NOOP("Labels", "Status"),
        QT_TRANSLATE_NOOP("Labels", "Principal"), QT_TRANSLATE_NOOP("Labels", "Room"),
    )

    def display(self, m: Meeting, col: int) -> str:
        d = self.directory
        if col == self.COL_WHEN:
            return d.span(m.start, m.end)
        if col == self.COL_PRINCIPAL:
            return d.person(m.principal_id)
        if col == self.COL_COUNTERPART:
            parts = [d.country(m.counterpart_country), d.organisation(m.counterpart_organisation_id)]
            return " / ".join(p for p in parts if p)
        if col == self.COL_ROOM:
            return d.room(m.room_id)
        if col == self.COL_STATUS:
            return label(m.status)
        return brief_status_text(d.meeting_brief_status.get(m.id))

    def sort_key(self, m: Meeting, col: int):
        if col == self.COL_WHEN:
            return m.start.isoformat()
        return super().sort_key(m, col)

    def foreground(self, m: Meeting, col: int):
        if col == self.COL_BRIEF:
            return tones_for().status_colour(self.directory.meeting_brief_status.get(m.id))
        return None
