"""The two lists of People & delegations: the people, and the delegations they come in."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from briefer.gui.records.table_models import RecordTableModel
from briefer.model import Delegation, Person

class PersonTableModel(RecordTableModel):
    COL_NAME, COL_POSITION, COL_COUNTRY, COL_ORGANISATION, COL_PRINCIPAL = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "Name"), QT_TRANSLATE_NOOP("Labels", "Position"),
        QT_TRANSLATE_NOOP("Labels", "Country"), QT_TRANSLATE_NOOP("Labels", "Organisation"),
        QT_TRANSLATE_NOOP("Labels", "Minister"),
    )

    def display(self, p: Person, col: int) -> str:
        if col == self.COL_NAME:
            return p.formal_name
        if col == self.COL_POSITION:
            return p.position
        if col == self.COL_COUNTRY:
            return self.directory.country(p.country)
        if col == self.COL_ORGANISATION:
            return self.directory.organisation(p.organisation_id)
        return p.principal_title

    def sort_key(self, p: Person, col: int):
        if col == self.COL_NAME:
            return f"{p.family_name} {p.given_name}".casefold()
        return super().sort_key(p, col)


class DelegationTableModel(RecordTableModel):
    COL_NAME, COL_COUNTRY, COL_HEAD, COL_MEMBERS = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "Delegation"), QT_TRANSLATE_NOOP("Labels", "Country"),
        QT_TRANSLATE_NOOP("Labels", "Head"), QT_TRANSLATE_NOOP("Labels", "Members"),
    )

    def display(self, g: Delegation, col: int) -> str:
        d = self.directory
        if col == self.COL_NAME:
            return g.name or d.country(g.country) or d.organisation(g.organisation_id)
        if col == self.COL_COUNTRY:
            return d.country(g.country) or d.organisation(g.organisation_id)
        if col == self.COL_HEAD:
            return d.person(g.head_id)
        return str(len(g.members))

    def sort_key(self, g: Delegation, col: int):
        if col == self.COL_MEMBERS:
            return len(g.members)
        return super().sort_key(g, col)
