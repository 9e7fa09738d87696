"""Typing a country into the editors' country fields and saving: the country meant is the one stored.

Keys go where Qt sends them: to the completion popup while it is open (it takes
the keyboard), else to the field. The real-input tests (X11) type into the
running app; these check every trap and message through the real editors and store.
"""

from __future__ import annotations

import pytest
from forms_helper import show_forms
from gui_fixture_data import MEET_GHA
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui

DOWN, ENTER, TAB = Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Tab


def _select(page, key, qtbot):
    row = page.list.model.row_of_key(key)
    idx = page.list.proxy.mapFromSource(page.list.model.index(row, 0))
    rect = page.list.ui.table.visualRect(idx)
    qtbot.mouseClick(page.list.ui.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    show_forms(page)


def type_country(qtbot, picker, text, *keys):
    """Select what the field holds, type ``text``, then press ``keys`` as a user would."""
    edit = picker.lineEdit()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)
    popup = picker.completer().popup()
    for key in keys:
        qtbot.keyClick(popup if popup.isVisible() else edit, key)


def offered(picker) -> list[str]:
    model = picker.completer().completionModel()
    return [model.index(i, 0).data() for i in range(model.rowCount())]


@pytest.fixture
def bilateral(make_window, qtbot):
    win = make_window()
    page = win.go("bilaterals")
    _select(page, MEET_GHA, qtbot)
    return win, page.editor


@pytest.mark.parametrize("text, keys, stored", [
    ("India", (DOWN, ENTER), "IND"),  # was British Indian Ocean Territory
    ("India", (ENTER,), "IND"),  # was refused: "'India' is not an ISO 3166 alpha-3 country code"
    ("India", (TAB,), "IND"),
    ("Turkey", (ENTER,), "TUR"),
    ("Ivoorkust", (TAB,), "CIV"),
    ("Niger", (DOWN, ENTER), "NER"),
    ("Niger", (ENTER,), "NER"),
    ("Nigeria", (ENTER,), "NGA"),
    ("Sudan", (DOWN, ENTER), "SDN"),
    ("Guinea", (DOWN, ENTER), "GIN"),
    ("Dominica", (ENTER,), "DMA"),
    ("ind", (ENTER,), "IND"),  # India's ISO code, so India (Indonesia is IDN)
    ("ind", (DOWN, DOWN, ENTER), "IDN"),  # the second candidate, chosen
    ("Indonsia", (DOWN, ENTER), "IDN"),  # a typo offers the nearest spelling
])
def test_a_typed_country_is_saved_as_the_country_meant(bilateral, qtbot, text, keys, stored):
    win, editor = bilateral
    type_country(qtbot, editor.ui.counterpart_country, text, *keys)
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert editor.field_error("counterpart_country") == ""
    assert win.services.store.meetings.get(MEET_GHA).counterpart_country == stored


def test_the_popup_offers_the_exact_name_first_with_its_code(bilateral, qtbot):
    _win, editor = bilateral
    picker = editor.ui.counterpart_country
    type_country(qtbot, picker, "India")
    assert picker.completer().popup().isVisible()
    assert offered(picker) == ["India (IND)", "British Indian Ocean Territory (IOT)"]
    assert not picker.completer().popup().currentIndex().isValid()  # so Down selects the first
    type_country(qtbot, picker, "Turkey")
    assert offered(picker) == ["Türkiye (TUR)"]
    type_country(qtbot, picker, "sud")
    assert offered(picker)[:2] == ["Sudan (SDN)", "South Sudan (SSD)"]


def test_enter_on_a_typed_name_shows_the_country_it_became(bilateral, qtbot):
    _win, editor = bilateral
    picker = editor.ui.counterpart_country
    type_country(qtbot, picker, "Holland", ENTER)
    assert picker.currentText() == "Netherlands (NLD)" and picker.value() == "NLD"


def test_tab_takes_the_country_and_leaves_the_field_in_one_press(bilateral, qtbot):
    _win, editor = bilateral
    picker = editor.ui.counterpart_country
    type_country(qtbot, picker, "ind", DOWN, DOWN, TAB)  # the highlighted second candidate
    assert picker.currentText() == "Indonesia (IDN)"
    assert not picker.completer().popup().isVisible()
    qtbot.waitUntil(lambda: not picker.lineEdit().hasFocus())
    type_country(qtbot, picker, "Holland", TAB)  # typed, not chosen: resolved as it is left
    assert picker.currentText() == "Netherlands (NLD)"
    qtbot.waitUntil(lambda: not picker.lineEdit().hasFocus())


def test_ctrl_s_without_leaving_the_field_saves_the_country_meant(bilateral, qtbot):
    win, editor = bilateral
    type_country(qtbot, editor.ui.counterpart_country, "Turkey", Qt.Key.Key_Escape)  # closes the popup only
    assert editor.ui.counterpart_country.currentText() == "Turkey"
    qtbot.keyClick(win, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert win.services.store.meetings.get(MEET_GHA).counterpart_country == "TUR"


@pytest.mark.parametrize("text, message, chosen", [
    ("nig", "⚠ “nig” could be Niger (NER), Nigeria (NGA): choose one from the list", "NER"),
    ("Korea", "⚠ “Korea” could be North Korea (PRK), South Korea (KOR): choose one from the list", "PRK"),
    ("Congo", "⚠ “Congo” could be Democratic Republic of the Congo (COD), Republic of the Congo (COG): "
              "choose one from the list", "COD"),
    ("Indonsia", "⚠ “Indonsia” is not a country: choose one from the list. Did you mean Indonesia (IDN)?", "IDN"),
    ("Atlantis", "⚠ “Atlantis” is not a country: choose one from the list", None),
])
def test_text_that_names_several_countries_or_none_is_refused_by_the_field(bilateral, qtbot, text, message, chosen):
    win, editor = bilateral
    store = win.services.store
    before = store.meetings.get(MEET_GHA)
    type_country(qtbot, editor.ui.counterpart_country, text, ENTER)
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert editor.field_error("counterpart_country") == message
    assert editor.errors._labels["counterpart_country"][1].isVisible()
    assert store.meetings.get(MEET_GHA) == before
    assert editor.ui.counterpart_country.currentText() == text  # kept as typed, to be corrected
    if chosen is None:
        assert offered(editor.ui.counterpart_country) == []
        return
    # choosing the first candidate from the list then saves it
    type_country(qtbot, editor.ui.counterpart_country, text, DOWN, ENTER)
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert editor.field_error("counterpart_country") == ""
    assert store.meetings.get(MEET_GHA).counterpart_country == chosen


def test_leaving_the_field_with_text_that_is_no_country_says_so_at_once(bilateral, qtbot):
    win, editor = bilateral
    type_country(qtbot, editor.ui.counterpart_country, "sud", ENTER)
    assert editor.field_error("counterpart_country") == (
        "⚠ “sud” could be Sudan (SDN), South Sudan (SSD): choose one from the list")
    type_country(qtbot, editor.ui.counterpart_country, "Sudan", ENTER)
    assert editor.field_error("counterpart_country") == ""
    assert editor.ui.counterpart_country.currentText() == "Sudan (SDN)"


def test_an_action_takes_a_typed_country(make_window, qtbot):
    win = make_window()
    page = win.go("actions")
    action = page.list.model.rows()[0]
    _select(page, action.id, qtbot)
    type_country(qtbot, page.editor.ui.country, "Ivory Coast", TAB)
    qtbot.mouseClick(page.editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert page.editor.field_error("country") == ""
    assert win.services.store.actions.get(action.id).country == "CIV"


def test_a_new_country_brief_takes_a_typed_country(make_window, qtbot):
    win = make_window()
    page = win.go("countries")
    qtbot.mouseClick(page.list.ui.new_button, Qt.MouseButton.LeftButton)
    type_country(qtbot, page.editor.ui.country, "Turkey", ENTER)
    qtbot.mouseClick(page.editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert page.editor.field_error("country") == ""
    assert [b.country for b in win.services.store.country_briefs.list(country="TUR")] == ["TUR"]


def test_in_dutch_the_popup_and_the_message_are_dutch(make_window, qtbot):
    win = make_window(language="nl")
    page = win.go("bilaterals")
    _select(page, MEET_GHA, qtbot)
    editor = page.editor
    picker = editor.ui.counterpart_country
    type_country(qtbot, picker, "Turkey")
    assert offered(picker) == ["Turkije (TUR)"]
    type_country(qtbot, picker, "Ivoorkust", DOWN, ENTER)
    assert picker.currentText() == "Ivoorkust (CIV)"
    type_country(qtbot, picker, "Indonsia", ENTER)
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert editor.field_error("counterpart_country") == (
        "⚠ “Indonsia” is geen land: kies een land uit de lijst. Bedoelt u Indonesië (IDN)?")
    type_country(qtbot, picker, "Soedan", ENTER)
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert win.services.store.meetings.get(MEET_GHA).counterpart_country == "SDN"
