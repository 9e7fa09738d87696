"""A timetable that reads: overlapping items side by side, titles wrapped inside their blocks, the conflict
state said in words as well as marked, and a keyboard-first day picker with Jump to now."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from gui_fixture_data import MEET_GHA, MEET_IDN, OPENING, PANEL, PLENARY, ROOM_B
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui
AMS = ZoneInfo("Europe/Amsterdam")


def _local(h: int, m: int = 0, day: int = 19) -> datetime:
    return datetime(2019, 6, day, h, m, tzinfo=AMS)


def _timetable(win, qtbot, *, clock=None):
    view = win.go("programme")
    qtbot.waitUntil(lambda: view.schedule is not None and not view.timetable.pending, timeout=10000)
    if clock is not None:
        view.clock = clock
    qtbot.waitExposed(view.canvas)
    return view, view.canvas


def _clash(win, qtbot):
    """Ghana moved onto Indonesia's time, in the same room: two bilaterals at once in one column."""
    store = win.services.store
    idn = store.meetings.get(MEET_IDN)
    store.meetings.update(store.meetings.get(MEET_GHA).evolve(start=idn.start + timedelta(minutes=15),
                                                              end=idn.end + timedelta(minutes=15), room_id=ROOM_B))
    view = win.go("programme")
    view.refresh()
    qtbot.waitUntil(lambda: view.schedule is not None and not view.timetable.pending, timeout=10000)
    return view


def test_overlapping_items_stand_side_by_side_never_on_top_of_each_other(make_window, qtbot):
    win = make_window()
    view = _clash(win, qtbot)
    canvas = view.canvas
    idn, gha = canvas.block_rect(MEET_IDN), canvas.block_rect(MEET_GHA)
    assert not idn.intersects(gha), "two overlapping bilaterals are drawn on top of each other"
    column = canvas.column_rect(ROOM_B)
    assert column.contains(idn) and column.contains(gha)  # both in their room's column
    assert idn.left() < gha.left() and idn.width() >= 80 and gha.width() >= 80  # each readable
    # a click on each half chooses that one, and hovering names it
    assert canvas.block_at(gha.center().toPoint()).item.id == MEET_GHA
    assert canvas.block_at(idn.center().toPoint()).item.id == MEET_IDN
    assert "Ghana" in canvas.hover_text(gha.center()).splitlines()[0]
    # an item that overlaps nothing keeps the whole width
    plenary = next(b for b in canvas.blocks if b.item.id == PLENARY)
    assert canvas.block_rect(PLENARY).width() == pytest.approx(canvas.column_rect(plenary.column).width() - 6)


def test_lanes_are_reused_once_an_item_has_ended():
    """A chain 10–11, 10:30–11:30, 11–12 needs two lanes, not three: the third takes the first's lane."""
    from types import SimpleNamespace

    from briefer.gui.programme.timetable import Block, lay_out_lanes

    def block(name, h0, m0, h1, m1):
        return Block(SimpleNamespace(id=name, start=_local(h0, m0), end=_local(h1, m1)), "room")

    a, b, c, alone = block("a", 10, 0, 11, 0), block("b", 10, 30, 11, 30), block("c", 11, 0, 12, 0), \
        block("d", 13, 0, 14, 0)
    lay_out_lanes([c, alone, b, a])
    assert [(x.lane, x.lanes) for x in (a, b, c)] == [(0, 2), (1, 2), (0, 2)]
    assert (alone.lane, alone.lanes) == (0, 1)


def test_a_long_title_wraps_inside_its_block_and_is_shortened_only_when_the_block_is_too_short(make_window, qtbot):
    win = make_window()
    store = win.services.store
    long_title = "Bilateral on surveillance twinning and the national action plan on antimicrobial resistance"
    idn = store.meetings.get(MEET_IDN)
    store.meetings.update(idn.evolve(title=long_title, end=idn.start + timedelta(minutes=90)))
    view, canvas = _timetable(win, qtbot)
    lines = canvas.lines_of(MEET_IDN)
    assert len(lines) > 2, "a long title is not wrapped"
    assert " ".join(lines).replace("  ", " ").endswith(long_title)  # all of it, in order, nothing cut
    assert not any(line.endswith("…") for line in lines)
    # a short block: as many lines as fit, the last one ending in "…" (hovering shows it whole)
    store.meetings.update(store.meetings.get(MEET_IDN).evolve(end=idn.start + timedelta(minutes=15)))
    view.refresh()
    qtbot.waitUntil(lambda: not view.timetable.pending and canvas.block_rect(MEET_IDN).height() < 30, timeout=10000)
    short = canvas.lines_of(MEET_IDN)
    assert short and short[-1].endswith("…")
    rect = canvas.block_rect(MEET_IDN)
    assert len(short) * canvas.fontMetrics().lineSpacing() * 0.8 <= rect.height()
    assert long_title in canvas.hover_text(rect.center())


def test_a_blocks_conflict_state_is_said_in_words_with_its_mark(make_window, qtbot):
    win = make_window()
    view = _clash(win, qtbot)
    canvas = view.canvas
    assert canvas.flagged[MEET_GHA] == "error"
    said = canvas.hover_text(canvas.block_rect(MEET_GHA).center()).splitlines()
    assert said[1].startswith("✖ Cannot work:") and "Bilateral room 1" in " ".join(said)
    opening = canvas.block_rect(OPENING)
    assert len(canvas.hover_text(opening.center()).splitlines()) == 1  # nothing wrong: nothing said
    assert canvas.state_text(OPENING) == ""


def test_the_day_keys_and_buttons_step_through_the_conference_days(make_window, qtbot):
    win = make_window()
    view, canvas = _timetable(win, qtbot)
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    assert view.current_day() == date(2019, 6, 19)
    assert "(Alt+Right)" in view.ui.next_day_button.toolTip() and "(Alt+Left)" in view.ui.prev_day_button.toolTip()
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.current_day() == date(2019, 6, 20)
    assert PANEL in {b.item.id for b in canvas.blocks}  # the 20th's panel is shown
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.current_day() == date(2019, 6, 20)  # the last day: stays
    assert canvas.hasFocus()  # the keyboard stays on the timetable
    qtbot.keyClick(canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.current_day() == date(2019, 6, 19)
    qtbot.mouseClick(view.ui.next_day_button, Qt.MouseButton.LeftButton)
    assert view.current_day() == date(2019, 6, 20)
    qtbot.mouseClick(view.ui.prev_day_button, Qt.MouseButton.LeftButton)
    assert view.current_day() == date(2019, 6, 19)


def test_jump_to_now_shows_the_day_scrolled_to_the_time_with_what_is_on_chosen(make_window, qtbot):
    now = _local(12, 20).astimezone(timezone.utc)  # during the Indonesia bilateral (12:15–12:45)
    win = make_window()
    win.resize(1366, 768)  # a laptop screen: the day is taller than the window
    view, canvas = _timetable(win, qtbot, clock=lambda: now)
    bar = view.ui.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # scrolled to the evening
    view.ui.day_combo.setCurrentIndex(1)  # looking at the other day
    view.select("")
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    assert "(Ctrl+T)" in view.ui.now_button.toolTip()
    qtbot.keyClick(canvas, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert view.current_day() == date(2019, 6, 19)
    assert canvas.selected_id == MEET_IDN  # what is on now: the arrows go on from here
    assert "Indonesia" in view.ui.selection_label.text()
    top, height = bar.value(), view.ui.scroll.viewport().height()
    assert top <= canvas.now_y() <= top + height, "now is not on screen"
    assert canvas.now_y() - top == pytest.approx(height / 3, abs=3)  # a third down: what comes next shows below
    assert canvas.now_y() == pytest.approx(canvas.y_of(now))
    assert view.ui.now_label.text() == ""
    # the now line is drawn only on its own day
    view.step_day(1)
    assert canvas.now_y() is None


@pytest.mark.parametrize("when, day, words", [
    (datetime(2019, 6, 1, 8, 0, tzinfo=timezone.utc), date(2019, 6, 19), "has not begun"),
    (datetime(2026, 1, 5, 8, 0, tzinfo=timezone.utc), date(2019, 6, 20), "is over"),
])
def test_jump_to_now_outside_the_conference_says_which_day_it_shows(make_window, qtbot, when, day, words):
    win = make_window()
    view, canvas = _timetable(win, qtbot, clock=lambda: when)
    view.ui.day_combo.setCurrentIndex(1 if day.day == 19 else 0)
    qtbot.mouseClick(view.ui.now_button, Qt.MouseButton.LeftButton)
    assert view.current_day() == day
    assert words in view.ui.now_label.text() and str(day.day) in view.ui.now_label.text()
    assert view.ui.now_label.isVisible()
    assert canvas.now_y() is None
    view.step_day(-1 if day.day == 20 else 1)  # another day chosen: the note no longer applies
    assert view.ui.now_label.text() == "" and not view.ui.now_label.isVisible()  # nor takes a line


def test_the_timetable_reads_in_dutch(make_window, qtbot):
    when = datetime(2026, 1, 5, 8, 0, tzinfo=timezone.utc)
    win = make_window(language="nl")
    view = _clash(win, qtbot)
    view.clock = lambda: when
    canvas = view.canvas
    assert canvas.hover_text(canvas.block_rect(MEET_GHA).center()).splitlines()[1].startswith("✖ Gaat niet:")
    view.jump_to_now()
    assert view.ui.now_label.text().startswith("De conferentie is voorbij") and "juni" in view.ui.now_label.text()
    assert view.ui.now_button.text() == "Naar n&u" and "Vorige dag" in view.ui.prev_day_button.toolTip()


def test_the_column_names_stay_at_the_top_when_the_day_is_scrolled_down(make_window, qtbot):
    from PySide6.QtCore import QPointF

    from briefer.gui.programme.timetable import HEADER_H

    win = make_window()
    win.resize(1366, 768)
    view, canvas = _timetable(win, qtbot)
    bar = view.ui.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: canvas.header_top() == bar.value())
    assert canvas.header_top() > HEADER_H  # scrolled past where the header was
    column = canvas.column_rect(ROOM_B)
    band = QPointF(column.center().x(), canvas.header_top() + HEADER_H / 2)
    assert canvas.hover_text(band) == "Bilateral room 1"  # the room named where the eye is
    assert canvas.block_at(band.toPoint()) is None  # the header is on top of what scrolled under it
    assert canvas.hover_text(QPointF(column.center().x(), HEADER_H / 2)) != "Bilateral room 1"


def test_the_now_line_is_drawn_across_the_day_at_now(make_window, qtbot):
    now = _local(16, 20).astimezone(timezone.utc)  # an empty stretch of the afternoon: nothing drawn over it
    win = make_window()
    view, canvas = _timetable(win, qtbot, clock=lambda: now)
    view.jump_to_now()
    highlight = canvas.palette().highlight().color()
    image = canvas.grab().toImage()
    y = round(canvas.now_y())
    xs = range(int(canvas.column_rect(ROOM_B).left()) + 10, int(canvas.column_rect(ROOM_B).right()) - 10, 7)

    def close(x: int, row: int) -> bool:
        c = image.pixelColor(x, row)
        return max(abs(c.red() - highlight.red()), abs(c.green() - highlight.green()),
                   abs(c.blue() - highlight.blue())) < 40

    assert all(close(x, y) for x in xs), "no line at now"
    assert not any(close(x, y - 20) for x in xs)  # only there


def test_jump_to_now_follows_a_rehearsal_on_today(make_window):
    """The app has one clock: rehearsing a moment on Today moves the Programme's "now" with it."""
    from datetime import datetime, timezone

    win = make_window(clock=lambda: datetime(2030, 1, 1, tzinfo=timezone.utc))  # long after the conference
    today = win.views["today"]
    moment = datetime(2019, 6, 19, 9, 0, tzinfo=timezone.utc)
    today.rehearsal = moment - today.clock()
    assert abs((win.services.now() - moment).total_seconds()) < 5
    programme = win.go("programme")
    assert abs((programme.clock() - moment).total_seconds()) < 5
