"""Helpers of the lock tests: damaged database files made the way disks damage them."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from briefer.paths import resolve
from briefer.store import Store

SECRET = "correct horse battery staple"


def damage(path: Path) -> bytes:
    """Overwrite pages in the middle of ``path`` (header intact): it opens, but fails quick_check.

    The pages overwritten are the root pages of the notes' and the revisions' tables: pages in use
    that the first view does not read. (The file's last pages, damaged here before, can be free
    pages after a migration that emptied them — and damage there is no damage.) Asserts the
    result fails ``PRAGMA quick_check``, so a test built on it cannot pass on an undamaged file.

    Returns the damaged bytes, to prove later that nothing wrote to the file.
    """
    import sqlite3

    with Store.open(path) as s:  # fold the WAL into the file first
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        roots = [r for (r,) in s.db.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name IN ('notes', 'revisions')")]
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    for n in roots:  # page numbers count from 1
        start = (n - 1) * page
        data[start + 8: start + 200] = b"\xa5" * 192
    path.write_bytes(bytes(data))
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] != "ok", "the damage did not show"
    except sqlite3.DatabaseError:
        pass  # damaged past reading: damaged all the same
    finally:
        conn.close()
    return bytes(data)


@pytest.fixture
def open_app(qtbot, demo_loader, answers, data_dir):
    """Build the app like ``briefer`` does, over a database prepared by the test (plain or encrypted)."""
    from briefer.gui.app import build

    made = []

    def prepare(*, encrypted: bool = False):
        paths = resolve(data_dir)
        data_dir.mkdir(parents=True, exist_ok=True)
        with Store.open(paths.database, user="tester") as s:
            demo_loader(s)
        if encrypted:
            from briefer.store.wholefile.crypto import encrypt

            encrypt(paths.database, SECRET, backup_dir=paths.backups)
        from briefer.gui.settings import Settings

        settings = Settings(data_dir / "gui.ini")
        settings.language = "en"
        settings.sync()
        return paths

    def make(paths, *, passphrase=None, lock_clock=None, wait_writable=True):
        clock = lambda: datetime(2019, 6, 19, 9, 0, tzinfo=timezone.utc)  # noqa: E731
        win = build(QApplication.instance(), paths, passphrase=passphrase, demo_loader=demo_loader, ask=answers,
                    clock=clock, lock_clock=lock_clock)
        if win is None:
            return None
        win.show()
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: not win.views["today"].pending, timeout=15000)
        # the check starts once the window is painted with the first view (briefer/gui/startup/first_paint.py)
        qtbot.waitUntil(lambda: getattr(win, "integrity_task", None) is not None, timeout=15000)
        if wait_writable:
            qtbot.waitUntil(lambda: win.services.store.writable, timeout=15000)
        made.append(win)
        return win

    make.prepare = prepare
    make.made = made
    yield make
    from briefer.gui.app import current

    for w in made:
        w = current(w)
        answers.unsaved = "discard"
        if w.lock_guard.locked:
            w.lock_guard.unlock(SECRET if w.lock_guard.needs_passphrase else "")
        w.lock_guard.stop()
        for mode in list(w.views["today"].meeting_modes.values()):
            mode.close()
        w.close()
        w.deleteLater()
        w.services.undo_stack.clear()
        w.services.store.close()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
