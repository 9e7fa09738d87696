"""First start on an empty database: load the demo (in the background) or create a conference."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui


def test_empty_database_offers_the_demo_and_loads_it_in_the_background(make_window, qtbot):
    win = make_window(with_demo=False)
    assert win.ui.pages.currentWidget() is win.welcome
    assert win.ui.rail.isHidden()
    assert not win.search_action.isEnabled()
    welcome = win.welcome
    qtbot.mouseClick(welcome.ui.demo_button, Qt.MouseButton.LeftButton)
    assert welcome.ui.progress.isVisible() or win.current_view_name() == "today"
    qtbot.waitUntil(lambda: win.current_view_name() == "today", timeout=10000)
    assert win.ui.rail.isVisible()
    assert win.services.store.conference().city == "Noordwijk"
    assert win.services.store.meetings.count() == 2
    qtbot.waitUntil(lambda: win.views["today"].model.rowCount() > 0)
    assert "(demo)" in win.windowTitle()


def test_a_new_conference_is_validated_by_field_and_then_created(make_window, qtbot):
    win = make_window(with_demo=False)
    w = win.welcome
    qtbot.mouseClick(w.ui.create_button, Qt.MouseButton.LeftButton)
    assert w.errors.text("name") == "⚠ The conference name must not be empty"
    assert win.services.store.conference() is None

    qtbot.keyClicks(w.ui.name, "Third Global Ministerial Conference on AMR")
    for field, text in ((w.ui.start_date, "do 24 nov 2022"), (w.ui.end_date, "23-11-2022")):
        field.line.clear()
        qtbot.keyClicks(field.line, text)
    qtbot.keyClicks(w.ui.city, "Muscat")
    w.ui.timezone.lineEdit().clear()
    qtbot.keyClicks(w.ui.timezone.lineEdit(), "Mars/Olympus")
    qtbot.mouseClick(w.ui.create_button, Qt.MouseButton.LeftButton)
    assert "Unknown timezone 'Mars/Olympus'" in w.errors.text("timezone")
    w.ui.timezone.set_value("Asia/Muscat")
    qtbot.mouseClick(w.ui.create_button, Qt.MouseButton.LeftButton)
    assert "must not end before it starts" in w.errors.text("end_date")
    assert win.services.store.conference() is None

    w.ui.end_date.line.clear()
    qtbot.keyClicks(w.ui.end_date.line, "25 November 2022")
    qtbot.mouseClick(w.ui.create_button, Qt.MouseButton.LeftButton)
    conf = win.services.store.conference()
    assert (conf.name, conf.city, conf.timezone) == ("Third Global Ministerial Conference on AMR", "Muscat", "Asia/Muscat")
    assert (conf.start_date.isoformat(), conf.end_date.isoformat()) == ("2022-11-24", "2022-11-25")
    assert win.current_view_name() == "today"
    qtbot.waitUntil(lambda: "No minister" in win.views["today"].ui.when_label.text())


def test_a_failing_demo_load_is_reported_and_changes_nothing(make_window, qtbot, demo_folder):
    (demo_folder / "people.json").write_text('[{"family_name": ""}]', encoding="utf-8")
    win = make_window(with_demo=False)
    qtbot.mouseClick(win.welcome.ui.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.welcome.ui.banner.isVisible(), timeout=10000)
    assert "family name" in win.welcome.ui.banner.text()
    assert win.services.store.is_empty()
    assert win.ui.pages.currentWidget() is win.welcome


def test_enter_creates_the_conference_from_a_text_field_or_the_focused_button(make_window, qtbot):
    """Seen under Xvfb: Enter in the form or on the focused *Create conference* did nothing; only a click or Alt+C did."""
    win = make_window(with_demo=False)
    w = win.welcome
    qtbot.keyClicks(w.ui.name, "COP29")
    w.ui.city.setFocus()
    qtbot.keyClicks(w.ui.city, "Baku")
    qtbot.keyClick(w.ui.city, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.services.store.conference() is not None, timeout=3000)
    assert win.services.store.conference().name == "COP29"


def test_enter_on_the_focused_create_button_presses_it(make_window, qtbot):
    win = make_window(with_demo=False)
    w = win.welcome
    qtbot.keyClicks(w.ui.name, "COP29")
    qtbot.keyClick(w.ui.create_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.services.store.conference() is not None, timeout=3000)
