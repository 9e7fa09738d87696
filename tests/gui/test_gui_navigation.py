"""Opening the app on a conference, visiting every view, searching and opening a result."""

from __future__ import annotations

import pytest
from gui_fixture_data import ACTION_2, BRIEF_IDN, MEET_IDN, MINISTER, PLENARY
from PySide6.QtCore import Qt

from briefer.gui.main_window import VIEWS

pytestmark = pytest.mark.gui


def _rows(view) -> int:
    if hasattr(view, "list"):
        return view.list.model.rowCount()
    if hasattr(view, "people"):
        return view.people.list.model.rowCount() if hasattr(view.people, "list") else view.model.rowCount()
    return view.model.rowCount()


def test_every_view_is_reachable_from_the_rail_and_lists_the_store(make_window, qtbot):
    win = make_window()
    expected = {"today": 3, "programme": 3, "bilaterals": 2, "countries": 4, "people": 7, "actions": 2, "packs": 4}
    for row, (name, _cls) in enumerate(VIEWS):
        rect = win.ui.rail.visualItemRect(win.ui.rail.item(row))
        qtbot.mouseClick(win.ui.rail.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert win.current_view_name() == name
        assert _rows(win.views[name]) == expected[name], name
    # keyboard: Ctrl+2 goes to the programme
    qtbot.keyClick(win, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert win.current_view_name() == "programme"


def test_brief_status_is_shown_in_the_lists(make_window):
    win = make_window()
    countries = win.go("countries")
    model = countries.list.model
    status = {model.row_at(r).iso3: model.index(r, model.COL_STATUS).data() for r in range(model.rowCount())}
    assert status == {"GHA": "draft", "IDN": "reviewed", "NLD": "no brief", "THA": "no brief"}
    meetings = win.go("bilaterals").list.model
    briefs = {meetings.row_at(r).id: meetings.index(r, meetings.COL_BRIEF).data() for r in range(meetings.rowCount())}
    assert briefs[MEET_IDN] == "final"


def test_search_as_you_type_groups_results_and_enter_opens_the_record(make_window, qtbot):
    win = make_window()
    qtbot.keyClick(win, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = win.search_dialog
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.ui.query_edit, "colisti")
    qtbot.waitUntil(lambda: len(dialog.hits) > 0)
    groups = [dialog.model.item(i).text() for i in range(dialog.model.rowCount())]
    assert groups == ["Country briefs"]
    assert dialog.model.item(0).child(0).text().startswith("Indonesia — reviewed")  # the brief's status
    assert "[colistin]" in dialog.model.item(0).child(0).text()
    qtbot.keyClick(dialog.ui.query_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert win.current_view_name() == "countries"
    page = win.views["countries"]
    assert page.editor.record().id == BRIEF_IDN
    assert page.list.current_key() == "IDN"
    assert win.focusWidget() is page.list.ui.table  # the keyboard is on the record opened, not on the rail


def test_a_search_result_does_not_repeat_its_title_as_its_snippet():
    from briefer.gui.search_dialog import adds_to, hit_html

    assert not adds_to("[India]", "India")  # the match marks alone are no news
    assert hit_html("India", "[India]") == "India"
    assert adds_to("[India] asks for support", "India")
    assert "<b>India</b> asks" in hit_html("India", "[India] asks")


def test_search_arrow_keys_pick_another_result_of_another_kind(make_window, qtbot):
    win = make_window()
    dialog = win.show_search()
    qtbot.keyClicks(dialog.ui.query_edit, "surveillance")
    qtbot.waitUntil(lambda: len(dialog.hits) >= 3)
    tables = [h.record_table for h in dialog.hits]
    assert {"country_briefs", "meeting_briefs", "notes"} <= set(tables)
    while dialog.selected_hit().record_table != "notes":
        qtbot.keyClick(dialog.ui.query_edit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.ui.query_edit, Qt.Key.Key_Return)
    assert win.current_view_name() == "bilaterals"
    page = win.views["bilaterals"]
    assert page.editor.record().id == MEET_IDN
    assert page.tabs.currentIndex() == 2
    assert "laboratory surveillance" in page.notes_view.toPlainText()


def test_today_lists_the_next_items_for_the_chosen_principal(make_window, qtbot):
    from datetime import datetime, timezone

    # 19 June 2019, 09:30 UTC: the opening (07:00–08:00 UTC) is over, the plenary is still on
    win = make_window(clock=lambda: datetime(2019, 6, 19, 9, 30, tzinfo=timezone.utc))
    today = win.go("today")
    assert today.ui.principal_combo.currentData() == MINISTER
    titles = [i.title for i in today.model.rows()]
    assert titles == ["Plenary: One Health in practice", "Indonesia", "Ghana"]
    roles = [today.model.index(r, today.model.COL_ROLE).data() for r in range(3)]
    assert roles == ["attends", "principal", "principal"]
    # double-click an item opens it
    idx = today.proxy.mapFromSource(today.model.index(0, 0))
    rect = today.ui.items.visualRect(idx)
    qtbot.mouseClick(today.ui.items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(today.ui.items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.current_view_name() == "programme"
    assert win.views["programme"].editor.record().id == PLENARY


def test_packs_lists_the_people_one_can_print_for(make_window):
    win = make_window()
    packs = win.go("packs")
    names = sorted(r.person.family_name for r in packs.model.rows())
    assert names == ["Bruins", "Schouten", "Verbeek", "de Wit"]
    bruins = next(r for r in packs.model.rows() if r.person.id == MINISTER)
    assert (bruins.bilaterals, bruins.sessions) == (2, 2)
    assert not packs.ui.build_button.isEnabled()  # nobody chosen yet


def test_actions_view_opens_an_action(make_window):
    win = make_window()
    assert win.open_record("actions", ACTION_2)
    editor = win.views["actions"].editor
    assert editor.ui.owner.text() == "LNV/DG Agro"
    assert editor.ui.status.value() == "in_progress"


def test_last_view_and_geometry_are_remembered(make_window, qtbot):
    win = make_window()
    win.go("countries")
    win.resize(701, 503)  # within the offscreen screen (800×600)
    win.close()
    again = make_window()
    assert again.current_view_name() == "countries"
    assert (again.size().width(), again.size().height()) == (701, 503)


def test_meeting_choices_show_conference_time(make_window):
    win = make_window()
    win.go("actions")
    combo = win.views["actions"].editor.ui.meeting_id
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert "19-06 12:15 — Bilateral with Indonesia" in texts  # 10:15 UTC = 12:15 in Noordwijk



def test_visiting_views_leaves_no_unsaved_changes(make_window, qtbot):
    """Only what a user types is 'unsaved': filling pickers on a visit is not (closing asks nothing)."""
    win = make_window()
    for name in list(win.views):
        win.go(name)
    assert [type(e).__name__ for e in win.dirty_editors()] == []
