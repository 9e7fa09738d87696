"""Who I am: the user picks a person of the host delegation once; notes, history and "Mine" then name that person."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from briefer.gui.people.who_i_am import WhoIAmDialog, host_members
from briefer.model import Action
from gui_fixture_data import ADVISER, IDN_MIN, MINISTER, NOTE_TAKER


def _answer(answers, pid):
    asked = []

    def who_am_i(parent, members, current):
        asked.append([name for _pid, name in members])
        return pid

    answers.who_am_i = who_am_i
    return asked


def test_asked_once_at_first_start_and_the_history_names_the_person(make_window, answers, monkeypatch, qtbot):
    monkeypatch.delenv("BRIEFER_USER")
    asked = _answer(answers, ADVISER)
    win = make_window()
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == [["Bruno Bruins", "Carola Schouten", "Eva de Wit", "Joost Verbeek"]]  # the host delegation only
    qtbot.waitUntil(lambda: win.services.store.user == "Eva de Wit")
    saved = win.services.saver.save(None, Action(description="Send the figures"))
    assert [h.changed_by for h in win.services.store.actions.history(saved.id)] == ["Eva de Wit"]
    win.close()

    again = make_window()  # the next start: not asked again, still Eva de Wit
    qtbot.wait(50)
    assert len(asked) == 1
    assert again.services.store.user == "Eva de Wit"


def test_the_first_start_asks_over_today_filled_not_before_it(make_window, answers, monkeypatch, qtbot):
    """The question's dialog comes after Today shows the minister's day (it used to hold the rows back)."""
    monkeypatch.delenv("BRIEFER_USER")
    seen = []

    def who_am_i(parent, members, current):
        today = parent.views["today"]
        seen.append((today.model.rowCount(), today.ui.next_title.text()))  # (its conflicts may still be read)
        return ADVISER

    answers.who_am_i = who_am_i
    win = make_window()
    qtbot.waitUntil(lambda: bool(seen))
    today = win.views["today"]
    assert seen == [(today.model.rowCount(), today.ui.next_title.text())]
    assert seen == [(3, "Bilateral with Indonesia")]


def test_settings_menu_changes_who_i_am(make_window, answers, monkeypatch, qtbot):
    monkeypatch.delenv("BRIEFER_USER")
    _answer(answers, None)  # the first-start question is cancelled: nobody chosen, the login name stays
    win = make_window()
    qtbot.waitUntil(lambda: win.services.settings.identity_asked)
    login = win.services.store.user
    assert win.services.settings.me == ""
    _answer(answers, NOTE_TAKER)
    assert win.who_i_am.action in win.settings_menu.actions()
    win.who_i_am.action.trigger()
    assert win.services.settings.me == NOTE_TAKER
    assert win.services.store.user == "Joost Verbeek" != login


def test_a_script_naming_the_user_is_never_asked(make_window, answers, qtbot):
    asked = _answer(answers, ADVISER)  # BRIEFER_USER=tester is set for every test
    win = make_window()
    qtbot.wait(50)
    assert asked == []
    assert win.services.store.user == "tester"


def test_the_dialog_offers_the_delegation_and_says_what_to_do_when_empty(make_window, qtbot):
    win = make_window()
    members = host_members(win.services.store)
    assert IDN_MIN not in [pid for pid, _name in members]
    dialog = WhoIAmDialog(members, MINISTER)
    qtbot.addWidget(dialog)
    assert dialog.chosen() == MINISTER
    assert dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.ui.empty_label.isHidden()

    empty = WhoIAmDialog([], "")
    qtbot.addWidget(empty)
    assert not empty.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert not empty.ui.empty_label.isHidden()
