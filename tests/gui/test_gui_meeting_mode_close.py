"""Meeting mode closes on Esc and Ctrl+W, in English and Dutch, after committing the note.

The keys are sent through the window's QWindow, the way a real key press arrives
(tests/e2e presses them through an X server); the note is read back on a second
connection, as a restart would find it.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from briefer.store import Store
from gui_fixture_data import MEET_IDN

pytestmark = pytest.mark.gui

CLOCK = datetime(2019, 6, 19, 10, 20, tzinfo=timezone.utc)


@pytest.mark.parametrize(("key", "modifier", "language"), [
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, "en"),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier, "en"),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, "nl"),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier, "nl"),
])
def test_escape_and_ctrl_w_close_meeting_mode_with_the_note_committed(make_window, qtbot, key, modifier, language):
    win = make_window(clock=lambda: CLOCK, language=language)
    mode = win.views["today"].open_meeting_mode(MEET_IDN)
    qtbot.waitExposed(mode)
    mode.activateWindow()
    qtbot.waitUntil(mode.isActiveWindow)
    assert mode.windowTitle().startswith("Meeting mode" if language == "en" else "Gespreksmodus")
    mode.ui.notes.setFocus()
    qtbot.keyClicks(mode.ui.notes, "Closed by a key")
    with qtbot.waitSignal(mode.closed, timeout=3000):
        QTest.keyClick(mode.windowHandle(), key, modifier)
    assert MEET_IDN not in win.views["today"].meeting_modes  # closed (and deleted)
    with Store.open(win.services.store.path, user="someone-else") as other:
        mine = [n.body for n in other.notes.list(meeting_id=MEET_IDN) if n.author == "tester"]
        assert mine == ["Closed by a key"]
        assert other.drafts.all() == []
