"""Editing through the forms: revisions and history, field errors, pickers, undo, the unsaved guard."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from forms_helper import show_forms
from gui_fixture_data import BRIEF_IDN, GHA_MIN, MBRIEF_IDN, MEET_GHA, MEET_IDN, MINISTER, NOTE_TAKER, ROOM_B
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui


def _select(page, key, qtbot):
    row = page.list.model.row_of_key(key)
    idx = page.list.proxy.mapFromSource(page.list.model.index(row, 0))
    rect = page.list.ui.table.visualRect(idx)
    qtbot.mouseClick(page.list.ui.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    show_forms(page)


def _type_into(qtbot, widget, text):
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def test_edit_a_country_brief_and_see_the_new_revision_in_history(make_window, qtbot):
    win = make_window()
    page = win.go("countries")
    _select(page, "IDN", qtbot)
    editor = page.editor
    assert editor.record().id == BRIEF_IDN and editor.record().revision == 1
    _type_into(qtbot, editor.ui.summary, "Indonesia chairs the GHSA AMR action package.")
    editor.ui.status.setCurrentIndex(editor.ui.status.findData("final"))
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)

    store = win.services.store
    saved = store.country_briefs.get(BRIEF_IDN)
    assert saved.revision == 2
    assert saved.summary == "Indonesia chairs the GHSA AMR action package."
    assert saved.status.value == "final"
    model = page.list.model
    assert model.index(model.row_of_key("IDN"), model.COL_STATUS).data() == "final"

    qtbot.mouseClick(editor.ui.history_button, Qt.MouseButton.LeftButton)
    from briefer.gui.records.history_dialog import HistoryDialog

    qtbot.waitUntil(lambda: win.findChild(HistoryDialog) is not None)
    dialog = win.findChild(HistoryDialog)
    revisions = [r.revision for r in dialog.model.rows()]
    assert revisions == [1, 2]
    assert dialog.selected().revision == 2  # newest first
    assert "current version" in dialog.ui.preview.toPlainText()
    dialog.select_revision(1)
    assert "summary" in dialog.ui.preview.toPlainText()
    assert "Indonesia co-leads regional AMR work." in dialog.ui.preview.toPlainText()
    # restore the first version: it becomes revision 3, the history keeps all three
    qtbot.mouseClick(dialog.ui.restore_button, Qt.MouseButton.LeftButton)
    restored = store.country_briefs.get(BRIEF_IDN)
    assert restored.revision == 3 and restored.summary == "Indonesia co-leads regional AMR work."
    assert [h.revision for h in store.country_briefs.history(BRIEF_IDN)] == [1, 2, 3]
    assert editor.ui.summary.toPlainText() == "Indonesia co-leads regional AMR work."


def test_talking_points_with_priority_and_defensive_lines_are_edited_as_lists(make_window, qtbot):
    win = make_window()
    page = win.go("countries")
    _select(page, "IDN", qtbot)
    editor = page.editor
    points = editor.ui.talking_points
    row = points.add_row({"text": "Offer a laboratory twinning", "priority": "unlikely"})
    points.table.setCurrentCell(row, 0)
    qtbot.mouseClick(points.up_button, Qt.MouseButton.LeftButton)
    lines = editor.ui.defensive_lines
    lines.table.setCurrentCell(0, 0)
    qtbot.mouseClick(lines.remove_button, Qt.MouseButton.LeftButton)
    assert editor.save()
    brief = win.services.store.country_briefs.get(BRIEF_IDN)
    assert [(t.text, t.priority.value) for t in brief.talking_points] == [
        ("Invite Indonesia to the twinning programme on surveillance.", "certain"),
        ("Offer a laboratory twinning", "unlikely"),
        ("Ask about colistin restrictions in poultry.", "possible"),
    ]
    assert brief.defensive_lines == []


def test_an_end_before_the_start_shows_the_field_error_and_saves_nothing(make_window, qtbot):
    win = make_window()
    page = win.go("bilaterals")
    _select(page, MEET_IDN, qtbot)
    editor = page.editor
    store = win.services.store
    before = store.meetings.get(MEET_IDN)
    # end at 11:00 local on the same day, before the 12:15 start
    editor.ui.end.line.clear()
    qtbot.keyClicks(editor.ui.end.line, "11:00")  # a time alone: on the day the field shows
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert editor.field_error("end") == "⚠ Must be after the start"
    assert editor.ui.end.error_label.isVisibleTo(editor)
    assert store.meetings.get(MEET_IDN) == before
    assert len(store.meetings.history(MEET_IDN)) == 1
    assert editor.is_dirty()  # what was typed stays, to be corrected


def test_a_session_outside_the_conference_days_is_refused_by_the_field(make_window, qtbot):
    win = make_window()
    page = win.go("programme")
    qtbot.mouseClick(page.list.ui.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    qtbot.keyClicks(editor.ui.title, "Side event on vaccines")
    for field, text in ((editor.ui.start, "24-06-2019 10:00"), (editor.ui.end, "24-06-2019 11:00")):
        field.line.clear()
        qtbot.keyClicks(field.line, text)
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert "within the conference days" in editor.field_error("start")
    assert win.services.store.sessions.count() == 3


def test_create_a_bilateral_with_the_pickers(make_window, qtbot):
    win = make_window()
    page = win.go("bilaterals")
    qtbot.mouseClick(page.list.ui.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    u = editor.ui
    # principal: typed part of a name, completed by the picker
    u.principal_id.lineEdit().clear()
    qtbot.keyClicks(u.principal_id.lineEdit(), "Bruins")
    # country picker completes on the name
    u.counterpart_country.lineEdit().clear()
    qtbot.keyClicks(u.counterpart_country.lineEdit(), "Ghana")
    # counterparts: the person picker inside the list editor, Enter adds
    qtbot.keyClicks(u.counterpart_ids.picker.lineEdit(), "Agyeman")
    qtbot.keyClick(u.counterpart_ids.picker.lineEdit(), Qt.Key.Key_Return)
    assert u.counterpart_ids.value() == [GHA_MIN]
    u.note_taker_id.lineEdit().clear()
    qtbot.keyClicks(u.note_taker_id.lineEdit(), "Verbeek")
    u.room_id.setCurrentIndex(u.room_id.findData(ROOM_B))
    # 15:00–15:30 on the first day, conference time (Europe/Amsterdam = UTC+2 in June)
    for field, text in ((u.start, "15:00"), (u.end, "15.30")):  # the day the fields show: the first day
        field.line.clear()
        qtbot.keyClicks(field.line, text)
    qtbot.mouseClick(u.save_button, Qt.MouseButton.LeftButton)
    assert editor.ui.banner.isHidden(), editor.ui.banner.text()

    store = win.services.store
    new = [m for m in store.meetings.list() if m.id not in (MEET_IDN, MEET_GHA)]
    assert len(new) == 1
    m = new[0]
    assert m.principal_id == MINISTER and m.counterpart_country == "GHA" and m.counterpart_ids == [GHA_MIN]
    assert m.note_taker_id == NOTE_TAKER and m.room_id == ROOM_B
    assert m.start == datetime(2019, 6, 19, 13, 0, tzinfo=timezone.utc)
    assert m.end == datetime(2019, 6, 19, 13, 30, tzinfo=timezone.utc)
    assert page.list.current_key() == m.id
    assert page.list.model.rowCount() == 3
    assert page.tabs.isTabEnabled(1)  # its brief can now be written


def test_a_bilateral_without_counterpart_is_refused_next_to_the_country(make_window, qtbot):
    win = make_window()
    page = win.go("bilaterals")
    qtbot.mouseClick(page.list.ui.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert page.editor.field_error("principal_id") == "⚠ Is required"
    qtbot.keyClicks(page.editor.ui.principal_id.lineEdit(), "Schouten")
    qtbot.mouseClick(page.editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert page.editor.field_error("principal_id") == ""
    assert "counterpart country or organisation" in page.editor.field_error("counterpart_country")
    assert win.services.store.meetings.count() == 2


def test_undo_and_redo_an_edit(make_window, qtbot):
    win = make_window()
    page = win.go("people")
    people = page.people
    _select(people, GHA_MIN, qtbot)
    editor = people.editor
    _type_into(qtbot, editor.ui.position, "Minister of Health of Ghana")
    qtbot.keyClick(win, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    store = win.services.store
    assert store.people.get(GHA_MIN).position == "Minister of Health of Ghana"
    assert win.undo_action.isEnabled()

    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.people.get(GHA_MIN).position == "Minister of Health"
    assert store.people.get(GHA_MIN).revision == 3  # undo is a new revision; history keeps all
    assert editor.ui.position.text() == "Minister of Health"

    win.redo_action.trigger()
    assert store.people.get(GHA_MIN).position == "Minister of Health of Ghana"
    assert editor.ui.position.text() == "Minister of Health of Ghana"


def test_undo_a_delete_puts_the_record_back(make_window, qtbot, answers):
    win = make_window()
    page = win.go("actions")
    _select(page, page.list.model.rows()[0].id, qtbot)
    victim = page.editor.record()
    qtbot.mouseClick(page.list.ui.delete_button, Qt.MouseButton.LeftButton)
    store = win.services.store
    assert store.actions.find(victim.id) is None
    assert page.list.model.rowCount() == 1
    win.undo_action.trigger()
    assert store.actions.get(victim.id).description == victim.description
    assert page.list.model.rowCount() == 2


def test_deleting_a_person_still_referred_to_is_refused_with_a_message(make_window, qtbot, answers):
    win = make_window()
    people = win.go("people").people
    _select(people, MINISTER, qtbot)
    qtbot.mouseClick(people.list.ui.delete_button, Qt.MouseButton.LeftButton)
    assert answers.errors and "still referred to" in str(answers.errors[0])
    assert win.services.store.people.find(MINISTER) is not None


def test_unsaved_changes_guard_on_moving_to_another_row(make_window, qtbot, answers):
    win = make_window()
    people = win.go("people").people
    _select(people, GHA_MIN, qtbot)
    _type_into(qtbot, people.editor.ui.phone, "+233 30 000 0000")
    answers.unsaved = "cancel"
    _select(people, MINISTER, qtbot)
    assert answers.asked, "the guard must ask"
    assert people.list.current_key() == GHA_MIN
    assert people.editor.ui.phone.text() == "+233 30 000 0000"
    answers.unsaved = "save"
    _select(people, MINISTER, qtbot)
    assert people.list.current_key() == MINISTER
    assert win.services.store.people.get(GHA_MIN).phone == "+233 30 000 0000"


def test_closing_with_unsaved_changes_asks_first(make_window, qtbot, answers):
    win = make_window()
    people = win.go("people").people
    _select(people, GHA_MIN, qtbot)
    _type_into(qtbot, people.editor.ui.email, "minister@example.org")
    answers.unsaved = "cancel"
    win.close()
    assert win.isVisible()
    answers.unsaved = "discard"
    win.close()
    assert not win.isVisible()
    assert win.services.store.people.get(GHA_MIN).email == ""


def test_priority_is_chosen_in_the_list_with_a_combo_box(make_window, qtbot):
    from PySide6.QtWidgets import QComboBox

    win = make_window()
    page = win.go("countries")
    _select(page, "IDN", qtbot)
    points = page.editor.ui.talking_points
    page.editor.ui.tabs.setCurrentIndex(1)
    item = points.table.item(0, 1)
    points.table.setCurrentItem(item)
    points.table.editItem(item)
    combo = points.table.findChild(QComboBox)
    assert combo is not None and combo.count() == 3
    combo.setCurrentIndex(combo.findData("unlikely"))
    qtbot.keyClick(combo, Qt.Key.Key_Tab)  # leaving the cell commits the choice
    assert points.value()[0]["priority"] == "unlikely"
    assert page.editor.save()
    assert win.services.store.country_briefs.get(BRIEF_IDN).talking_points[0].priority.value == "unlikely"


def test_a_defensive_line_without_answer_is_refused_by_the_list(make_window, qtbot):
    win = make_window()
    page = win.go("countries")
    _select(page, "IDN", qtbot)
    editor = page.editor
    editor.ui.defensive_lines.add_row({"question": "Will you pay for it?"})
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert "question and answer must not be empty" in editor.field_error("defensive_lines")
    assert editor.ui.tabs.currentIndex() == 2  # the tab holding the field is shown
    assert win.services.store.country_briefs.get(BRIEF_IDN).revision == 1


def test_a_save_over_a_change_made_elsewhere_is_refused_and_says_so(make_window, qtbot):
    from briefer.store import Store

    win = make_window()
    people = win.go("people").people
    _select(people, GHA_MIN, qtbot)
    with Store.open(win.services.store.path, user="colleague") as other:  # another laptop window
        p = other.people.get(GHA_MIN)
        other.people.update(p.evolve(phone="+233 1"))
    _type_into(qtbot, people.editor.ui.phone, "+233 2")
    qtbot.mouseClick(people.editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert "changed elsewhere" in people.editor.ui.banner.text()
    assert people.editor.ui.banner.isVisible()
    assert win.services.store.people.get(GHA_MIN).phone == "+233 1"


def test_keyboard_only_new_action_type_and_save(make_window, qtbot):
    win = make_window()
    win.go("actions")
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = win.views["actions"].editor
    assert editor.is_new()
    assert editor.ui.description.hasFocus()
    qtbot.keyClicks(editor.ui.description, "Send the minister's letter to Ghana")
    qtbot.keyClick(editor.ui.description, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [a.description for a in win.services.store.actions.list()].count("Send the minister's letter to Ghana") == 1
    assert not editor.is_new()
    assert win.views["actions"].list.current_key() == editor.record().id


def test_undo_a_creation_removes_the_record_and_redo_brings_it_back(make_window, qtbot):
    win = make_window()
    page = win.go("people")
    people = page.people
    qtbot.mouseClick(people.list.ui.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(people.editor.ui.family_name, "Jansen")
    assert people.editor.save()
    store = win.services.store
    new_id = people.editor.record().id
    assert people.list.model.rowCount() == 8
    win.undo_action.trigger()
    assert store.people.find(new_id) is None
    assert people.list.model.rowCount() == 7
    win.redo_action.trigger()
    assert store.people.get(new_id).family_name == "Jansen"
    assert [h.action for h in store.people.history(new_id)] == ["insert", "delete", "restore"]


def test_a_long_picker_text_shows_the_name_not_its_tail(make_window, qtbot):
    win = make_window()
    page = win.go("bilaterals")
    _select(page, MEET_IDN, qtbot)
    line = page.editor.ui.principal_id.lineEdit()
    assert page.editor.ui.principal_id.value() == MINISTER
    assert line.cursorPosition() == 0  # scrolled to the start: "Bruno Bruins — …", not "…uno Bruins — … (NLD)"


def test_ctrl_n_puts_the_cursor_in_the_new_records_first_field_in_every_list_view(make_window, qtbot):
    """Seen under Xvfb: Ctrl+N on Bilaterals left the cursor in "Filter this list…", so typing filtered the list."""
    win = make_window()
    for name in ("bilaterals", "countries", "people", "actions"):
        win.go(name)
        page = win.current_page()
        qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        editor = page.editor
        assert editor.is_new(), name
        first = editor.field_widget(editor.FIELDS[0])
        qtbot.waitUntil(lambda: first.hasFocus() or first.isAncestorOf(QApplication.focusWidget()), timeout=2000)
        editor.revert()


def test_the_point_who_leads_and_the_photo_are_written_in_the_meeting_brief(make_window, qtbot):
    """The first three rows of a meeting brief: what the principal must get, who speaks, the photo."""
    win = make_window()
    page = win.go("bilaterals")
    page.list.select_key(MEET_IDN)
    page.tabs.setCurrentIndex(1)
    u = page.brief_editor.ui
    qtbot.keyClicks(u.point, "Get Indonesia to announce the twinning with us")
    u.lead_id.lineEdit().clear()
    qtbot.keyClicks(u.lead_id.lineEdit(), "Verbeek")
    qtbot.keyClicks(u.photo_opportunity, "Handshake at the start")
    qtbot.mouseClick(u.save_button, Qt.MouseButton.LeftButton)
    assert u.banner.isHidden(), u.banner.text()
    brief = win.services.store.meeting_briefs.get(MBRIEF_IDN)
    assert (brief.point, brief.lead_id, brief.photo_opportunity) == (
        "Get Indonesia to announce the twinning with us", NOTE_TAKER, "Handshake at the start")
    assert brief.revision == 2
