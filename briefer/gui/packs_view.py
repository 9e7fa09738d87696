"""Packs: the people a briefing pack can be printed for, and what each pack would hold.

Printing itself comes from ``briefer.packs`` (built in parallel): the
composition root passes a ``pack_builder`` once it exists; until then the
button says why it is not available.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from briefer.gui.forms.packs_view import Ui_PacksView
from briefer.gui.labels import label
from briefer.gui.table_models import RESIZE_PRECISION, SORT_ROLE, Directory, Recipient, RecipientTableModel


def recipients(store, directory: Directory) -> list[Recipient]:
    """Ministers and members of the host delegation, with their bilaterals and sessions counted."""
    meetings = store.meetings.list()
    sessions = store.sessions.list()
    roles: dict[str, tuple[str, str]] = {}
    for d in store.delegations.list():
        if not d.host:
            continue
        for m in d.members:
            roles[m.person_id] = (label(m.role), directory.person(m.serves_principal_id))
    for p in directory.people.values():
        if p.is_principal:
            roles.setdefault(p.id, (p.principal_title, ""))
    out = []
    for pid, (role, serves) in roles.items():
        person = directory.people.get(pid)
        if person is None:
            continue
        out.append(Recipient(
            person, role, serves,
            sum(1 for m in meetings if pid in m.nl_side_ids() and m.status.value != "cancelled"),
            sum(1 for s in sessions if pid in s.people_ids()),
        ))
    return out


class PacksView(QWidget):
    TABLES = ()

    def __init__(self, services, parent: QWidget | None = None, *, pack_builder: Callable | None = None):
        super().__init__(parent)
        self.services = services
        self.pack_builder = pack_builder
        self.stale = True
        self.ui = Ui_PacksView()
        self.ui.setupUi(self)
        self.model = RecipientTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.ui.people.setModel(self.proxy)
        self.ui.people.verticalHeader().hide()
        for header in (self.ui.people.horizontalHeader(), self.ui.people.verticalHeader()):
            header.setResizeContentsPrecision(RESIZE_PRECISION)  # size columns from the first rows only
        self.ui.people.horizontalHeader().setStretchLastSection(True)
        self.ui.people.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.people.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.ui.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.ui.people.selectionModel().currentRowChanged.connect(self._summarise)
        self.ui.build_button.clicked.connect(self._build)
        self._directory = Directory()
        self._update_button()

    def refresh(self) -> None:
        store = self.services.store
        self._directory = Directory.load(store)
        self.model.set_rows(recipients(store, self._directory), self._directory)
        self.stale = False
        self._summarise()

    def current(self) -> Recipient | None:
        idx = self.ui.people.currentIndex()
        return self.model.row_at(self.proxy.mapToSource(idx).row()) if idx.isValid() else None

    def _summarise(self, *_args) -> None:
        r = self.current()
        if r is None:
            self.ui.summary_label.setText(self.tr("{0} people can receive a pack.").format(self.model.rowCount()))
        else:
            store = self.services.store
            meetings = [m for m in store.meetings.list() if r.person.id in m.nl_side_ids() and m.status.value != "cancelled"]
            d = self.model.directory
            with_whom = ", ".join(d.country(m.counterpart_country) or d.organisation(m.counterpart_organisation_id)
                                  for m in meetings)
            text = self.tr("The pack for {0}: the programme ({1} sessions) and {2} bilaterals").format(
                r.person.formal_name, r.sessions, r.bilaterals)
            self.ui.summary_label.setText(text + (f" ({with_whom})." if with_whom else "."))
        self._update_button()

    def _update_button(self) -> None:
        b = self.ui.build_button
        b.setEnabled(self.pack_builder is not None and self.current() is not None)
        b.setToolTip("" if self.pack_builder else self.tr("Pack printing is not installed in this version."))

    def _build(self) -> None:
        r = self.current()
        if r is not None and self.pack_builder is not None:
            self.pack_builder(self, r.person)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            if not self.stale:
                self._summarise()
        super().changeEvent(event)
