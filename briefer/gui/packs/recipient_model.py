"""The Packs view's recipients: whom a pack can be printed for, and how much it would hold."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from briefer.gui.records.table_models import RecordTableModel
from briefer.gui.widgets.labels import ui_language
from briefer.model import Person

@dataclass(frozen=True)
class Recipient:
    """Someone a pack can be printed for, with what their pack would hold."""

    person: Person
    role: str
    principal: str
    bilaterals: int
    sessions: int
    meetings: tuple = ()  # the bilaterals counted, for the summary under the list

    @property
    def id(self) -> str:
        return self.person.id


class RecipientTableModel(RecordTableModel):
    COL_NAME, COL_ROLE, COL_PRINCIPAL, COL_BILATERALS, COL_SESSIONS = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "Name"), QT_TRANSLATE_NOOP("Labels", "Role"),
        QT_TRANSLATE_NOOP("Labels", "Serves"), QT_TRANSLATE_NOOP("Labels", "Bilaterals"),
        QT_TRANSLATE_NOOP("Labels", "Sessions"),
    )

    def display(self, r: Recipient, col: int) -> str:
        if col == self.COL_NAME:
            return r.person.formal_name_in(ui_language())
        if col == self.COL_ROLE:
            return r.role
        if col == self.COL_PRINCIPAL:
            return r.principal
        if col == self.COL_BILATERALS:
            return str(r.bilaterals)
        return str(r.sessions)

    def sort_key(self, r: Recipient, col: int):
        if col == self.COL_BILATERALS:
            return r.bilaterals
        if col == self.COL_SESSIONS:
            return r.sessions
        return super().sort_key(r, col)
