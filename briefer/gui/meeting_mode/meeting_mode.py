"""Meeting mode: the meeting brief beside a large note editor, during a bilateral — nothing typed is lost.

Left: objectives (with the outcomes recorded against them), key messages, the
talking points as a checklist ticked off as they are raised (kept in the
store's ``meeting_checklist`` at once), defensive lines. Right: the note.

The note is protected in two steps. While typing, the text is written to the
store's autosave *drafts* at most one second after the first unsaved keystroke
(a throttle rather than a pure debounce, so even non-stop typing loses at most
a second to a crash or a kill). Committing — on focus loss, window close, app
quit — writes a real revision of the note through the saver (history, undo,
search) and discards the draft. A draft left behind is offered back at the next
start (:func:`offer_recovered_drafts`).

Keys: Ctrl+Shift+A follow-up action from the current line, Ctrl+Shift+O an
outcome against an objective, Alt+1…9 tick talking point N, Ctrl+P print the
one-page brief, Ctrl+S commit the note now, Esc or Ctrl+W close (committing
the note, as the window's close button does).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QWidget

from briefer.action_line import is_action_line, read_action_line
from briefer.disk import DiskFailed, DiskProblem
from briefer.errors import BrieferError
from briefer.exchange.rescued_note import save_note_elsewhere, suggested_name
from briefer.gui.meeting_mode.capture_action import CaptureAction
from briefer.gui.meeting_mode.capture_outcome import CaptureOutcome
from briefer.gui.forms.meeting_mode import Ui_MeetingMode
from briefer.gui.widgets.labels import label, ui_language
from briefer.gui.meeting_mode.one_page_brief import print_meeting_brief
from briefer.gui.widgets.screen_fit import fit_to_screen
from briefer.gui.widgets.tones import set_tone
from briefer.gui.records.table_models import Directory
from briefer.i18n import format_date, format_time
from briefer.model import Meeting, MeetingBrief, MeetingStatus, Note, NoteKind, new_id
from briefer.model.counterparts import counterpart_name
from briefer.schedule import meeting_sheet

#: Autosave delay: a crash loses at most this much typing.
AUTOSAVE_MS = 1000
# While the disk is full, the text is tried again this often (it stays in memory meanwhile).
RETRY_MS = 10_000
BULLETS = "-*•–·> \t"


def draft_key(note_id: str) -> str:
    return f"note:{note_id}"


def current_line(text_edit) -> str:
    """The line the cursor is on, without list bullets."""
    return text_edit.textCursor().block().text().strip().lstrip(BULLETS).strip()


class MeetingMode(QWidget):
    saved = Signal()      # the note was committed as a revision
    autosaved = Signal()  # the draft was written
    closed = Signal(str)  # meeting id, after the note is committed on close

    def __init__(self, services, meeting_id: str, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.services = services
        self.meeting_id = meeting_id
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        # the print dialog for the one-page brief (None: Qt's, on the printer used last); tests answer it
        self.choose_printer = None
        self.print_task = None
        self.ui = Ui_MeetingMode()
        self.ui.setupUi(self)
        self.ui.heading.setWordWrap(True)  # a long counterpart's name wraps instead of widening the window
        self.ui.saved_label.setWordWrap(True)  # "Not saved — disk full …" wraps instead of widening the window
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        for heading, shown in ((self.ui.objectives_label, self.ui.objectives), (self.ui.messages_label, self.ui.messages),
                               (self.ui.defensive_label, self.ui.defensive), (self.ui.captured_label, self.ui.captured)):
            heading.setBuddy(shown)  # the heading is what a screen reader says for the list under it
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave)
        # A full disk: the text stays in the editor (memory), the label stays red, and this retries.
        self.unsaved_problem: DiskProblem | None = None
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.autosave)
        self.note: Note | None = None
        self.note_id = new_id()
        self.meeting: Meeting | None = None
        self.brief: MeetingBrief | None = None
        self._loading = False
        self.load()
        self.ui.notes.textChanged.connect(self._typed)
        self.ui.notes.installEventFilter(self)
        self.ui.points.itemChanged.connect(self._point_changed)
        self.ui.action_button.clicked.connect(lambda: self.add_action())
        self.ui.outcome_button.clicked.connect(lambda: self.add_outcome())
        self.ui.held_button.clicked.connect(self.mark_held)
        self.ui.print_button.clicked.connect(self.print_brief)
        self._shortcuts()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.commit)
        self.retranslate()
        fit_to_screen(self)  # a laptop screen, 125–150 % scaling: never taller than the screen

    # ---------------------------------------------------------------- loading
    def load(self) -> None:
        store = self.services.store
        self.directory = Directory.load(store)
        self.meeting = meeting_sheet.meeting_of(store, self.meeting_id)
        self.brief = meeting_sheet.brief_to_take_in(store, self.meeting)
        self.note = meeting_sheet.own_minutes(store, self.meeting_id, store.user)
        self.note_id = self.note.id if self.note else self.note_id
        draft = store.drafts.get(draft_key(self.note_id))
        self._loading = True
        self.ui.notes.setPlainText(draft.body if draft else (self.note.body if self.note else ""))
        self._loading = False
        if draft:
            self.ui.saved_label.setText(self.tr("Unsaved text recovered from the autosave."))
        self._fill_brief()

    def _fill_brief(self) -> None:
        b, store = self.brief, self.services.store
        outcomes = meeting_sheet.outcomes_of(store, self.meeting_id)
        # the point in one sentence, first, as Today's card and the pack put it
        self.ui.point_label.setText(self.tr("The point: {0}").format(b.point) if b.point else "")
        self.ui.point_label.setVisible(bool(b.point))
        self.ui.objectives.clear()
        for o in b.objectives:
            answered = [oc for oc in outcomes if oc.objective_id == o.id]
            text = o.text + "".join(f"\n    → {oc.text}" for oc in answered)
            item = QListWidgetItem(("✔ " if answered else "○ ") + text)
            item.setData(Qt.ItemDataRole.UserRole, o.id)
            self.ui.objectives.addItem(item)
        self.ui.messages.clear()
        self.ui.messages.addItems(b.key_messages)
        ticked = meeting_sheet.ticked_points(store, self.meeting_id)
        self.ui.points.blockSignals(True)
        self.ui.points.clear()
        for i, p in enumerate(b.talking_points):
            item = QListWidgetItem(f"{i + 1}. {p.text}" + ("" if p.priority.value == "certain" else f"  ({label(p.priority)})"))
            item.setData(Qt.ItemDataRole.UserRole, p.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.text in ticked else Qt.CheckState.Unchecked)
            self.ui.points.addItem(item)
        self.ui.points.blockSignals(False)
        html = "".join(f"<p><b>{_esc(d.question)}</b><br>{_esc(d.answer)}</p>" for d in b.defensive_lines)
        self.ui.defensive.setHtml(html)
        self._fill_captured(outcomes)
        self._show_header()

    def _fill_captured(self, outcomes=None) -> None:
        store = self.services.store
        outcomes = outcomes if outcomes is not None else meeting_sheet.outcomes_of(store, self.meeting_id)
        self.ui.captured.clear()
        for oc in outcomes:
            self.ui.captured.addItem(self.tr("Outcome: {0}").format(oc.text))
        for a in meeting_sheet.actions_of(store, self.meeting_id):
            who = self.directory.person(a.owner_id) or a.owner
            due = format_date(a.due, ui_language(), fmt="long") if a.due else "—"
            self.ui.captured.addItem(self.tr("Action: {0} — {1}, by {2}").format(a.description, who or "?", due))

    def _show_header(self) -> None:
        m, d = self.meeting, self.directory
        who = counterpart_name(m, d.organisations, ui_language())  # "the European Commission"
        self.ui.heading.setText(m.title or self.tr("Bilateral with {0}").format(who))
        parts = [d.span(m.start, m.end), d.room(m.room_id) or self.tr("room to be confirmed"),
                 ", ".join(d.person(i) for i in m.counterpart_ids if d.person(i))]
        self.ui.when_label.setText(" · ".join(p for p in parts if p))
        self.setWindowTitle(self.tr("Meeting mode — {0}").format(self.ui.heading.text()))
        if m.status == MeetingStatus.HELD:
            held = datetime.fromisoformat(m.held_at) if m.held_at else None
            self.ui.status_label.setText(
                self.tr("Held at {0}").format(format_time(held, d.tz)) if held else label(m.status))
        else:
            self.ui.status_label.setText(label(m.status))
        self.ui.held_button.setEnabled(m.status != MeetingStatus.HELD)

    # ---------------------------------------------------------------- the note
    def _typed(self) -> None:
        if self._loading:
            return
        if not self._autosave.isActive():
            self._autosave.start()
        if self.unsaved_problem is None:  # "not saved" stays until a save succeeds, whatever is typed
            self.ui.saved_label.setText(self.tr("Typing…"))

    def autosave(self) -> bool:
        """Write the text to the drafts (one upsert, committed at once); False if it was not written."""
        self._autosave.stop()
        body = self.ui.notes.toPlainText()
        try:
            if self.note is not None and body == self.note.body:
                self.services.store.drafts.discard(draft_key(self.note_id))
                self._written_again()
                return True
            self.services.store.drafts.save(draft_key(self.note_id), body, record_table="notes",
                                            record_id=self.note_id, meeting_id=self.meeting_id)
        except DiskProblem as exc:
            self._not_written(exc)
            return False
        except BrieferError as exc:
            self.ui.saved_label.setText(self.tr("Autosave failed: {0}").format(exc))
            return False
        self._written_again()
        self.ui.saved_label.setText(self.tr("Autosaved {0}").format(self._now_text()))
        self.autosaved.emit()
        return True

    def _not_written(self, problem: DiskProblem) -> None:
        """The disk refused the text: say so in red until a save succeeds, and keep trying."""
        self.unsaved_problem = problem
        if isinstance(problem, DiskFailed):
            text = self.tr("Not saved — the disk reported an error. Your text is kept in this window; "
                           "Briefer tries again every {0} seconds.")
        else:
            text = self.tr("Not saved — disk full. Your text is kept in this window; free space on the disk: "
                           "Briefer tries again every {0} seconds.")
        self.ui.saved_label.setText(text.format(RETRY_MS // 1000))
        self._set_tone("error")
        if not self._retry.isActive():
            self._retry.start()

    def _written_again(self) -> None:
        if self.unsaved_problem is None:
            return
        self.unsaved_problem = None
        self._retry.stop()
        self._set_tone("muted")

    def _set_tone(self, tone: str) -> None:
        set_tone(self.ui.saved_label, tone)  # coloured for the palette in use

    def is_dirty(self) -> bool:
        body = self.ui.notes.toPlainText()
        return body != (self.note.body if self.note else "")

    def commit(self) -> bool:
        """Write the note as a revision (if it changed) and discard its draft; False if refused."""
        try:
            return self._commit()
        except DiskProblem as exc:
            self._not_written(exc)  # the text stays in the editor; the red label says it is not saved
            return False

    def _commit(self) -> bool:
        self._autosave.stop()
        store = self.services.store
        body = self.ui.notes.toPlainText()
        if not self.is_dirty():
            if store.drafts.get(draft_key(self.note_id)) is not None:
                store.drafts.discard(draft_key(self.note_id))
            self._written_again()
            return True
        # what is typed here wins: build on the note as stored now (an undo elsewhere may have moved it on)
        current = meeting_sheet.note_of(store, self.note_id)
        if current is None:
            after = Note(id=self.note_id, meeting_id=self.meeting_id, author=store.user,
                         note_kind=NoteKind.MINUTES, body=body, classification=self.meeting.classification)
        else:
            after = current.evolve(body=body)
        try:
            self.note = self.services.saver.save(current, after)
            # a crash between these two leaves a draft equal to the note, which recovery drops silently
            store.drafts.discard(draft_key(self.note_id))
        except DiskProblem:
            raise
        except BrieferError as exc:
            self.autosave()  # keep the text safe in the drafts
            self.services.ask.error(self, exc)
            return False
        self._written_again()
        self.ui.saved_label.setText(self.tr("Saved {0}").format(self._now_text()))
        self.saved.emit()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.notes and event.type() == QEvent.Type.FocusOut:
            self.commit()
        elif (watched is self.ui.notes and event.type() == QEvent.Type.KeyPress
              and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
              and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            line = self.ui.notes.textCursor().block().text()
            if is_action_line(line):
                # after the newline is typed: the note stays as written, the action opens for a look
                QTimer.singleShot(0, lambda: self.capture_typed_action(line))
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Never raises: an exception out of a close handler makes the window vanish with the text in it.
        try:
            allowed = self._may_close()
        except Exception as exc:  # noqa: BLE001 — keep the window (and the text) and say why
            allowed = False
            try:
                self.services.ask.error(self, exc)
            except Exception:  # noqa: BLE001
                pass
        if not allowed:
            event.ignore()
            return
        app = QCoreApplication.instance()
        if app is not None:
            try:
                app.aboutToQuit.disconnect(self.commit)
            except (RuntimeError, TypeError):
                pass
        event.accept()
        self.closed.emit(self.meeting_id)

    def _may_close(self) -> bool:
        """Commit the note; if that fails, the user decides — the text is never dropped silently."""
        if self.commit():
            return True
        if self.unsaved_problem is None:  # refused for another reason: the text is in the autosave
            answer = QMessageBox.question(
                self, self.tr("Meeting mode"),
                self.tr("The note could not be saved; it is kept in the autosave. Close anyway?"))
            return answer == QMessageBox.StandardButton.Yes
        # the disk refused it: the text exists only in this window
        encrypted = bool(self.services.store.passphrase)
        answer = self.services.ask.note_not_saved(self, str(self.unsaved_problem), encrypted=encrypted)
        if answer == "elsewhere":
            return self.save_elsewhere()
        return answer == "discard"

    def save_elsewhere(self) -> bool:
        """Write the note to a file the user picks: a PDF locked with the passphrase when the database is encrypted."""
        store = self.services.store
        encrypted = bool(store.passphrase)
        title = self.ui.heading.text()
        path = self.services.ask.note_file(self, suggested_name(title, encrypted=encrypted), encrypted=encrypted)
        if not path:
            return False
        try:
            written = save_note_elsewhere(path, title, self.ui.notes.toPlainText(), passphrase=store.passphrase)
        except BrieferError as exc:
            from briefer.disk import disk_problem

            self.services.ask.error(self, disk_problem(exc, path, what="the note") or exc)
            return False
        self.ui.saved_label.setText(self.tr("Saved elsewhere: {0} (not in the database)").format(written))
        return True

    # ---------------------------------------------------------------- checklist
    def _point_changed(self, item: QListWidgetItem) -> None:
        point = item.data(Qt.ItemDataRole.UserRole)
        on = item.checkState() == Qt.CheckState.Checked
        try:
            self.services.store.checklist.tick(self.meeting_id, point, on, at=self.clock())
        except BrieferError as exc:
            self.services.ask.error(self, exc)

    def toggle_point(self, n: int) -> None:
        """Tick or untick talking point number ``n`` (1-based)."""
        item = self.ui.points.item(n - 1)
        if item is not None:
            item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                               else Qt.CheckState.Checked)

    # ---------------------------------------------------------------- capture
    def make_action_dialog(self) -> CaptureAction:
        return CaptureAction(self.meeting, self.directory.people, current_line(self.ui.notes), self)

    def capture_typed_action(self, line: str) -> bool:
        """A line typed as an action (``→ send the data to RIVM @Mulder fri``): the capture dialog
        opens with what, who and by when read from it, to check before it is kept."""
        people = [(p.id, p.given_name, p.family_name) for p in self.directory.people.values()]
        day = self.meeting.start.astimezone(self.directory.tz).date()  # "fri" from the meeting's day
        parsed = read_action_line(line, day, people)
        if parsed is None:
            return False
        dialog = self.make_action_dialog()
        dialog.prefill(parsed)
        return self.add_action(dialog)

    def add_action(self, dialog: CaptureAction | None = None) -> bool:
        """Capture a follow-up action from the current line (a dialog: what / who / by when)."""
        dialog = dialog or self.make_action_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.action is None:
            self.ui.notes.setFocus()
            return False
        ok = self._save_record(dialog.action)
        self.ui.notes.setFocus()
        return ok

    def make_outcome_dialog(self) -> CaptureOutcome:
        selected = self.ui.objectives.currentItem()
        return CaptureOutcome(self.meeting, self.brief.objectives, current_line(self.ui.notes),
                              selected.data(Qt.ItemDataRole.UserRole) if selected else None, self)

    def add_outcome(self, dialog: CaptureOutcome | None = None) -> bool:
        """Record an outcome against one of the objectives (the current line as its text)."""
        dialog = dialog or self.make_outcome_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.outcome is None:
            self.ui.notes.setFocus()
            return False
        ok = self._save_record(dialog.outcome)
        if ok:
            self._fill_brief()
        self.ui.notes.setFocus()
        return ok

    def _save_record(self, record) -> bool:
        try:
            self.services.saver.save(None, record)
        except BrieferError as exc:
            self.services.ask.error(self, exc)
            return False
        self._fill_captured()
        return True

    # ---------------------------------------------------------------- held, print
    def mark_held(self) -> bool:
        """Record that the meeting took place, and when."""
        self.commit()
        store = self.services.store
        current = meeting_sheet.meeting_of(store, self.meeting_id)  # as stored now: the save checks its revision
        held_at = self.clock().astimezone(timezone.utc).isoformat(timespec="seconds")
        try:
            self.meeting = self.services.saver.save(current, current.evolve(status=MeetingStatus.HELD, held_at=held_at))
        except BrieferError as exc:
            self.services.ask.error(self, exc)
            return False
        self._show_header()
        return True

    def print_brief(self):
        self.commit()
        self.print_task = print_meeting_brief(self, self.services, self.meeting_id,
                                              choose_printer=self.choose_printer)
        return self.print_task

    # ---------------------------------------------------------------- keys, words
    def _shortcuts(self) -> None:
        def add(keys: str, fn) -> QAction:
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False: fn())
            self.addAction(action)
            return action

        self.action_shortcut = add("Ctrl+Shift+A", self.add_action)
        self.outcome_shortcut = add("Ctrl+Shift+O", self.add_outcome)
        add("Ctrl+P", self.print_brief)
        add("Ctrl+S", self.commit)
        # Esc and Ctrl+W close the window the way its close button does: closeEvent commits the note first
        self.close_shortcut = add("Esc", self.close)
        self.close_shortcut.setShortcuts([QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")])
        for n in range(1, 10):
            add(f"Alt+{n}", lambda n=n: self.toggle_point(n))

    def _now_text(self) -> str:
        return format_time(datetime.now(timezone.utc), self.directory.tz)  # the wall clock, for "saved at"

    def retranslate(self) -> None:
        self.ui.action_button.setToolTip(self.tr("Ctrl+Shift+A: a follow-up action from the current line"))
        self.ui.outcome_button.setToolTip(self.tr("Ctrl+Shift+O: an outcome against an objective"))
        self.ui.points.setToolTip(self.tr("Alt+1 … Alt+9 ticks point 1 … 9"))
        self.ui.print_button.setToolTip(self.tr("Ctrl+P"))
        if self.meeting is not None:
            self._fill_brief()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)


def _esc(text: str) -> str:
    from html import escape

    return escape(text)
