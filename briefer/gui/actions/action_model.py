"""The Actions list: what, who, by when, its status, the country it concerns."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from briefer.gui.records.table_models import RecordTableModel
from briefer.gui.widgets.fields import ui_language
from briefer.gui.widgets.labels import label
from briefer.i18n import format_date
from briefer.model import Action

class ActionTableModel(RecordTableModel):
    COL_DESCRIPTION, COL_OWNER, COL_DUE, COL_STATUS, COL_COUNTRY = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "Action"), QT_TRANSLATE_NOOP("Labels", "Owner"),
        QT_TRANSLATE_NOOP("Labels", "Due"), QT_TRANSLATE_NOOP("Labels", "Status"),
        QT_TRANSLATE_NOOP("Labels", "Country"),
    )

    def display(self, a: Action, col: int) -> str:
        if col == self.COL_DESCRIPTION:
            return a.description
        if col == self.COL_OWNER:
            return self.directory.person(a.owner_id) or a.owner
        if col == self.COL_DUE:
            return format_date(a.due, ui_language(), fmt="d MMM y") if a.due else ""
        if col == self.COL_STATUS:
            return label(a.status)
        return self.directory.country(a.country)

    def sort_key(self, a: Action, col: int):
        if col == self.COL_DUE:
            return a.due.isoformat() if a.due else "9999"
        return super().sort_key(a, col)
