"""Work the start queues behind the first view waits until the window is painted with it.

Qt runs a zero timer before a paint asked for by the same change, so the integrity check's
status bar and worker, and the first start's question, used to come between Today's rows and
the screen (benchmarks/README.md, "Desktop app start-up").
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel

from briefer.gui.startup.first_paint import after_next_paint
from briefer.paths import resolve

pytestmark = pytest.mark.gui


class PaintSpy(QObject):
    def __init__(self, widget, on_paint):
        super().__init__(widget)
        self.on_paint = on_paint
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.on_paint()
        return False


def test_work_waits_for_the_next_paint_of_a_shown_window(qtbot):
    label = QLabel("x")
    qtbot.addWidget(label)
    events = []
    spy = PaintSpy(label, lambda: events.append("paint"))
    after_next_paint(label, lambda: events.append("work"), at_most_ms=10_000)
    label.show()
    qtbot.waitUntil(lambda: "work" in events, timeout=5000)
    assert events.index("work") > events.index("paint")
    assert events.count("work") == 1
    label.removeEventFilter(spy)


def test_a_window_never_painted_does_not_hold_the_work_back(qtbot):
    label = QLabel("x")  # never shown: never painted
    qtbot.addWidget(label)
    done = []
    after_next_paint(label, lambda: done.append(True), at_most_ms=50)
    qtbot.waitUntil(lambda: bool(done), timeout=2000)
    qtbot.wait(100)
    assert done == [True]


def test_the_integrity_check_starts_after_todays_rows_are_painted(qtbot, demo_loader, answers, data_dir, monkeypatch):
    import briefer.gui.app as gui_app
    from briefer.store import Store

    paths = resolve(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    with Store.open(paths.database, user="tester") as s:
        demo_loader(s)
    events = []
    # the check itself is not run here (writes stay blocked): only when it would start is recorded
    monkeypatch.setattr(gui_app, "check_in_background",
                        lambda window, *a, **k: events.append(("check", window.views["today"].model.rowCount())))
    win = gui_app.build(QApplication.instance(), paths, ask=answers, demo_loader=demo_loader,
                        clock=lambda: datetime(2019, 6, 19, 9, 0, tzinfo=timezone.utc))
    qtbot.addWidget(win)
    today = win.views["today"]
    spy = PaintSpy(win, lambda: events.append(("paint", today.model.rowCount())))
    win.show()
    qtbot.waitUntil(lambda: ("check", 3) in events, timeout=10_000)
    first_check = events.index(("check", 3))
    assert ("paint", 3) in events[:first_check], events
    assert [e for e in events if e[0] == "check"] == [("check", 3)]
    win.removeEventFilter(spy)
