"""Packs: the people a briefing pack can be printed for, what each pack holds, and printing it.

Printing follows ``briefer.packs``' three steps so the database stays on the
GUI thread: the plan is composed here, rendered to PDF in the background (an
immutable plan; progress and Cancel in the view), and the print registered
here once the file is written. Preview and print options beyond language and
draft/final belong to the pack dialog of a later issue.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from briefer.gui.forms.packs_view import Ui_PacksView
from briefer.errors import BrieferError
from briefer.gui.labels import label
from briefer.gui.tasks import run_in_background
from briefer.gui.widgets import ui_language
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

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.stale = True
        self.task = None
        self.last_result = None
        self._cancel = threading.Event()
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
        self.ui.build_button.clicked.connect(self.build_pack)
        self.ui.cancel_button.clicked.connect(self._cancel.set)
        self.ui.lang_label.setBuddy(self.ui.lang_combo)
        self.ui.lang_combo.addItem("Nederlands", "nl")
        self.ui.lang_combo.addItem("English", "en")
        self.ui.lang_combo.setCurrentIndex(0 if ui_language() == "nl" else 1)
        self.ui.people.doubleClicked.connect(lambda _i: self.build_pack())
        self._directory = Directory()
        self._busy(False)

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
        self.ui.build_button.setEnabled(self.current() is not None and self.task is None)

    def _busy(self, busy: bool) -> None:
        self.ui.progress.setVisible(busy)
        self.ui.cancel_button.setVisible(busy)
        self._update_button()

    def choose_path(self, default_name: str) -> Path | None:
        """Where to write the pack (a save dialog; tests answer it themselves)."""
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the pack"), default_name, self.tr("PDF files (*.pdf)"))
        return Path(name) if name else None

    def build_pack(self) -> None:
        """Compose the pack here, render it in the background, register the print when it is written."""
        from briefer.packs import PackOptions, compose, register_print, render

        r = self.current()
        if r is None or self.task is not None:
            return
        lang = self.ui.lang_combo.currentData()
        store = self.services.store
        try:
            plan = compose(store, PackOptions(recipient_id=r.person.id, lang=lang,
                                              draft=not self.ui.final_check.isChecked()))
        except BrieferError as exc:
            self.services.ask.error(self, exc)
            return
        path = self.choose_path(f"{r.person.family_name}-{lang}.pdf".replace(" ", "-"))
        if path is None:
            return
        self._cancel.clear()
        self.ui.progress.setValue(0)
        self._busy(True)

        def work(report):
            return render(plan, path, progress=lambda f: report(int(f * 100), 100, ""), cancel=self._cancel.is_set)

        def done(rendered) -> None:
            self.task = None
            self._busy(False)
            try:
                register_print(store, plan, rendered.pages, rendered.path.name)
            except BrieferError as exc:
                self.services.ask.error(self, exc)
            self.last_result = rendered
            self.ui.summary_label.setText(self.tr("Written: {0} ({1} pages).").format(rendered.path, rendered.pages))

        def failed(exc: BaseException) -> None:
            self.task = None
            self._busy(False)
            self.services.ask.error(self, exc)

        self.task = run_in_background(work, with_progress=True, owner=self)
        self.task.progress(lambda done_, total, _t: self.ui.progress.setValue(done_)).success(done).failure(failed)
        self._update_button()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            if not self.stale:
                self._summarise()
        super().changeEvent(event)
