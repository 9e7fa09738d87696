"""Every Alt+letter does one thing: no two items of a menu, nor two visible controls of a window, share one.

Walks the menu bar and each menu, then every window in every state that shows
other controls (each view, each tab, an editor with a record open, each
dialog), in English and in Dutch. In a window the menu bar's titles count
too: Alt+E cannot open the Edit menu and press "Edit time and room…".
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from gui_fixture_data import MEET_IDN
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabBar, QTabWidget

from briefer.gui.lazy_views import VIEW_NAMES

pytestmark = pytest.mark.gui


def mnemonic(text: str) -> str:
    """The Alt+letter a label gives ("" for none); ``&&`` is a literal ampersand."""
    return QKeySequence.mnemonic(text).toString()


def clashes(items: list[tuple[str, str]]) -> list[str]:
    """``items`` are (where, text); each Alt+letter given to more than one of them."""
    by_key = defaultdict(list)
    for where, text in items:
        key = mnemonic(text)
        if key:
            by_key[key].append(f"{text!r} ({where})")
    return [f"{key}: {', '.join(sorted(set(names)))}" for key, names in by_key.items() if len(set(names)) > 1]


def literal_underscores(text: str) -> bool:
    """A single '&' before a space (or at the end) shows nothing useful: it was meant as a literal '&'."""
    plain = text.replace("&&", "")
    return "& " in plain or plain.endswith("&")


def menu_items(menu: QMenu) -> list[tuple[str, str]]:
    return [(menu.title(), a.text()) for a in menu.actions() if a.isVisible() and not a.isSeparator()]


def window_items(window) -> list[tuple[str, str]]:
    """The mnemonics live in ``window`` now: visible buttons, labels with a buddy, group boxes, tabs, menus."""
    items: list[tuple[str, str]] = []
    name = type(window).__name__
    for w in window.findChildren(QAbstractButton):
        if w.isVisible() and w.window() is window:
            items.append((f"{name}.{w.objectName() or type(w).__name__}", w.text()))
    for w in window.findChildren(QLabel):
        if w.isVisible() and w.buddy() is not None and w.window() is window:
            items.append((f"{name}.{w.objectName()}", w.text()))
    for w in window.findChildren(QGroupBox):
        if w.isVisible() and w.window() is window:
            items.append((f"{name}.{w.objectName()}", w.title()))
    for bar in window.findChildren(QTabBar):
        if bar.isVisible() and bar.window() is window:
            items += [(f"{name} tab", bar.tabText(i)) for i in range(bar.count()) if bar.isTabVisible(i)]
    if hasattr(window, "menuBar") and window.menuBar().isVisible():  # a QMainWindow
        items += [("menu bar", a.text()) for a in window.menuBar().actions() if a.isVisible()]
    return items


def _tab_states(view):
    """Yield once for each tab of each tab widget in ``view`` (the controls a user can bring forward)."""
    yield
    for tabs in view.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        before = tabs.currentIndex()
        for i in range(tabs.count()):
            if tabs.isTabEnabled(i):
                tabs.setCurrentIndex(i)
                yield
        tabs.setCurrentIndex(before)


def _problems(win, qtbot) -> list[str]:
    problems: list[str] = []

    def check(where: str, items) -> None:
        problems.extend(f"{where}: {c}" for c in clashes(items))
        problems.extend(f"{where}: {text!r} shows an underscore (write && for '&')"
                        for _w, text in items if literal_underscores(text))

    menus, todo = [], [a.menu() for a in win.menuBar().actions() if a.menu()]
    while todo:  # each menu and its submenus (File ▸ Export, Settings ▸ Language)
        menu = todo.pop()
        menus.append(menu)
        todo += [a.menu() for a in menu.actions() if a.menu()]
    assert len(menus) == 7  # File, Export, Edit, View, Settings, Language, Help
    for menu in menus:
        check(f"menu {menu.title()!r}", menu_items(menu))
    for name in VIEW_NAMES:
        view = win.go(name)
        qtbot.waitUntil(lambda v=view: not getattr(v, "pending", False), timeout=10000)
        page = win.current_page()
        if hasattr(page, "list") and page.list.model.rowCount():
            page.list.ui.table.selectRow(0)  # the editor shows
        for _ in _tab_states(view):
            for _ in _tab_states(win.current_page()) if win.current_page() is not view else [None]:
                check(f"{name} view", window_items(win))
    dialogs = []
    today = win.views["today"]
    mode = today.open_meeting_mode(MEET_IDN)
    dialogs += [mode, mode.make_action_dialog(), mode.make_outcome_dialog()]
    dialogs.append(win.show_search())
    dialogs.append(win.show_history(win.services.store.meetings.get(MEET_IDN)))
    dialogs += [win.exchange.export(what, ask=False) for what in ("notes", "actions", "bundle", "calendar")]
    dialogs.append(win.exchange.show_conflicts())
    dialogs.append(win.exchange.import_table())
    from briefer.gui.safety.backups_dialog import BackupsDialog
    from briefer.gui.programme.move_meeting_dialog import MoveMeetingDialog
    from briefer.gui.safety.unlock_screen import UnlockDialog

    dialogs.append(BackupsDialog(win.paths.data_dir / "backups", win))
    programme = win.go("programme")
    programme.select(MEET_IDN)
    dialogs.append(MoveMeetingDialog(programme.selected_meeting(), programme.schedule, programme.index, programme))
    dialogs.append(UnlockDialog(win.paths.database, lambda passphrase: None, win))
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        for _ in _tab_states(dialog):
            check(type(dialog).__name__, window_items(dialog))
        dialog.close()
    return list(dict.fromkeys(problems))


@pytest.mark.parametrize("language", ["en", "nl"])
def test_no_two_items_of_a_menu_or_a_window_share_an_alt_letter(make_window, qtbot, language):
    win = make_window(language=language)
    problems = _problems(win, qtbot)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_welcome_screen_has_unique_alt_letters(make_window, qtbot, language):
    win = make_window(with_demo=False, language=language)
    problems = clashes(window_items(win))
    assert not problems, "\n".join(problems)


def test_the_checker_sees_a_clash_and_a_literal_ampersand():
    assert clashes([("a", "&Edit"), ("b", "S&ettings"), ("c", "&View")]) == ["Alt+E: '&Edit' (a), 'S&ettings' (b)"]
    assert clashes([("a", "People && delegations"), ("b", "&Delete")]) == []
    assert literal_underscores("People & delegations") and not literal_underscores("People && delegations")


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_questions_the_app_asks_have_unique_alt_letters(make_window, qtbot, language):
    """The message boxes built in code (unsaved changes, a recovered note, a damaged database)."""
    from types import SimpleNamespace

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from briefer.gui.services import Asker

    win = make_window(language=language)
    seen: list[list[tuple[str, str]]] = []

    def look_and_close() -> None:
        box = QApplication.activeModalWidget()
        seen.append([(box.windowTitle(), b.text()) for b in box.findChildren(QAbstractButton) if b.isVisible()])
        box.done(0)

    ask = Asker()
    damage = SimpleNamespace(file="briefer.sqlite", detail="page 3", newest_backup="briefer-2019.sqlite")
    for question in (lambda: ask.unsaved_changes(win, "Bilateral"), lambda: ask.recover_draft(win, "Note", "text"),
                     lambda: ask.damaged_database(win, damage)):
        QTimer.singleShot(0, look_and_close)
        question()
    assert len(seen) == 3 and all(len(items) >= 2 for items in seen)
    problems = [c for items in seen for c in clashes(items)]
    assert not problems, "\n".join(problems)
