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
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QDateTime, QEvent, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QWidget

from briefer.gui.forms.today_view import Ui_TodayView
from briefer.gui.tasks import run_in_background
from briefer.gui.records.table_models import RESIZE_PRECISION, SORT_ROLE, Directory
from briefer.gui.today.agenda_model import AgendaTableModel
from briefer.gui.today.pocket_brief import brief_html
from briefer.gui.widgets.tones import MARKERS, set_tone
from briefer.gui.widgets.fields import ui_language
from briefer.i18n import counted, format_date, format_time
from briefer.schedule.conflicts import ERROR, WARNING
from briefer.schedule.day import DayView, countdown_text, read_day_conflicts, read_day_items
from briefer.schedule.meeting_sheet import brief_of
from briefer.schedule.pocket_card import PocketCard, rehearsal_moment_in
from briefer.schedule.programme import ProgrammeItem
from briefer.store.delegation_members import host_people

if TYPE_CHECKING:
    from briefer.gui.meeting_mode.meeting_mode import MeetingMode


class TodayView(QWidget):
    TABLES = ()
    shown = Signal()  # the items for the chosen person are shown (their conflicts may still be read)
    loaded = Signal()  # … and the day's conflicts too

    def __init__(self, services, parent: QWidget | None = None, *, clock: Callable[[], datetime] | None = None):
        super().__init__(parent)
        self.services = services
        # the real clock (injected by tests); :meth:`now` is the app's clock, moved by a rehearsal
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        # how far a rehearsal has moved the app's clock from the real one (None: not rehearsing)
        self.rehearsal: timedelta | None = None
        self._rehearsal_offered = False  # the demo starts rehearsing once, not again after "back to real time"
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
        # Ctrl+P prints the one-page brief of the meeting on now or next, as in meeting mode
        print_action = QAction(self)
        print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        print_action.triggered.connect(self.print_brief)
        self.addAction(print_action)
        self.ui.meeting_mode_button.clicked.connect(lambda: self.open_meeting_mode())
        self.ui.conflicts_label.hide()
        self.ui.rehearse_box.hide()
        self.ui.empty_box.hide()
        self.ui.rehearse_button.clicked.connect(self.rehearse_chosen)
        self.ui.real_time_button.clicked.connect(self.stop_rehearsing)
        self.ui.empty_button.clicked.connect(self._empty_action)
        self._empty_target = ""
        self._names: dict[str, str] = {}
        self.day: DayView | None = None
        self.meeting_modes: dict[str, MeetingMode] = {}
        # the print dialog for the one-page brief (None: Qt's, on the printer used last); tests answer it
        self.choose_printer = None
        self.print_task = None
        services.open_meeting_mode = self.open_meeting_mode
        services.now = self.now  # the Programme's "jump to now" follows a rehearsal too
        self._directory = Directory()
        self._generation = 0
        self.pending = False
        # what the first view's picture needs (briefer.gui.today.today_snapshot): the store's change marker
        # and both clocks when the rows on screen were read, the app's clock when they settled, and the
        # moment a demo whose conference is over rehearses at every start
        self.read_marker: tuple[int, int] | None = None
        self.read_at: tuple[datetime, datetime] | None = None
        self.settled_at: datetime | None = None
        self.auto_rehearsal_moment: datetime | None = None
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

    @property
    def conference(self):
        """The conference as Today last read it (None: none recorded), for what keeps its picture (today_snapshot)."""
        return self._directory.conference

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
        self._offer_rehearsal(store)
        self._load_items()

    # ---------------------------------------------------------------- the app's clock and rehearsing
    def now(self) -> datetime:
        """The app's clock: the real time, or the rehearsed moment moving on from where it was set."""
        real = self.clock()
        return real + self.rehearsal if self.rehearsal is not None else real

    def rehearsing(self) -> bool:
        return self.rehearsal is not None

    def rehearse(self, moment: datetime) -> None:
        """Set the app's clock to ``moment`` (it runs on from there), and show the day as it will be then."""
        self.rehearsal = moment - self.clock()
        self._load_items()

    def rehearse_chosen(self) -> None:
        conf = self._directory.conference
        if conf is None:
            return
        local = self.ui.rehearse_at.dateTime().toPython()
        self.rehearse(local.replace(tzinfo=conf.tz))

    def stop_rehearsing(self) -> None:
        self.rehearsal = None
        self._load_items()

    def _offer_rehearsal(self, store) -> None:
        """Outside the conference, put the rehearse control on a telling moment (a few minutes into the
        first bilateral of the first day); a demo whose conference is over starts there by itself, so a
        newcomer sees Today at work rather than a conference long past."""
        conf = self._directory.conference
        if conf is None or conf.contains(self.clock()) or self._rehearsal_offered:
            return
        self._rehearsal_offered = True
        moment = rehearsal_moment_in(store)
        self.auto_rehearsal_moment = moment if conf.demo else None
        local = moment.astimezone(conf.tz).replace(tzinfo=None)
        edit = self.ui.rehearse_at
        edit.setMinimumDateTime(QDateTime(datetime.combine(conf.start_date, datetime.min.time())))
        edit.setMaximumDateTime(QDateTime(datetime.combine(conf.end_date, datetime.max.time().replace(microsecond=0))))
        edit.setDateTime(QDateTime(local))
        if conf.demo and self.rehearsal is None and conf.local(self.clock()).date() > conf.end_date:
            self.rehearsal = moment - self.clock()

    def _show_rehearsal(self) -> None:
        conf = self._directory.conference
        if conf is None or (conf.contains(self.clock()) and self.rehearsal is None):
            self.ui.rehearse_box.hide()
            return
        lang = ui_language()
        if self.rehearsal is not None:
            now = self.now()
            text = self.tr("Rehearsing: the app's clock is set to {0}, {1}.").format(
                format_date(now, lang, conf.tz), format_time(now, conf.tz))
        elif conf.local(self.clock()).date() < conf.start_date:
            text = self.tr("The conference has not begun. Rehearse a moment of it:")
        else:
            text = self.tr("The conference is over. Rehearse a moment of it:")
        self.ui.rehearse_text.setText(text)
        self.ui.real_time_button.setVisible(self.rehearsal is not None)
        self.ui.rehearse_box.show()

    def _people_to_choose(self, store) -> list[tuple[str, str]]:
        """Ministers first, then the other members of the host delegation (all ministers if there is none)."""
        people = host_people(store)
        if not any(p.is_principal for p in people):
            people = [p for p in self._directory.people.values() if p.is_principal] + people
        people.sort(key=lambda p: (not p.is_principal, p.family_name.casefold(), p.given_name.casefold()))
        self._names = {p.id: p.formal_name_in(ui_language()) for p in people}  # for sentences that name them
        return [(p.id, p.formal_name_in(ui_language()) + (f" — {p.principal_title or p.position}" if (p.principal_title or p.position) else ""))
                for p in people]

    def reference_time(self) -> tuple[datetime | None, str]:
        conf = self._directory.conference
        now = self.now()
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
        self.read_marker = self.services.store.change_marker()
        self.read_at = (self.now(), self.clock())
        since, text = self.reference_time()
        if not pid:
            self._show([], self.tr("No minister or Dutch delegation member is recorded yet."))
            self._show_empty(self.tr("Today shows the day of a minister or a member of the delegation. Record "
                                     "them in People and add them to the delegation."),
                             self.tr("&Go to People"), "people")
            return
        self._generation += 1
        generation = self._generation
        lang = ui_language()
        connect = self.services.open_connection

        now = self.now()
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
        self._show_rehearsal()
        self._show_now_next()
        self._show_card()
        self._show_conflicts()
        self._show_target()
        self.shown.emit()
        if final:
            self._done()

    def _done(self) -> None:
        self.pending = False
        self.settled_at = self.now()
        self.loaded.emit()

    # ---------------------------------------------------------------- now and next
    def _describe(self, item: ProgrammeItem) -> tuple[str, str]:
        """(title, 'time · room · with whom') for an item."""
        d = self._directory
        title = item.title
        if item.kind == "meeting" and item.counterpart and item.counterpart == item.title:
            title = self.tr("Bilateral with {0}").format(item.counterpart_in_sentence or item.counterpart)
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
            if nxt.point:  # the point in one sentence, when the brief gives one, says more than an objective
                self.ui.next_objective.setText(self.tr("The point: {0}").format(nxt.point))
            else:
                self.ui.next_objective.setText(self.tr("Objective: {0}").format(nxt.objective) if nxt.objective else "")
        self._update_countdown()

    def _show_card(self) -> None:
        """The bilateral on now or next, large, with the walk to it and its brief inline."""
        card: PocketCard | None = self.day.card if self.day else None
        self.ui.card.setVisible(card is not None)
        if card is None:
            if self.day is not None and self.ui.principal_combo.currentData():
                self._show_empty(self.tr("No bilateral is planned from now on for {0}. Plan one in Bilaterals, "
                                         "or choose another person above.").format(
                                     self._names.get(self.ui.principal_combo.currentData(), "")),
                                 self.tr("&Go to Bilaterals"), "bilaterals")
            return
        self.ui.empty_box.hide()
        item, d, lang = card.item, self._directory, ui_language()
        self.ui.card_caption.setText(self.tr("On now") if card.on_now else self.tr("Next bilateral"))
        self.ui.card_title.setText(self._describe(item)[0])
        where = item.room or self.tr("room to be confirmed")
        counterpart = item.counterpart if item.counterpart and item.counterpart != item.title else ""
        self.ui.card_when.setText(" · ".join(x for x in (d.span(item.start, item.end), where, counterpart) if x))
        self.ui.card_walk.setText(self._walk_text(card))
        set_tone(self.ui.card_walk, "error" if card.walk_is_tight else "muted")
        brief = card.brief
        point = (brief.point if brief else "") or item.point
        self.ui.card_point.setText(point)
        self.ui.card_point.setVisible(bool(point))
        if brief is None:
            self.ui.card_brief.setPlainText(self.tr("No brief has been written for this meeting yet: "
                                                    "“Open the meeting brief” starts one."))
        else:
            self.ui.card_brief.setHtml(brief_html(brief, lang))

    def _walk_text(self, card: PocketCard) -> str:
        prev = card.previous
        if prev is None:
            return self.tr("The first item of the day.")
        before = self._describe(prev)[0]
        if not card.walk_minutes:
            return self.tr("After {0} ({1} min between them).").format(before, card.gap_minutes)
        text = self.tr("{0} min walk from {1} ({2}); {3} min between them.").format(
            card.walk_minutes, before, prev.room or self.tr("room to be confirmed"), card.gap_minutes)
        return ("⚠ " + text) if card.walk_is_tight else text

    def _show_empty(self, text: str, button: str, view: str) -> None:
        """Say what to do next and offer the button that goes there."""
        self.ui.empty_text.setText(text)
        self.ui.empty_button.setText(button)
        self._empty_target = view
        self.ui.empty_box.show()
        self.ui.card.hide()

    def _empty_action(self) -> None:
        if self._empty_target:
            self.services.go(self._empty_target)

    def _update_countdown(self) -> None:
        nxt = self.day.today.next if self.day else None
        if nxt is None:
            self.ui.countdown.setText("")
            return
        text = self.countdown_for(nxt, self.now())
        if text is None:
            self.ui.countdown.setText(self.tr("started"))
            if self.isVisible() and not self.pending and not self.stale:
                self._load_items()  # the next item has begun: look again
            return
        self.ui.countdown.setText(text)

    def countdown_for(self, item: ProgrammeItem, now: datetime) -> str | None:
        """The countdown to ``item`` at ``now`` ("in 1 h 05 min", "on Friday 14 June"; None: it has begun)."""
        delta = item.start - now
        if delta.total_seconds() < 0:
            return None
        if delta > timedelta(days=1):
            return self.tr("on {0}").format(format_date(item.start, ui_language(), self._directory.tz))
        return self.tr("in {0}").format(countdown_text(delta, ui_language()))

    def countdown(self) -> str:
        """The countdown as shown ("in 1 h 15 min")."""
        return self.ui.countdown.text()

    def _show_conflicts(self) -> None:
        now = self.now()
        # a conflict that is over cannot be helped any more: only those still ahead are shown
        findings = [f for f in (self.day.conflicts if self.day else []) if (f.end or f.start) is None or (f.end or f.start) > now]
        if not findings:
            self.ui.conflicts_label.hide()
            self.ui.conflicts_label.setText("")
            return
        lines = [self.tr("⚠ {0} in this day's programme:").format(counted("conflicts", len(findings), ui_language()))]
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
        if self.day.card is not None:
            return self.day.card.item
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
        brief = brief_of(self.services.store, target.record_id)
        if brief is not None:
            self.services.open_record("meeting_briefs", brief.id)
        else:
            self.services.open_record("meetings", target.record_id)

    def print_brief(self):
        target = self.target_meeting()
        if target is None:
            return None
        from briefer.gui.meeting_mode.one_page_brief import print_meeting_brief

        self.print_task = print_meeting_brief(self, self.services, target.record_id,
                                              choose_printer=self.choose_printer)
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
            from briefer.gui.meeting_mode.meeting_mode import MeetingMode  # on first use: not needed to start

            window = MeetingMode(self.services, meeting_id, self, clock=lambda: self.now())
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
