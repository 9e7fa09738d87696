"""Quit while the start's background work runs, on a large database: ``python benchmarks/quit.py DATA_DIR [fresh]``.

Opens the app in this process (Qt offscreen) over DATA_DIR, waits until the
integrity check has started and 0.3 s more, then quits as ``run`` does (stop the
background work where the app can, wait for Qt's pool, close the store) and
prints how long that took. ``fresh`` empties ``backups/`` first, so the day's
backup is due and running too. DATA_DIR is written to (backups): use a copy.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import os, time, shutil
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QApplication
from briefer.gui import app as A
from briefer.paths import resolve
paths = resolve(Path(sys.argv[1]))
if sys.argv[2:] == ["fresh"]:
    shutil.rmtree(paths.backups, ignore_errors=True)
app = QApplication([])
t0 = time.perf_counter()
win = A.build(app, paths, interactive=False); win.show()
while getattr(win, "integrity_task", None) is None:
    QCoreApplication.processEvents(); time.sleep(0.005)
t_task = time.perf_counter() - t0
end = time.perf_counter() + 0.3
while time.perf_counter() < end:
    QCoreApplication.processEvents(); time.sleep(0.005)
t1 = time.perf_counter()
win.close()
if hasattr(A, "stop_background"): A.stop_background(win)
QThreadPool.globalInstance().waitForDone()
win.services.store.close()
print(f"check started at {t_task:.2f} s; quit 0.3 s later took {time.perf_counter() - t1:.2f} s; backups {len(list(paths.backups.glob('*.sqlite'))) if paths.backups.exists() else 0}")
