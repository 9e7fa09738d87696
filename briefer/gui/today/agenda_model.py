"""Today's agenda list: the chosen person's sessions and bilaterals of the day, with their role in each."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from briefer.gui.records.table_models import RecordTableModel
from briefer.gui.widgets.labels import label, tr

class AgendaTableModel(RecordTableModel):
    FILTERED = False  # Today has no filter field
    COL_WHEN, COL_WHAT, COL_KIND, COL_WHERE, COL_ROLE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "When"), QT_TRANSLATE_NOOP("Labels", "What"),
        QT_TRANSLATE_NOOP("Labels", "Kind"), QT_TRANSLATE_NOOP("Labels", "Where"),
        QT_TRANSLATE_NOOP("Labels", "Role"),
    )

    def key(self, i) -> str:
        return i.record_id

    def display(self, i, col: int) -> str:
        if col == self.COL_WHEN:
            return self.directory.span(i.start, i.end)
        if col == self.COL_WHAT:
            if i.kind == "meeting" and i.counterpart and i.counterpart == i.title:
                return tr(QT_TRANSLATE_NOOP("Labels", "Bilateral with {0}")).format(
                    i.counterpart_in_sentence or i.counterpart)
            return i.title
        if col == self.COL_KIND:
            return label("a_session" if i.kind == "session" else "bilateral")
        if col == self.COL_WHERE:
            return i.room or tr(QT_TRANSLATE_NOOP("Labels", "to be confirmed"))
        return label(i.role)

    def sort_key(self, i, col: int):
        if col == self.COL_WHEN:
            return i.start.isoformat()
        return super().sort_key(i, col)
