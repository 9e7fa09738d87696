"""Today as a pocket card: the bilateral on now or next shown large with the walk to it and its brief,
only conflicts still ahead, the rehearse control, and empty states that offer the next step."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QDateTime, Qt

from briefer.store.walking import WalkingTimeRepository
from gui_fixture_data import MBRIEF_IDN, MEET_GHA, MEET_IDN, MINISTER, ROOM_A, ROOM_B


def at(h, mi=0, day=19):
    return lambda: datetime(2019, 6, day, h, mi, tzinfo=timezone.utc)


def today_at(make_window, qtbot, clock, **kw):
    win = make_window(clock=clock, **kw)
    view = win.go("today")
    assert view.ui.principal_combo.currentData() == MINISTER
    qtbot.waitUntil(lambda: not view.pending, timeout=10000)
    return win, view


def test_the_next_bilateral_is_the_card_with_time_room_walk_point_and_brief(make_window, qtbot):
    win, today = today_at(make_window, qtbot, at(9, 0))  # the plenary is on; Indonesia at 12:15 local
    store = win.services.store
    brief = store.meeting_briefs.get(MBRIEF_IDN)
    store.meeting_briefs.update(brief.evolve(point="Get Indonesia to co-sign today",
                                             key_messages=["We stand ready to twin laboratories."],
                                             classification="DEP_VERTROUWELIJK"))
    today.refresh()
    qtbot.waitUntil(lambda: not today.pending, timeout=10000)
    card = today.ui
    assert card.card.isVisible()
    assert card.card_caption.text() == "Next bilateral"
    assert card.card_title.text() == "Bilateral with Indonesia"
    assert "12:15" in card.card_when.text() and "Bilateral room 1" in card.card_when.text()
    # from the plenary (Plenary hall, ends 12:00 local) to Bilateral room 1: the default 5 minutes in one venue
    assert card.card_walk.text() == ("5 min walk from Plenary: One Health in practice (Plenary hall); "
                                     "15 min between them.")
    assert card.card_point.text() == "Get Indonesia to co-sign today"
    text = card.card_brief.toPlainText()
    assert "Objectives" in text and "Agree on a surveillance twinning" in text
    assert text.index("Key messages") > text.index("Objectives")
    assert "We stand ready to twin laboratories." in text
    marking = store.meeting_briefs.get(MBRIEF_IDN).classification.marking
    assert text.startswith(marking) and text.rstrip().endswith(marking)  # marked at top and bottom
    assert today.target_meeting().record_id == MEET_IDN


def test_a_walk_longer_than_the_gap_is_flagged(make_window, qtbot):
    win, today = today_at(make_window, qtbot, at(9, 0))
    WalkingTimeRepository(win.services.store).set_pair(ROOM_A, ROOM_B, 25)
    today.refresh()
    qtbot.waitUntil(lambda: not today.pending, timeout=10000)
    walk = today.ui.card_walk
    assert walk.text().startswith("⚠ 25 min walk from Plenary: One Health in practice")
    assert walk.property("tone") == "error"


def test_during_the_bilateral_the_card_says_on_now(make_window, qtbot):
    _win, today = today_at(make_window, qtbot, at(10, 20))
    assert today.ui.card_caption.text() == "On now"
    assert today.ui.card_title.text() == "Bilateral with Indonesia"
    assert today.ui.next_title.text() == "Bilateral with Ghana"


def test_a_meeting_without_brief_says_how_to_start_one(make_window, qtbot):
    _win, today = today_at(make_window, qtbot, at(11, 0))  # next: Ghana, which has no meeting brief
    assert today.ui.card_title.text() == "Bilateral with Ghana"
    assert today.target_meeting().record_id == MEET_GHA
    assert "No brief has been written for this meeting yet" in today.ui.card_brief.toPlainText()
    assert not today.ui.card_point.isVisible()


def test_conflicts_that_are_over_are_no_longer_shown(make_window, qtbot):
    win, today = today_at(make_window, qtbot, at(9, 0))
    store = win.services.store
    ghana = store.meetings.get(MEET_GHA)
    # into the plenary hall during the opening, where the minister speaks: conflicts at 09:15 local, now past
    store.meetings.update(ghana.evolve(start=ghana.start.replace(hour=7, minute=15),
                                       end=ghana.start.replace(hour=7, minute=45), room_id=ROOM_A))
    today.refresh()
    qtbot.waitUntil(lambda: not today.pending, timeout=10000)
    text = today.ui.conflicts_label.text()
    assert text.startswith("⚠ 1 conflict")  # only Indonesia's missing interpreter, still ahead
    assert "Ghana" not in text
    today.clock = at(7, 0)  # earlier that morning the same conflicts were all ahead
    today.refresh()
    qtbot.waitUntil(lambda: not today.pending, timeout=10000)
    assert today.ui.conflicts_label.text().startswith("⚠ 3 conflict")


def test_a_past_demo_rehearses_its_first_day_and_the_control_moves_the_clock(make_window, qtbot):
    win, today = today_at(make_window, qtbot, lambda: datetime(2026, 12, 2, 12, 0, tzinfo=timezone.utc))
    # the conference is long over: the demo starts five minutes into the first bilateral of its first day
    assert today.rehearsing()
    assert today.now() == datetime(2019, 6, 19, 10, 20, tzinfo=timezone.utc)
    assert today.ui.rehearse_box.isVisible()
    assert today.ui.rehearse_text.text() == ("Rehearsing: the app's clock is set to Wednesday 19 June 2019, 12:20.")
    assert today.ui.card_caption.text() == "On now"
    assert today.ui.card_title.text() == "Bilateral with Indonesia"

    qtbot.mouseClick(today.ui.real_time_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not today.pending, timeout=10000)
    assert not today.rehearsing()
    assert today.ui.rehearse_text.text() == "The conference is over. Rehearse a moment of it:"
    assert not today.ui.real_time_button.isVisible()

    today.ui.rehearse_at.setDateTime(QDateTime(datetime(2019, 6, 19, 13, 50)))  # local time, before Ghana
    qtbot.mouseClick(today.ui.rehearse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not today.pending and today.ui.card_title.text() == "Bilateral with Ghana", timeout=10000)
    assert today.now() == datetime(2019, 6, 19, 11, 50, tzinfo=timezone.utc)
    assert today.ui.card_caption.text() == "Next bilateral"
    assert today.countdown() == "in 10 min"


def test_a_conference_not_yet_begun_offers_rehearsal_without_starting_it(make_window, qtbot):
    _win, today = today_at(make_window, qtbot, at(12, 0, day=17))
    assert not today.rehearsing()
    assert today.ui.rehearse_text.text() == "The conference has not begun. Rehearse a moment of it:"
    assert today.ui.rehearse_at.dateTime().toPython() == datetime(2019, 6, 19, 12, 20)  # 5 min into Indonesia
    qtbot.mouseClick(today.ui.rehearse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not today.pending and today.ui.card_caption.text() == "On now", timeout=10000)
    assert today.ui.rehearse_text.text().startswith("Rehearsing:")


def test_no_bilateral_left_says_what_to_do_and_the_button_goes_there(make_window, qtbot):
    win, today = today_at(make_window, qtbot, at(15, 0))  # after Ghana: the minister has no bilateral left
    assert not today.ui.card.isVisible()
    assert today.ui.empty_box.isVisible()
    assert today.ui.empty_text.text().startswith("No bilateral is planned from now on for Bruno Bruins")
    assert today.ui.empty_button.text() == "&Go to Bilaterals"
    qtbot.mouseClick(today.ui.empty_button, Qt.MouseButton.LeftButton)
    assert win.current_view_name() == "bilaterals"


def test_the_card_reads_in_dutch_in_the_dutch_interface(make_window, qtbot):
    _win, today = today_at(make_window, qtbot, at(9, 0), language="nl")
    ui = today.ui
    assert ui.card_caption.text() == "Volgend bilateraal gesprek"
    assert ui.card_title.text() == "Bilateraal met Indonesië"
    assert ui.card_walk.text() == "5 min lopen vanaf Plenary: One Health in practice (Plenary hall); 15 min ertussen."
    assert "Doelen" in ui.card_brief.toPlainText() and "Objectives" not in ui.card_brief.toPlainText()
    today.stop_rehearsing()
    qtbot.waitUntil(lambda: not today.pending, timeout=10000)
    today.rehearse(datetime(2019, 6, 19, 13, 0, tzinfo=timezone.utc))
    qtbot.waitUntil(lambda: not today.pending, timeout=10000)
    assert ui.rehearse_text.text() == "Oefening: de klok van de app staat op woensdag 19 juni 2019, 15:00."
    assert ui.empty_text.text().startswith("Voor Bruno Bruins staat vanaf nu geen bilateraal gesprek meer gepland")
    assert ui.empty_button.text() == "&Naar Bilaterale gesprekken"


def test_the_card_shows_the_packs_sections_in_the_packs_order_without_what_is_not_for_disclosure(make_window, qtbot):
    """Card and paper are laid out from one outline: the same headings in the same order, talking points
    grouped by priority as printed; background not for disclosure stays off a screen in a corridor."""
    from briefer.brief_outline import meeting_blocks
    from briefer.model.briefs import BackgroundItem, DefensiveLine, Objective, Priority, TalkingPoint

    win, today = today_at(make_window, qtbot, at(9, 0))
    store = win.services.store
    brief = store.meeting_briefs.get(MBRIEF_IDN).evolve(
        objectives=[Objective(text="Co-signature of the statement")],
        key_messages=["We stand ready to twin laboratories."],
        talking_points=[TalkingPoint(text="Thank for hosting the regional meeting", priority=Priority.POSSIBLE),
                        TalkingPoint(text="Ask for the surveillance data", priority=Priority.CERTAIN)],
        expected_positions=["Will ask for funding"],
        defensive_lines=[DefensiveLine(question="Will you pay?", answer="We look at the whole package.")],
        background=[BackgroundItem(text="Usable context line"),
                    BackgroundItem(text="Internal assessment line", usable=False)])
    store.meeting_briefs.update(brief)
    today.refresh()
    qtbot.waitUntil(lambda: not today.pending, timeout=10000)
    text = today.ui.card_brief.toPlainText()
    shown = store.meeting_briefs.get(MBRIEF_IDN)
    headings = [b.heading for b in meeting_blocks(shown, "en") if b.heading and b.key != "point"]
    assert headings == ["Objectives", "Key messages", "Talking points", "Expected positions of the counterpart", "Defensive lines",
                        "Background"]
    places = [text.index(h) for h in headings]
    assert places == sorted(places)
    # talking points under their priorities, in the pack's order (certain before possible), whatever the typing order
    assert text.index("Ask for the surveillance data") < text.index("Thank for hosting the regional meeting")
    certain, possible = (label_of(p) for p in (Priority.CERTAIN, Priority.POSSIBLE))
    assert text.index(certain) < text.index("Ask for the surveillance data") < text.index(possible)
    assert "Usable context line" in text and "Internal assessment line" not in text
    assert "We look at the whole package." in text


def label_of(priority) -> str:
    from briefer.i18n import label

    return label(f"priority_{priority.value}", "en")
