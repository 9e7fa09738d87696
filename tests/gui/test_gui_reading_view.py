"""Reading a brief as one page (issue 20): the pack's sections in the pack's order, the marking at
the top and the bottom, Ctrl+E between page and form without losing an edit, Bilaterals and
Countries opening on the page, a search hit scrolled to and highlighted."""

from __future__ import annotations

import io

import pytest
from gui_fixture_data import BRIEF_IDN, MBRIEF_IDN, MEET_IDN, MINISTER
from PySide6.QtCore import Qt

from briefer.brief_outline import meeting_blocks
from briefer.gui.widgets.tones import tones_for
from briefer.model import Classification

pytestmark = pytest.mark.gui


def _positions(text: str, needles: list[str]) -> list[int]:
    found = [text.find(n) for n in needles]
    assert all(p >= 0 for p in found), [n for n, p in zip(needles, found) if p < 0]
    return found


def _classify(store, brief_id: str, table: str, marking: Classification) -> None:
    repo = getattr(store, table)
    brief = repo.get(brief_id)
    repo.update(brief.model_copy(update={"classification": marking}))


def test_a_bilateral_opens_as_a_page_in_the_packs_order_with_its_marking_above_and_below(make_window, qtbot):
    win = make_window()
    store = win.services.store
    brief = store.meeting_briefs.get(MBRIEF_IDN)
    store.meeting_briefs.update(brief.model_copy(update={
        "point": "Get Indonesia to sign the twinning", "classification": Classification.DEP_VERTROUWELIJK,
        "expected_positions": ["Indonesia will ask for laboratory support"]}))
    page = win.go("bilaterals")
    page.list.select_key(MEET_IDN)
    assert page.tabs.currentIndex() == 1 and page.brief_pane.reading()  # the page, not the form
    assert page.brief_pane.stack.currentWidget() is page.brief_pane.page
    text = page.brief_pane.page.toPlainText()
    lines = [line for line in text.splitlines() if line.strip()]
    marking = Classification.DEP_VERTROUWELIJK.marking
    assert lines[0] == marking and lines[-1] == marking  # at the top and at the bottom, as on every printed page
    # the order the pack prints, section by section (headings in the interface language)
    _positions(text, ["Bilateral with Indonesia", "The point", "Get Indonesia to sign the twinning", "Time",
                      "Objectives", "Agree on a surveillance twinning", "Key messages", "Talking points",
                      "Expected positions", "Defensive lines", "Country brief: Indonesia", "Indonesia co-leads",
                      "Biographies", "Minister of Health"])
    order = _positions(text, ["The point", "Time", "Objectives", "Key messages", "Talking points", "Expected positions",
                              "Defensive lines", "Country brief: Indonesia", "Biographies"])
    assert order == sorted(order), text
    assert "Press line" not in text and "Previous outcomes" not in text  # empty fields: no heading over nothing


def test_the_page_follows_the_outline_the_pack_prints_from(make_window, qtbot):
    """The reading view and the pack both come from brief_outline.meeting_blocks: the page's headings are
    its headings, in its order — and the pack, read back with pypdf, prints them in that order too."""
    from pypdf import PdfReader

    from briefer.packs import PackOptions, compose
    from briefer.packs.render import render_bytes

    win = make_window()
    store = win.services.store
    page = win.go("bilaterals")
    page.list.select_key(MEET_IDN)
    text = page.brief_pane.page.toPlainText()
    blocks = meeting_blocks(store.meeting_briefs.get(MBRIEF_IDN).with_defaults_from(store.country_briefs.get(BRIEF_IDN)), "en")
    headings = [b.heading for b in blocks if b.heading]
    assert len(headings) >= 4
    at = _positions(text, headings)
    assert at == sorted(at)
    plan = compose(store, PackOptions(recipient_id=MINISTER, meeting_id=MEET_IDN, lang="en"))
    data, _state, _outline = render_bytes(plan)
    pdf = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    printed = _positions(pdf, headings)
    assert printed == sorted(printed)


def test_ctrl_e_switches_to_the_form_and_back_and_an_unsaved_edit_shows_and_stays(make_window, qtbot):
    win = make_window()
    page = win.go("bilaterals")
    page.list.select_key(MEET_IDN)
    page.list.ui.table.setFocus()
    qtbot.waitUntil(page.list.ui.table.hasFocus)
    pane = page.brief_pane
    assert pane.reading()
    qtbot.keyClick(page.list.ui.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert not pane.reading() and pane.stack.currentWidget() is page.brief_editor
    point = page.brief_editor.ui.point
    qtbot.waitUntil(point.hasFocus)  # ready to type
    qtbot.keyClicks(point, "Win a joint statement")
    qtbot.keyClick(point, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert pane.reading()
    assert "Win a joint statement" in pane.page.toPlainText()  # shown at once, before any save
    assert page.brief_editor.is_dirty()
    qtbot.keyClick(pane.page, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert not pane.reading()
    assert point.text() == "Win a joint statement"  # switching lost nothing
    assert win.services.store.meeting_briefs.get(MBRIEF_IDN).point == ""  # …and saved nothing by itself
    pane.toggle_button.click()
    assert pane.reading() and pane.toggle_button.text().startswith("Edit")


def test_a_new_bilateral_is_written_in_its_form(make_window, qtbot):
    win = make_window()
    page = win.go("bilaterals")
    page.list.select_key(MEET_IDN)
    page.new_record()
    assert page.tabs.currentIndex() == 0 and page.editor.is_new()
    assert not page.brief_pane.reading()


def test_a_country_brief_opens_as_a_page_and_a_country_without_one_in_its_form(make_window, qtbot):
    win = make_window()
    store = win.services.store
    _classify(store, BRIEF_IDN, "country_briefs", Classification.DEP_VERTROUWELIJK)
    page = win.go("countries")
    page.list.select_key("IDN")
    assert page.pane.reading()
    text = page.pane.page.toPlainText()
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines[0] == lines[-1] == Classification.DEP_VERTROUWELIJK.marking
    order = _positions(text, ["Country brief: Indonesia", "Brief status: reviewed", "Indonesia co-leads",
                              "Key messages", "Talking points", "Defensive lines"])
    assert order == sorted(order)
    page.list.select_key("THA")  # no brief yet: the form, to write one
    assert not page.pane.reading()
    page.list.select_key("IDN")
    assert page.pane.reading()
    page.list.ui.table.setFocus()
    qtbot.waitUntil(page.list.ui.table.hasFocus)
    qtbot.keyClick(page.list.ui.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert not page.pane.reading()


def test_dutch_headings_on_the_page(make_window, qtbot):
    win = make_window(language="nl")
    page = win.go("bilaterals")
    page.list.select_key(MEET_IDN)
    text = page.brief_pane.page.toPlainText()
    _positions(text, ["Bilateraal met Indonesië", "Doelen", "Kernboodschappen", "Landenoverzicht: Indonesië"])
    assert page.brief_pane.toggle_button.text().startswith("Bewerken")


def test_a_search_hit_opens_the_brief_scrolled_to_its_words_highlighted(make_window, qtbot):
    win = make_window()
    store = win.services.store
    brief = store.country_briefs.get(BRIEF_IDN)
    filler = [f"Background paragraph {i} about regional cooperation." for i in range(60)]
    store.country_briefs.update(brief.model_copy(update={"relations_nl": "\n\n".join(filler + ["Colistinban agreed in 2018."])}))
    dialog = win.show_search()
    qtbot.keyClicks(dialog.ui.query_edit, "colistinban")
    qtbot.waitUntil(lambda: bool(dialog.hits))
    qtbot.keyClick(dialog.ui.query_edit, Qt.Key.Key_Return)
    assert win.current_view_name() == "countries"
    view = win.views["countries"].pane.page
    assert win.views["countries"].pane.reading()
    marks = view.extraSelections()
    assert len(marks) == 1
    assert marks[0].cursor.selectedText() == "Colistinban"
    assert marks[0].format.background().color().name() == tones_for(view.palette()).match_back
    assert view.verticalScrollBar().value() > 0  # scrolled down to it
    top = view.cursorForPosition(view.viewport().rect().topLeft()).position()
    bottom = view.cursorForPosition(view.viewport().rect().bottomRight()).position()
    assert top <= marks[0].cursor.selectionStart() <= bottom  # in view
    scrolled = view.verticalScrollBar().value()
    countries = win.views["countries"]
    countries.refresh()  # the list read again around the same brief (a save elsewhere, the day's backup…)
    qtbot.waitUntil(lambda: not countries.pending)
    assert view.verticalScrollBar().value() == scrolled and len(view.extraSelections()) == 1  # place and marks kept


def test_meeting_mode_shows_the_point_in_one_sentence(make_window, qtbot):
    win = make_window()
    store = win.services.store
    brief = store.meeting_briefs.get(MBRIEF_IDN)
    store.meeting_briefs.update(brief.model_copy(update={"point": "Get Indonesia to sign the twinning"}))
    window = win.services.open_meeting_mode(MEET_IDN)
    qtbot.waitUntil(window.isVisible)
    assert window.ui.point_label.isVisible()
    assert window.ui.point_label.text() == "The point: Get Indonesia to sign the twinning"
