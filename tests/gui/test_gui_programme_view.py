"""Programme timetable: drag a bilateral into a clash (live warning), edit it, find genuinely free slots."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from gui_fixture_data import ADVISER, MEET_GHA, MEET_IDN, MINISTER, NOTE_TAKER, ROOM_A, ROOM_B
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from briefer.errors import StaleRevision
from briefer.model import MeetingStatus, Session, SessionKind

pytestmark = pytest.mark.gui
AMS = ZoneInfo("Europe/Amsterdam")


def _local(h: int, m: int = 0, day: int = 19) -> datetime:
    return datetime(2019, 6, day, h, m, tzinfo=AMS)


def _drag(qtbot, canvas, meeting_id: str, to_start: datetime, to_room: str, *, during=None) -> None:
    """Press on the block, move it so its top is at ``to_start`` in ``to_room``'s column, release."""
    rect = canvas.block_rect(meeting_id)
    grab = QPoint(int(rect.center().x()), int(rect.top()) + 6)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=grab)
    target = canvas.point_for(to_start, to_room) + QPoint(0, 6)
    qtbot.mouseMove(canvas, QPoint(grab.x(), (grab.y() + target.y()) // 2))
    qtbot.mouseMove(canvas, target)
    if during:
        during()
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=target)


def _programme(win):
    view = win.go("programme")
    assert view.ui.tabs.currentWidget() is view.ui.timetable_tab
    assert view.current_day().isoformat() == "2019-06-19"
    return view


def test_the_timetable_shows_rooms_and_people_as_columns(make_window):
    win = make_window()
    view = _programme(win)
    canvas = view.canvas
    assert [c.title for c in canvas.columns] == ["Bilateral room 1", "Plenary hall"]
    blocks = {(b.item.label, b.column) for b in canvas.blocks}
    assert ("Opening ceremony", ROOM_A) in blocks and ("Bilateral with Indonesia", ROOM_B) in blocks
    assert canvas.titles[MEET_IDN] == "Bilateral: Indonesia"  # named in the interface language
    assert canvas.block_rect(MEET_IDN).top() > canvas.block_rect(MEET_GHA).top() - 200  # later is lower
    assert canvas.block_rect(MEET_IDN).top() < canvas.block_rect(MEET_GHA).top()
    view.ui.columns_combo.setCurrentIndex(view.ui.columns_combo.findData("people"))
    assert [c.key for c in canvas.columns][:2] == [MINISTER, view.canvas.columns[1].key]
    assert {b.column for b in canvas.blocks if b.item.id == MEET_IDN} == {MINISTER, ADVISER, NOTE_TAKER}


def test_dragging_a_meeting_into_a_conflict_shows_the_warning_live(make_window, qtbot, answers):
    win = make_window()
    view = _programme(win)
    canvas = view.canvas
    store = win.services.store
    before = store.meetings.get(MEET_IDN)
    assert "No conflicts" in view.ui.conflict_label.text() or view.canvas.selected_id == ""
    seen = {}

    def look():  # while the button is still down
        seen["codes"] = {f.code for f in view.last_findings}
        seen["label"] = view.ui.conflict_label.text()
        seen["ghost"] = canvas.drag.candidate.start if canvas.drag and canvas.drag.candidate else None

    answers.confirmations = False
    _drag(qtbot, canvas, MEET_IDN, _local(14, 0), ROOM_B, during=look)  # onto the Ghana bilateral, same room
    assert {"room_double_booked", "person_double_booked"} <= seen["codes"]
    assert "Cannot work" in seen["label"] and "Bilateral room 1" in seen["label"]
    assert seen["ghost"] == _local(14, 0)  # snapped to the quarter hour
    # releasing asks first; the answer "no" changes nothing
    assert any("would clash" in a for a in answers.asked)
    assert store.meetings.get(MEET_IDN) == before
    assert "Cannot work" in view.ui.conflict_label.text()

    answers.confirmations = True
    _drag(qtbot, canvas, MEET_IDN, _local(14, 0), ROOM_B)
    moved = store.meetings.get(MEET_IDN)
    assert (moved.start, moved.end, moved.revision) == (_local(14, 0), _local(14, 30), before.revision + 1)
    assert view.flagged[MEET_IDN] == "error" and view.flagged[MEET_GHA] == "error"  # both drawn as clashing
    assert "Cannot work" in view.ui.conflict_label.text()
    # and it is undoable like any save
    win.undo_action.trigger()
    assert store.meetings.get(MEET_IDN).start == before.start


def test_a_move_to_a_free_time_is_saved_without_questions(make_window, qtbot, answers):
    win = make_window()
    view = _programme(win)
    answers.asked.clear()
    _drag(qtbot, view.canvas, MEET_IDN, _local(16, 30), ROOM_A)
    moved = win.services.store.meetings.get(MEET_IDN)
    assert (moved.start, moved.room_id) == (_local(16, 30), ROOM_A)
    assert answers.asked == [] and answers.errors == []


def test_the_edit_dialog_moves_a_meeting_with_a_live_check(make_window, answers):
    from PySide6.QtTest import QTest

    win = make_window()
    view = _programme(win)
    labels = []

    def fill(dialog):
        dialog.ui.start.line.clear()
        QTest.keyClicks(dialog.ui.start.line, "9:30")  # during the opening, where the minister speaks
        labels.append(dialog.ui.conflict_label.text())
        dialog.ui.start.line.clear()
        QTest.keyClicks(dialog.ui.start.line, "17.00")
        dialog.ui.duration.setValue(45)
        labels.append(dialog.ui.conflict_label.text())
        return QDialog.DialogCode.Accepted

    assert view.edit_meeting(MEET_IDN, dialog_hook=fill)
    assert "Cannot work" in labels[0] and "Cannot work" not in labels[1]
    assert "interpreter" in labels[1]  # what concerns the meeting itself still shows, as a warning
    moved = win.services.store.meetings.get(MEET_IDN)
    assert (moved.start, moved.end) == (_local(17, 0), _local(17, 45))


def test_a_meeting_changed_elsewhere_is_not_overwritten(make_window, qtbot, answers):
    win = make_window()
    view = _programme(win)
    store = win.services.store
    other = store.meetings.get(MEET_IDN)
    store.meetings.update(other.evolve(title="Changed on another laptop"))  # the timetable still has the old one
    _drag(qtbot, view.canvas, MEET_IDN, _local(16, 30), ROOM_B)
    assert len(answers.errors) == 1 and isinstance(answers.errors[0], StaleRevision)
    assert "changed elsewhere" in str(answers.errors[0])
    now = store.meetings.get(MEET_IDN)
    assert now.start == other.start and now.title == "Changed on another laptop"


def _busy_for(store, people: set[str], room: str, start: datetime, end: datetime, skip: str) -> list[str]:
    """Independently of the schedule service: what in the store clashes with [start, end)."""
    clashes = []
    for s in store.sessions.list():
        if s.session_kind != SessionKind.BREAK and s.start < end and start < s.end:
            if people & set(s.people_ids()):
                clashes.append(f"person in session {s.title}")
            if s.room_id == room:
                clashes.append(f"room used by {s.title}")
    for m in store.meetings.list():
        if m.id != skip and m.status != MeetingStatus.CANCELLED and m.start < end and start < m.end:
            if people & m.people_ids():
                clashes.append(f"person in meeting {m.label()}")
            if m.room_id == room:
                clashes.append(f"room used by {m.label()}")
    return clashes


def test_free_slots_are_genuinely_free_for_everyone_at_the_table(make_window, qtbot, answers, demo_loader):
    def loader(store):
        demo_loader(store)
        # the note-taker speaks at a side event early on the first day: the principal is free then, the table is not
        store.sessions.add(Session(title="Side event: note-takers' briefing", session_kind=SessionKind.SIDE_EVENT,
                                   start=_local(8), end=_local(9), room_id=ROOM_A, speaker_ids=[NOTE_TAKER]))

    win = make_window(loader=loader)
    view = _programme(win)
    store = win.services.store
    meeting = store.meetings.get(MEET_IDN)
    view.select(MEET_IDN)
    assert view.ui.slot_button.isEnabled()
    qtbot.mouseClick(view.ui.slot_button, Qt.MouseButton.LeftButton)
    slots = view.slots
    assert slots and view.ui.slots_list.count() == len(slots)
    table = meeting.people_ids()
    conf = store.conference()
    for slot in slots:
        assert slot.end - slot.start == meeting.end - meeting.start
        assert _busy_for(store, table, slot.room_id, slot.start, slot.end, skip=MEET_IDN) == [], slot
        local = conf.local(slot.start)
        assert conf.day_start <= local.time() and conf.local(slot.end).time() <= conf.day_end
    assert not any(s.start < _local(9) and _local(8) < s.end for s in slots)  # the note-taker's side event
    assert "Times passed over" in view.ui.why_label.text()

    # take the first proposal: the meeting moves there and has no clash
    first = slots[0]
    qtbot.mouseClick(view.ui.move_button, Qt.MouseButton.LeftButton)
    moved = store.meetings.get(MEET_IDN)
    assert (moved.start, moved.end, moved.room_id) == (first.start, first.end, first.room_id)
    assert answers.errors == [] and not any(f.severity == "error" for f in view.last_findings)



def test_hovering_a_person_column_or_a_block_shows_the_whole_name(make_window):
    """A narrow column cuts "Yamada Tarō (山田太郎)" short: the header's hover text has it whole,
    native script and position included, and a block's hover text its full title and time."""
    from PySide6.QtCore import QPointF

    from briefer.gui.programme.timetable import HEADER_H

    win = make_window()
    store = win.services.store
    store.people.update(store.people.get(MINISTER).evolve(native_name="布鲁因斯"))
    view = _programme(win)
    view.ui.columns_combo.setCurrentIndex(view.ui.columns_combo.findData("people"))
    canvas = view.canvas
    header = canvas.column_rect(MINISTER)
    hint = canvas.hover_text(QPointF(header.center().x(), HEADER_H / 2))
    assert "布鲁因斯" in hint and store.people.get(MINISTER).family_name in hint
    block = canvas.rect_for(*next((b.item.start, b.item.end, b.column) for b in canvas.blocks
                                  if b.item.id == MEET_IDN and b.column == MINISTER))
    assert canvas.hover_text(block.center()).splitlines()[0].endswith("Bilateral: Indonesia")
    assert canvas.hover_text(QPointF(header.center().x(), canvas.height() - 2)) == ""  # nothing there
