"""The Actions list: when (overdue, this week, later…), by when, what, who, its status, the counterpart.

Like a to-do app, the list opens sorted by its first column: the groups in
order (overdue first, done last) and by due date within each, so what is late
or close is at the top; overdue actions are marked in the error tone and with
a sign, not by colour alone.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP

from briefer.gui.records.table_models import RecordTableModel
from briefer.gui.widgets.fields import ui_language
from briefer.gui.widgets.labels import label, tr
from briefer.gui.widgets.tones import tones_for
from briefer.i18n import format_date
from briefer.model import Action
from briefer.schedule.action_groups import DueGroup, due_group, todo_order

GROUP_WORDS = {
    DueGroup.OVERDUE: QT_TRANSLATE_NOOP("Labels", "⚠ Overdue"),
    DueGroup.THIS_WEEK: QT_TRANSLATE_NOOP("Labels", "Due this week"),
    DueGroup.LATER: QT_TRANSLATE_NOOP("Labels", "Later"),
    DueGroup.NO_DATE: QT_TRANSLATE_NOOP("Labels", "No date"),
    DueGroup.DONE: QT_TRANSLATE_NOOP("Labels", "✔ Done"),
}


class ActionTableModel(RecordTableModel):
    # the date beside its group, before the text: on a laptop the list is narrow and the text is cut
    COL_WHEN, COL_DUE, COL_DESCRIPTION, COL_OWNER, COL_STATUS, COL_COUNTRY = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "When"), QT_TRANSLATE_NOOP("Labels", "Due"),
        QT_TRANSLATE_NOOP("Labels", "Action"), QT_TRANSLATE_NOOP("Labels", "Owner"),
        QT_TRANSLATE_NOOP("Labels", "Status"),
        QT_TRANSLATE_NOOP("Labels", "Counterpart"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        # The day "overdue" and "this week" count from (the app's clock, in the conference's timezone).
        self.today = date.today()

    def group(self, a: Action) -> DueGroup:
        return due_group(a, self.today)

    def display(self, a: Action, col: int) -> str:
        if col == self.COL_WHEN:
            return tr(GROUP_WORDS[self.group(a)])
        if col == self.COL_DESCRIPTION:
            return a.description
        if col == self.COL_OWNER:
            return self.directory.person(a.owner_id) or a.owner
        if col == self.COL_DUE:
            return format_date(a.due, ui_language(), fmt="EEE d MMM y") if a.due else ""
        if col == self.COL_STATUS:
            return label(a.status)
        if a.country:
            return self.directory.country(a.country)
        # an action of a bilateral with an organisation concerns that organisation, not an empty country
        return self.directory.organisation(self.directory.meeting_organisations.get(a.meeting_id or ""))

    def sort_key(self, a: Action, col: int):
        if col == self.COL_WHEN:
            return todo_order(a, self.today)
        if col == self.COL_DUE:
            return a.due.isoformat() if a.due else "9999"
        return super().sort_key(a, col)

    def foreground(self, a: Action, col: int):
        group = self.group(a)
        if group is DueGroup.OVERDUE and col in (self.COL_WHEN, self.COL_DUE):
            return tones_for().q("error")
        if group is DueGroup.DONE:
            return tones_for().q("muted")
        return None
