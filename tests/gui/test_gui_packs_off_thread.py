"""The Packs view composes a pack away from the window (issue 19 item 7): the window answers while
the records of hundreds of bilaterals are read, and a pack that cannot be made still says why."""

from __future__ import annotations

import threading

import pytest
from gui_fixture_data import MINISTER
from PySide6.QtCore import Qt

import briefer.packs
from briefer.errors import BrieferError

pytestmark = pytest.mark.gui


def _choose(packs, qtbot, person_id: str) -> None:
    qtbot.waitUntil(lambda: packs.model.row_of_key(person_id) >= 0, timeout=5000)
    idx = packs.proxy.mapFromSource(packs.model.index(packs.model.row_of_key(person_id), 0))
    qtbot.mouseClick(packs.ui.people.viewport(), Qt.MouseButton.LeftButton, pos=packs.ui.people.visualRect(idx).center())


def test_the_window_answers_while_the_pack_is_composed(make_window, qtbot, answers, monkeypatch):
    composing, release = threading.Event(), threading.Event()
    threads = []
    real = briefer.packs.compose

    def slow_compose(store, options, **kw):
        threads.append(threading.current_thread())
        composing.set()
        release.wait(10)  # as long as a pack of 600 bilaterals takes to read
        return real(store, options, **kw)

    monkeypatch.setattr(briefer.packs, "compose", slow_compose)
    win = make_window()
    packs = win.go("packs")
    _choose(packs, qtbot, MINISTER)
    qtbot.mouseClick(packs.ui.build_button, Qt.MouseButton.LeftButton)
    # the click has returned while the pack is still being composed: the window is not frozen
    assert composing.wait(5) and not release.is_set()
    assert threads[0] is not threading.main_thread()
    assert packs.ui.cancel_button.isVisible() and not packs.ui.build_button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: packs.task is None, timeout=30000)
    assert answers.errors == [] and packs.last_outcome == "built" and packs.preview.page_count() >= 1
    assert packs.built.plan.recipient_id == MINISTER


def test_a_pack_that_cannot_be_composed_says_why_and_builds_nothing(make_window, qtbot, answers, monkeypatch):
    def refuse(store, options, **kw):
        raise BrieferError("the recipient has no bilaterals in this period", field="from_date")

    monkeypatch.setattr(briefer.packs, "compose", refuse)
    win = make_window()
    packs = win.go("packs")
    _choose(packs, qtbot, MINISTER)
    qtbot.mouseClick(packs.ui.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: packs.task is None, timeout=10000)
    assert packs.built is None and packs.last_outcome == "failed"
    assert [str(e) for e in answers.errors] == ["field 'from_date': the recipient has no bilaterals in this period"]
    assert packs.ui.build_button.isEnabled() and not packs.ui.cancel_button.isVisible()
