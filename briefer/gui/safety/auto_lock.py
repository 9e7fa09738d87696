"""Auto-lock: after N idle minutes (or Ctrl+L) every window's content is covered until unlock.

The decisions are :class:`briefer.lock.IdleLock`'s (Qt-free, tested alone);
this module is the Qt side of it:

* an application-wide event filter reports input to ``IdleLock.activity``
  and, while locked, swallows every key, click and shortcut that is not
  aimed at a lock cover — so nothing behind the cover can be reached. Real
  input (a window system, not QTest) first reaches the window's ``QWindow``,
  which then hands it to the widget under the mouse or with the focus: the
  filter lets ``QWindow`` receivers through and judges the widget the event is
  handed to. Keys go to the focus widget, so the cover takes the focus when it
  shows, keeps it (Tab cycles inside it; a widget behind that gets the focus
  gives it back) and is therefore where Enter and the passphrase arrive.
  Shortcuts (sent to QAction/QShortcut objects, not widgets) never fire; Quit
  (Ctrl+Q) and closing a covered window are refused with a line on the cover
  saying to unlock first — nothing is saved or asked behind the cover, and the
  app never quits silently while locked;
* a QTimer asks ``IdleLock.tick`` whether to lock;
* on locking, unsaved typing is kept safe: meeting-mode notes go through
  their own autosave (``store.drafts``, the crash-recovery path), unsaved
  record-editor values are written to ``store.drafts`` under ``lock:…``
  keys (inside the database, so encrypted with it) and handed to
  ``IdleLock.lock``; the editors themselves are covered, not cleared;
* every visible top-level window (the main window, meeting-mode windows,
  open dialogs) gets a :class:`LockCover` over all of it, and its title
  is replaced by "Briefer — locked" so no record name shows in a task bar;
  a title set while locked (a view refreshing behind the cover) is kept for
  the unlock and the locked one put back;
* the cover only paints: each covered window's content is then moved out of
  it (:class:`briefer.gui.safety.lock_curtain.HeldContent`), so nothing behind the
  lock is readable through the accessibility interface (screen readers),
  and moved back exactly at the unlock, before the focus goes back to it;
* unlocking (``IdleLock.unlock``; a wrong passphrase stays locked with the
  message under the field) puts each editor's held values back exactly,
  drops the ``lock:`` drafts, uncovers and restores the titles.

For a plain database the cover asks for nothing: a click or Enter unlocks.
"""

from __future__ import annotations

import json
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from briefer import APP_NAME
from briefer.errors import BrieferError
from briefer.gui.startup.draft_recovery import LOCK_DRAFT_PREFIX
from briefer.gui.safety.lock_curtain import HeldContent
from briefer.gui.safety.unlock_screen import UnlockScreen
from briefer.lock import IdleLock
from briefer.store.db import WrongPassphrase

#: How often the idle time is looked at.
TICK_MS = 15_000
#: Prefix of the drafts keys of record editors held while locked (notes use meeting mode's own keys).
DRAFT_PREFIX = LOCK_DRAFT_PREFIX

_INPUT = {
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut, QEvent.Type.ContextMenu,
}
_ACTIVITY = _INPUT - {QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut}
# Keys that quit or close a window: refused while locked, with a line saying to unlock first.
# Ctrl+Q by name too: some platforms (Windows, Qt's offscreen) have no standard Quit key.
_CLOSING = (QKeySequence.StandardKey.Quit, QKeySequence.StandardKey.Close)
_CTRL_Q = QKeySequence("Ctrl+Q")


def _closes(event) -> bool:
    return any(event.matches(k) for k in _CLOSING) or QKeySequence(event.keyCombination()) == _CTRL_Q


class LockCover(QWidget):
    """Covers one top-level window entirely (menu bar included) with the unlock screen."""

    def __init__(self, window: QWidget, needs_passphrase: bool):
        super().__init__(window)
        self.setObjectName("lock_cover")
        self.setAutoFillBackground(True)
        self.screen_widget = UnlockScreen(self, needs_passphrase=needs_passphrase)
        self.screen_widget.setGeometry(self.rect())
        window.installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        window = self.parentWidget()
        self.setGeometry(0, 0, window.width(), window.height())
        self.screen_widget.setGeometry(self.rect())
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() in (QEvent.Type.Resize, QEvent.Type.ChildAdded):
            self.fit()
        return False

    def resizeEvent(self, event) -> None:
        self.screen_widget.setGeometry(self.rect())
        super().resizeEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab cycle through the cover's own fields and buttons, never into the window behind."""
        chain = [w for w in self.findChildren(QWidget)
                 if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        if not chain:
            return True
        chain = _in_focus_order(self, chain)
        current = QApplication.focusWidget()
        at = chain.index(current) if current in chain else -1
        chain[(at + (1 if next else -1)) % len(chain)].setFocus(
            Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True


class LockGuard(QObject):
    """Owns the idle timer, the app-wide input filter and the covers of one app session."""

    def __init__(self, window, idle: IdleLock, *, needs_passphrase: bool, tick_ms: int = TICK_MS,
                 meeting_windows: Callable[[], list] | None = None):
        super().__init__(window)
        self.window = window
        self.idle = idle
        self.needs_passphrase = needs_passphrase
        self._meeting_windows = meeting_windows or (lambda: list(window.views["today"].meeting_modes.values()))
        self.covers: list[LockCover] = []
        self._held: list[HeldContent] = []  # each covered window's content, out of the window while locked
        self._hold_when_shown: set[QWidget] = set()
        self._titles: dict[QWidget, str] = {}
        self._held_editors: dict[str, tuple[object, dict]] = {}
        self._retitling = False
        self._focus: dict[QWidget, QWidget] = {}  # each covered window's focus widget, given back at unlock
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self.idle.locked

    def stop(self) -> None:
        """Detach from the application (the window is going away)."""
        self.timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # ---------------------------------------------------------------- input
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self.idle.locked:
            if kind in _ACTIVITY:
                self.idle.activity()
            return False
        if kind == QEvent.Type.Close and (watched is self.window or (watched in self._titles and event.spontaneous())):
            # unlock first: nothing is saved or asked behind the cover. Other windows are refused only when
            # the user closes them (the window system's close): background work may still close its own dialog.
            event.ignore()
            self._say_unlock_first(closing=True)
            return True
        if kind == QEvent.Type.WindowTitleChange and watched in self._titles and not self._retitling:
            self._keep_locked_title(watched)
            return False
        if kind == QEvent.Type.FocusIn and isinstance(watched, QWidget) and not self._in_cover(watched):
            self._focus_cover_of(watched)
            return False
        if kind == QEvent.Type.Show and self.idle.locked and isinstance(watched, QWidget) and watched.isWindow() \
                and not isinstance(watched, LockCover) and watched not in self._titles \
                and watched.windowType() not in (Qt.WindowType.ToolTip, Qt.WindowType.Popup):
            # a window that appears while locked (a message from background work): covered at once, its content
            # taken out once it has shown (its own show handling lays it out: a message box sizes itself)
            self._cover(watched, hold=False)
            self._hold_when_shown.add(watched)
            return False
        if kind == QEvent.Type.ShowToParent and watched in self._hold_when_shown:
            self._hold_when_shown.discard(watched)
            self._hold(watched)  # still inside show(): before anything outside the app can ask for it
            return False
        if kind not in _INPUT:
            return False
        # locked: only the covers take input
        if isinstance(watched, QWindow):
            return False  # the window system's delivery: it hands the event on to a widget, judged below
        if isinstance(watched, QWidget) and self._in_cover(watched):
            if kind == QEvent.Type.KeyPress and _closes(event):
                self._say_unlock_first(closing=True)  # the menu bar is off, so Quit's shortcut never fires
                return True
            return False
        if kind == QEvent.Type.Shortcut:
            self._say_unlock_first(closing=event.key() == _CTRL_Q or any(
                event.key().matches(QKeySequence(k)) == QKeySequence.SequenceMatch.ExactMatch for k in _CLOSING))
        elif kind == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            self._focus_cover_of(watched)  # typed at a widget behind the cover: the next key goes to the cover
        return True

    def _in_cover(self, widget: QWidget) -> bool:
        return any(c is widget or c.isAncestorOf(widget) for c in self.covers)

    def _cover_of(self, widget: QWidget) -> "LockCover | None":
        window = widget.window()
        return next((c for c in self.covers if c.parentWidget() is window), None)

    def _focus_cover_of(self, widget: QWidget) -> None:
        cover = self._cover_of(widget)
        if cover is not None:
            QTimer.singleShot(0, cover, cover.screen_widget.focus)  # not inside the focus change itself

    def _say_unlock_first(self, *, closing: bool) -> None:
        text = (self.tr("Unlock Briefer first; then it can close.") if closing
                else self.tr("Unlock Briefer first."))
        for c in self.covers:
            c.screen_widget.show_error(text)

    def _keep_locked_title(self, window: QWidget) -> None:
        locked = self.tr("{0} — locked").format(APP_NAME)
        if window.windowTitle() == locked:
            return
        self._titles[window] = window.windowTitle()  # what to show after the unlock
        self._retitling = True
        try:
            window.setWindowTitle(locked)
        finally:
            self._retitling = False

    def check(self) -> bool:
        """The timer's question: lock now? (True when it locked)."""
        if not self.idle.locked and self.idle.tick():
            self.lock_now()
            return True
        return False

    # ---------------------------------------------------------------- lock
    def lock_now(self) -> None:
        if self.idle.locked:
            return
        held = self._keep_typing_safe()
        self.idle.lock(held)
        self._cover_everything()

    def _keep_typing_safe(self) -> dict[str, str]:
        store = self.window.services.store
        held: dict[str, str] = {}
        for mode in self._meeting_windows():
            if mode.is_dirty():
                mode.autosave()  # its own drafts row: the crash-recovery path picks it up too
                held[f"note:{mode.note_id}"] = mode.ui.notes.toPlainText()
        self._held_editors = {}
        for editor in self.window.dirty_editors():
            record = editor.record()
            key = f"{DRAFT_PREFIX}{editor.MODEL.__name__}:{record.id if record else 'new'}:{id(editor)}"
            values = editor.values()
            self._held_editors[key] = (editor, values)
            body = _as_json(values)
            held[key] = body
            try:
                store.drafts.save(key, body, record_table=_table_of(editor),
                                  record_id=str(record.id) if record else None)
            except BrieferError:
                pass  # writes blocked (check still running): the values stay held in memory and in the editor
        return held

    def _cover_everything(self) -> None:
        popup = QApplication.activePopupWidget()
        while popup is not None:  # an open menu or completer would float above the covers
            popup.close()
            nxt = QApplication.activePopupWidget()
            popup = None if nxt is popup else nxt
        windows = [w for w in QApplication.topLevelWidgets()
                   if w.isVisible() and not isinstance(w, LockCover)
                   and not (w.windowFlags() & Qt.WindowType.Popup) == Qt.WindowType.Popup
                   and not w.windowType() == Qt.WindowType.ToolTip]
        if self.window not in windows:
            windows.insert(0, self.window)
        for w in windows:
            self._cover(w)
        if hasattr(self.window, "menuBar"):
            self.window.menuBar().setEnabled(False)
        main = next((c for c in self.covers if c.parentWidget() is self.window), None)
        if main is not None:
            main.screen_widget.focus()

    def _cover(self, w: QWidget, *, hold: bool = True) -> None:
        self._titles[w] = w.windowTitle()
        if w.focusWidget() is not None:
            self._focus[w] = w.focusWidget()
        self._retitling = True
        try:
            w.setWindowTitle(self.tr("{0} — locked").format(APP_NAME))
        finally:
            self._retitling = False
        cover = LockCover(w, self.needs_passphrase)
        cover.screen_widget.submitted.connect(lambda text, c=cover: self.unlock(text, c))
        cover.show()
        self.covers.append(cover)
        cover.screen_widget.focus()  # each window's focus widget: where its keys go when it is active
        if hold:
            self._hold(w)

    def _hold(self, w: QWidget) -> None:
        """Take ``w``'s content out of it (and so out of the accessibility tree) until the unlock."""
        cover = self._cover_of(w)
        if cover is not None:  # after the cover took the focus: nothing held keeps it
            self._held.append(HeldContent(w, cover))

    # ---------------------------------------------------------------- unlock
    def unlock(self, passphrase: str, cover: LockCover | None = None) -> bool:
        try:
            self.idle.unlock(passphrase if self.needs_passphrase else None)
        except WrongPassphrase:
            for c in ([cover] if cover is not None else self.covers):
                c.screen_widget.show_error(self.tr("Wrong passphrase. Briefer stays locked."))
            return False
        self._uncover()
        self._restore_editors()
        return True

    def _uncover(self) -> None:
        for c in self.covers:
            c.screen_widget.clear()
            c.hide()
            c.deleteLater()
        self.covers = []
        held, self._held = self._held, []
        self._hold_when_shown = set()
        for content in held:
            content.give_back()  # before the focus goes back to a widget in it
        titles, self._titles = self._titles, {}
        for w, title in titles.items():
            w.setWindowTitle(title)
        focus, self._focus = self._focus, {}
        for w, widget in focus.items():
            try:
                if widget.isVisible() and widget.window() is w:
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)  # typing goes on where it was
            except RuntimeError:
                pass  # deleted while locked (a view rebuilt)
        if hasattr(self.window, "menuBar"):
            self.window.menuBar().setEnabled(True)

    def _restore_editors(self) -> None:
        store = self.window.services.store
        for key, (editor, values) in self._held_editors.items():
            if editor.values() != values:  # reloaded meanwhile: put the typing back
                from briefer.gui.records.record_editor import set_widget_value

                for name, value in values.items():
                    set_widget_value(editor.field_widget(name), value)
            try:
                if store.drafts.get(key) is not None:
                    store.drafts.discard(key)
            except BrieferError:
                pass
        self._held_editors = {}


def _in_focus_order(root: QWidget, widgets: list[QWidget]) -> list[QWidget]:
    """``widgets`` in ``root``'s window's Tab order (the order Designer gave the form)."""
    order, seen, w = [], set(), root.nextInFocusChain()
    while w is not None and w is not root and id(w) not in seen:
        seen.add(id(w))
        if w in widgets:
            order.append(w)
        w = w.nextInFocusChain()
    return order + [w for w in widgets if w not in order]


def _table_of(editor) -> str | None:
    from briefer.store.store import SPEC_BY_MODEL

    spec = SPEC_BY_MODEL.get(editor.MODEL)
    return spec.table if spec else None


def _as_json(values: dict) -> str:
    from pydantic_core import to_jsonable_python

    return json.dumps(to_jsonable_python(values, fallback=str), ensure_ascii=False, sort_keys=True)
