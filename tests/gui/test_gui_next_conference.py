"""A new conference based on an earlier one from the welcome screen, and the earlier one's memory."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefer.model import BriefStatus
from tests.conftest import database_digest

pytestmark = pytest.mark.gui




def _type_conference(qtbot, w) -> None:
    qtbot.keyClicks(w.ui.name, "World Health Assembly 80")
    for field, text in ((w.ui.start_date, "18-05-2027"), (w.ui.end_date, "26-05-2027")):
        field.line.clear()
        qtbot.keyClicks(field.line, text)
    qtbot.keyClicks(w.ui.city, "Geneva")
    w.ui.timezone.set_value("Europe/Zurich")


def test_a_conference_based_on_the_demo_opens_with_its_briefs_as_drafts(make_window, qtbot, earlier):
    before = database_digest(earlier)
    win = make_window(with_demo=False)
    w = win.welcome
    _type_conference(qtbot, w)
    qtbot.mouseClick(w.ui.based_on_button, Qt.MouseButton.LeftButton)
    from briefer.gui.startup.based_on_dialog import BasedOnDialog

    dialog = w.findChild(BasedOnDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.ui.bring_people.setChecked(False)
    dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).click()
    assert "Choose the data folder" in dialog.ui.problem.text()
    assert win.services.store.conference() is None

    qtbot.keyClicks(dialog.ui.folder, str(earlier))
    dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: win.current_view_name() == "today")
    store = win.services.store
    assert store.require_conference().name == "World Health Assembly 80"
    briefs = store.country_briefs.list()
    assert briefs and all(b.status is BriefStatus.DRAFT for b in briefs)
    assert any(b.country == "IDN" for b in briefs)
    assert store.people.count() == 0 and store.meetings.count() == 0
    assert database_digest(earlier) == before


def test_a_folder_without_a_conference_is_named_and_nothing_is_written(make_window, qtbot, tmp_path):
    win = make_window(with_demo=False)
    w = win.welcome
    _type_conference(qtbot, w)
    dialog = w.create_based_on()
    qtbot.keyClicks(dialog.ui.folder, str(tmp_path / "nowhere"))
    dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).click()
    assert "There is no Briefer conference in" in dialog.ui.problem.text() and "nowhere" in dialog.ui.problem.text()
    assert dialog.isVisible() and win.services.store.is_empty()


def test_the_form_is_checked_before_the_earlier_folder_is_asked_for(make_window, qtbot):
    win = make_window(with_demo=False)
    w = win.welcome
    assert w.create_based_on() is None
    assert w.errors.text("name") == "⚠ The conference name must not be empty"


def test_file_menu_creates_the_next_conference_based_on_this_one(make_window, qtbot, tmp_path, data_dir):
    from briefer.store import Store
    from briefer.store.earlier import carried_from

    win = make_window(with_demo=True)
    before = database_digest(data_dir)
    assert win.next_conference_action.isEnabled()
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "notes.txt").write_text("x")
    errors = []
    win.services.ask.error = lambda parent, exc: errors.append(str(exc))
    assert win.next_conference(occupied) is None
    assert errors and "is not empty" in errors[0]

    folder = tmp_path / "next"
    folder.mkdir()
    dialog = win.next_conference(folder)
    w = dialog.welcome
    assert not w.ui.demo_button.isVisible() and str(folder) in w.ui.intro.text()
    _type_conference(qtbot, w)
    based_on = w.create_based_on()
    assert based_on.ui.folder.text() == str(data_dir.resolve())
    based_on.ui.buttons.button(based_on.ui.buttons.StandardButton.Ok).click()
    assert dialog.created
    assert "next conference is ready" in win.statusBar().currentMessage()
    with Store.open(folder / "briefer.sqlite") as new:
        assert new.require_conference().name == "World Health Assembly 80"
        assert new.country_briefs.count() > 0 and new.meetings.count() == 0
        assert carried_from(new) is not None
    assert win.services.store.require_conference().name != "World Health Assembly 80"
    assert database_digest(data_dir) == before
