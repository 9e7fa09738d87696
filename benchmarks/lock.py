"""Unlock, checked open and lock in the desktop app: how long until the window is usable, until
writes are allowed (background quick_check + first backup of the day), and to lock / unlock.

    python benchmarks/lock.py [--large DIR]

Cases: the fixture/bundled demo plain and encrypted (a temporary copy, encrypted with the
security core's ``encrypt``), and the large synthetic data of benchmarks/generate.py (the cached
``benchmarks/data/startup/large`` of startup.py, or --large DIR). In-process, offscreen, one
QApplication; the daily backup is taken only on the first open of a (UTC) day — the output says
whether this run took it.
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
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
SECRET = "benchmark passphrase"


def wait_until(cond, timeout=120.0) -> None:
    """Run the event loop until ``cond()`` — one QEventLoop, not a processEvents() spin: PySide6 6.12's
    processEvents() drops a reference to None on every call, and a tight loop of them crashes the
    interpreter ("none_dealloc") within seconds."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)
    end = time.monotonic() + timeout
    poll.timeout.connect(lambda: (cond() or time.monotonic() > end) and loop.quit())
    poll.start()
    if not cond():
        loop.exec()
    poll.stop()


def measure(app, paths, passphrase):
    from briefer.gui.app import build
    from briefer.store.wholefile.backup import list_backups

    backups_before = len(list_backups(paths.backups))
    t0 = time.perf_counter()
    win = build(app, paths, passphrase=passphrase, interactive=False)
    win.show()
    today = win.views["today"]
    wait_until(lambda: not today.pending)
    t_view = time.perf_counter() - t0
    wait_until(lambda: win.services.store.writable)
    t_write = time.perf_counter() - t0
    took_backup = len(list_backups(paths.backups)) > backups_before
    win.go("countries")
    t = time.perf_counter()
    win.lock_guard.lock_now()
    wait_until(lambda: True)
    t_lock = time.perf_counter() - t
    t = time.perf_counter()
    ok = win.lock_guard.unlock(passphrase or "")
    t_unlock = time.perf_counter() - t
    assert ok
    win.lock_guard.stop()
    win.close()
    win.deleteLater()
    win.services.store.close()
    return t_view, t_write, took_backup, t_lock, t_unlock


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", type=Path, default=ROOT / "benchmarks" / "data" / "startup" / "large")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from briefer.paths import resolve
    from briefer.store.wholefile.crypto import encrypt
    from startup import prepare_demo

    app = QApplication.instance() or QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp(prefix="briefer-lock-bench-"))
    try:
        demo = prepare_demo(work / "demo")
        enc = work / "encrypted"
        enc.mkdir()
        shutil.copyfile(demo / "briefer.sqlite", enc / "briefer.sqlite")
        encrypt(enc / "briefer.sqlite", SECRET, backup_dir=enc / "backups")
        cases = [("demo, plain", demo, None), ("demo, encrypted", enc, SECRET)]
        if (args.large / "briefer.sqlite").exists():
            cases.append(("large, plain", args.large, None))
        for name, folder, secret in cases:
            view, write, backup, lock, unlock = measure(app, resolve(folder), secret)
            print(f"{name:16s} first view {view:.2f} s · writes allowed {write:.2f} s"
                  f"{' (incl. the daily backup)' if backup else ''} · lock {lock * 1000:.0f} ms · "
                  f"unlock {unlock * 1000:.0f} ms")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
