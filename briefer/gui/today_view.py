"""Today: what is next for a chosen minister or delegation member — sessions and bilaterals in order.

During the conference the list starts now; before it, at the first day; after
it, the whole programme is shown (for the record). Double-click opens an item.
The programme is read on a worker thread with its own connection (it reads
every meeting, which takes a second on a very large conference).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from briefer.gui.forms.today_view import Ui_TodayView
from briefer.gui.tasks import run_in_background
from briefer.gui.table_models import RESIZE_PRECISION, SORT_ROLE, AgendaTableModel, Directory
from briefer.gui.widgets import ui_language
from briefer.i18n import format_date
from briefer.schedule.programme import programme_for


class TodayView(QWidget):
    TABLES = ()
    loaded = Signal()  # the items for the chosen person are shown

    def __init__(self, services, parent: QWidget | None = None, *, clock: Callable[[], datetime] | None = None):
        super().__init__(parent)
        self.services = services
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self.stale = True
        self.ui = Ui_TodayView()
        self.ui.setupUi(self)
        self.model = AgendaTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.ui.items.setModel(self.proxy)
        self.ui.items.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.ui.items.verticalHeader().hide()
        for header in (self.ui.items.horizontalHeader(), self.ui.items.verticalHeader()):
            header.setResizeContentsPrecision(RESIZE_PRECISION)  # size columns from the first rows only
        self.ui.items.horizontalHeader().setStretchLastSection(True)
        self.ui.items.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.principal_combo.currentIndexChanged.connect(self._load_items)
        self.ui.items.doubleClicked.connect(self._open)
        self._directory = Directory()
        self._generation = 0
        self.pending = False
        # "what is next" moves with the clock: look again every minute while the view is shown
        self._tick = QTimer(self)
        self._tick.setInterval(60_000)
        self._tick.timeout.connect(lambda: self.isVisible() and not self.stale and self._load_items())
        self._tick.start()

    def refresh(self) -> None:
        store = self.services.store
        self._directory = Directory.load(store)
        combo = self.ui.principal_combo
        wanted = combo.currentData() or self.services.settings.today_principal
        combo.blockSignals(True)
        combo.clear()
        choices = self._people_to_choose(store)
        for pid, text in choices:
            combo.addItem(text, pid)
        idx = combo.findData(wanted)
        combo.setCurrentIndex(idx if idx >= 0 else 0)
        combo.blockSignals(False)
        self.stale = False
        self._load_items()

    def _people_to_choose(self, store) -> list[tuple[str, str]]:
        """Ministers first, then the other members of the host delegation (all ministers if there is none)."""
        ids = [m.person_id for d in store.delegations.list() if d.host for m in d.members]
        people = [p for p in (store.people.find(i) for i in dict.fromkeys(ids)) if p is not None]
        if not any(p.is_principal for p in people):
            people = [p for p in self._directory.people.values() if p.is_principal] + people
        people.sort(key=lambda p: (not p.is_principal, p.family_name.casefold(), p.given_name.casefold()))
        return [(p.id, p.formal_name + (f" — {p.principal_title or p.position}" if (p.principal_title or p.position) else ""))
                for p in people]

    def reference_time(self) -> tuple[datetime | None, str]:
        conf = self._directory.conference
        now = self.clock()
        if conf is None:
            return None, ""
        lang = ui_language()
        if conf.contains(now):
            return now, self.tr("Next items from now ({0}).").format(format_date(now, lang, conf.tz))
        if conf.local(now).date() < conf.start_date:
            return None, self.tr("The conference starts on {0}; showing everything from the first day.").format(
                format_date(conf.start_date, lang))
        return None, self.tr("The conference is over; showing the whole programme.")

    def _load_items(self) -> None:
        """Read the chosen person's programme on a worker with its own connection, then show it."""
        pid = self.ui.principal_combo.currentData()
        if pid:
            self.services.settings.today_principal = pid
        since, text = self.reference_time()
        if not pid:
            self._show([], self.tr("No minister or Dutch delegation member is recorded yet."))
            return
        self._generation += 1
        generation = self._generation
        lang = ui_language()
        connect = self.services.open_connection

        def work():
            with connect() as own:
                return programme_for(own, pid, start=since, lang=lang)

        def arrived(items) -> None:
            if generation == self._generation:  # a newer choice supersedes this answer
                self._show(items, text if items else text + " " + self.tr("Nothing more is planned."))

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._show([], text)
                self.services.ask.error(self, exc)

        self.pending = True
        if self.model.rowCount() == 0:
            self.ui.when_label.setText(self.tr("Loading…"))
        run_in_background(work).success(arrived).failure(failed)

    def _show(self, items, text: str) -> None:
        self.ui.when_label.setText(text)
        self.model.set_rows(items, self._directory)
        self.pending = False
        self.loaded.emit()

    def _open(self, index) -> None:
        item = self.model.row_at(self.proxy.mapToSource(index).row())
        self.services.open_record("sessions" if item.kind == "session" else "meetings", item.record_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            if not self.stale:
                self._load_items()
        super().changeEvent(event)
