"""The app on the bundled Noordwijk 2019 demo: first start loads it, every view shows it, search finds it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefer.demo import load_demo
from briefer.gui.main_window import VIEWS

pytestmark = pytest.mark.gui


def _count(view) -> int:
    if hasattr(view, "list"):
        return view.list.model.rowCount()
    if hasattr(view, "people") and hasattr(view.people, "list"):
        return view.people.list.model.rowCount() + view.delegations.list.model.rowCount()
    return view.model.rowCount()


def test_first_start_loads_the_bundled_demo_and_every_view_shows_it(make_window, qtbot):
    win = make_window(with_demo=False, loader=load_demo)
    qtbot.mouseClick(win.welcome.ui.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.current_view_name() == "today", timeout=15000)
    store = win.services.store
    assert store.conference().city == "Noordwijk"
    for name, _cls in VIEWS:
        view = win.go(name)
        qtbot.waitUntil(lambda v=view: _count(v) > 0, timeout=10000)  # Today reads on a worker
    bilaterals = win.views["bilaterals"]
    assert bilaterals.list.model.rowCount() == store.meetings.count()


def test_search_the_demo_and_open_a_country_brief(make_window, qtbot):
    win = make_window(loader=load_demo)
    dialog = win.show_search()
    qtbot.keyClicks(dialog.ui.query_edit, "Indonesi")
    qtbot.waitUntil(lambda: any(h.record_table == "country_briefs" for h in dialog.hits))
    while dialog.selected_hit().record_table != "country_briefs":
        qtbot.keyClick(dialog.ui.query_edit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.ui.query_edit, Qt.Key.Key_Return)
    page = win.views["countries"]
    assert win.current_view_name() == "countries"
    assert page.editor.record().country == "IDN"
    assert page.editor.ui.talking_points.value()
