"""The Actions list as a to-do list: grouped by when it is due, Ctrl+D for done, Mine / Delegation / All."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from briefer.model import Action, ActionStatus
from gui_fixture_data import ACTION_1, ACTION_2, ADVISER, NOTE_TAKER, THA_MIN


def _add(win, **fields) -> Action:
    return win.services.store.actions.save(Action(**fields))


def _shown(view) -> list[tuple[str, str]]:
    """(When, Action) of each row, top to bottom, as the user sees the list."""
    proxy, what = view.list.proxy, view.list.model.COL_DESCRIPTION
    return [(proxy.index(r, 0).data(), proxy.index(r, what).data()) for r in range(proxy.rowCount())]


def _open_actions(win, qtbot):
    win.go("actions")
    view = win.views["actions"]
    qtbot.waitUntil(lambda: view.list.proxy.rowCount() > 0)
    return view


def test_the_list_opens_grouped_overdue_first_done_last(make_window, qtbot):
    win = make_window()  # the app's clock: Wednesday 19 June 2019
    _add(win, description="Thank-you letter", due=date(2019, 6, 18), owner_id=ADVISER)
    _add(win, description="Debrief the minister", due=date(2019, 6, 21))  # Friday
    _add(win, description="Call the embassy", due=date(2019, 6, 19))  # today: not overdue yet
    _add(win, description="Plan the follow-up visit", due=date(2019, 6, 24))  # next Monday
    _add(win, description="Read the report")
    _add(win, description="Book the room", due=date(2019, 6, 17), status=ActionStatus.DONE)
    view = _open_actions(win, qtbot)
    assert _shown(view) == [
        ("⚠ Overdue", "Thank-you letter"),
        ("Due this week", "Call the embassy"),
        ("Due this week", "Debrief the minister"),
        ("Later", "Plan the follow-up visit"),
        ("Later", "Send twinning proposal to the Indonesian ministry"),  # 15 July
        ("Later", "Share the Dutch livestock antibiotic figures with Thailand"),  # 1 August
        ("No date", "Read the report"),
        ("✔ Done", "Book the room"),
    ]


def test_ctrl_d_marks_done_and_again_reopens_and_undo_takes_it_back(make_window, qtbot):
    win = make_window()
    view = _open_actions(win, qtbot)
    assert view.list.select_key(ACTION_1)
    view.list.ui.table.setFocus()
    qtbot.keyClick(view.list.ui.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.services.store.actions.get(ACTION_1).status is ActionStatus.DONE)
    qtbot.waitUntil(lambda: ("✔ Done", "Send twinning proposal to the Indonesian ministry") in _shown(view))
    assert view.list.current_key() == ACTION_1  # the selection stays on it: press again to reopen

    qtbot.keyClick(view.list.ui.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.services.store.actions.get(ACTION_1).status is ActionStatus.OPEN)

    win.services.undo_stack.undo()  # back to done
    assert win.services.store.actions.get(ACTION_1).status is ActionStatus.DONE
    win.services.undo_stack.undo()  # back to open, as it was
    assert win.services.store.actions.get(ACTION_1).status is ActionStatus.OPEN


def test_mine_and_delegation_filters(make_window, qtbot):
    win = make_window()
    win.services.settings.me = ADVISER  # "Who I am": Eva de Wit
    _add(win, description="Minutes to the ministry", owner_id=NOTE_TAKER, due=date(2019, 6, 20))
    _add(win, description="Send the Thai figures back", owner_id=THA_MIN)
    view = _open_actions(win, qtbot)
    combo = view.show_filter

    combo.setCurrentIndex(combo.findText("Mine"))
    assert [a for _w, a in _shown(view)] == ["Send twinning proposal to the Indonesian ministry"]

    combo.setCurrentIndex(combo.findText("Delegation"))  # anyone of the host delegation, not a unit or a guest
    assert [a for _w, a in _shown(view)] == ["Minutes to the ministry", "Send twinning proposal to the Indonesian ministry"]

    combo.setCurrentIndex(combo.findText("All actions"))
    assert len(_shown(view)) == 4
    assert ACTION_2 in [view.list.model.key(a) for a in view.list.model.rows()]
