"""Today: the right current and next item for an injected clock, a countdown, the day's conflicts, one-click actions."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from pypdf import PdfReader
from PySide6.QtCore import Qt

from gui_fixture_data import MEET_GHA, MEET_IDN, MINISTER, ROOM_A


def at(h, mi=0, day=19):
    return lambda: datetime(2019, 6, day, h, mi, tzinfo=timezone.utc)


def today_of(win):
    view = win.go("today")
    assert view.ui.principal_combo.currentData() == MINISTER
    return view


def test_during_a_session_the_next_item_is_the_bilateral_with_its_room_objective_and_countdown(make_window):
    win = make_window(clock=at(9, 0))  # 11:00 in Noordwijk: the plenary is on
    today = today_of(win)
    assert "Plenary: One Health in practice" in today.ui.now_text.text()
    assert today.ui.next_title.text() == "Bilateral with Indonesia"
    assert "Bilateral room 1" in today.ui.next_details.text()
    assert "12:15" in today.ui.next_details.text()  # shown in the conference's time (10:15 UTC)
    assert today.ui.next_objective.text() == "Objective: Agree on a surveillance twinning"
    assert today.countdown() == "in 1 h 15 min"
    assert today.target_meeting().record_id == MEET_IDN
    assert today.ui.meeting_mode_button.isEnabled()


def test_the_point_in_one_sentence_leads_the_next_meeting_when_the_brief_has_one(make_window):
    from gui_fixture_data import MBRIEF_IDN

    win = make_window(clock=at(9, 0))
    store = win.services.store
    store.meeting_briefs.update(store.meeting_briefs.get(MBRIEF_IDN).evolve(point="Get Indonesia to co-sign today"))
    win.close()
    again = make_window(clock=at(9, 0))
    assert today_of(again).ui.next_objective.text() == "The point: Get Indonesia to co-sign today"


def test_a_later_clock_moves_next_to_the_following_bilateral(make_window):
    win = make_window(clock=at(10, 50))  # the Indonesia meeting is over, Ghana at 12:00 UTC
    today = today_of(win)
    assert today.ui.now_text.text() == "Nothing on right now."
    assert today.ui.next_title.text() == "Bilateral with Ghana"
    assert today.countdown() == "in 1 h 10 min"
    assert today.target_meeting().record_id == MEET_GHA


def test_the_countdown_follows_the_clock_and_the_list_moves_on_when_next_starts(make_window, qtbot):
    now = {"t": datetime(2019, 6, 19, 10, 14, 30, tzinfo=timezone.utc)}
    win = make_window(clock=lambda: now["t"])
    today = today_of(win)
    assert today.countdown() == "in 1 min"
    now["t"] += timedelta(minutes=1)  # the Indonesia meeting has begun
    qtbot.waitUntil(lambda: today.ui.next_title.text() == "Bilateral with Ghana", timeout=5000)
    assert "Bilateral with Indonesia" in today.ui.now_text.text()


def test_before_the_conference_next_is_the_first_item(make_window):
    win = make_window(clock=at(12, 0, day=17))
    today = today_of(win)
    assert today.ui.next_title.text() == "Opening ceremony"
    assert today.countdown().startswith("on ")


def test_conflicts_of_the_day_are_shown_with_a_warning(make_window, qtbot):
    win = make_window(clock=at(9, 0))
    today = win.views["today"]
    assert today.ui.conflicts_label.text().startswith("⚠ 1 conflict in this day's programme:")  # no interpreter
    assert "needs an interpreter" in today.ui.conflicts_label.text()
    store = win.services.store
    ghana = store.meetings.get(MEET_GHA)
    # move the Ghana bilateral into the plenary hall during the opening, where the minister speaks
    store.meetings.update(ghana.evolve(start=ghana.start.replace(hour=7, minute=15),
                                       end=ghana.start.replace(hour=7, minute=45), room_id=ROOM_A))
    today.clock = at(7, 0)  # before the opening: these conflicts are all still ahead, so all shown
    today.refresh()
    qtbot.waitUntil(lambda: not today.pending, timeout=10000)
    assert today.ui.conflicts_label.isVisible()
    text = today.ui.conflicts_label.text()
    assert text.startswith("⚠ 3 conflict")
    assert "'Bilateral with Ghana'" in text and "while speaking or chairing at 'Opening ceremony'" in text
    assert "room Plenary hall is booked twice" in text


def test_no_conflicts_no_warning_for_the_lnv_minister(make_window, qtbot):
    win = make_window(clock=at(9, 0, day=20))
    today = win.go("today")
    combo = today.ui.principal_combo
    from gui_fixture_data import LNV_MINISTER

    combo.setCurrentIndex(combo.findData(LNV_MINISTER))
    qtbot.waitUntil(lambda: not today.pending and "Panel" in today.ui.now_text.text(), timeout=10000)
    assert not today.ui.conflicts_label.isVisible()
    assert today.ui.next_title.text() == "Nothing more is planned."
    assert not today.ui.meeting_mode_button.isEnabled()


def test_one_click_opens_the_meeting_brief(make_window):
    win = make_window(clock=at(9, 0))
    today = today_of(win)
    today.ui.brief_button.click()
    assert win.current_view_name() == "bilaterals"
    bilaterals = win.views["bilaterals"]
    assert bilaterals.tabs.currentIndex() == 1
    assert bilaterals.editor.record().id == MEET_IDN


def test_one_click_prints_the_one_page_brief_where_the_user_chose(make_window, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from briefer.store.print_register import PrintRegister

    win = make_window(clock=at(9, 0))
    today = today_of(win)
    target = tmp_path / "out" / "brief.pdf"
    target.parent.mkdir()
    asked = []

    def to_file(parent, pages, title):  # the user picks "Print to file (PDF)" in Qt's dialog
        asked.append((pages, title))
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer

    today.choose_printer = to_file
    today.ui.print_button.click()
    qtbot.waitUntil(lambda: len(PrintRegister(win.services.store).list(MINISTER)) == 1, timeout=15000)
    pdf = PdfReader(str(target))
    assert 1 <= len(pdf.pages) <= 2 and asked[0][0] == len(pdf.pages)
    assert "Indonesia" in asked[0][1]  # the print job is named for the meeting
    entries = PrintRegister(win.services.store).list(MINISTER)
    assert [(e.meeting_id, e.filename) for e in entries] == [(MEET_IDN, "brief.pdf")]
    assert list(tmp_path.glob("out/*")) == [target]  # no temporary copy left beside it


def test_ctrl_p_on_today_prints_the_next_meetings_brief(make_window, qtbot):
    win = make_window(clock=at(9, 0))
    today = today_of(win)
    asked = []
    today.choose_printer = lambda parent, pages, title: asked.append(title)  # cancelled in the dialog
    today.ui.items.setFocus()
    qtbot.keyClick(today.ui.items, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: asked != [], timeout=15000)
    assert "Indonesia" in asked[0]
