"""The start's background work never holds the user up: saves go in while the day's backup is
still being copied, and quitting stops the integrity check and the backup instead of waiting.

On a large database the check reads the whole file and the backup copies it (seconds each);
here both are held back on purpose so the test sees the window while they are under way.
"""

from __future__ import annotations

import threading
import time

import pytest

from briefer.model import Note

pytestmark = pytest.mark.gui


def test_saves_go_in_while_the_days_backup_is_still_being_made(make_window, qtbot, monkeypatch, answers):
    from briefer.store.wholefile import backup as backup_mod

    started, release = threading.Event(), threading.Event()
    real = backup_mod.snapshot_backup

    def slow_snapshot(store, reason="daily", **kw):
        started.set()
        release.wait(20)  # a copy of a large file, still under way
        return real(store, reason, **kw)

    monkeypatch.setattr(backup_mod, "snapshot_backup", slow_snapshot)
    win = make_window(backed_up_today=False)  # waits until the check passed and writes are allowed
    store = win.services.store
    try:
        qtbot.waitUntil(started.is_set, timeout=10000)  # the day's backup follows the check that passed
        assert backup_mod.list_backups(win.paths.backups) == []  # the backup has not been written yet
        store.notes.add(Note(author="tester", body="saved during the backup"))  # no waiting, no refusal
        assert "saved during the backup" in [n.body for n in store.notes.list()]
    finally:
        release.set()
    qtbot.waitUntil(lambda: bool(backup_mod.list_backups(win.paths.backups)), timeout=15000)
    assert [b.reason for b in backup_mod.list_backups(win.paths.backups)] == ["daily"]
    assert answers.errors == []


def test_quitting_stops_the_integrity_check_instead_of_waiting_for_it(make_window, qtbot, monkeypatch, answers):
    import briefer.gui.app as app_module

    win = make_window()
    running = threading.Event()
    ended: list[str] = []

    def long_check(db, path, find_backup):
        running.set()
        # as PRAGMA quick_check on a large file: one long statement on the checker's connection
        try:
            db.conn.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000000) "
                            "SELECT count(*) FROM n").fetchone()
            ended.append("ran to the end")
        except Exception as exc:  # noqa: BLE001 — what stopped it is the point
            ended.append(str(exc))
            raise

    # the window's own check must have run its statement before the stand-in is put in: on a loaded machine its
    # worker may reach it late, and would then run the stand-in too (seen once in CI: two checks interrupted)
    qtbot.waitUntil(lambda: win.integrity_task.finished, timeout=30000)
    monkeypatch.setattr(app_module, "_quick_check", long_check)
    app_module.check_in_background(win, win.paths, None)
    assert running.wait(10)
    app_module.stop_background(win)
    # quitting interrupts the check's statement rather than waiting for it: how long that takes on
    # a loaded machine is a benchmark's question (benchmarks/quit.py), not this test's
    qtbot.waitUntil(lambda: bool(ended), timeout=30000)
    assert ended == ["interrupted"]
    assert answers.errors == [] and answers.asked == []  # an interrupted check is not reported as damage


def test_quitting_before_the_check_began_skips_it(make_window, qtbot, monkeypatch, answers):
    """The pool may reach the check only after quitting began (its threads busy reading the first
    view): SQLite's interrupt stops only a running statement, so the check must not start at all."""
    import briefer.gui.app as app_module

    win = make_window()
    ran = threading.Event()

    def long_check(db, path, find_backup):
        ran.set()
        time.sleep(3)  # as a quick_check of a large file that no interrupt reaches

    monkeypatch.setattr(app_module, "_quick_check", long_check)
    win.background_stop.stop()  # quitting began
    app_module.check_in_background(win, win.paths, None)
    app_module.stop_background(win)
    qtbot.wait(300)  # time for the pool to reach the check, were it going to run it
    assert not ran.is_set()
    assert answers.errors == [] and answers.asked == []
