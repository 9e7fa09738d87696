"""Issue 7 in the desktop app: unlock screen, auto-lock that hides everything and keeps typing,
writes blocked until the background check passes, damaged database → restore, backups from the menu.

Real encrypted files (made with the security core's ``encrypt``), real backups, real windows.
Their keys are derived with 4,000 iterations (tests/cheap_kdf.py): the subject is the app's
lock, unlock and restore, not SQLCipher's key derivation (tests/security/test_security_kdf_cost.py).
"""

from __future__ import annotations

import threading
from datetime import datetime, timezone

import pytest
from gui_fixture_data import BRIEF_IDN, MEET_IDN
from lock_helpers import SECRET, damage, open_app  # noqa: F401 — open_app is a fixture
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from briefer.paths import resolve
from briefer.store import Store

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("cheap_kdf")]


class FakeClock:
    """The idle lock's monotonic clock, moved by the test instead of waiting minutes."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _answer_unlock_dialog(steps, seen):
    """Drive the modal unlock screen: each step types a passphrase and presses Enter, recording the message."""
    from PySide6.QtTest import QTest

    from briefer.gui.safety.unlock_screen import UnlockDialog

    def step():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog):
            QTimer.singleShot(20, step)
            return
        ui = dialog.screen_widget.ui
        seen.append({"echo": ui.passphrase.echoMode(), "error": ui.error_label.text(),
                     "title": dialog.windowTitle()})
        if not steps:
            dialog.reject()
            return
        ui.passphrase.clear()
        QTest.keyClicks(ui.passphrase, steps.pop(0))
        QTest.keyClick(ui.passphrase, Qt.Key.Key_Return)
        if dialog.isVisible():
            QTimer.singleShot(20, step)

    QTimer.singleShot(20, step)


def test_encrypted_database_asks_for_the_passphrase_a_wrong_one_stays_with_a_message(open_app, answers, qtbot):
    from PySide6.QtWidgets import QLineEdit

    paths = open_app.prepare(encrypted=True)
    before = paths.database.read_bytes()
    seen = []
    _answer_unlock_dialog(["wrong passphrase", SECRET], seen)
    win = open_app(paths)
    assert win is not None
    assert all(s["echo"] == QLineEdit.EchoMode.Password for s in seen)  # never echoed
    assert seen[0]["error"] == ""
    assert seen[1]["error"] == "Wrong passphrase (or not a Briefer database). Try again."
    assert win.services.store.passphrase == SECRET
    assert win.services.store.conference().name  # the data is there
    assert answers.errors == []
    # the wrong try changed nothing; the daily backup (after the check) is encrypted with the same key
    from briefer.store.wholefile.backup import list_backups, verify_backup

    # taken in the background once the check passed (saves do not wait for it)
    qtbot.waitUntil(lambda: win.backup_task.finished, timeout=15000)
    backups = list_backups(paths.backups)
    assert backups and all(verify_backup(b, SECRET) and not verify_backup(b, None) for b in backups)
    assert before[:16] == paths.database.read_bytes()[:16]


def test_quitting_the_unlock_screen_opens_nothing(open_app):
    paths = open_app.prepare(encrypted=True)
    seen = []
    _answer_unlock_dialog([], seen)
    assert open_app(paths) is None
    assert len(seen) == 1


def test_writes_are_blocked_until_the_background_check_passes(open_app, qtbot, monkeypatch):
    import briefer.gui.app as app_module
    from briefer.errors import Refused
    from briefer.store.db import quick_check
    from briefer.store.wholefile.checked import mark_path

    gate = threading.Event()

    def held_check(db, path, find_backup):
        assert gate.wait(20)
        quick_check(db, path, find_backup=find_backup)

    monkeypatch.setattr(app_module, "_quick_check", held_check)
    paths = open_app.prepare()
    mark_path(paths.database).unlink()  # not known unchanged since a passed check (test_gui_first_write.py)
    win = open_app(paths, wait_writable=False)
    store = win.services.store
    assert not store.writable
    assert win.statusBar().currentMessage() == "Checking the database…"
    # typing is not lost: the editor keeps it and says why it could not save yet
    page = win.go("countries")
    page.open_key("IDN")
    editor = page.editor
    editor.ui.summary.setPlainText("Typed while the check runs")
    assert editor.save() is False
    assert "checking the database" in editor.ui.banner.text()
    assert editor.ui.summary.toPlainText() == "Typed while the check runs"
    with pytest.raises(Refused):
        store.set_meta("x", "y")
    gate.set()
    qtbot.waitUntil(lambda: store.writable, timeout=10000)
    assert editor.save() is True
    assert store.country_briefs.get(BRIEF_IDN).summary == "Typed while the check runs"


def test_auto_lock_hides_everything_keeps_typing_and_unlock_restores_it(open_app, qtbot, answers):
    from briefer.gui.safety.auto_lock import LockCover
    from briefer.lock import LockPolicy

    paths = open_app.prepare(encrypted=True)
    clock = FakeClock()
    win = open_app(paths, passphrase=SECRET, lock_clock=clock)
    guard = win.lock_guard
    assert guard.idle.policy == LockPolicy(10)  # the default
    # unsaved typing in a record editor and in meeting mode
    page = win.go("countries")
    page.open_key("IDN")
    editor = page.editor
    editor.ui.summary.setPlainText("Half-written summary — not saved")
    mode = win.views["today"].open_meeting_mode(MEET_IDN)
    qtbot.waitExposed(mode)
    mode.ui.notes.setPlainText("Moeloek: yes to the twinning")
    win.activateWindow()
    title_before = win.windowTitle()

    clock.now += 9 * 60
    assert guard.check() is False and not guard.locked
    clock.now += 61
    assert guard.check() is True and guard.locked

    # all content hidden: every window covered, titles name no record
    for w in (win, mode):
        covers = [c for c in w.findChildren(LockCover) if c.isVisible() and c.parentWidget() is w]
        assert len(covers) == 1 and covers[0].geometry() == w.rect()
        assert w.windowTitle() == "Briefer — locked"
    assert not win.menuBar().isEnabled()
    # the typing is safe in the database (encrypted with it) and held by the lock
    with Store.open(paths.database, passphrase=SECRET) as other:
        bodies = {d.key: d.body for d in other.drafts.all()}
    assert any("Half-written summary — not saved" in b for k, b in bodies.items() if k.startswith("lock:"))
    assert "Moeloek: yes to the twinning" in bodies.values()
    assert b"Half-written" not in paths.database.read_bytes()
    # input behind the cover is swallowed; time passing while locked does not matter
    qtbot.keyClicks(editor.ui.summary, "XYZ")
    assert editor.ui.summary.toPlainText() == "Half-written summary — not saved"

    cover = next(c for c in win.findChildren(LockCover) if c.isVisible() and c.parentWidget() is win)
    screen = cover.screen_widget
    qtbot.keyClicks(screen.ui.passphrase, "not it")
    qtbot.keyClick(screen.ui.passphrase, Qt.Key.Key_Return)
    assert guard.locked
    assert screen.ui.error_label.text() == "Wrong passphrase. Briefer stays locked."
    screen.ui.passphrase.clear()
    qtbot.keyClicks(screen.ui.passphrase, SECRET)
    qtbot.keyClick(screen.ui.passphrase, Qt.Key.Key_Return)
    assert not guard.locked
    qtbot.waitUntil(lambda: not [c for c in win.findChildren(LockCover) if c.isVisible()])
    assert win.windowTitle() == title_before
    assert mode.windowTitle() == "Meeting mode — Bilateral with Indonesia"
    assert editor.ui.summary.toPlainText() == "Half-written summary — not saved"
    assert editor.is_dirty()  # still unsaved: the user decides
    assert mode.ui.notes.toPlainText() == "Moeloek: yes to the twinning"
    assert not [d for d in win.services.store.drafts.all() if d.key.startswith("lock:")]
    assert answers.errors == []


def test_a_window_that_appears_while_locked_is_covered_too(open_app, qtbot):
    from PySide6.QtWidgets import QMessageBox

    from briefer.gui.safety.auto_lock import LockCover

    paths = open_app.prepare(encrypted=True)
    win = open_app(paths, passphrase=SECRET)
    win.lock_guard.lock_now()
    box = QMessageBox(QMessageBox.Icon.Warning, "Saved: Bilateral with Indonesia", "Bilateral with Indonesia", parent=win)
    box.show()
    qtbot.waitExposed(box)
    assert [c for c in box.findChildren(LockCover) if c.isVisible()]
    assert box.windowTitle() == "Briefer — locked"
    assert win.lock_guard.unlock(SECRET)
    assert box.windowTitle() == "Saved: Bilateral with Indonesia"
    box.close()


def test_an_editor_reloaded_while_locked_gets_the_typing_back(open_app, qtbot):
    paths = open_app.prepare(encrypted=True)
    win = open_app(paths, passphrase=SECRET)
    page = win.go("countries")
    page.open_key("IDN")
    editor = page.editor
    editor.ui.summary.setPlainText("Exactly this, with ümlauts and\ntwo lines")
    win.lock_guard.lock_now()
    editor.revert()  # e.g. a refresh behind the cover
    assert win.lock_guard.unlock(SECRET)
    assert editor.ui.summary.toPlainText() == "Exactly this, with ümlauts and\ntwo lines"


def test_plain_database_lock_hides_and_any_click_unlocks(open_app, qtbot):
    from briefer.gui.safety.auto_lock import LockCover

    paths = open_app.prepare()
    win = open_app(paths)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Lock now
    assert win.lock_guard.locked
    cover = next(c for c in win.findChildren(LockCover) if c.isVisible() and c.parentWidget() is win)
    assert not cover.screen_widget.ui.passphrase.isVisible()
    qtbot.mouseClick(cover.screen_widget, Qt.MouseButton.LeftButton)
    assert not win.lock_guard.locked


def test_auto_lock_minutes_are_stored_in_the_database_and_zero_never_locks(open_app, answers):
    from briefer.lock import LockPolicy

    paths = open_app.prepare()
    clock = FakeClock()
    win = open_app(paths, lock_clock=clock)
    answers.minutes = 0
    win.safety_actions.auto_lock_action.trigger()
    assert answers.asked == [("auto-lock", 10, True)]  # plain: the dialog says the file is not protected
    assert LockPolicy.from_store(win.services.store) == LockPolicy(0)
    clock.now += 24 * 3600
    assert win.lock_guard.check() is False
    answers.minutes = 2
    win.safety_actions.auto_lock_action.trigger()
    clock.now += 121
    assert win.lock_guard.check() is True


def test_damaged_database_offers_the_newest_good_backup_and_never_writes_to_it(open_app, qtbot, answers):
    from briefer.gui.app import current
    from briefer.store.wholefile.backup import create_backup, list_backups
    from briefer.store.db import DamagedDatabase

    paths = open_app.prepare()
    with Store.open(paths.database, backup_dir=paths.backups) as s:
        good = create_backup(s, "manual")
    damaged = damage(paths.database)
    answers.damaged = "quit"
    win = open_app(paths, wait_writable=False)
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=10000)
    exc = answers.asked[0]
    assert isinstance(exc, DamagedDatabase) and exc.newest_backup == good.name
    assert str(paths.database) in str(exc)
    assert not win.services.store.writable
    assert paths.database.read_bytes() == damaged  # untouched (no WAL write, no daily backup over it)
    assert [b.name for b in list_backups(paths.backups)] == [good.name]

    assert not win.isVisible()  # "quit" closed the window; the app then closes its database
    win.services.store.close()

    # started again, the offer is accepted: the damaged file is kept aside, the backup becomes the database
    answers.asked.clear()
    answers.damaged = "restore"
    win = open_app(paths, wait_writable=False)
    qtbot.waitUntil(lambda: current(win) is not win, timeout=15000)
    assert len(answers.asked) == 1
    new = current(win)
    qtbot.waitUntil(lambda: new.services.store.writable, timeout=15000)
    assert new.services.store.conference() is not None
    kept = [b for b in list_backups(paths.backups) if b.reason == "damaged"]
    assert len(kept) == 1 and kept[0].path.read_bytes() == damaged


def test_back_up_now_and_restore_a_backup_from_the_menu(open_app, qtbot, answers):
    from briefer.gui.app import current
    from briefer.store.wholefile.backup import list_backups

    paths = open_app.prepare(encrypted=True)
    win = open_app(paths, passphrase=SECRET)
    task = win.safety_actions.back_up_now()
    qtbot.waitUntil(lambda: task.finished, timeout=15000)
    assert answers.errors == []
    manual = [b for b in list_backups(paths.backups) if b.reason == "manual"]
    assert len(manual) == 1
    assert win.statusBar().currentMessage() == f"Backed up: {manual[0].name}"
    # change something after the backup, then restore it
    store = win.services.store
    brief = store.country_briefs.get(BRIEF_IDN)
    store.country_briefs.update(brief.evolve(summary="After the backup"))
    answers.backup = manual[0].name
    new = win.safety_actions.restore()
    assert new is not None and current(win) is new
    qtbot.waitUntil(lambda: new.services.store.writable, timeout=15000)
    assert new.services.store.country_briefs.get(BRIEF_IDN).summary != "After the backup"
    assert new.services.store.passphrase == SECRET
    # what the user reads once the reopened window's check (and its busy bar) has ended: the restore, named
    qtbot.waitUntil(lambda: getattr(new, "integrity_task", None) is not None and new.integrity_task.finished,
                    timeout=15000)
    assert new.statusBar().currentMessage() == (
        f"Restored the backup {manual[0].name}; the previous database was backed up first.")
    before_restore = [b for b in list_backups(paths.backups) if b.reason == "restore"]
    assert len(before_restore) == 1  # the current file was backed up first
    from tests.conftest import backup_copy

    kept_file = backup_copy(before_restore[0], paths.database.parent.parent)  # rebuilt if incremental
    with Store.open(kept_file, passphrase=SECRET, backup_dir=kept_file.parent / "elsewhere") as kept:
        assert kept.country_briefs.get(BRIEF_IDN).summary == "After the backup"


def test_typing_held_by_a_lock_the_app_never_came_back_from_is_offered_at_the_next_start(open_app, qtbot, answers):
    paths = open_app.prepare(encrypted=True)
    win = open_app(paths, passphrase=SECRET)
    page = win.go("countries")
    page.open_key("IDN")
    page.editor.ui.summary.setPlainText("Typed before the battery died")
    win.lock_guard.lock_now()
    # the laptop dies while locked: no unlock, no save — only the drafts in the database remain
    win.lock_guard.stop()
    win.services.store.close()
    win.hide()
    win.deleteLater()
    open_app.made.remove(win)

    offered = []
    answers.recover_draft = lambda parent, what, text: offered.append((what, text)) or "restore"
    again = open_app(paths, passphrase=SECRET)
    qtbot.waitUntil(lambda: bool(offered), timeout=10000)
    assert offered[0][0] == again.services.store.country_briefs.get(BRIEF_IDN).label()
    assert "Typed before the battery died" in offered[0][1]
    page = again.views["countries"]
    assert again.ui.pages.currentWidget() is page
    assert page.editor.ui.summary.toPlainText() == "Typed before the battery died"
    assert page.editor.is_dirty()  # back in the form, not saved behind the user's back
    assert not [d for d in again.services.store.drafts.all() if d.key.startswith("lock:")]


# ---------------------------------------------------------------- input through the window (the window system's way)
# QTest's widget overloads hand an event straight to a widget; a real key press or click reaches the
# QWindow first, which hands it on to the focus widget or the widget under the mouse. QTest's QWindow
# overloads take that path too: these tests failed while the lock dropped input aimed at a QWindow.
# (tests/e2e proves the same with real key presses through an X server.)

def _cover_of(w):
    from briefer.gui.safety.auto_lock import LockCover

    return next(c for c in w.findChildren(LockCover) if c.isVisible() and c.parentWidget() is w)


class _FocusSpy:
    """Every widget that gets the keyboard focus while it listens."""

    def __init__(self):
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QWidget

        widgets = self.widgets = []

        class Filter(QObject):
            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
                    widgets.append(watched)
                return False

        self._filter = Filter()
        QApplication.instance().installEventFilter(self._filter)

    def stop(self) -> None:
        QApplication.instance().removeEventFilter(self._filter)


def _type(window_handle, text: str) -> None:
    """Type lower-case letters and spaces through the window (QTest has no keyClicks for a QWindow)."""
    from PySide6.QtTest import QTest

    for ch in text:
        QTest.keyClick(window_handle, Qt.Key(ord(ch.upper())))


def _locked_and_active(open_app, qtbot, **kw):
    paths = open_app.prepare(encrypted=kw.pop("encrypted", False))
    win = open_app(paths, **kw)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    title = win.windowTitle()
    win.lock_guard.lock_now()
    return win, title


def test_enter_and_a_click_sent_through_the_window_unlock(open_app, qtbot):
    from PySide6.QtTest import QTest

    win, title = _locked_and_active(open_app, qtbot)
    screen = _cover_of(win).screen_widget
    assert QApplication.focusWidget() is screen.ui.unlock_button  # the lock takes the focus at once
    QTest.keyClick(win.windowHandle(), Qt.Key.Key_Return)
    assert not win.lock_guard.locked and win.windowTitle() == title

    win.lock_guard.lock_now()
    button = _cover_of(win).screen_widget.ui.unlock_button
    centre = button.mapTo(win, button.rect().center())
    QTest.mouseClick(win.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    assert not win.lock_guard.locked


def test_a_passphrase_typed_through_the_window_unlocks_and_tab_stays_on_the_lock_screen(open_app, qtbot):
    from PySide6.QtTest import QTest

    win, title = _locked_and_active(open_app, qtbot, encrypted=True, passphrase=SECRET)
    screen = _cover_of(win).screen_widget
    assert QApplication.focusWidget() is screen.ui.passphrase
    focused = _FocusSpy()
    for key in (Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Tab, Qt.Key.Key_Tab):
        QTest.keyClick(win.windowHandle(), key)
        assert _cover_of(win).isAncestorOf(QApplication.focusWidget())
    focused.stop()
    # never, even for a moment, behind the cover (a field there losing the focus again would save or validate)
    assert focused.widgets and all(_cover_of(win).isAncestorOf(w) for w in focused.widgets)
    screen.ui.passphrase.setFocus()
    _type(win.windowHandle(), "not it")
    QTest.keyClick(win.windowHandle(), Qt.Key.Key_Return)
    assert win.lock_guard.locked
    assert screen.ui.error_label.text() == "Wrong passphrase. Briefer stays locked."
    QTest.keyClick(win.windowHandle(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(win.windowHandle(), SECRET)
    QTest.keyClick(win.windowHandle(), Qt.Key.Key_Return)
    assert not win.lock_guard.locked and win.windowTitle() == title


def test_quit_and_close_while_locked_ask_to_unlock_first(open_app, qtbot):
    from PySide6.QtTest import QTest

    win, title = _locked_and_active(open_app, qtbot)
    screen = _cover_of(win).screen_widget
    for key in (Qt.Key.Key_Q, Qt.Key.Key_W):  # Ctrl+Q, and Ctrl+W (the platform's Close)
        screen.show_error("")
        QTest.keyClick(win.windowHandle(), key, Qt.KeyboardModifier.ControlModifier)
        assert screen.ui.error_label.text() == "Unlock Briefer first; then it can close."
        assert win.isVisible() and win.lock_guard.locked
    screen.show_error("")
    assert win.close() is False  # the window's close button
    assert screen.ui.error_label.text() == "Unlock Briefer first; then it can close."
    assert win.isVisible()
    assert win.lock_guard.unlock("")
    assert win.windowTitle() == title


def test_shortcuts_behind_the_cover_do_not_fire(open_app, qtbot):
    from PySide6.QtTest import QTest

    win, _title = _locked_and_active(open_app, qtbot)
    before = win.ui.pages.currentWidget()
    QTest.keyClick(win.windowHandle(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(win.windowHandle(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert win.ui.pages.currentWidget() is before
    assert QApplication.activeModalWidget() is None and QApplication.activePopupWidget() is None
    assert win.lock_guard.locked


def test_a_title_set_behind_the_cover_waits_for_the_unlock(open_app, qtbot):
    win, title = _locked_and_active(open_app, qtbot)
    win.setWindowTitle("Bilateral with Indonesia — Briefer")  # a view refreshing behind the cover
    assert win.windowTitle() == "Briefer — locked"
    win.activateWindow()  # a click on the window
    assert win.windowTitle() == "Briefer — locked"
    assert win.lock_guard.unlock("")
    assert win.windowTitle() == "Bilateral with Indonesia — Briefer"


def test_meeting_mode_gets_its_own_focused_cover_and_its_focus_back(open_app, qtbot):
    from PySide6.QtTest import QTest

    paths = open_app.prepare()
    win = open_app(paths)
    mode = win.views["today"].open_meeting_mode(MEET_IDN)
    qtbot.waitExposed(mode)
    mode.activateWindow()
    qtbot.waitUntil(mode.isActiveWindow)
    mode.ui.notes.setFocus()
    win.lock_guard.lock_now()
    assert mode.windowTitle() == "Briefer — locked"
    cover = _cover_of(mode)
    assert mode.focusWidget() is cover.screen_widget.ui.unlock_button
    assert win.focusWidget() is _cover_of(win).screen_widget.ui.unlock_button
    QTest.keyClick(mode.windowHandle(), Qt.Key.Key_Return)
    assert not win.lock_guard.locked
    assert mode.focusWidget() is mode.ui.notes  # typing goes on where it was


def test_background_work_may_close_its_own_dialog_while_locked(open_app, qtbot):
    from PySide6.QtWidgets import QMessageBox

    paths = open_app.prepare()
    win = open_app(paths)
    box = QMessageBox(QMessageBox.Icon.Information, "Backing up", "Backing up…", parent=win)
    box.show()
    qtbot.waitExposed(box)
    win.lock_guard.lock_now()
    assert box.windowTitle() == "Briefer — locked"
    assert box.close() is True  # the code that opened it closes it: not the user, so not refused
    assert not box.isVisible()
    assert win.close() is False  # the main window stays until the unlock, whoever closes it
    assert win.lock_guard.unlock("")
