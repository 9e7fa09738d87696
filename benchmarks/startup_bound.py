"""The least a light start's first paint could cost: the real forms, Today's rows read with plain sqlite3.

    python benchmarks/startup_bound.py [--runs 5]

Issue 19 item 2 asks for the first view within 2.5× an empty PySide6 window. This builds what such a
start must show and nothing else — ``QApplication``, the real ``Ui_MainWindow`` and ``Ui_TodayView``
forms on their widgets, the demo's meetings, sessions and people read with the standard library's
``sqlite3`` (read-only) into Today's table and person chooser, the window shown — and prints the CPU
time at the event loop's first turn, alternated with the empty window of ``startup.py``, each a fresh
process with the bytecode cached. Not the app: a bound on what a light start could reach
(benchmarks/README.md, "Twentieth session").
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

BOUND = """
import sys, time, sqlite3
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
app = QApplication(sys.argv)
from briefer.gui.forms.main_window import Ui_MainWindow
from briefer.gui.forms.today_view import Ui_TodayView
win = QMainWindow(); Ui_MainWindow().setupUi(win)
today = QWidget(); ui = Ui_TodayView(); ui.setupUi(today)
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
rows = conn.execute("SELECT start, end, counterpart_country, status FROM meetings").fetchall()
rows += conn.execute("SELECT start, end, title, '' FROM sessions").fetchall()
for given, family in conn.execute("SELECT given_name, family_name FROM people"):
    ui.principal_combo.addItem(f"{given} {family}")
model = QStandardItemModel(len(rows), 4)
for i, row in enumerate(sorted(rows)):
    for j, value in enumerate(row):
        model.setItem(i, j, QStandardItem(str(value)))
ui.items.setModel(model)
win.setCentralWidget(today)
win.show()
QTimer.singleShot(0, lambda: (print(time.process_time(), flush=True), app.quit()))
app.exec()
"""

FLOOR = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.show()
QTimer.singleShot(0, lambda: (print(time.process_time(), flush=True), app.quit()))
app.exec()
"""


def cpu_at_ready(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               PYTHONPYCACHEPREFIX=str(ROOT / "benchmarks" / "data" / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True)
    return float(out.stdout.split()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    from startup import prepare_demo

    with tempfile.TemporaryDirectory() as tmp:
        db = prepare_demo(Path(tmp) / "demo") / "briefer.sqlite"
        cpu_at_ready(BOUND, str(db)), cpu_at_ready(FLOOR)  # untimed: disk cache and bytecode
        bound, floor = [], []
        for _ in range(args.runs):
            floor.append(cpu_at_ready(FLOOR))
            bound.append(cpu_at_ready(BOUND, str(db)))
    b, f = statistics.median(bound), statistics.median(floor)
    print(f"the real forms with plain sqlite3 rows: CPU to ready {b:.3f} s (min {min(bound):.3f}) against the empty "
          f"window's {f:.3f} s: {b / f:.1f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
