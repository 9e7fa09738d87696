"""In the Dutch interface, records are named in Dutch wherever the GUI shows their label."""

from __future__ import annotations

import pytest
from gui_fixture_data import ACTION_1, MEET_IDN
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui

NL_MEETING = "Bilateraal met Indonesië"


def test_the_action_picker_names_bilaterals_in_dutch(make_window):
    win = make_window(language="nl")
    actions = win.go("actions")
    combo = actions.editor.ui.meeting_id
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert f"19-06 12:15 — {NL_MEETING}" in texts
    assert not any("Bilateral with" in t or "Indonesia" in t for t in texts)


def test_the_action_picker_follows_a_language_switch(make_window, qtbot):
    win = make_window(language="en")
    actions = win.go("actions")
    assert actions.list.select_key(ACTION_1)
    combo = actions.editor.ui.meeting_id
    assert combo.currentText().endswith("Bilateral with Indonesia")
    win.switch_language("nl")
    qtbot.waitUntil(lambda: combo.currentText().endswith(NL_MEETING))
    assert combo.currentData() == MEET_IDN
    assert not actions.editor.is_dirty()


def test_saving_undoing_and_deleting_name_the_bilateral_in_dutch(make_window, answers):
    win = make_window(language="nl")
    view = win.go("bilaterals")
    assert view.list.select_key(MEET_IDN)
    editor = view.editor
    assert editor.ui.heading.text() == NL_MEETING
    editor.ui.press_line.setPlainText("Nederland en Indonesië werken samen aan surveillance.")
    assert editor.save()
    assert win.statusBar().currentMessage() == f"Opgeslagen: {NL_MEETING}"
    assert win.services.undo_stack.undoText() == f"{NL_MEETING} bewerken"
    history = win.show_history(editor.record())
    assert history.windowTitle() == f"Geschiedenis van {NL_MEETING}"
    history.close()
    answers.confirmations = False  # asked, but not deleted
    view.delete_current()
    assert answers.asked[-1].startswith(f"“{NL_MEETING}” verwijderen?")


def test_search_results_name_records_in_dutch(make_window, qtbot):
    win = make_window(language="nl")
    qtbot.keyClick(win, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = win.search_dialog
    qtbot.keyClicks(dialog.ui.query_edit, "Indonesi")
    qtbot.waitUntil(lambda: len(dialog.hits) > 0)
    titles = []
    for g in range(dialog.model.rowCount()):
        group = dialog.model.item(g)
        titles += [group.child(r).text().split("\n")[0] for r in range(group.rowCount())]
    assert NL_MEETING in titles
    assert any(t.startswith("Indonesië") for t in titles)
    assert not any("Bilateral with" in t for t in titles)


def test_draft_recovery_names_the_meeting_in_dutch(make_window):
    from briefer.gui.startup.draft_recovery import _what
    from briefer.store.drafts import Draft

    win = make_window(language="nl")
    draft = Draft(key="note:x", record_table=None, record_id=None, meeting_id=MEET_IDN, body="…",
                  saved_at="2019-06-19T10:20:00Z")
    assert _what(win.services.store, draft) == f"notities van {NL_MEETING}"
