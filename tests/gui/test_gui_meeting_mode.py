"""Meeting mode: notes autosaved within a second and committed on focus loss and close; the checklist;
an action and an outcome captured by shortcut; the meeting marked as held; the one-page brief."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from briefer.gui.meeting_mode.meeting_mode import AUTOSAVE_MS, draft_key
from briefer.model import MeetingStatus
from briefer.store import Store
from gui_fixture_data import ADVISER, MEET_GHA, MEET_IDN, U

OBJECTIVE = U(901)
CLOCK = datetime(2019, 6, 19, 10, 20, tzinfo=timezone.utc)  # during the Indonesia bilateral


@pytest.fixture
def meeting(make_window, qtbot):
    win = make_window(clock=lambda: CLOCK)
    mode = win.views["today"].open_meeting_mode(MEET_IDN)
    qtbot.waitExposed(mode)
    return win, mode


def other_connection(win) -> Store:
    """A second connection to the same file: what a restart would find."""
    return Store.open(win.services.store.path, user="someone-else")


def answer_dialog(fill):
    """Fill in and accept the modal dialog a shortcut opens (it blocks in exec())."""
    def go():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, go)
            return
        fill(dialog)
    QTimer.singleShot(0, go)


def test_typed_notes_are_autosaved_within_a_second_and_committed_on_close(meeting, qtbot):
    win, mode = meeting
    assert mode.ui.heading.text() == "Bilateral with Indonesia"
    assert mode.ui.notes.toPlainText() == ""  # the fixture's note is Joost's, not this user's
    qtbot.keyClicks(mode.ui.notes, "Moeloek supports the twinning")
    with qtbot.waitSignal(mode.autosaved, timeout=AUTOSAVE_MS + 1500):
        pass
    with other_connection(win) as other:
        draft = other.drafts.get(draft_key(mode.note_id))
        assert draft.body == "Moeloek supports the twinning"
        assert draft.meeting_id == MEET_IDN
        assert [n.body for n in other.notes.list(meeting_id=MEET_IDN) if n.author == "tester"] == []
    mode.close()
    with other_connection(win) as other:
        mine = [n for n in other.notes.list(meeting_id=MEET_IDN) if n.author == "tester"]
        assert [n.body for n in mine] == ["Moeloek supports the twinning"]
        assert other.drafts.all() == []
    # opening the meeting again continues the same note
    again = win.views["today"].open_meeting_mode(MEET_IDN)
    assert again is not mode
    assert again.ui.notes.toPlainText() == "Moeloek supports the twinning"


def test_focus_loss_commits_a_revision(meeting, qtbot):
    win, mode = meeting
    mode.ui.notes.setFocus()
    qtbot.waitUntil(mode.ui.notes.hasFocus)
    qtbot.keyClicks(mode.ui.notes, "First point")
    with qtbot.waitSignal(mode.saved, timeout=2000):
        mode.ui.points.setFocus()
    store = win.services.store
    note = store.notes.get(mode.note_id)
    assert note.body == "First point"
    mode.ui.notes.setFocus()
    qtbot.waitUntil(mode.ui.notes.hasFocus)
    qtbot.keyClicks(mode.ui.notes, ", second point")
    with qtbot.waitSignal(mode.saved, timeout=2000):
        mode.ui.points.setFocus()
    assert store.notes.get(mode.note_id).revision == 2
    assert [h.revision for h in store.notes.history(mode.note_id)] == [1, 2]


def test_talking_points_are_ticked_and_stay_ticked(meeting, qtbot):
    win, mode = meeting
    points = mode.ui.points
    # the meeting brief has no points of its own: they come from the Indonesia country brief
    assert points.count() == 2
    assert points.item(0).text().startswith("1. Invite Indonesia to the twinning programme")
    points.item(1).setCheckState(Qt.CheckState.Checked)  # as a click on the box does
    mode.activateWindow()
    qtbot.waitUntil(mode.isActiveWindow)
    qtbot.keyClick(mode.ui.notes, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert points.item(0).checkState() == Qt.CheckState.Checked
    qtbot.keyClick(mode.ui.notes, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # untick the second
    assert points.item(1).checkState() == Qt.CheckState.Unchecked
    points.setFocus()
    points.setCurrentRow(1)
    qtbot.keyClick(points, Qt.Key.Key_Space)  # in the list itself, Space ticks the current point
    assert points.item(1).checkState() == Qt.CheckState.Checked
    qtbot.keyClick(points, Qt.Key.Key_Space)
    assert points.item(1).checkState() == Qt.CheckState.Unchecked
    with other_connection(win) as other:
        ticked = other.checklist.ticked(MEET_IDN)
        assert list(ticked) == ["Invite Indonesia to the twinning programme on surveillance."]
        assert ticked["Invite Indonesia to the twinning programme on surveillance."] == CLOCK
    mode.close()
    again = win.views["today"].open_meeting_mode(MEET_IDN)
    assert again.ui.points.item(0).checkState() == Qt.CheckState.Checked
    assert again.ui.points.item(1).checkState() == Qt.CheckState.Unchecked


def test_a_follow_up_action_is_added_from_the_current_line_by_shortcut(meeting, qtbot):
    win, mode = meeting
    mode.activateWindow()
    qtbot.waitUntil(mode.isActiveWindow)
    qtbot.keyClicks(mode.ui.notes, "Opening words")
    qtbot.keyClick(mode.ui.notes, Qt.Key.Key_Return)
    qtbot.keyClicks(mode.ui.notes, "- Send the lab protocol to Jakarta")
    seen = {}

    def fill(dialog):
        seen["what"] = dialog.ui.what.text()
        dialog.ui.who.setEditText("Eva de Wit")
        qtbot.keyClicks(dialog.ui.due.line, "1 Jul 2019")
        qtbot.keyClick(dialog.ui.what, Qt.Key.Key_Return)

    answer_dialog(fill)
    qtbot.keyClick(mode.ui.notes, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert seen["what"] == "Send the lab protocol to Jakarta"  # the current line, without its bullet
    actions = [a for a in win.services.store.actions.list(meeting_id=MEET_IDN) if a.description.startswith("Send the lab")]
    assert len(actions) == 1
    assert actions[0].due.isoformat() == "2019-07-01"  # typed, not "—Jul2019" saved empty
    a = actions[0]
    assert (a.owner_id, a.due, a.country) == (ADVISER, date(2019, 7, 1), "IDN")
    captured = [mode.ui.captured.item(i).text() for i in range(mode.ui.captured.count())]
    assert any("Send the lab protocol to Jakarta" in t and "1 July 2019" in t for t in captured)  # a date in words


def test_an_empty_action_is_refused_in_the_dialog_and_nothing_is_saved(meeting, qtbot):
    win, mode = meeting
    before = win.services.store.actions.count()
    seen = {}

    def fill(dialog):
        dialog.ui.what.setText("   ")
        dialog.accept()
        seen["error"] = dialog.ui.error_label.text()
        seen["open"] = dialog.isVisible()
        dialog.reject()

    answer_dialog(fill)
    assert mode.add_action() is False
    assert seen["open"] and "action" in seen["error"]
    assert win.services.store.actions.count() == before


def test_an_outcome_is_recorded_against_an_objective_by_shortcut(meeting, qtbot):
    win, mode = meeting
    mode.activateWindow()
    qtbot.waitUntil(mode.isActiveWindow)
    assert mode.ui.objectives.item(0).text() == "○ Agree on a surveillance twinning"
    qtbot.keyClicks(mode.ui.notes, "Indonesia agrees to a twinning pilot in 2020")

    def fill(dialog):
        assert dialog.ui.objective.currentData() == OBJECTIVE
        dialog.ui.met.setCurrentIndex(dialog.ui.met.findText("yes"))
        dialog.accept()

    answer_dialog(fill)
    qtbot.keyClick(mode.ui.notes, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    outcomes = win.services.store.outcomes.list(meeting_id=MEET_IDN)
    assert [(o.objective_id, o.objective_met, o.outcome_kind.value, o.text) for o in outcomes] == [
        (OBJECTIVE, True, "agreement", "Indonesia agrees to a twinning pilot in 2020")]
    assert mode.ui.objectives.item(0).text().startswith("✔ Agree on a surveillance twinning")
    assert "Indonesia agrees to a twinning pilot" in mode.ui.objectives.item(0).text()


def test_marking_the_meeting_as_held_records_the_time(meeting):
    win, mode = meeting
    assert mode.mark_held()
    m = win.services.store.meetings.get(MEET_IDN)
    assert m.status == MeetingStatus.HELD
    assert datetime.fromisoformat(m.held_at) == CLOCK
    assert mode.ui.status_label.text() == "Held at 12:20"  # conference time
    assert not mode.ui.held_button.isEnabled()


def test_closing_the_main_window_commits_open_meeting_notes(make_window, qtbot):
    win = make_window(clock=lambda: CLOCK)
    mode = win.views["today"].open_meeting_mode(MEET_GHA)
    qtbot.keyClicks(mode.ui.notes, "Ghana asks for help with its lab network")
    path = win.services.store.path
    assert win.close()
    with Store.open(path) as other:
        assert [n.body for n in other.notes.list(meeting_id=MEET_GHA)] == ["Ghana asks for help with its lab network"]
        assert other.drafts.all() == []


def test_the_one_page_brief_is_printed_from_meeting_mode(meeting, qtbot, tmp_path):
    from pypdf import PdfReader

    win, mode = meeting
    target = tmp_path / "idn.pdf"
    opened = []
    mode.choose_path = lambda parent, name: target
    mode.opener = opened.append
    mode.ui.print_button.click()
    qtbot.waitUntil(lambda: opened == [target], timeout=15000)
    text = " ".join(p.extract_text() for p in PdfReader(str(target)).pages)
    assert "Agree on a surveillance twinning" in text


def test_a_draft_left_behind_is_offered_back_at_the_next_start(make_window, data_dir, answers, qtbot):
    from briefer.paths import resolve

    win = make_window(clock=lambda: CLOCK)
    path = win.services.store.path
    win.services.ask.unsaved = "discard"
    win.close()
    with Store.open(path) as s:  # what a killed app leaves: a draft and no note
        s.drafts.save("note:" + U(777), "Thailand wants data", record_table="notes", record_id=U(777),
                      meeting_id=MEET_GHA)
        s.drafts.save("note:" + U(778), "Throw this away", record_table="notes", record_id=U(778),
                      meeting_id=MEET_IDN)
    asked = []

    def recover(parent, what, text):
        asked.append((what, text))
        return "restore" if text.startswith("Thailand") else "discard"

    answers.recover_draft = recover
    again = make_window(clock=lambda: CLOCK)
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=5000)
    assert asked[0] == ("notes of Bilateral with Ghana", "Thailand wants data")
    store = again.services.store
    assert store.notes.get(U(777)).body == "Thailand wants data"
    assert store.notes.get(U(777)).meeting_id == MEET_GHA
    assert store.notes.find(U(778)) is None
    assert store.drafts.all() == []


def test_an_undo_elsewhere_does_not_block_the_next_commit(meeting, qtbot):
    win, mode = meeting
    qtbot.keyClicks(mode.ui.notes, "One")
    assert mode.commit()
    qtbot.keyClicks(mode.ui.notes, " two")
    assert mode.commit()
    win.services.undo_stack.undo()  # Ctrl+Z in the main window: the note goes back to "One" (revision 3)
    store = win.services.store
    assert store.notes.get(mode.note_id).body == "One"
    qtbot.keyClicks(mode.ui.notes, " three")
    assert mode.commit()
    note = store.notes.get(mode.note_id)
    assert (note.body, note.revision) == ("One two three", 4)
    assert win.services.ask.errors == []


def test_a_bilateral_opens_in_meeting_mode_from_the_bilaterals_view(make_window):
    win = make_window(clock=lambda: CLOCK)
    assert win.open_record("meetings", MEET_GHA)
    bilaterals = win.views["bilaterals"]
    bilaterals.meeting_mode_button.click()
    mode = win.views["today"].meeting_modes[MEET_GHA]
    assert mode.isVisible() and mode.ui.heading.text() == "Bilateral with Ghana"
    bilaterals.meeting_mode_button.click()  # a second click raises the same window
    assert list(win.views["today"].meeting_modes) == [MEET_GHA]
