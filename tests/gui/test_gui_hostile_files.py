"""The app meets the same hostile files as the command line: refused in a message, never a wait or a traceback."""

from __future__ import annotations

import os

import pytest


@pytest.mark.gui
def test_a_named_pipe_chosen_as_the_programme_is_refused_without_waiting(make_window, qtbot, tmp_path, answers):
    """Reading a pipe waits for a writer; the worker must refuse it at once (and the window stays usable)."""
    win = make_window()
    pipe = tmp_path / "programme.ics"
    os.mkfifo(pipe)
    count = win.services.store.sessions.count()
    task = win.import_programme(pipe)
    qtbot.waitUntil(lambda: task.finished, timeout=5000)
    assert answers.errors and "programme.ics: is a named pipe, not a file" in str(answers.errors[0])
    assert win.services.store.sessions.count() == count


@pytest.mark.gui
def test_a_programme_larger_than_any_conference_needs_is_refused_before_it_is_read(make_window, qtbot, tmp_path,
                                                                                   answers):
    win = make_window()
    big = tmp_path / "big.ics"
    with open(big, "wb") as fh:
        fh.truncate(64 * 1024 * 1024)  # sparse: no disk used
    task = win.import_programme(big)
    qtbot.waitUntil(lambda: task.finished, timeout=5000)
    assert answers.errors and "the file is too large (64.0 MB; at most 20.0 MB)" in str(answers.errors[0])
