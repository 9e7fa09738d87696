"""People & delegations: both delegations' people, and the delegations they come in (two tabs)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from briefer.gui.people.delegation_editor import DelegationEditor
from briefer.gui.people.person_editor import PersonEditor
from briefer.gui.records.record_page import HEADING_STYLE, RecordPage
from briefer.gui.people.people_models import DelegationTableModel, PersonTableModel


class PeoplePage(RecordPage):
    TABLE_MODEL = PersonTableModel
    EDITOR = PersonEditor
    TABLES = ("people",)
    SIZED_BY = ("people",)

    def title(self) -> str:
        return self.tr("People")

    def load_rows(self, store):
        return store.people.list()

    def seed_directory(self, directory, rows) -> None:
        directory.people = {p.id: p for p in rows}  # the rows are everyone: no second read for the pickers


class DelegationsPage(RecordPage):
    TABLE_MODEL = DelegationTableModel
    EDITOR = DelegationEditor
    TABLES = ("delegations",)
    SIZED_BY = ("delegations", "people")  # its pickers list everyone

    def title(self) -> str:
        return self.tr("Delegations")

    def load_rows(self, store):
        return store.delegations.list()


class PeopleView(QWidget):
    """Two record pages under tabs; behaves towards the main window like one page."""

    TABLES = ("people", "delegations")

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setStyleSheet(HEADING_STYLE)
        self.tabs = QTabWidget(self)
        self.people = PeoplePage(services, self, heading=False)
        self.delegations = DelegationsPage(services, self, heading=False)
        self.tabs.addTab(self.people, "")
        self.tabs.addTab(self.delegations, "")
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.tabs, 1)
        self.retranslate()

    @property
    def stale(self) -> bool:
        return self.people.stale or self.delegations.stale

    @stale.setter
    def stale(self, value: bool) -> None:
        self.people.stale = self.delegations.stale = value

    def refresh(self) -> None:
        self.people.refresh()
        self.delegations.refresh()

    def pages(self) -> list[RecordPage]:
        return [self.people, self.delegations]

    def current_page(self) -> RecordPage:
        return self.tabs.currentWidget()

    def confirm_leave(self) -> bool:
        return all(p.confirm_leave() for p in self.pages())

    def dirty_editors(self):
        return [e for p in self.pages() for e in p.dirty_editors()]

    def open_record(self, table: str, record_id: str) -> bool:
        page = self.people if table == "people" else self.delegations
        self.tabs.setCurrentWidget(page)
        return page.open_key(record_id)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("People & delegations"))
        self.tabs.setTabText(0, self.tr("People"))
        self.tabs.setTabText(1, self.tr("Delegations"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
