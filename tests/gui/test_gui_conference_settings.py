"""Settings → Conference…, Organisations… and Rooms and venues…: as an advisor types them."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

import pytest
from gui_fixture_data import MEET_IDN, MINISTER, ROOM_A, ROOM_B
from PySide6.QtCore import Qt

from briefer.model import Meeting, Organisation

pytestmark = pytest.mark.gui


def type_into(qtbot, field, text: str) -> None:
    line = getattr(field, "line", field)
    line.clear()
    qtbot.keyClicks(line, text)


def conference_dialog(win):
    from briefer.gui.conference.conference_dialog import ConferenceDialog

    return ConferenceDialog(win.services, win)


def test_the_menu_opens_the_conference_settings(make_window, qtbot):
    win = make_window()
    seen = []

    def look():
        seen.append(win.open_dialog)
        win.open_dialog.reject()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, look)
    win.conference_action.trigger()
    assert type(seen[0]).__name__ == "ConferenceDialog"
    assert seen[0].ui.name.text() == "Second Global Ministerial Conference on AMR (test)"


def test_later_hours_and_a_dutch_name_are_saved(make_window, qtbot):
    win = make_window()
    d = conference_dialog(win)
    qtbot.addWidget(d)
    type_into(qtbot, d.ui.name_nl, "Tweede mondiale conferentie over AMR")
    type_into(qtbot, d.ui.day_end, "22:00")
    d.ui.day_hours.setPlainText("20-06-2019 09:00-23:30")
    qtbot.mouseClick(d.ui.buttons.button(d.ui.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    conf = win.services.store.require_conference()
    assert conf.day_end == time(22, 0) and conf.name_nl.startswith("Tweede")
    assert conf.hours_on(date(2019, 6, 20)) == (time(9), time(23, 30))


def test_unreadable_day_hours_are_named_under_the_field_and_nothing_is_saved(make_window, qtbot):
    win = make_window()
    d = conference_dialog(win)
    qtbot.addWidget(d)
    d.ui.day_hours.setPlainText("zondag laat")
    assert d.save() is False
    assert "“zondag laat” is not a day and its hours" in d.errors.text("day_hours")
    assert win.services.store.require_conference().revision == 1


def test_shortening_the_conference_is_refused_naming_the_session(make_window, qtbot):
    win = make_window()
    d = conference_dialog(win)
    qtbot.addWidget(d)
    type_into(qtbot, d.ui.end_date, "19-06-2019")
    assert d.save() is False
    assert "Panel: Antimicrobial use in livestock" in d.ui.banner.text() and d.ui.banner.isVisibleTo(d)
    assert win.services.store.require_conference().end_date == date(2019, 6, 20)


def test_a_new_timezone_asks_what_to_keep(make_window, qtbot, answers):
    win = make_window()
    asked = []
    answers.keep_times = lambda parent, message: asked.append(message) or "wall-clock"
    before = win.services.store.meetings.get(MEET_IDN).start
    d = conference_dialog(win)
    qtbot.addWidget(d)
    d.ui.timezone.set_value("Europe/London")
    assert d.save() is True
    assert asked and "local times" in asked[0]
    # 12:15 in Noordwijk stays 12:15, now in London: an hour later as an instant
    assert (win.services.store.meetings.get(MEET_IDN).start - before).total_seconds() == 3600


def test_cancelling_the_timezone_question_changes_nothing(make_window, qtbot, answers):
    win = make_window()
    answers.keep_times = lambda parent, message: None
    d = conference_dialog(win)
    qtbot.addWidget(d)
    d.ui.timezone.set_value("Europe/London")
    assert d.save() is False
    assert win.services.store.require_conference().timezone == "Europe/Amsterdam"


def test_an_organisation_is_created_and_titles_name_it_in_both_languages(make_window, qtbot):
    from briefer.gui.conference.organisations_dialog import OrganisationsDialog
    from briefer.gui.widgets.labels import record_label

    win = make_window()
    d = OrganisationsDialog(win.services, win)
    qtbot.addWidget(d)
    qtbot.mouseClick(d.ui.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(d.ui.name, "European Commission")
    qtbot.keyClicks(d.ui.name_nl, "Europese Commissie")
    qtbot.keyClicks(d.ui.acronym, "EC")
    assert not d.ui.acronym_in_titles.isChecked()
    assert d.ui.example.text() == "Bilateral with the European Commission\nBilateraal met de Europese Commissie"
    qtbot.mouseClick(d.ui.save_button, Qt.MouseButton.LeftButton)
    store = win.services.store
    ec = next(o for o in store.organisations.list() if o.acronym == "EC")
    assert (ec.name_nl, ec.article_en, ec.article_nl) == ("Europese Commissie", "the", "de")
    m = store.meetings.add(Meeting(principal_id=MINISTER, counterpart_organisation_id=ec.id, room_id=ROOM_B,
                                   start=datetime(2019, 6, 19, 14, tzinfo=timezone.utc),
                                   end=datetime(2019, 6, 19, 14, 30, tzinfo=timezone.utc)))
    assert record_label(m, store) == "Bilateral with the European Commission"
    win.switch_language("nl")
    assert record_label(m, store) == "Bilateraal met de Europese Commissie"


def test_an_organisation_in_use_is_not_deleted_and_the_dialog_says_why(make_window, qtbot):
    from briefer.gui.conference.organisations_dialog import OrganisationsDialog

    win = make_window()
    store = win.services.store
    who = next(o for o in store.organisations.list() if o.acronym == "WHO")
    store.meetings.add(Meeting(principal_id=MINISTER, counterpart_organisation_id=who.id,
                               start=datetime(2019, 6, 19, 14, tzinfo=timezone.utc),
                               end=datetime(2019, 6, 19, 14, 30, tzinfo=timezone.utc)))
    d = OrganisationsDialog(win.services, win)
    qtbot.addWidget(d)
    assert d.current.id == who.id
    assert d.delete() is False
    assert "still referred to by" in d.ui.banner.text()
    assert store.organisations.find(who.id) is not None
    type_into(qtbot, d.ui.name, "")
    assert d.save() is False and "must not be empty" in d.errors.text("name")


def test_a_room_is_marked_for_bilaterals_with_its_walking_minutes(make_window, qtbot):
    from briefer.gui.conference.rooms_dialog import RoomsDialog
    from briefer.model.walking import pair_key
    from briefer.store.walking import WalkingTimeRepository

    win = make_window()
    d = RoomsDialog(win.services, win)
    qtbot.addWidget(d)
    qtbot.mouseClick(d.ui.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(d.ui.name, "Azerbaijan pavilion")
    d.ui.room_kind.set_value("pavilion")
    d.ui.capacity.setValue(30)
    rows = {d.ui.walking.item(r, 0).text(): r for r in range(d.ui.walking.rowCount())}
    assert set(rows) == {"Plenary hall", "Bilateral room 1"}
    d.ui.walking.item(rows["Plenary hall"], 1).setText("7")
    assert d.save() is True
    store = win.services.store
    room = next(r for r in store.rooms.list() if r.name == "Azerbaijan pavilion")
    assert room.room_kind.value == "pavilion" and room.capacity == 30 and not room.suitable_for_bilaterals
    assert WalkingTimeRepository(store).load().pairs[pair_key(room.id, ROOM_A)] == 7
    d.ui.suitable_for_bilaterals.setChecked(True)
    d.ui.walking.item(rows["Plenary hall"], 1).setText("soon")
    assert d.save() is False and "“soon” minutes to Plenary hall" in d.ui.banner.text()
    assert not store.rooms.get(room.id).suitable_for_bilaterals  # nothing saved: one transaction


def with_the_commission(demo_folder):
    """The fixture conference plus the European Commission and a 21:00 bilateral with it (19:00 UTC)."""
    from briefer.demo import load_demo

    def loader(store):
        load_demo(store, demo_folder)
        ec = store.organisations.add(Organisation(name="European Commission", name_nl="Europese Commissie",
                                                  acronym="EC", acronym_in_titles=False, article_en="the",
                                                  article_nl="de"))
        store.meetings.add(Meeting(principal_id=MINISTER, counterpart_organisation_id=ec.id, room_id=ROOM_B,
                                   start=datetime(2019, 6, 19, 19, tzinfo=timezone.utc),
                                   end=datetime(2019, 6, 19, 19, 30, tzinfo=timezone.utc)))
    return loader


def test_today_titles_a_bilateral_with_an_organisation_in_the_interface_language(make_window, demo_folder, qtbot):
    win = make_window(loader=with_the_commission(demo_folder),
                      clock=lambda: datetime(2019, 6, 19, 18, 0, tzinfo=timezone.utc))
    today = win.go("today")
    assert today.ui.next_title.text() == "Bilateral with the European Commission"
    win.switch_language("nl")
    today = win.go("today")
    today.refresh()  # read again on a worker, in Dutch
    qtbot.waitUntil(lambda: today.ui.next_title.text() == "Bilateraal met de Europese Commissie", timeout=10000)


def test_the_free_slot_finder_says_when_no_room_is_marked_for_bilaterals(make_window, qtbot):
    from briefer.gui.programme.programme_view import free_slots
    from briefer.schedule.items import ScheduleIndex, load_schedule

    win = make_window()
    store = win.services.store
    room = store.rooms.get(ROOM_B)
    store.rooms.update(room.evolve(suitable_for_bilaterals=False))
    schedule = load_schedule(store)
    meeting = next(m for m in schedule.meetings if m.id == MEET_IDN)
    slots, search = free_slots(schedule, ScheduleIndex(schedule), meeting)
    assert all(s.room_id == "" for s in slots)  # never the plenary hall
    assert any("no room is marked fit for bilaterals" in n for n in search.notes)


def test_a_search_hit_on_an_organisation_opens_it_in_its_dialog(make_window, qtbot):
    from PySide6.QtCore import QTimer

    win = make_window()
    store = win.services.store
    store.organisations.add(Organisation(name="European Commission", name_nl="Europese Commissie"))  # listed first
    [hit] = [h for h in store.search("World Health") if h.record_table == "organisations"]
    seen = []

    def look():
        seen.append((win.open_dialog.current.id, win.open_dialog.ui.name.text()))
        win.open_dialog.accept()

    QTimer.singleShot(0, look)
    assert win.open_record(hit.record_table, hit.record_id)
    assert seen == [(hit.record_id, "World Health Organization")]


def test_the_timetable_says_under_its_slots_that_no_room_is_marked(make_window, qtbot):
    win = make_window()
    store = win.services.store
    store.rooms.update(store.rooms.get(ROOM_B).evolve(suitable_for_bilaterals=False))
    view = win.go("programme")
    qtbot.waitUntil(lambda: view.schedule is not None, timeout=10000)
    view.refresh()
    qtbot.waitUntil(lambda: view.schedule is not None and not view.schedule.rooms[ROOM_B].suitable_for_bilaterals,
                    timeout=10000)
    view.select(MEET_IDN)
    assert view.find_free_slots()
    assert "⚠ No room is marked fit for bilaterals" in view.ui.why_label.text()
    assert all(view.schedule.rooms.get(s.room_id) is None for s in view.slots)  # never the plenary hall


def test_the_room_form_offers_the_venues_already_named(make_window, qtbot):
    from briefer.gui.conference.rooms_dialog import RoomsDialog

    win = make_window()
    d = RoomsDialog(win.services, win)
    qtbot.addWidget(d)
    model = d.ui.venue.completer().model()
    assert [model.index(i, 0).data() for i in range(model.rowCount())] == ["Hotel Huis ter Duin"]
