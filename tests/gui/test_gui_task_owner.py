"""Background results never reach a widget that was closed while the work ran."""

import threading

from PySide6.QtWidgets import QLabel

from briefer.gui.tasks import run_in_background


def test_results_for_a_destroyed_owner_are_dropped(qtbot):
    label = QLabel("waiting")
    release = threading.Event()
    seen = []
    task = run_in_background(lambda: release.wait(10) and "result", owner=label)
    task.success(lambda value: (seen.append(value), label.setText(value)))
    label.deleteLater()
    qtbot.waitUntil(lambda: task.orphaned, timeout=5000)
    with qtbot.waitSignal(task.done, timeout=5000):
        release.set()
    assert seen == []  # and no "Internal C++ object already deleted" in the event loop


def test_results_reach_a_living_owner(qtbot):
    label = QLabel("waiting")
    qtbot.addWidget(label)
    task = run_in_background(lambda: "ready", owner=label).success(label.setText)
    qtbot.waitUntil(lambda: label.text() == "ready", timeout=5000)
    assert task.finished and not task.orphaned
