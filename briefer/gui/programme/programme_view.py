"""Programme: the day's timetable (drag a bilateral, see conflicts, find a free slot) and the sessions list.

The timetable reads one snapshot of the programme (``load_schedule``) per
refresh and builds the :class:`ScheduleIndex` once, so dragging checks each
candidate in a fraction of a millisecond. Every move — by dragging, by the
edit dialog or by taking a free slot — is saved through the record saver
(``store.meetings.update`` with its revision check, and undo); a bilateral
changed elsewhere meanwhile is refused with the store's message and the
timetable reloads.

On a big conference (more than ``record_page.BACKGROUND_ROWS`` sessions and
bilaterals) the snapshot, its index and the whole-programme check — seconds
with 5,000 bilaterals — are made on a worker with its own connection
(:func:`read_timetable`), the same way big lists are read: the window stays
usable, and an answer overtaken by a change is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Callable

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from briefer.model.counterparts import counterpart_name
from briefer.errors import BrieferError
from briefer.gui.records import record_page
from briefer.gui.forms.programme_view import Ui_ProgrammeView
from briefer.gui.programme.move_meeting_dialog import MoveMeetingDialog, findings_html
from briefer.gui.widgets.tones import tones_for
from briefer.gui.records.record_page import RecordPage
from briefer.gui.programme.session_editor import SessionEditor
from briefer.gui.programme.session_model import SessionTableModel
from briefer.gui.records.fresh_read import FreshRead
from briefer.gui.programme.timetable import Column, TimetableCanvas
from briefer.gui.widgets.fields import ui_language
from briefer.model import Meeting
from briefer.schedule import conflicts as c
from briefer.schedule.conflicts import ERROR, Finding, check_schedule, conflicts_for
from briefer.schedule.items import Schedule, ScheduleIndex, load_schedule
from briefer.schedule.slots import Slot, find_slots

#: What makes a slot not free: someone or the room taken, no time to walk, outside the conference.
SLOT_CODES = frozenset({c.PERSON_DOUBLE_BOOKED, c.BILATERAL_DURING_SPEECH, c.ROOM_DOUBLE_BOOKED, c.WALKING_TIME,
                        c.OUTSIDE_DAYS, c.OUTSIDE_HOURS})
SLOTS_SHOWN = 5


class SessionsPage(RecordPage):
    """The conference sessions as a list with their editor (the Programme's second tab)."""

    TABLE_MODEL = SessionTableModel
    EDITOR = SessionEditor
    TABLES = ("sessions",)
    SIZED_BY = ("sessions", "people")  # its pickers (chair, speakers) list everyone

    def title(self) -> str:
        return self.tr("Programme")

    def load_rows(self, store):
        return store.sessions.list()

    def new_defaults(self) -> dict:
        conf = self.services.store.conference()
        if conf is None:
            return {}
        day = conf.start_date
        return {"start": datetime.combine(day, time(9, 0), conf.tz), "end": datetime.combine(day, time(10, 0), conf.tz)}


def free_slots(schedule: Schedule, index: ScheduleIndex, meeting: Meeting, *, limit: int = SLOTS_SHOWN):
    """Slots where everyone at the table and a room are free for ``meeting`` (moved there, it has no clash).

    ``find_slots`` checks the principal, the counterpart and a room; each
    proposal is then checked again with everyone at the table, so a slot that
    would clash for a note-taker or an adviser is not offered.
    """
    without = ScheduleIndex(schedule, exclude=[meeting.id])
    search = find_slots(without, meeting.principal_id,
                        counterpart_id=meeting.counterpart_ids[0] if meeting.counterpart_ids else None,
                        country=meeting.counterpart_country, duration=meeting.end - meeting.start, limit=limit * 3)
    good: list[Slot] = []
    for slot in search.slots:
        moved = moved_to(meeting, slot)
        if not any(f.code in SLOT_CODES for f in conflicts_for(moved, index)):
            good.append(slot)
        if len(good) == limit:
            break
    return good, search


def moved_to(meeting: Meeting, slot: Slot) -> Meeting:
    return meeting.evolve(start=slot.start, end=slot.end, room_id=slot.room_id or meeting.room_id)


@dataclass(frozen=True)
class Timetable:
    """What the timetable shows, made in one go from one connection (on a worker for big conferences)."""

    schedule: Schedule
    titles: dict[str, str]
    index: ScheduleIndex
    #: the worst severity of a finding per item id
    flagged: dict[str, str]
    # per item id, what the whole-programme check found: (severity, message), worst first
    reasons: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


def read_timetable(store, lang: str, bilateral_title: str) -> Timetable:
    """Snapshot, block titles, index and the whole-programme check; touches no widget (any thread).

    ``bilateral_title`` is the translated "Bilateral: {0}" for untitled meetings.
    """
    schedule = load_schedule(store, lang=lang)  # findings and slot reasons in the reader's language

    def counterpart(m: Meeting) -> str:
        return counterpart_name(m, schedule.organisations, lang, article=False)

    titles = {m.id: m.title or bilateral_title.format(counterpart(m)) for m in schedule.meetings}
    worst: dict[str, str] = {}
    reasons: dict[str, list[tuple[str, str]]] = {}
    for f in check_schedule(schedule):
        for item_id in f.item_ids:
            if worst.get(item_id) != ERROR:
                worst[item_id] = f.severity
            reasons.setdefault(item_id, []).append((f.severity, f.message))
    for found in reasons.values():
        found.sort(key=lambda r: r[0] != ERROR)
    return Timetable(schedule, titles, ScheduleIndex(schedule), worst, reasons)


class ProgrammeView(QWidget):
    """Two tabs: the timetable and the sessions list; behaves towards the main window like one page."""

    TABLES = ("sessions",)
    #: Tables whose size decides whether the timetable is made on a worker.
    SIZED_BY = ("meetings", "sessions")
    #: The timetable (and the sessions list) are shown.
    loaded = Signal()

    def __init__(self, services, parent: QWidget | None = None, *, clock: Callable[[], datetime] | None = None):
        super().__init__(parent)
        self.services = services
        # "Now" for Jump to now; injected so tests (and a rehearsal before the conference) can choose it.
        self.clock = clock or (lambda: services.now())  # the app's clock: real, or rehearsed on Today
        self.timetable = FreshRead(
            self, services, read=self._read_timetable, show=self._show_timetable, again=self.refresh,
            in_background=self.reads_in_background, busy=self._loading)
        self.schedule: Schedule | None = None
        self.index: ScheduleIndex | None = None
        self.flagged: dict[str, str] = {}
        self.reasons: dict[str, list[tuple[str, str]]] = {}
        self.titles: dict[str, str] = {}
        self.slots: list[Slot] = []
        self.last_findings: list[Finding] = []
        self.ui = Ui_ProgrammeView()
        self.ui.setupUi(self)
        self.sessions = SessionsPage(services, self, heading=False)
        self.ui.tabs.addTab(self.sessions, "")
        # the list's own buttons (and Ctrl+N) bring its tab forward, wherever they were pressed from
        self.sessions.list.ui.new_button.clicked.connect(lambda: self.ui.tabs.setCurrentWidget(self.sessions))
        self.canvas = TimetableCanvas()
        self.canvas.setObjectName("timetable_canvas")
        self.ui.scroll.setWidget(self.canvas)
        self.ui.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the timetable inside
        # added after the form was built, so put it in the tab order by hand: toolbar → timetable → side panel
        QWidget.setTabOrder(self.ui.now_button, self.ui.columns_combo)
        QWidget.setTabOrder(self.ui.columns_combo, self.canvas)
        QWidget.setTabOrder(self.canvas, self.ui.edit_button)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([900, 380])
        self.ui.columns_combo.addItem("", "rooms")
        self.ui.columns_combo.addItem("", "people")
        self.ui.day_combo.currentIndexChanged.connect(lambda _i: self._day_chosen())
        self.ui.prev_day_button.clicked.connect(lambda: self.step_day(-1))
        self.ui.next_day_button.clicked.connect(lambda: self.step_day(1))
        self.ui.now_button.clicked.connect(lambda: self.jump_to_now())
        self.ui.columns_combo.currentIndexChanged.connect(lambda _i: self.show_day())
        self.canvas.selected.connect(self._selected)
        self.canvas.drag_findings.connect(self._show_drag_findings)
        self.canvas.move_requested.connect(self.apply_move)
        self.canvas.edit_requested.connect(lambda mid: self.edit_meeting(mid))
        self.ui.edit_button.clicked.connect(lambda: self.edit_meeting())
        self.ui.slot_button.clicked.connect(self.find_free_slots)
        self.ui.move_button.clicked.connect(self.move_to_chosen_slot)
        self.ui.open_button.clicked.connect(self._open_meeting)
        self.ui.slots_label.setBuddy(self.ui.slots_list)  # the heading names the list for screen readers
        self.ui.slots_list.itemDoubleClicked.connect(lambda _i: self.move_to_chosen_slot())
        self.ui.slots_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self._shortcuts()
        self.retranslate()
        self._update_buttons()

    # ---------------------------------------------------------------- the main window's page protocol
    @property
    def stale(self) -> bool:
        return self.timetable.stale or self.sessions.stale

    @stale.setter
    def stale(self, value: bool) -> None:
        self.timetable.stale = self.sessions.stale = value

    @property
    def pending(self) -> bool:
        """The timetable or the sessions list is still being read in the background."""
        return self.timetable.pending or self.sessions.pending

    @property
    def timetable_pending(self) -> bool:
        return self.timetable.pending

    @property
    def load_task(self):
        return self.timetable.task

    @property
    def list(self):
        return self.sessions.list

    @property
    def editor(self):
        return self.sessions.editor

    def editors(self):
        return self.sessions.editors()

    def dirty_editors(self):
        return self.sessions.dirty_editors()

    def confirm_leave(self) -> bool:
        return self.sessions.confirm_leave()

    def new_record(self) -> None:
        self.ui.tabs.setCurrentWidget(self.sessions)
        self.sessions.new_record()

    def open_record(self, table: str, record_id: str) -> bool:
        self.ui.tabs.setCurrentWidget(self.sessions)
        return self.sessions.open_key(record_id)

    def reads_in_background(self, store) -> bool:
        if store.path is None:
            return False
        return sum(store.repo_for_table(t).count() for t in self.SIZED_BY) > record_page.BACKGROUND_ROWS

    def refresh(self) -> None:
        self.sessions.refresh()
        if self.services.store.conference() is None:
            self.timetable.stale = False
            return
        self._read_args = (ui_language(), self.tr("Bilateral: {0}"))  # taken on the GUI thread
        self.timetable.refresh()

    def _read_timetable(self, store) -> Timetable:
        """The timetable of ``store`` (the GUI thread's, or a worker's own connection)."""
        return read_timetable(store, *self._read_args)

    def _loading(self, on: bool) -> None:
        if on and self.schedule is None:
            self.ui.selection_label.setText(self.tr("Loading…"))

    def _show_timetable(self, timetable: Timetable) -> None:
        conf = timetable.schedule.conference
        self.schedule, self.titles = timetable.schedule, timetable.titles
        self.index, self.flagged, self.reasons = timetable.index, timetable.flagged, timetable.reasons
        chosen = self.ui.day_combo.currentData()
        self.ui.day_combo.blockSignals(True)
        self.ui.day_combo.clear()
        locale = QLocale()
        for day in conf.days():
            self.ui.day_combo.addItem(locale.toString(QDate(day), "dddd d MMMM"), day)
        at = self.ui.day_combo.findData(chosen) if chosen is not None else 0
        self.ui.day_combo.setCurrentIndex(max(at, 0))
        self.ui.day_combo.blockSignals(False)
        self.show_day()
        self.loaded.emit()

    # ---------------------------------------------------------------- timetable
    def current_day(self):
        return self.ui.day_combo.currentData()

    def columns(self) -> list[Column]:
        sched = self.schedule
        if self.ui.columns_combo.currentData() == "people":
            members = [m.person_id for d in sched.delegations if d.host for m in d.members]
            people = [sched.people[p] for p in dict.fromkeys(members) if p in sched.people]
            people.sort(key=lambda p: (not p.is_principal, members.index(p.id)))
            lang = ui_language()
            return [Column(p.id, p.full_name, " — ".join(x for x in (p.name_with_native(lang, formal=True),
                                                                      p.principal_title or p.position) if x))
                    for p in people]
        rooms = sorted(sched.rooms.values(), key=lambda r: (not r.suitable_for_bilaterals, r.name.casefold()))
        return [Column(r.id, r.name, " — ".join(x for x in (r.name, r.venue) if x)) for r in rooms]

    def _day_chosen(self) -> None:
        """Another day picked (combo, buttons, keys): a note about where "now" is no longer applies."""
        self._say_where_now("")
        self.show_day()

    def _say_where_now(self, text: str) -> None:
        """The note under the toolbar (now is before or after the conference); a line only while it says something."""
        self.ui.now_label.setText(text)
        self.ui.now_label.setVisible(bool(text))

    def step_day(self, step: int) -> bool:
        """The previous (-1) or next (+1) conference day; False at either end."""
        at = self.ui.day_combo.currentIndex() + step
        if not 0 <= at < self.ui.day_combo.count():
            return False
        self.ui.day_combo.setCurrentIndex(at)
        return True

    def jump_to_now(self) -> datetime | None:
        """Show the day of "now" on the conference's clock, scrolled to that time, with what is on or next
        chosen (so the arrows go on from there); before or after the conference, its first or last day and
        a note saying so. Returns the moment jumped to (None without a programme)."""
        if self.schedule is None or self.ui.day_combo.count() == 0:
            return None
        tz = self.schedule.conference.tz
        now = self.clock().astimezone(tz)
        days = [self.ui.day_combo.itemData(i) for i in range(self.ui.day_combo.count())]
        locale = QLocale()
        if now.date() < days[0]:
            day, note = days[0], self.tr("The conference has not begun: this is its first day, {0}.")
        elif now.date() > days[-1]:
            day, note = days[-1], self.tr("The conference is over: this is its last day, {0}.")
        else:
            day, note = now.date(), ""
        self.ui.day_combo.setCurrentIndex(days.index(day) if day in days else 0)
        self.canvas.now = now
        self.canvas.update()
        self._say_where_now(note.format(locale.toString(QDate(day), "dddd d MMMM")) if note else "")
        if note:
            self.ui.scroll.verticalScrollBar().setValue(0)
            return now
        y = round(self.canvas.y_of(now))
        bar = self.ui.scroll.verticalScrollBar()
        bar.setValue(max(0, y - self.ui.scroll.viewport().height() // 3))  # now a third down: what is next shows
        current = sorted((b for b in self.canvas.blocks if b.item.end > now),
                         key=lambda b: (b.item.start, self.canvas._column_index(b.column)))
        if current:
            self.canvas.selected_id, self.canvas.selected_column = current[0].item.id, current[0].column
            self.canvas.selected.emit(current[0].item.id)
            self.canvas.update()
        return now

    def show_day(self) -> None:
        if self.schedule is None or self.current_day() is None:
            return
        self.canvas.set_no_room_title(self.tr("No room"))
        self.canvas.set_day(self.schedule, self.index, self.current_day(),
                            by_people=self.ui.columns_combo.currentData() == "people",
                            columns=self.columns(), flagged=self.flagged, titles=self.titles,
                            reasons=self.reasons)
        self._selected(self.canvas.selected_id)

    def selected_meeting(self) -> Meeting | None:
        if self.schedule is None:
            return None
        return next((m for m in self.schedule.meetings if m.id == self.canvas.selected_id), None)

    def select(self, item_id: str) -> None:
        """Select a block as a click would (tests, and opening a bilateral from elsewhere)."""
        self.canvas.selected_id = item_id
        self.canvas.update()
        self._selected(item_id)

    def _selected(self, item_id: str) -> None:
        if item_id and self.schedule is not None and self.canvas.selected_id != item_id:
            self.canvas.selected_id = item_id
        m = self.selected_meeting()
        self.slots = []
        self.ui.slots_list.clear()
        self.ui.why_label.clear()
        if m is None:
            session = next((s for s in (self.schedule.sessions if self.schedule else ()) if s.id == item_id), None)
            self.ui.selection_label.setText(f"{session.label(ui_language())} — {self._when(session.start, session.end)}"
                                            if session else self.tr("Choose a bilateral."))
            self.ui.conflict_label.clear()
            self.last_findings = []
        else:
            self.ui.selection_label.setText(f"{self.titles.get(m.id, self.schedule.meeting_label(m))} — {self._when(m.start, m.end)}, "
                                            f"{self.schedule.room_name(m.room_id) if m.room_id else self.tr('no room')}")
            self._show_findings(conflicts_for(m, self.index))
        self._describe_selection()
        self._update_buttons()

    def _describe_selection(self) -> None:
        """What a screen reader says on the timetable, which it cannot see: the chosen block and its conflicts."""
        findings = [f"{self.tr('Cannot work:') if f.severity == ERROR else self.tr('Needs attention:')} {f.message}"
                    for f in self.last_findings]
        self.canvas.setAccessibleDescription(" ".join([self.ui.selection_label.text(), *findings]))

    def _show_findings(self, findings: list[Finding]) -> None:
        self.last_findings = findings
        self.ui.conflict_label.setText(findings_html(
            findings, self.tr("No conflicts."), self.tr("Cannot work:"), self.tr("Needs attention:"),
            tones_for(self.palette())))

    def _show_drag_findings(self, findings: list[Finding]) -> None:
        self._show_findings(findings)

    def _update_buttons(self) -> None:
        has = self.selected_meeting() is not None
        for b in (self.ui.edit_button, self.ui.slot_button, self.ui.open_button):
            b.setEnabled(has)
        self.ui.move_button.setEnabled(has and 0 <= self.ui.slots_list.currentRow() < len(self.slots))

    def _when(self, start: datetime, end: datetime) -> str:
        tz = self.schedule.conference.tz
        locale = QLocale()
        s, e = start.astimezone(tz), end.astimezone(tz)
        return f"{locale.toString(QDate(s.date()), 'ddd d MMM')} {s:%H:%M}–{e:%H:%M}"

    # ---------------------------------------------------------------- moving
    def apply_move(self, before: Meeting, after: Meeting, findings: list[Finding] | None = None) -> bool:
        """Save ``after`` (the meeting at a new time or room); a move into a clash is confirmed first."""
        findings = conflicts_for(after, self.index) if findings is None else findings
        self._show_findings(findings)
        errors = [f for f in findings if f.severity == ERROR]
        if errors:
            text = self.tr("Moved there, “{0}” would clash:\n{1}\n\nMove it anyway?").format(
                self.schedule.meeting_label(after), "\n".join(f"• {f.message}" for f in errors))
            if not self.services.ask.confirm(self, self.tr("Conflict"), text):
                self.canvas.update()
                return False
        try:
            self.services.saver.save(before, after)
        except BrieferError as exc:
            self.services.ask.error(self, exc)
            self.refresh()
            return False
        if self.timetable.stale:  # the main window refreshes the page it shows; when hidden, refresh here
            self.refresh()
        self.select(after.id)
        if findings:
            self._show_findings(conflicts_for(self.selected_meeting() or after, self.index))
        return True

    def edit_meeting(self, meeting_id: str | None = None, *, dialog_hook=None) -> bool:
        """Type the new time and room in a dialog (``dialog_hook`` lets a test fill it in instead of a user)."""
        if meeting_id:
            self.select(meeting_id)
        m = self.selected_meeting()
        if m is None:
            return False
        dialog = MoveMeetingDialog(m, self.schedule, self.index, self)
        answer = dialog_hook(dialog) if dialog_hook else dialog.exec()
        if answer != QDialog.DialogCode.Accepted:
            return False
        return self.apply_move(m, dialog.candidate(), dialog.findings)

    def find_free_slots(self) -> list[Slot]:
        """Propose slots for the selected bilateral where both sides and a room are free."""
        m = self.selected_meeting()
        if m is None:
            return []
        try:
            slots, search = free_slots(self.schedule, self.index, m)
        except ValueError as exc:
            self.services.ask.error(self, BrieferError(str(exc)))
            return []
        self.slots = slots
        self.ui.slots_list.clear()
        for slot in slots:
            room = self.schedule.room_name(slot.room_id) if slot.room_id else self.tr("no room")
            item = QListWidgetItem(f"{self._when(slot.start, slot.end)} — {room}")
            self.ui.slots_list.addItem(item)
        if slots:
            self.ui.slots_list.setCurrentRow(0)
        why = []
        for r in search.rejected[:3]:
            span = f"{r.start.astimezone(self.schedule.conference.tz):%H:%M}" + (
                f"–{r.last_start.astimezone(self.schedule.conference.tz):%H:%M}" if r.last_start != r.start else "")
            why.append(f"{span}: {r.reason}")
        text = self.tr("No free slot was found.") if not slots else ""
        if why:
            text = (text + "\n" if text else "") + self.tr("Times passed over:") + "\n" + "\n".join(why)
        # notes on the search itself (no head of delegation, no room marked for bilaterals) come last, on their own
        text = "\n".join(t for t in (text, *(f"⚠ {n[:1].upper()}{n[1:]}" for n in search.notes)) if t)
        self.ui.why_label.setText(text)
        self._update_buttons()
        return slots

    def move_to_chosen_slot(self) -> bool:
        row = self.ui.slots_list.currentRow()
        m = self.selected_meeting()
        if m is None or not 0 <= row < len(self.slots):
            return False
        slot = self.slots[row]
        if self.current_day() != slot.start.astimezone(self.schedule.conference.tz).date():
            at = self.ui.day_combo.findData(slot.start.astimezone(self.schedule.conference.tz).date())
            self.ui.day_combo.setCurrentIndex(at)
        return self.apply_move(m, moved_to(m, slot))

    def _open_meeting(self) -> None:
        m = self.selected_meeting()
        if m is not None:
            self.services.open_record("meetings", m.id)

    def _shortcuts(self) -> None:
        """Keys for the timetable's buttons (named in their tooltips), so a keyboard reaches every one."""
        self.shortcuts: dict[str, QAction] = {}
        for button, keys in ((self.ui.edit_button, "F2"), (self.ui.slot_button, "Ctrl+Shift+F"),
                             (self.ui.move_button, "Ctrl+Shift+M"), (self.ui.open_button, "Ctrl+Shift+B")):
            action = QAction(self.ui.timetable_tab)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # on the timetable's tab
            action.triggered.connect(lambda _checked=False, b=button: b.isEnabled() and b.click())
            self.ui.timetable_tab.addAction(action)
            self.shortcuts[button.objectName()] = action
        # the day picker from the keyboard, wherever the focus is on the tab (the timetable's arrows stay its own)
        for button, keys in ((self.ui.prev_day_button, "Alt+Left"), (self.ui.next_day_button, "Alt+Right"),
                             (self.ui.now_button, "Ctrl+T")):
            action = QAction(self.ui.timetable_tab)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, b=button: b.click())
            self.ui.timetable_tab.addAction(action)
            self.shortcuts[button.objectName()] = action

    # ---------------------------------------------------------------- language
    def retranslate(self) -> None:
        for name, action in self.shortcuts.items():
            button = getattr(self.ui, name)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = (button.text() or button.accessibleName()).replace("&&", "\0").replace("&", "").replace("\0", "&")
            button.setToolTip(f"{plain} ({keys})")
        self.ui.tabs.setTabText(self.ui.tabs.indexOf(self.sessions), self.tr("Sessi&ons"))
        self.canvas.setAccessibleName(self.tr("Timetable"))
        self.ui.columns_combo.setItemText(0, self.tr("Rooms"))
        self.ui.columns_combo.setItemText(1, self.tr("People of the delegation"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
            if not self.timetable.stale and self.schedule is not None:
                self.refresh()
        super().changeEvent(event)
