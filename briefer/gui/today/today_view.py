"""Today: now and next for a chosen minister or delegation member, with the day's conflicts.

A panel shows what is on now and the next item (time, room, counterpart, the
first objective) with a countdown; under it the conflicts of the day, and the
person's sessions and bilaterals in order. During the conference the list
starts now; before it, at the first day; after it, the whole programme is
shown (for the record). One click opens the meeting brief, prints the
one-page brief, or opens the bilateral in meeting mode (the selected row, else
the bilateral on now, else the next one). The programme and the conflict
check are read on a worker thread with its own connection (they read every
meeting, which takes a second on a very large conference), in two steps: the
person's items first (``shown``), then the day's conflicts (``loaded``), so the
list is there without waiting for the whole schedule to be read and checked.
The clock is injected, so tests (and a rehearsal the day before) can set "now".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from typing import Callable

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from briefer.gui.forms.today_view import Ui_TodayView
from briefer.gui.meeting_mode.meeting_mode import MeetingMode
from briefer.gui.meeting_mode.one_page_brief import ask_path, open_in_viewer, print_meeting_brief
from briefer.gui.tasks import run_in_background
from briefer.gui.records.table_models import RESIZE_PRECISION, SORT_ROLE, Directory
from briefer.gui.today.agenda_model import AgendaTableModel
from briefer.gui.widgets.tones import MARKERS
from briefer.gui.widgets.fields import ui_language
from briefer.i18n import format_date
from briefer.schedule.conflicts import ERROR, WARNING
from briefer.schedule.day import DayView, countdown_text, read_day_conflicts, read_day_items
from briefer.schedule.programme import ProgrammeItem


class TodayView(QWidget):
    TABLES = ()
    shown = Signal()  # the items for the chosen person are shown (their conflicts may still be read)
    loaded = Signal()  # … and the day's conflicts too

    def __init__(self, services, parent: QWidget | None = None, *, clock: Callable[[], datetime] | None = None):
        super().__init__(parent)
        self.services = services
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self.stale = True
        self.ui = Ui_TodayView()
        self.ui.setupUi(self)
        self.ui.items.setTabKeyNavigation(False)  # Tab leaves the list; arrows move between rows
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
        self.ui.items.selectionModel().currentRowChanged.connect(lambda *_a: self._show_target())
        self.ui.brief_button.clicked.connect(self.open_brief)
        self.ui.print_button.clicked.connect(self.print_brief)
        self.ui.meeting_mode_button.clicked.connect(lambda: self.open_meeting_mode())
        self.ui.conflicts_label.hide()
        self.day: DayView | None = None
        self.meeting_modes: dict[str, MeetingMode] = {}
        self.choose_path = ask_path
        self.opener = open_in_viewer
        self.print_task = None
        services.open_meeting_mode = self.open_meeting_mode
        self._directory = Directory()
        self._generation = 0
        self.pending = False
        # "what is next" moves with the clock: look again every minute while the view is shown
        self._tick = QTimer(self)
        self._tick.setInterval(60_000)
        self._tick.timeout.connect(lambda: self.isVisible() and not self.stale and self._load_items())
        self._tick.start()
        # the countdown to the next item, every second (reads only the clock)
        self._second = QTimer(self)
        self._second.setInterval(1000)
        self._second.timeout.connect(self._update_countdown)
        self._second.start()

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

        now = self.clock()
        conf = self._directory.conference
        tz = self._directory.tz
        day = None
        if conf is not None:
            day = min(max(conf.local(now).date(), conf.start_date), conf.end_date)

        def work():  # the first half of read_day; the conflicts follow in _load_conflicts
            with connect() as own:
                return read_day_items(own, pid, now, since, day, tz, lang)

        def arrived(answer) -> None:
            if generation != self._generation:  # a newer choice supersedes this answer
                return
            day_view, mine = answer
            items = day_view.items
            self._show(items, text if items else text + " " + self.tr("Nothing more is planned."), day_view,
                       final=not mine)
            if mine:
                self._load_conflicts(generation, mine, day, tz, lang)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._show([], text)
                self.services.ask.error(self, exc)

        self.pending = True
        if self.model.rowCount() == 0:
            self.ui.when_label.setText(self.tr("Loading…"))
        run_in_background(work, owner=self).success(arrived).failure(failed)

    def _load_conflicts(self, generation: int, mine: set[str], day, tz, lang: str) -> None:
        """The second step: the conflicts of the day that involve the person's items."""
        connect = self.services.open_connection

        def work():
            with connect() as own:
                return read_day_conflicts(own, mine, day, tz, lang)

        def arrived(conflicts) -> None:
            if generation == self._generation and self.day is not None:
                self.day = replace(self.day, conflicts=conflicts)
                self._show_conflicts()
                self._done()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._done()
                self.services.ask.error(self, exc)

        run_in_background(work, owner=self).success(arrived).failure(failed)

    def _show(self, items, text: str, day_view: DayView | None = None, *, final: bool = True) -> None:
        self.ui.when_label.setText(text)
        self.model.set_rows(items, self._directory)
        self.day = day_view
        self._show_now_next()
        self._show_conflicts()
        self._show_target()
        self.shown.emit()
        if final:
            self._done()

    def _done(self) -> None:
        self.pending = False
        self.loaded.emit()

    # ---------------------------------------------------------------- now and next
    def _describe(self, item: ProgrammeItem) -> tuple[str, str]:
        """(title, 'time · room · with whom') for an item."""
        d = self._directory
        title = item.title
        if item.kind == "meeting" and item.counterpart and item.counterpart == item.title:
            title = self.tr("Bilateral with {0}").format(item.counterpart)
        parts = [d.span(item.start, item.end), item.room or self.tr("room to be confirmed")]
        if item.kind == "meeting":
            if item.counterpart and item.counterpart != item.title:
                parts.append(item.counterpart)
        return title, " · ".join(parts)

    def _show_now_next(self) -> None:
        t = self.day.today if self.day else None
        if t is None or not t.current:
            self.ui.now_text.setText(self.tr("Nothing on right now."))
        else:
            self.ui.now_text.setText("\n".join("{0} ({1})".format(*self._describe(i)) for i in t.current))
        nxt = t.next if t else None
        if nxt is None:
            self.ui.next_title.setText(self.tr("Nothing more is planned."))
            self.ui.next_details.setText("")
            self.ui.next_objective.setText("")
        else:
            title, details = self._describe(nxt)
            self.ui.next_title.setText(title)
            self.ui.next_details.setText(details)
            self.ui.next_objective.setText(self.tr("Objective: {0}").format(nxt.objective) if nxt.objective else "")
        self._update_countdown()

    def _update_countdown(self) -> None:
        nxt = self.day.today.next if self.day else None
        if nxt is None:
            self.ui.countdown.setText("")
            return
        delta = nxt.start - self.clock()
        if delta.total_seconds() < 0:
            self.ui.countdown.setText(self.tr("started"))
            if self.isVisible() and not self.pending and not self.stale:
                self._load_items()  # the next item has begun: look again
            return
        if delta > timedelta(days=1):
            self.ui.countdown.setText(self.tr("on {0}").format(format_date(nxt.start, ui_language(), self._directory.tz)))
        else:
            self.ui.countdown.setText(self.tr("in {0}").format(countdown_text(delta, ui_language())))

    def countdown(self) -> str:
        """The countdown as shown ("in 1 h 15 min")."""
        return self.ui.countdown.text()

    def _show_conflicts(self) -> None:
        findings = self.day.conflicts if self.day else []
        if not findings:
            self.ui.conflicts_label.hide()
            self.ui.conflicts_label.setText("")
            return
        lines = [self.tr("⚠ {0} conflict(s) in this day's programme:").format(len(findings))]
        # each line marked by its severity (✖ cannot work, ⚠ needs attention), as in the timetable
        lines += [f"{MARKERS[ERROR if f.severity == ERROR else WARNING]} {f.message}" for f in findings[:6]]
        if len(findings) > 6:
            lines.append(self.tr("… and {0} more (see the Programme view).").format(len(findings) - 6))
        self.ui.conflicts_label.setText("\n".join(lines))
        self.ui.conflicts_label.show()

    # ---------------------------------------------------------------- the meeting the buttons act on
    def target_meeting(self) -> ProgrammeItem | None:
        """The selected bilateral, else the one on now, else the next one."""
        idx = self.ui.items.currentIndex()
        if idx.isValid():
            item = self.model.row_at(self.proxy.mapToSource(idx).row())
            if item.kind == "meeting":
                return item
        if self.day is None:
            return None
        t = self.day.today
        for i in t.current:
            if i.kind == "meeting":
                return i
        return next((i for i in self.day.items if i.kind == "meeting" and i.start > t.now), None)

    def _show_target(self) -> None:
        target = self.target_meeting()
        for button in (self.ui.brief_button, self.ui.print_button, self.ui.meeting_mode_button):
            button.setEnabled(target is not None)
        if target is None:
            self.ui.target_label.setText(self.tr("No bilateral to open."))
        else:
            title, _ = self._describe(target)
            when = self._directory.time(target.start, target.end)
            self.ui.target_label.setText(self.tr("The buttons act on: {0}, {1}").format(title, when))

    def open_brief(self) -> None:
        target = self.target_meeting()
        if target is None:
            return
        briefs = self.services.store.meeting_briefs.list(meeting_id=target.record_id)
        if briefs:
            self.services.open_record("meeting_briefs", briefs[0].id)
        else:
            self.services.open_record("meetings", target.record_id)

    def print_brief(self):
        target = self.target_meeting()
        if target is None:
            return None
        self.print_task = print_meeting_brief(self, self.services, target.record_id,
                                              choose_path=lambda parent, name: self.choose_path(parent, name),
                                              opener=lambda path: self.opener(path))
        return self.print_task

    def open_meeting_mode(self, meeting_id: str | None = None) -> MeetingMode | None:
        """Show the bilateral in meeting mode (one window per meeting; raised if already open)."""
        if meeting_id is None:
            target = self.target_meeting()
            if target is None:
                return None
            meeting_id = target.record_id
        window = self.meeting_modes.get(meeting_id)
        if window is None:
            window = MeetingMode(self.services, meeting_id, self, clock=lambda: self.clock())
            window.closed.connect(self._meeting_mode_closed)
            self.meeting_modes[meeting_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        window.ui.notes.setFocus()
        return window

    def _meeting_mode_closed(self, meeting_id: str) -> None:
        window = self.meeting_modes.pop(meeting_id, None)
        if window is not None:
            window.deleteLater()

    def confirm_leave(self) -> bool:
        """Before the app closes: commit and close every meeting-mode window."""
        for window in list(self.meeting_modes.values()):
            if not window.close():
                return False
        return True

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
