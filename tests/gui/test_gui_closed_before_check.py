"""A window closed before its deferred integrity check began: the check never touches the closed file.

The check waits for the first view's paint (or three seconds: shortened here). A window closed and its store closed in
that time — a window replaced by a restore, a test ending — used to run the check and its follow-up
(offering recovered drafts) on the closed connection: "Cannot operate on a closed database".
"""

from __future__ import annotations

import pytest

from briefer.gui.startup.first_paint import PAINT_WAIT_MS
from briefer.store import Store

pytestmark = pytest.mark.gui


#: The product's CHECK_DELAY_MS (3 s) in these tests.
DELAY_MS = 300
#: Past the shortened delay and the wait for a paint that a window off screen never gets.
PAST_IT_MS = DELAY_MS + PAINT_WAIT_MS + 400


def _window_over_an_empty_database(qtbot, tmp_path, answers, monkeypatch):
    """The app's window as ``briefer`` builds it, over a new database; its check not begun yet."""
    from PySide6.QtWidgets import QApplication

    from briefer.gui import app
    from briefer.gui.app import build

    monkeypatch.setattr(app, "CHECK_DELAY_MS", DELAY_MS)
    from briefer.paths import resolve

    folder = tmp_path / "data"
    folder.mkdir()
    with Store.open(folder / "briefer.sqlite", user="tester"):
        pass
    win = build(QApplication.instance(), resolve(folder), demo_loader=lambda s: None, ask=answers)
    qtbot.addWidget(win)
    return win


def test_a_store_closed_before_the_check_is_left_alone(qtbot, tmp_path, answers, monkeypatch):
    win = _window_over_an_empty_database(qtbot, tmp_path, answers, monkeypatch)
    win.close()
    win.services.store.close()  # before the first view's paint started the check
    assert win.services.store.closed
    qtbot.wait(PAST_IT_MS)  # an exception in the event loop fails the test (pytest-qt)
    assert getattr(win, "integrity_task", None) is None
    assert answers.errors == []


def test_closing_the_window_before_its_check_began_means_no_check_at_all(qtbot, tmp_path, answers, monkeypatch):
    """Closing the window is what stops the check (its ``background_stop``), before the store is closed:
    a window closed within the three seconds never starts a check of a file it no longer shows."""
    win = _window_over_an_empty_database(qtbot, tmp_path, answers, monkeypatch)
    assert win.close()
    assert win.background_stop() and not win.services.store.closed
    qtbot.wait(PAST_IT_MS)
    assert getattr(win, "integrity_task", None) is None
    assert win.statusBar().currentMessage() != "Checking the database…"
    assert answers.errors == [] and answers.asked == []
    win.services.store.close()
