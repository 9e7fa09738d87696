"""The session editor edits each speaker's own role and speaking notes: a second speaker's
intervention is saved as theirs, and the lead's notes stay the lead's."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui_fixture_data import LNV_MINISTER, MINISTER, OPENING


def test_each_speaker_gets_their_own_role_and_notes(make_window, qtbot):
    win = make_window()
    programme = win.go("programme")
    programme.ui.tabs.setCurrentWidget(programme.sessions)
    assert programme.sessions.open_key(OPENING)
    editor = programme.sessions.editor
    notes = editor.ui.speaker_notes
    # a file from before per-speaker notes: the lead's role shows under the lead, and nothing is unsaved
    assert notes.speaker.currentData() == MINISTER
    assert notes.role.text() == "Opening remarks, 5 min"
    assert not editor.is_dirty()

    speakers = editor.ui.speaker_ids
    speakers.picker.set_value(LNV_MINISTER)
    qtbot.mouseClick(speakers.add_button, Qt.MouseButton.LeftButton)
    assert [notes.speaker.itemData(i) for i in range(notes.speaker.count())] == [MINISTER, LNV_MINISTER]
    notes.select(LNV_MINISTER)
    assert notes.role.text() == "" and notes.notes.toPlainText() == ""  # not the minister's
    qtbot.keyClicks(notes.role, "Country statement, 3 min")
    qtbot.keyClicks(notes.notes, "Chair, the Netherlands supports the declaration.")
    notes.select(MINISTER)
    assert notes.role.text() == "Opening remarks, 5 min"
    assert editor.save()

    saved = win.services.store.sessions.get(OPENING)
    second = saved.notes_for(LNV_MINISTER)
    assert (second.role, second.notes) == ("Country statement, 3 min", "Chair, the Netherlands supports the declaration.")
    assert saved.notes_for(MINISTER).role == "Opening remarks, 5 min"
    assert (saved.speaking_role, saved.speaking_notes) == ("", "")  # moved into the lead's own entry


def test_without_speakers_the_notes_say_who_they_belong_to(make_window):
    from gui_fixture_data import PLENARY

    win = make_window()
    programme = win.go("programme")
    programme.ui.tabs.setCurrentWidget(programme.sessions)
    assert programme.sessions.open_key(PLENARY)
    notes = programme.sessions.editor.ui.speaker_notes
    assert not notes.notes.isEnabled()
    assert "Add a speaker or a chair first" in notes.empty.text()


def test_typed_notes_come_back_as_the_lock_puts_held_typing_back(make_window, qtbot):
    from briefer.gui.records.record_editor import set_widget_value

    win = make_window()
    programme = win.go("programme")
    programme.ui.tabs.setCurrentWidget(programme.sessions)
    assert programme.sessions.open_key(OPENING)
    editor = programme.sessions.editor
    notes = editor.ui.speaker_notes
    qtbot.keyClicks(notes.notes, "Excellencies,")
    held = editor.values()  # what the lock keeps while the screen is locked
    editor.revert()
    assert notes.notes.toPlainText() == ""
    for name, value in held.items():  # what it does on unlock
        set_widget_value(editor.field_widget(name), value)
    assert notes.notes.toPlainText() == "Excellencies," and editor.is_dirty()
