"""While locked, nothing a screen reader can reach names the content behind the lock.

A screen reader (or any program using the accessibility interface: AT-SPI,
UI Automation) walks the application's accessibility tree and reads each
element's name, value, description and text. The cover only paints over the
window; these tests read the tree exactly as such a program would, through
``QAccessible.queryAccessibleInterface``, from the application down and from
each covered window down.
"""

from __future__ import annotations

import pytest
from forms_helper import show_forms
from gui_fixture_data import MEET_IDN
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from test_gui_lock import SECRET, _cover_of, open_app  # noqa: F401  (open_app is a fixture)

pytestmark = pytest.mark.gui

_TEXTS = (QAccessible.Text.Name, QAccessible.Text.Value, QAccessible.Text.Description, QAccessible.Text.Help)


def spoken(iface, limit: int = 20000) -> list[str]:
    """Every text reachable from ``iface`` down: what an assistive program can read out."""
    found, stack, seen = [], [iface], 0
    while stack and seen < limit:
        it = stack.pop()
        if it is None or not it.isValid():
            continue
        seen += 1
        found.extend(t for t in (it.text(k) for k in _TEXTS) if t)
        text = it.textInterface()
        if text is not None and text.characterCount():
            found.append(text.text(0, text.characterCount()))
        stack.extend(it.child(i) for i in range(it.childCount()))
    return found


def whole_app() -> list[str]:
    return spoken(QAccessible.queryAccessibleInterface(QApplication.instance()))


def _readable(texts: list[str], secrets: list[str]) -> list[str]:
    return [s for s in secrets if any(s in t for t in texts)]


def _windows_with_typing(open_app, qtbot):
    """The main window with a country's editor holding unsaved typing, and meeting mode with a typed note."""
    paths = open_app.prepare(encrypted=True)
    win = open_app(paths, passphrase=SECRET)
    page = win.go("countries")
    page.open_key("IDN")
    show_forms(page)  # the brief's form, not its page: the typing is in the form
    page.editor.ui.summary.setPlainText("Half-written summary, not saved")
    mode = win.views["today"].open_meeting_mode(MEET_IDN)
    qtbot.waitExposed(mode)
    qtbot.keyClicks(mode.ui.notes, "Moeloek: yes to the twinning")
    win.statusBar().showMessage("Saved: Bilateral with Indonesia (status bar)")  # a status message names a record
    return win, page.editor, mode


#: What the two windows show: the typing, the meeting's and the country's names, an outcome in a list.
SECRETS = ["Half-written summary", "Moeloek: yes to the twinning", "Bilateral with Indonesia", "Indonesia",
           "Invite Indonesia to the twinning programme", "(status bar)"]


def test_while_locked_no_window_lets_a_screen_reader_read_its_content(open_app, qtbot):
    win, editor, mode = _windows_with_typing(open_app, qtbot)
    assert _readable(whole_app(), SECRETS) == SECRETS  # the walk does read them when not locked

    win.lock_guard.lock_now()
    assert _readable(whole_app(), SECRETS) == []
    for w in (win, mode):
        tree = spoken(QAccessible.queryAccessibleInterface(w))
        assert _readable(tree, SECRETS) == []
        assert "Briefer — locked" in tree and "Unlock" in tree  # the lock screen itself is readable
    assert win.windowTitle() == mode.windowTitle() == "Briefer — locked"

    assert win.lock_guard.unlock(SECRET)
    back = SECRETS[:-1]  # all but the status bar's passing message, cleared by the lock
    assert _readable(whole_app(), back) == back
    for w in (win, mode):
        assert _readable(spoken(QAccessible.queryAccessibleInterface(w)), SECRETS)


def _shown(window) -> set:
    from PySide6.QtWidgets import QWidget

    return {w for w in window.findChildren(QWidget) if w.isVisible()}


def test_after_the_unlock_the_typing_is_exact_and_goes_on_where_it_was(open_app, qtbot):
    win, editor, mode = _windows_with_typing(open_app, qtbot)
    mode.activateWindow()
    qtbot.waitUntil(mode.isActiveWindow)
    mode.ui.notes.setFocus()
    shown = _shown(win) | _shown(mode)
    win.lock_guard.lock_now()
    qtbot.wait(50)  # the event loop runs while locked
    assert win.lock_guard.unlock(SECRET)
    assert _shown(win) | _shown(mode) == shown  # at once: exactly what was shown before, nothing more
    assert mode.ui.notes.isVisible() and editor.ui.summary.isVisible()
    assert mode.ui.notes.toPlainText() == "Moeloek: yes to the twinning"
    assert mode.ui.notes.textCursor().position() == len("Moeloek: yes to the twinning")
    assert mode.focusWidget() is mode.ui.notes
    qtbot.keyClicks(mode.ui.notes, " and more")
    assert mode.ui.notes.toPlainText() == "Moeloek: yes to the twinning and more"
    mode.ui.notes.undo()  # the undo history came through the lock too
    assert mode.ui.notes.toPlainText() != "Moeloek: yes to the twinning and more"
    assert editor.ui.summary.toPlainText() == "Half-written summary, not saved" and editor.is_dirty()
    assert editor.window() is win and mode.ui.notes.window() is mode


def test_a_message_that_appears_while_locked_cannot_be_read_either(open_app, qtbot):
    from PySide6.QtWidgets import QMessageBox

    paths = open_app.prepare()
    win = open_app(paths)
    win.lock_guard.lock_now()
    box = QMessageBox(QMessageBox.Icon.Warning, "Saved", "Saved: Bilateral with Indonesia", parent=win)
    box.show()
    qtbot.waitExposed(box)
    assert _readable(spoken(QAccessible.queryAccessibleInterface(box)), ["Bilateral with Indonesia"]) == []
    assert _readable(whole_app(), ["Bilateral with Indonesia"]) == []
    assert win.lock_guard.unlock("")
    assert _readable(spoken(QAccessible.queryAccessibleInterface(box)), ["Bilateral with Indonesia"])
    box.close()


def test_a_new_record_form_open_before_the_lock_survives_a_list_refresh_behind_it(open_app, qtbot):
    paths = open_app.prepare()
    win = open_app(paths)
    page = win.go("countries")
    page.new_record()
    form = page.editor
    assert form.is_new() and form.isVisible()
    win.lock_guard.lock_now()
    page.refresh()  # a background refresh while locked
    qtbot.waitUntil(lambda: not page.reader.pending, timeout=10000)
    assert win.lock_guard.unlock("")
    assert form.is_new() and form.isVisible()


def test_a_dialog_open_before_the_lock_is_emptied_too_and_whole_again_after(open_app, qtbot):
    paths = open_app.prepare()
    win = open_app(paths)
    history = win.show_history(win.services.store.meetings.get(MEET_IDN))  # a dialog naming the record
    qtbot.waitExposed(history)
    named = ["Bilateral with Indonesia"]
    assert _readable(spoken(QAccessible.queryAccessibleInterface(history)), named) == named
    size = history.size()
    win.lock_guard.lock_now()
    assert history.windowTitle() == "Briefer — locked"
    assert _readable(spoken(QAccessible.queryAccessibleInterface(history)), named) == []
    assert _readable(whole_app(), named) == []
    assert win.lock_guard.unlock("")
    assert _readable(spoken(QAccessible.queryAccessibleInterface(history)), named) == named
    assert history.size() == size
    history.close()


def test_a_reference_a_screen_reader_kept_from_before_the_lock_reads_nothing_while_locked(open_app, qtbot):
    import time

    win, editor, mode = _windows_with_typing(open_app, qtbot)
    kept = {w: QAccessible.uniqueId(QAccessible.queryAccessibleInterface(w))
            for w in (mode.ui.notes, editor.ui.summary)}  # the fields it was reading
    assert all(QAccessible.accessibleInterface(i) is not None for i in kept.values())
    started = time.monotonic()
    win.lock_guard.lock_now()
    assert time.monotonic() - started < 2  # locking stays quick with every view built
    assert [QAccessible.accessibleInterface(i) for i in kept.values()] == [None, None]
    assert win.lock_guard.unlock(SECRET)
    notes = QAccessible.queryAccessibleInterface(mode.ui.notes)
    assert notes.textInterface().text(0, notes.textInterface().characterCount()) == "Moeloek: yes to the twinning"
