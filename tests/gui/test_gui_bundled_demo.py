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


def test_the_demo_opens_today_on_its_first_morning_with_a_bilateral_on(make_window, qtbot):
    """A newcomer sees Today at work: the (long past) demo rehearses a few minutes into its first bilateral."""
    from datetime import datetime, timezone

    win = make_window(with_demo=False, loader=load_demo, clock=lambda: datetime(2026, 12, 2, 9, 0, tzinfo=timezone.utc))
    qtbot.mouseClick(win.welcome.ui.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.current_view_name() == "today", timeout=15000)
    today = win.views["today"]
    qtbot.waitUntil(lambda: not today.pending and today.ui.card.isVisible(), timeout=10000)
    conf = win.services.store.conference()
    local = today.now().astimezone(conf.tz)
    assert (local.date(), local.time().replace(second=0, microsecond=0)) == (conf.start_date, datetime(1, 1, 1, 10, 50).time())
    assert today.ui.rehearse_text.text().startswith("Rehearsing: the app's clock is set to Wednesday 19 June 2019, 10:50")
    assert today.ui.card_caption.text() == "On now"
    assert today.ui.card_title.text().startswith("Bilateral with ")
    assert "Objectives" in today.ui.card_brief.toPlainText()
