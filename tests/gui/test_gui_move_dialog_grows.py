"""The Move dialog grows with its live conflict text instead of squashing its own fields.

Found by hand under Xvfb at 1280×720 in Dutch: typing a start that clashes filled
the word-wrapped warning, the dialog kept its height, and Qt squeezed *Day*,
*Start*, *Duration* and *Room* to a few pixels each while the warning was cut off.
"""

from __future__ import annotations

import pytest
from gui_fixture_data import MEET_IDN
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui


def test_a_long_conflict_warning_leaves_every_field_readable(make_window, qtbot):
    from briefer.gui.programme.move_meeting_dialog import MoveMeetingDialog

    win = make_window()
    view = win.go("programme")
    view.select(MEET_IDN)
    dialog = MoveMeetingDialog(view.selected_meeting(), view.schedule, view.index, view)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()

    dialog.ui.start.line.clear()
    QTest.keyClicks(dialog.ui.start.line, "9:30")  # during the opening, where the minister speaks
    QApplication.processEvents()

    label = dialog.ui.conflict_label
    assert "Cannot work" in label.text()
    assert dialog.height() > before
    for field in (dialog.ui.day, dialog.ui.start, dialog.ui.duration, dialog.ui.room):
        assert field.height() >= field.minimumSizeHint().height(), field.objectName()
    assert label.height() >= label.heightForWidth(label.width())  # the whole warning, not its first lines
