"""Keyboard only: Tab leaves every list in one press, Shift+Tab skips scroll areas, the timetable takes keys."""

from __future__ import annotations

import pytest
from gui_fixture_data import MEET_GHA, MEET_IDN, OPENING, PLENARY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QTableView, QWidget

from briefer.gui.lazy_views import VIEW_NAMES
from briefer.gui.records.read_or_edit import ReadOrEdit

pytestmark = pytest.mark.gui


def _lists(view):
    """The record lists (tables: a list or tree has no cells to Tab between) shown on the view."""
    return [w for w in view.findChildren(QTableView)
            if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.model() is not None
            and w.model().rowCount() > 0]


def test_tab_leaves_every_list_in_one_press_and_the_arrows_move_between_rows(make_window, qtbot):
    win = make_window()
    checked = []
    for name in VIEW_NAMES:
        view = win.go(name)
        qtbot.waitUntil(lambda v=view: not getattr(v, "pending", False), timeout=10000)
        for table in _lists(view):
            table.setFocus()
            table.setCurrentIndex(table.model().index(0, 0))
            qtbot.waitUntil(table.hasFocus)
            if table.model().rowCount() > 1:
                qtbot.keyClick(table, Qt.Key.Key_Down)
                assert table.currentIndex().row() == 1, f"{name}: Down did not move to the next row"
            qtbot.keyClick(table, Qt.Key.Key_Tab)
            focus = QApplication.focusWidget()
            assert focus is not table and not table.isAncestorOf(focus), f"{name}: Tab stayed in {table.objectName()}"
            checked.append(name)
    assert {"today", "bilaterals", "countries", "people", "actions", "packs"} <= set(checked)


def test_shift_tab_from_an_editors_first_field_never_lands_on_its_scroll_area(make_window, qtbot):
    win = make_window()
    for name in ("bilaterals", "countries", "people", "actions"):
        view = win.go(name)
        page = win.current_page()
        page.list.ui.table.selectRow(0)
        for pane in page.findChildren(ReadOrEdit):  # a brief opens as a page to read: turn to its form
            pane.edit(focus=False)
        if hasattr(page, "tabs"):
            page.tabs.setCurrentIndex(0)  # the meeting's own form
        editor = page.editor
        areas = [a for a in editor.findChildren(QScrollArea) if a.isVisible()]
        assert areas, name
        fields = [w for w in areas[0].widget().findChildren(QWidget)
                  if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        first = fields[0]  # the form's first field (creation order is the tab order)
        first.setFocus()
        qtbot.waitUntil(first.hasFocus)
        qtbot.keyClick(first, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert not isinstance(QApplication.focusWidget(), QScrollArea), f"{name}: Shift+Tab landed on a scroll area"
        assert QApplication.focusWidget() is not first


def _timetable(win, qtbot):
    view = win.go("programme")
    qtbot.waitUntil(lambda: view.schedule is not None, timeout=10000)
    canvas = view.canvas
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    return view, canvas


def test_the_timetable_takes_focus_and_the_arrows_move_between_blocks(make_window, qtbot, monkeypatch):
    win = make_window()
    view, canvas = _timetable(win, qtbot)
    view.ui.columns_combo.setFocus()
    qtbot.waitUntil(view.ui.columns_combo.hasFocus)
    qtbot.keyClick(view.ui.columns_combo, Qt.Key.Key_Tab)
    assert canvas.hasFocus()  # Tab from the toolbar reaches the timetable (no stop on its scroll area)
    # columns: Bilateral room 1 (Indonesia 12:15, Ghana 14:00), Plenary hall (Opening 9:00, Plenary 10:30)
    view.select("")
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.selected_id == OPENING  # nothing chosen: an arrow starts at the day's first block
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    assert canvas.selected_id == MEET_GHA  # the day's last
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert canvas.selected_id == OPENING  # the day's first block
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.selected_id == PLENARY  # next in time, same column
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.selected_id == MEET_IDN  # the other column, nearest in time
    assert view.selected_meeting().id == MEET_IDN  # the side panel follows, as after a click
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.selected_id == MEET_GHA
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.selected_id == MEET_GHA  # the last in its column: stays
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    assert canvas.selected_id == MEET_IDN
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.selected_id == PLENARY
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    edited = []
    monkeypatch.setattr(view, "edit_meeting", lambda meeting_id=None, **_kw: edited.append(meeting_id))
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert edited == [MEET_IDN]  # Enter edits, as a double-click does


def test_the_timetables_actions_have_shortcuts_named_in_their_tooltips(make_window, qtbot, monkeypatch):
    win = make_window()
    view, canvas = _timetable(win, qtbot)
    view.select(MEET_IDN)
    for button, keys in ((view.ui.edit_button, "F2"), (view.ui.slot_button, "Ctrl+Shift+F"),
                         (view.ui.move_button, "Ctrl+Shift+M"), (view.ui.open_button, "Ctrl+Shift+B")):
        assert f"({keys})" in button.toolTip()
    edited = []
    monkeypatch.setattr(view, "edit_meeting", lambda meeting_id=None, **_kw: edited.append(meeting_id))
    qtbot.keyClick(canvas, Qt.Key.Key_F2)
    assert edited == [None]
    assert view.ui.slots_list.count() == 0
    qtbot.keyClick(canvas, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.ui.slots_list.count() > 0  # free slots were proposed
    moved = []
    monkeypatch.setattr(view, "move_to_chosen_slot", lambda: moved.append(view.ui.slots_list.currentRow()))
    view.ui.move_button.clicked.disconnect()  # connected to the bound method: point it at the stand-in
    view.ui.move_button.clicked.connect(lambda: view.move_to_chosen_slot())
    qtbot.keyClick(canvas, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert moved == [0]
    qtbot.keyClick(canvas, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert win.current_view_name() == "bilaterals"
    assert win.views["bilaterals"].editor.record().id == MEET_IDN
