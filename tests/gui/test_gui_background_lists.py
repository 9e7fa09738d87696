"""Big lists are read on a worker: the view shows "Loading…", then its rows; a read overtaken by a
change is dropped, and what the user types meanwhile stays."""

from __future__ import annotations

import threading

import pytest
from gui_fixture_data import MEET_GHA, MEET_IDN

from briefer.gui.records import record_page

pytestmark = pytest.mark.gui


@pytest.fixture
def big_lists(monkeypatch):
    """Every list counts as big (the fixture conference is small)."""
    monkeypatch.setattr(record_page, "BACKGROUND_ROWS", 0)


def test_a_list_read_on_a_worker_shows_loading_then_its_rows(make_window, qtbot, big_lists):
    win = make_window()
    view = win.go("bilaterals")
    assert view.pending
    assert view.list.ui.count_label.text() == "Loading…"
    assert view.list.busy_bar.isVisible()
    qtbot.waitUntil(lambda: not view.pending, timeout=10000)
    model = view.list.model
    assert sorted(model.row_at(r).id for r in range(model.rowCount())) == sorted([MEET_IDN, MEET_GHA])
    assert view.list.ui.count_label.text() == "2 items"
    assert not view.list.busy_bar.isVisible()
    # the brief status column was read on the worker too
    assert model.index(model.row_of_key(MEET_IDN), model.COL_BRIEF).data() == "final"
    # and the pickers: the principal picker lists the minister
    assert view.editor.ui.principal_id.count() > 1


def test_people_and_actions_fill_from_the_worker(make_window, qtbot, big_lists):
    win = make_window()
    people = win.go("people")
    actions = win.go("actions")
    qtbot.waitUntil(lambda: not (people.people.pending or people.delegations.pending or actions.pending),
                    timeout=10000)
    assert people.people.list.model.rowCount() == 7
    assert actions.list.model.rowCount() == 2
    combo = actions.editor.ui.meeting_id
    assert "19-06 12:15 — Bilateral with Indonesia" in [combo.itemText(i) for i in range(combo.count())]


def test_opening_a_record_while_its_list_loads_selects_it_when_the_rows_arrive(make_window, qtbot, big_lists):
    win = make_window()
    assert win.open_record("meetings", MEET_GHA)
    view = win.views["bilaterals"]
    qtbot.waitUntil(lambda: not view.pending, timeout=10000)
    assert view.list.current_key() == MEET_GHA
    assert view.editor.record().id == MEET_GHA


def test_a_read_overtaken_by_a_save_never_puts_old_rows_back(make_window, qtbot, big_lists, monkeypatch):
    win = make_window()
    view = win.go("bilaterals")
    qtbot.waitUntil(lambda: not view.pending, timeout=10000)
    assert view.list.select_key(MEET_IDN)

    # hold each background read after it has read its rows, to release them in the worst order
    gates: list[threading.Event] = []
    read_rows = type(view).load_rows

    def held(self, store):
        rows = read_rows(self, store)
        gate = threading.Event()
        gates.append(gate)
        gate.wait(10)
        return rows

    monkeypatch.setattr(type(view), "load_rows", held)
    view.stale = True
    view.refresh()  # read 1: old rows (before the save below)
    qtbot.waitUntil(lambda: len(gates) == 1, timeout=10000)

    editor = view.editor
    editor.ui.title.setText("Twinning on surveillance")
    assert editor.save()  # the save refreshes the view: read 2, with the new title
    qtbot.waitUntil(lambda: len(gates) == 2, timeout=10000)
    editor.ui.press_line.setPlainText("typed while the list was loading")

    gates[1].set()  # the newer read answers first…
    qtbot.waitUntil(lambda: not view.pending, timeout=10000)
    gates[0].set()  # …then the old one, which must be dropped
    qtbot.wait(300)

    model = view.list.model
    assert model.row_at(model.row_of_key(MEET_IDN)).title == "Twinning on surveillance"
    assert editor.record().title == "Twinning on surveillance"
    assert editor.ui.press_line.toPlainText() == "typed while the list was loading"
    assert editor.is_dirty()
    assert not view.pending and view.list.ui.count_label.text() == "2 items"


def test_a_change_made_while_a_hidden_list_loads_is_shown_at_the_next_visit(make_window, qtbot, big_lists,
                                                                                  monkeypatch):
    win = make_window()
    view = win.go("bilaterals")
    qtbot.waitUntil(lambda: not view.pending, timeout=10000)
    gate = threading.Event()
    read_rows = type(view).load_rows

    def held(self, store):
        rows = read_rows(self, store)
        gate.wait(10)
        return rows

    monkeypatch.setattr(type(view), "load_rows", held)
    view.stale = True
    view.refresh()
    win.go("today")
    store = win.services.store
    meeting = store.meetings.get(MEET_GHA)
    win.services.saver.save(meeting, meeting.evolve(title="Moved to the afternoon"))  # marks every view stale
    gate.set()
    qtbot.waitUntil(lambda: not view.pending, timeout=10000)
    assert view.stale  # the answer read before the save was not shown as current
    monkeypatch.setattr(type(view), "load_rows", read_rows)
    win.go("bilaterals")
    qtbot.waitUntil(lambda: not view.pending, timeout=10000)
    model = view.list.model
    assert model.row_at(model.row_of_key(MEET_GHA)).title == "Moved to the afternoon"


def test_the_timetable_is_made_on_a_worker_and_a_move_shows_once_read_again(make_window, qtbot, big_lists):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from gui_fixture_data import ROOM_B

    win = make_window()
    view = win.go("programme")
    assert view.timetable_pending and view.canvas.blocks == []
    qtbot.waitUntil(lambda: not view.pending, timeout=10000)
    assert view.canvas.titles[MEET_IDN] == "Bilateral: Indonesia"
    assert MEET_IDN in {b.item.id for b in view.canvas.blocks}

    meeting = view.schedule and next(m for m in view.schedule.meetings if m.id == MEET_IDN)
    start = datetime(2019, 6, 19, 16, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    moved = meeting.evolve(start=start, end=start + (meeting.end - meeting.start), room_id=ROOM_B)
    assert view.apply_move(meeting, moved, findings=[])
    qtbot.waitUntil(lambda: not view.pending, timeout=10000)
    shown = next(m for m in view.schedule.meetings if m.id == MEET_IDN)
    assert shown.start == moved.start and shown.revision == meeting.revision + 1
    assert view.canvas.selected_id == MEET_IDN


def test_the_packs_recipients_are_read_on_a_worker(make_window, qtbot, big_lists):
    from gui_fixture_data import MINISTER

    win = make_window()
    packs = win.go("packs")
    assert packs.pending and packs.ui.summary_label.text() == "Loading…"
    qtbot.waitUntil(lambda: not packs.pending, timeout=10000)
    assert packs.model.rowCount() == 4
    assert packs.select_person(MINISTER)
    assert "2 bilaterals" in packs.ui.summary_label.text()



def test_a_list_of_one_says_one_item_not_one_items(make_window, qtbot):
    """Seen on a new conference with one session: the count read "1 items"."""
    win = make_window()
    store = win.services.store
    first, second = store.actions.list()
    store.actions.delete(second.id)
    view = win.go("actions")
    view.refresh() if hasattr(view, "refresh") else None
    qtbot.waitUntil(lambda: view.list.model.rowCount() == 1 and not view.list.busy)
    assert view.list.ui.count_label.text() == "1 item"
