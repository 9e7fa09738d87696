"""The first save of the day and quitting, on a large database: ``python benchmarks/first_write.py DATA_DIR``.

The first start of a (UTC) day backs the database up. This opens the app in this
process (Qt offscreen) over DATA_DIR with its ``backups/`` folder emptied, so the
daily backup is due, and times from the start of ``build``:

- writable: the background integrity check passed and saves are allowed,
- first save: a note saved then (what an advisor's first Ctrl+S costs),
- backup done: the day's backup is on disk (None when it was taken before writes were allowed),
- quit: ``run``'s own teardown (stop the background work, close the store) right after the save.

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    args = parser.parse_args()
    from PySide6.QtCore import QCoreApplication, QThreadPool
    from PySide6.QtWidgets import QApplication

    from briefer.gui import app as app_module
    from briefer.model import Note
    from briefer.paths import resolve
    from briefer.store.wholefile.backup import list_backups

    paths = resolve(args.data_dir)
    shutil.rmtree(paths.backups, ignore_errors=True)
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
    t1 = time.perf_counter()
    if hasattr(app_module, "stop_background"):
        app_module.stop_background(win)
    QThreadPool.globalInstance().waitForDone()
    store.close()
    t_quit = time.perf_counter() - t1
    print(f"writable {t_writable:.2f} s · first save {t_saved:.2f} s · backup taken before the save: "
          f"{backup_seen_at_save} · quit right after {t_quit:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
