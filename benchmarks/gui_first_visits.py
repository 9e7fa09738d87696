"""First visit of each main view on a large database: time to its rows, and how long the window froze.

    python benchmarks/gui_first_visits.py --large DIR [--views bilaterals,people,...]

DIR holds a ``briefer.sqlite`` made by ``benchmarks/generate.py`` (e.g. /tmp/gs10:
5,000 bilaterals, 2,004 people). It is never written: the database is copied
to a temporary folder (and migrated there, if the schema moved on) first.
The real window is built offscreen; after the start-up integrity check has
finished, each view is visited once, in rail order. Measured per view: the
time from the click to its rows being shown (a list read on a worker counts
until its answer is shown), and the longest the GUI thread was unresponsive
meanwhile (the largest gap between ticks of a 5 ms timer) — what a user feels
as a frozen window.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--large", type=Path, required=True, help="a data dir holding briefer.sqlite (not written)")
    ap.add_argument("--views", default="programme,bilaterals,countries,people,actions,packs")
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QElapsedTimer, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from briefer.gui.app import build
    from briefer.gui.services import Asker
    from briefer.paths import resolve
    from briefer.store import Store

    work = Path(tempfile.mkdtemp(prefix="briefer-first-visits-"))
    try:
        shutil.copy2(args.large / "briefer.sqlite", work / "briefer.sqlite")
        with Store.open(work / "briefer.sqlite"):
            pass  # migrate the copy now, so the window does not
        app = QApplication.instance() or QApplication([])

        class NoDialogs(Asker):
            def confirm(self, *_a):
                return False

            def unsaved_changes(self, *_a):
                return "discard"

            def who_am_i(self, *_a):
                return None  # the first start's question, modal: nobody would answer it here

            def error(self, _parent, exc):
                raise SystemExit(f"benchmark failed: {exc}")

        win = build(app, resolve(work), ask=NoDialogs())
        win.resize(1300, 800)
        win.show()

        def wait(cond, timeout=120.0):
            """Run one event loop until ``cond()`` (not a processEvents() spin: see benchmarks/lock.py)."""
            from PySide6.QtCore import QEventLoop

            loop = QEventLoop()
            poll = QTimer()
            poll.setInterval(2)
            end = time.perf_counter() + timeout
            poll.timeout.connect(lambda: (cond() or time.perf_counter() > end) and loop.quit())
            poll.start()
            if not cond():
                loop.exec()
            poll.stop()
            if not cond():
                raise SystemExit("timed out")

        wait(lambda: not win.views["today"].pending)
        wait(lambda: getattr(win, "integrity_task", None) is None or win.integrity_task.finished)
        QThreadPool.globalInstance().waitForDone()

        gaps: list[float] = []
        clock = QElapsedTimer()
        tick = QTimer()
        tick.setInterval(5)

        def on_tick():
            gaps.append(clock.restart())

        tick.timeout.connect(on_tick)
        print(f"first visits on {args.large} (offscreen)")
        for name in args.views.split(","):
            gaps.clear()
            clock.start()
            tick.start()
            t = time.perf_counter()
            view = win.go(name)
            pages = view.pages() if hasattr(view, "pages") else [view]
            wait(lambda: not any(getattr(p, "pending", False) for p in pages))
            rows_s = time.perf_counter() - t
            app.processEvents()  # the paint of the rows that arrived
            tick.stop()
            gaps.append(clock.elapsed())
            print(f"  {name:11s} rows shown after {rows_s:5.2f} s; window unresponsive at most {max(gaps) / 1000:5.2f} s")
        win.close()
        QThreadPool.globalInstance().waitForDone()
        win.services.store.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
