"""The Programme view's sessions list: day, time, title, kind, room, the Dutch delegation in it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from briefer.gui.records.table_models import RecordTableModel
from briefer.gui.widgets.labels import label
from briefer.model import Session

class SessionTableModel(RecordTableModel):
    COL_DAY, COL_TIME, COL_TITLE, COL_KIND, COL_ROOM, COL_DUTCH = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "Day"), QT_TRANSLATE_NOOP("Labels", "Time"), QT_TRANSLATE_NOOP("Labels", "Title"),
        QT_TRANSLATE_NOOP("Labels", "Kind"), QT_TRANSLATE_NOOP("Labels", "Room"),
        QT_TRANSLATE_NOOP("Labels", "Dutch delegation"),
    )

    def display(self, s: Session, col: int) -> str:
        d = self.directory
        if col == self.COL_DAY:
            return d.day(s.start)
        if col == self.COL_TIME:
            return d.time(s.start, s.end)
        if col == self.COL_TITLE:
            return s.title
        if col == self.COL_KIND:
            return label(s.session_kind)
        if col == self.COL_ROOM:
            return d.room(s.room_id)
        dutch = [pid for pid in s.people_ids() if pid in d.people and d.people[pid].country == "NLD"]
        return ", ".join(sorted(d.person(pid) for pid in dutch))

    def sort_key(self, s: Session, col: int):
        if col in (self.COL_DAY, self.COL_TIME):
            return s.start.isoformat()
        return super().sort_key(s, col)
