"""Packs view and Programme timetable: how long building, previewing, printing and dragging take.

    python benchmarks/gui_views.py [--busy] [--runs 3]

Runs the real views offscreen over the bundled demo, or with ``--busy`` over
the crowded conference of ``benchmarks/schedule.py`` (5,000 bilaterals,
300 sessions, 150 rooms). Measured: the Packs view's build of the pack for the
principal with the most bilaterals (compose on the GUI thread + render in the
background + load into the preview), printing it through a QPrinter writing a
PDF at 150 dpi; the timetable's refresh (snapshot, whole-programme check,
index, one day laid out and painted) and one drag step (candidate, conflict
check and repaint) — the step must stay far below a frame (16 ms).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--busy", action="store_true", help="the crowded conference of benchmarks/schedule.py")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from briefer.gui.records import record_page
    from briefer.gui.app import build
    from briefer.gui.packs.printing import print_pdf

    # time the work itself, in line, as before big lists and the timetable moved to a worker
    # (benchmarks/gui_first_visits.py measures what the user waits for and how long the window freezes)
    record_page.BACKGROUND_ROWS = 10 ** 9
    from briefer.paths import resolve
    from briefer.store import Store

    data = Path(tempfile.mkdtemp(prefix="briefer-bench-views-"))
    paths = resolve(data)
    with Store.open(paths.database) as s:
        if args.busy:
            import schedule as sched_bench

            sched_bench.build(s)
        else:
            from briefer.demo import load_demo

            load_demo(s)
    app = QApplication.instance() or QApplication([])
    from briefer.gui.services import Asker

    class NoDialogs(Asker):  # a benchmark answers no question and shows no dialog
        def confirm(self, *_a):
            return False

        def who_am_i(self, *_a):
            return None  # the first start's question, modal: nobody would answer it here

        def error(self, _parent, exc):
            raise SystemExit(f"benchmark failed: {exc}")

    win = build(app, paths, ask=NoDialogs())
    win.resize(1300, 800)
    win.show()
    app.processEvents()

    packs = win.go("packs")
    best = max(packs.model.rows(), key=lambda r: (r.bilaterals, r.sessions))
    packs.select_person(best.person.id)

    def build_pack():
        packs.build_pack()
        while packs.task is not None:
            app.processEvents()
            time.sleep(0.002)
        assert packs.built is not None, packs.last_outcome

    build_ms = median_ms(build_pack, args.runs)
    pages = packs.built.pages
    out = data / "printed.pdf"

    def print_pack():
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setResolution(150)
        printer.setOutputFileName(str(out))
        print_pdf(packs.preview.data, printer, "benchmark", document=packs.preview.document)  # as Print does

    print_ms = median_ms(print_pack, args.runs)

    prog = win.go("programme")
    refresh_ms = median_ms(lambda: (prog.refresh(), prog.canvas.repaint(prog.canvas.visibleRegion())), args.runs)
    canvas = prog.canvas
    meetings = [b for b in canvas.blocks if b.item.kind == "meeting"]
    block = meetings[len(meetings) // 2]
    rect = canvas.block_rect(block.item.id, block.column)
    start = QPoint(int(rect.center().x()), int(rect.top()) + 4)

    def send(kind, pos, buttons):
        ev = QMouseEvent(kind, pos.toPointF(), canvas.mapToGlobal(pos).toPointF(), Qt.MouseButton.LeftButton,
                         buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(canvas, ev)

    send(QMouseEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    steps = []
    findings = 0
    for dy in range(20, 420, 20):
        t = time.perf_counter()
        send(QMouseEvent.Type.MouseMove, start + QPoint(0, dy), Qt.MouseButton.LeftButton)
        canvas.repaint(canvas.visibleRegion())  # what update() asks for: the part on screen
        steps.append((time.perf_counter() - t) * 1000)
        findings += len(canvas.drag.findings) if canvas.drag else 0
    send(QMouseEvent.Type.MouseMove, start, Qt.MouseButton.LeftButton)  # back where it was: nothing to save
    send(QMouseEvent.Type.MouseButtonRelease, start, Qt.MouseButton.NoButton)
    blocks = len(canvas.blocks)
    win.services.ask.unsaved_changes = lambda *a: "discard"  # editors never loaded count as changed (on main too)
    win.close()

    what = "busy conference (5,000 bilaterals)" if args.busy else "bundled demo"
    print(f"{what}; median of {args.runs} runs")
    print(f"packs: build + preview of {best.person.full_name}'s pack ({pages} pages): {build_ms:.0f} ms")
    print(f"packs: print {pages} pages to a 150 dpi PDF printer: {print_ms:.0f} ms")
    print(f"programme: refresh the timetable ({blocks} blocks on the day): {refresh_ms:.0f} ms")
    print(f"programme: one drag step (check + repaint), median of {len(steps)}: {statistics.median(steps):.1f} ms, "
          f"max {max(steps):.1f} ms ({findings} findings shown along the way)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
