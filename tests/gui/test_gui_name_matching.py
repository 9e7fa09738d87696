"""Person pickers find a name by what an advisor can type (issue 15): Yildirim → Yıldırım, Kovalenko → Коваленко."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

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
