"""The first save of the day and quitting, on a large database: ``python benchmarks/first_write.py DATA_DIR``.

The first start of a (UTC) day backs the database up. This opens the app in this
process (Qt offscreen) over DATA_DIR with its ``backups/`` folder emptied, so the
daily backup is due, and times from the start of ``build``:

- writable: the background integrity check passed and saves are allowed,
- first save: a note saved then (what an advisor's first Ctrl+S costs),
- backup done: the day's backup is on disk (None when it was taken before writes were allowed),
- quit: ``run``'s own teardown (stop the background work, close the store) right after the save
  (with ``--let-check-finish``: after the start's integrity check has passed, as after a working day).

A clean close after a passed check marks the file (``briefer.sqlite.checked``); a start on a marked,
unchanged file allows writes at once and checks in the background (briefer/store/wholefile/checked.py).
The line says which start it was. To measure the marked start: one run with ``--let-check-finish``
(it leaves the mark), then runs with it again.

DATA_DIR is written to (a note per run, backups): use a copy, e.g. of benchmarks/generate.py's output.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BRIEFER_USER", "benchmark")  # else the first save asks "who are you?" and waits


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--let-check-finish", action="store_true",
                        help="after the save, wait for the integrity check to pass before quitting (leaves the mark)")
    args = parser.parse_args()
    from PySide6.QtCore import QCoreApplication, QThreadPool
    from PySide6.QtWidgets import QApplication

    from briefer.gui import app as app_module
    from briefer.model import Note
    from briefer.paths import resolve
    from briefer.store.wholefile.backup import list_backups

    paths = resolve(args.data_dir)
    shutil.rmtree(paths.backups, ignore_errors=True)
    try:
        from briefer.store.wholefile.checked import unchanged_since_check
    except ImportError:  # a Briefer from before the mark
        def unchanged_since_check(path):
            return False
    marked = unchanged_since_check(paths.database)
    app = QApplication.instance() or QApplication([])
    t0 = time.perf_counter()
    win = app_module.build(app, paths, interactive=False)
    win.show()
    store = win.services.store
    while not store.writable:
        QCoreApplication.processEvents()
        time.sleep(0.005)
    t_writable = time.perf_counter() - t0
    store.notes.add(Note(author="benchmark", body="the first save of the day"))
    t_saved = time.perf_counter() - t0
    backup_seen_at_save = bool(list_backups(paths.backups))
    if args.let_check_finish:
        while getattr(store, "passed_check", None) is False:
            QCoreApplication.processEvents()
            time.sleep(0.005)
    t1 = time.perf_counter()
    if hasattr(app_module, "stop_background"):
        app_module.stop_background(win)
    QThreadPool.globalInstance().waitForDone()
    store.close()
    t_quit = time.perf_counter() - t1
    print(f"{'marked' if marked else 'unmarked'} start: writable {t_writable:.2f} s · first save {t_saved:.2f} s · backup taken before the save: "
          f"{backup_seen_at_save} · quit right after {t_quit:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
