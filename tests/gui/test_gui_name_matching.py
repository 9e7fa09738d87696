"""Person pickers find a name by what an advisor can type (issue 15): Yildirim → Yıldırım, Kovalenko → Коваленко."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefer.gui.records.table_models import KEY_ROLE
from briefer.gui.widgets.fields import PersonPicker

pytestmark = pytest.mark.gui

PEOPLE = [("p1", "Ayşe Yıldırım"), ("p2", "Olena Коваленко"), ("p3", "Hans Weiß"), ("p4", "Leyla Məmmədova"),
          ("p5", "Anna Jansen")]


@pytest.fixture
def picker(qtbot):
    widget = PersonPicker()
    qtbot.addWidget(widget)
    widget.set_choices(PEOPLE)
    widget.show()
    return widget


@pytest.mark.parametrize("typed, person", [("Yildirim", "p1"), ("kovalenko", "p2"), ("Weiss", "p3"),
                                           ("Mammadova", "p4"), ("olena koval", "p2"), ("Ayşe Yıldırım", "p1")])
def test_a_name_typed_in_latin_letters_picks_the_person(picker, qtbot, typed, person):
    picker.lineEdit().clear()
    if typed.isascii():
        qtbot.keyClicks(picker.lineEdit(), typed)
    else:  # QTest types only what a keyboard layout maps to keys; the name as pasted
        picker.lineEdit().setText(typed)
    assert picker.value() == person


def test_the_completion_offers_the_name_as_written_and_puts_it_in_the_field(picker, qtbot):
    completer = picker.completer()
    qtbot.keyClicks(picker.lineEdit(), "kovalen")
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    offered = [completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())]
    assert offered == ["Olena Коваленко"]
    popup = completer.popup()
    popup.setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.currentText() == "Olena Коваленко" and picker.value() == "p2"


def test_a_name_that_fits_two_people_picks_neither(picker, qtbot):
    picker.set_choices([*PEOPLE, ("p6", "Mehmet Yildirim")])
    qtbot.keyClicks(picker.lineEdit(), "yildirim")
    assert picker.value() not in ("p1", "p6")


def test_the_people_list_filter_finds_a_name_by_its_latin_form(make_window, qtbot):
    from briefer.model import Person

    win = make_window()
    store = win.services.store
    olena = store.people.add(Person(given_name="Olena", family_name="Коваленко", position="Minister"))
    ayse = store.people.add(Person(given_name="Ayşe", family_name="Yıldırım", position="Deputy minister"))
    people = win.go("people").people  # first visit: the list reads the people, these two included
    qtbot.waitUntil(lambda: people.list.model.rowCount() == 9, timeout=5000)
    shown = lambda: {people.list.proxy.index(r, 0).data(KEY_ROLE) for r in range(people.list.proxy.rowCount())}
    qtbot.keyClicks(people.list.ui.filter_edit, "kovalenko")
    assert shown() == {olena.id}
    people.list.ui.filter_edit.clear()
    qtbot.keyClicks(people.list.ui.filter_edit, "Yildirim")
    assert shown() == {ayse.id}
    people.list.ui.filter_edit.setText("Yıldırım")  # as written still works
    assert shown() == {ayse.id}


def test_the_packs_recipient_filter_still_narrows_by_name(make_window, qtbot):
    win = make_window()
    packs = win.go("packs")
    qtbot.waitUntil(lambda: packs.proxy.rowCount() > 1, timeout=5000)
    first = packs.proxy.index(0, 0).data()
    qtbot.keyClicks(packs.ui.filter_edit, first.split()[-1])
    assert 1 <= packs.proxy.rowCount() < packs.model.rowCount()
    assert first in [packs.proxy.index(r, 0).data() for r in range(packs.proxy.rowCount())]
