"""The window at scale: typing in a list's filter, building the busiest pack, switching language.

    python benchmarks/gui_scale.py --large DIR [--what filter,pack,language] [--word WORD]

DIR holds a ``briefer.sqlite`` made by ``benchmarks/generate.py`` (5,000
bilaterals, 2,004 people, 50,000 notes). It is never written: the database is
copied to a temporary folder (and migrated there) first, as
``benchmarks/gui_first_visits.py`` does. The real window is built offscreen.

- ``filter``: in Bilaterals, People and Packs a word is typed letter by letter
  into the list's filter field with QTest; per key, the time from the key to
  the list repainted with the new rows, and the longest the GUI thread was
  unresponsive (the largest gap between ticks of a 5 ms timer);
- ``pack``: the Packs view builds the pack of the principal with the most
  bilaterals; the time until it is in the preview, its pages, ms/page, and the
  longest freeze meanwhile;
- ``language``: Settings → language, to the other language and back, with
  every main view visited once before; the longest freeze per switch.
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
    ap.add_argument("--what", default="filter,pack,language")
    ap.add_argument("--word", default="land", help="what is typed into each filter, letter by letter")
    ap.add_argument("--idle", type=float, default=1.0,
                    help="seconds the window idles between the rows shown and the first key (a user reaching the field)")
    ap.add_argument("--stalls", action="store_true",
                    help="sample the GUI thread's stack every 20 ms while it has not answered for 60 ms")
    ap.add_argument("--profile", type=Path, help="write a cProfile of the measured part here")
    args = ap.parse_args(argv)
    import cProfile

    profiler = cProfile.Profile() if args.profile else None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QThreadPool, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from briefer.gui.app import build
    from briefer.gui.services import Asker
    from briefer.paths import resolve
    from briefer.store import Store

    work = Path(tempfile.mkdtemp(prefix="briefer-gui-scale-"))
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
                return None

            def error(self, _parent, exc):
                raise SystemExit(f"benchmark failed: {exc}")

        win = build(app, resolve(work), ask=NoDialogs())
        win.resize(1300, 800)
        win.show()

        def wait(cond, timeout=300.0):
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

        import gc
        import threading

        gui_thread = threading.get_ident()
        collections: list[tuple[int, float, bool]] = []  # (generation, ms, on the GUI thread)
        started: dict[int, float] = {}

        def on_gc(phase, info):  # every full collection, and on which thread it ran
            me = threading.get_ident()
            if phase == "start":
                started[me] = time.perf_counter()
            elif me in started:
                collections.append((info["generation"], (time.perf_counter() - started.pop(me)) * 1000,
                                    me == gui_thread))

        gc.callbacks.append(on_gc)

        def full_collections() -> str:
            full = [(ms, gui) for gen, ms, gui in collections if gen == 2]
            on_gui = [ms for ms, gui in full if gui]
            return (f"full garbage collections {len(full)}, longest {max((ms for ms, _ in full), default=0):.0f} ms "
                    f"({len(on_gui)} on the GUI thread, longest {max(on_gui, default=0):.0f} ms); "
                    f"objects tracked {len(gc.get_objects())}, frozen {gc.get_freeze_count()}")

        gaps: list[float] = []
        clock = QElapsedTimer()
        tick = QTimer()
        tick.setInterval(5)
        stamps: list[tuple[float, float]] = []  # (gap ms, when it ended, s since perf_counter 0)

        last_tick = [time.perf_counter()]
        stalls: dict[tuple, int] = {}  # the GUI thread's stack while it had not ticked for 60 ms -> samples

        def on_tick():
            gaps.append(clock.restart())
            last_tick[0] = time.perf_counter()
            stamps.append((gaps[-1], last_tick[0]))

        def sample_stalls():  # where the GUI thread is while the window does not answer
            import traceback

            while not sampler_done.is_set():
                time.sleep(0.02)
                if tick.isActive() and time.perf_counter() - last_tick[0] > 0.06:
                    frame = sys._current_frames().get(gui_thread)
                    if frame is not None:
                        key = tuple(f"{Path(f.filename).name}:{f.lineno} {f.name}"
                                    for f in traceback.extract_stack(frame)[-6:])
                        stalls[key] = stalls.get(key, 0) + 1

        sampler_done = threading.Event()
        if args.stalls:
            threading.Thread(target=sample_stalls, daemon=True).start()

        tick.timeout.connect(on_tick)

        def start_watch():
            stalls.clear()
            collections.clear()
            gaps.clear()
            stamps.clear()
            clock.start()
            tick.start()

        def stop_watch() -> float:
            tick.stop()
            gaps.append(clock.elapsed())
            return max(gaps)

        def visit(name):
            view = win.go(name)
            pages = view.pages() if hasattr(view, "pages") else [view]
            wait(lambda: not any(getattr(p, "pending", False) for p in pages))
            app.processEvents()
            return view

        print(f"{args.large} (offscreen); load average {open('/proc/loadavg').read().split()[0]}")
        what = args.what.split(",")
        if "filter" in what:
            for name in ("bilaterals", "people", "packs"):
                view = visit(name)
                page = view.current_page() if hasattr(view, "current_page") else view
                edit = page.list.ui.filter_edit if hasattr(page, "list") else page.ui.filter_edit
                table = page.list.ui.table if hasattr(page, "list") else page.ui.people
                total = table.model().sourceModel().rowCount()
                edit.setFocus()
                idle_until = time.perf_counter() + args.idle
                wait(lambda: time.perf_counter() > idle_until)
                keys, freezes, cpus = [], [], []
                for n, ch in enumerate(args.word):
                    start_watch()
                    if profiler and n:
                        profiler.enable()
                    t, cpu = time.perf_counter(), time.process_time()
                    QTest.keyClick(edit, ch)
                    table.viewport().repaint()  # the rows now shown, painted
                    keys.append((time.perf_counter() - t) * 1000)
                    cpus.append((time.process_time() - cpu) * 1000)
                    if profiler:
                        profiler.disable()
                    app.processEvents()
                    freezes.append(stop_watch())
                shown = table.model().rowCount()
                edit.clear()
                app.processEvents()
                print(f"  filter {name:10s} '{args.word}' over {total} rows -> {shown}: per key max "
                      f"{max(keys):6.1f} ms, first {keys[0]:6.1f} ms, median {sorted(keys)[len(keys) // 2]:5.1f} ms "
                      f"(CPU max {max(cpus):5.1f} ms); "
                      f"window unresponsive at most {max(freezes):6.0f} ms")
        if "pack" in what:
            packs = visit("packs")
            best = max(packs.model.rows(), key=lambda r: (r.bilaterals, r.sessions))
            packs.select_person(best.person.id)
            app.processEvents()
            loads, load_at = [], []
            real_load = packs.preview.load

            def timed_load(*a, **kw):  # the part still on the GUI thread: QPdfDocument reads the pack
                t0 = time.perf_counter()
                load_at.append(t0)
                try:
                    return real_load(*a, **kw)
                finally:
                    loads.append((time.perf_counter() - t0) * 1000)

            packs.preview.load = timed_load
            start_watch()
            t = time.perf_counter()
            packs.build_pack()
            wait(lambda: packs.task is None, timeout=900)
            # then the pages themselves: a long pack reaches the view once its page sizes are read
            wait(lambda: packs.built is None or packs.preview.view.document() is not None, timeout=60)
            app.processEvents()
            secs = time.perf_counter() - t
            froze = stop_watch()
            if packs.built is None:
                raise SystemExit(f"pack not built: {packs.last_outcome}")
            pages = packs.built.pages
            print(f"  pack of {best.person.full_name} ({best.bilaterals} bilaterals): {pages} pages in {secs:.1f} s "
                  f"({secs * 1000 / pages:.1f} ms/page); window unresponsive at most {froze:.0f} ms "
                  f"(loading it into the preview: {loads[0]:.0f} ms)")
            print("    " + full_collections())
            for key, n in sorted(stalls.items(), key=lambda kv: -kv[1])[:5]:
                print(f"    GUI thread stalled, {n * 20} ms sampled in: " + " <- ".join(reversed(key)))
            worst = sorted(stamps, reverse=True)[:4]
            print("    longest gaps (ms, ended s after the click / relative to the preview's load): " + ", ".join(
                f"{g:.0f} at {end - t:.1f} s / {end - load_at[0]:+.1f} s" for g, end in worst))
        if "language" in what:
            for name in ("today", "programme", "bilaterals", "countries", "people", "actions", "packs"):
                visit(name)
            visit("bilaterals")
            for lang in ("en" if win.language == "nl" else "nl", win.language):
                start_watch()
                if profiler:
                    profiler.enable()
                t, cpu = time.perf_counter(), time.thread_time()
                win.switch_language(lang)
                app.processEvents()
                secs, cpu = time.perf_counter() - t, time.thread_time() - cpu
                if profiler:
                    profiler.disable()
                froze = stop_watch()
                print(f"  language -> {lang}: {secs * 1000:.0f} ms on the GUI thread (CPU {cpu * 1000:.0f} ms); "
                      f"window unresponsive at most {froze:.0f} ms; {full_collections()}")
                for _ in range(20):
                    app.processEvents()
                    time.sleep(0.01)
        sampler_done.set()
        if profiler:
            profiler.dump_stats(str(args.profile))
        win.close()
        QThreadPool.globalInstance().waitForDone()
        win.services.store.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
