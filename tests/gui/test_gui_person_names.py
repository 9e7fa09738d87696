"""The person editor records a name in its bearer's order and script, the forms of address in
English and Dutch and how to say it; the lists then show the name that way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui


def _type(qtbot, widget, text):
    """Type ``text``; what a keyboard cannot send (山田, ō) arrives as an input method commits it."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)


def _country(qtbot, picker, text):
    edit = picker.lineEdit()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)
    popup = picker.completer().popup()
    qtbot.keyClick(popup if popup.isVisible() else edit, Qt.Key.Key_Return)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def _new_person(win, qtbot):
    people = win.go("people").people
    qtbot.mouseClick(people.list.ui.new_button, Qt.MouseButton.LeftButton)
    return people


def test_a_new_japanese_counterpart_is_family_name_first_with_native_script_and_dutch_address(make_window, qtbot):
    win = make_window()
    people = _new_person(win, qtbot)
    ui = people.editor.ui
    _type(qtbot, ui.honorific, "H.E.")
    _type(qtbot, ui.honorific_nl, "Z.E.")
    _type(qtbot, ui.given_name, "Tarō")
    _type(qtbot, ui.family_name, "Yamada")
    assert not ui.family_name_first.isChecked()
    _country(qtbot, ui.country, "Japan")
    assert ui.family_name_first.isChecked()  # the country's custom, as a default
    _type(qtbot, ui.native_name, "山田太郎")
    _type(qtbot, ui.pronunciation, "ya-MA-da TA-roh")
    assert people.editor.save()
    saved = win.services.store.people.get(people.editor.record().id)
    assert (saved.full_name, saved.native_name, saved.honorific_nl, saved.pronunciation) == (
        "Yamada Tarō", "山田太郎", "Z.E.", "ya-MA-da TA-roh")
    assert saved.formal_name_in("nl") == "Z.E. Yamada Tarō"
    assert people.editor.ui.heading.text() == "H.E. Yamada Tarō (山田太郎)"
    shown = [people.list.model.index(r, c).data() for r in range(people.list.model.rowCount())
             for c in range(people.list.model.columnCount())]
    assert any("Yamada Tarō" in (s or "") for s in shown) and not any("Tarō Yamada" in (s or "") for s in shown)


def test_an_order_chosen_by_hand_is_kept_when_the_country_changes(make_window, qtbot):
    win = make_window()
    people = _new_person(win, qtbot)
    ui = people.editor.ui
    _type(qtbot, ui.given_name, "Katalin")
    _type(qtbot, ui.family_name, "Novák")
    qtbot.mouseClick(ui.family_name_first, Qt.MouseButton.LeftButton)  # Hungarian order, chosen by hand
    _country(qtbot, ui.country, "Hungary")
    assert ui.family_name_first.isChecked()
    assert people.editor.save()
    assert win.services.store.people.get(people.editor.record().id).full_name == "Novák Katalin"


def test_in_dutch_the_list_and_heading_use_the_dutch_form_of_address(make_window, qtbot):
    win = make_window(language="nl")
    people = _new_person(win, qtbot)
    ui = people.editor.ui
    _type(qtbot, ui.honorific, "H.E.")
    _type(qtbot, ui.honorific_nl, "Z.E.")
    _type(qtbot, ui.given_name, "Taro")
    _type(qtbot, ui.family_name, "Yamada")
    qtbot.mouseClick(ui.family_name_first, Qt.MouseButton.LeftButton)
    assert people.editor.save()
    assert ui.heading.text() == "Z.E. Yamada Taro"
    names = [people.list.model.index(r, 0).data() for r in range(people.list.model.rowCount())]
    assert "Z.E. Yamada Taro" in names and "H.E. Yamada Taro" not in names
