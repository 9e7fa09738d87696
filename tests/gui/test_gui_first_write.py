"""The first write of the day: a file unchanged since it last passed the check is writable at once.

The check of a large file takes seconds. When the file is what Briefer closed after a passed
check (its "checked" mark matches: briefer/store/wholefile/checked.py), the window allows
writes before the check has finished — the check still runs, and damage it finds blocks writes
and is reported. Any other file (a byte changed, a new size, a WAL left by a crash) is checked
first, as before. The check here is held back until the test releases it.
"""

from __future__ import annotations

import os
import threading

import pytest
from lock_helpers import open_app  # noqa: F401 — a fixture

from briefer.model import Note
from briefer.store.wholefile.checked import mark_path
from briefer.store.wholefile.dbfiles import side_file

pytestmark = pytest.mark.gui


@pytest.fixture
def held_check(monkeypatch):
    """The window's integrity check, held until ``release`` is set; ``ran`` once it was reached."""
    import briefer.gui.app as app_module
    from briefer.store.db import quick_check

    class Held:
        ran, release = threading.Event(), threading.Event()
        damage: Exception | None = None

        def __call__(self, db, path, find_backup):
            self.ran.set()
            assert self.release.wait(20)
            if self.damage is not None:
                raise self.damage
            quick_check(db, path, find_backup=find_backup)

    held = Held()
    monkeypatch.setattr(app_module, "_quick_check", held)
    yield held
    held.release.set()


def test_an_unchanged_file_takes_writes_before_its_check_has_finished(open_app, qtbot, held_check, answers):
    paths = open_app.prepare()  # built, checked and closed cleanly: marked
    assert mark_path(paths.database).exists()
    win = open_app(paths, wait_writable=False)
    store = win.services.store
    assert store.writable
    assert held_check.ran.wait(10)  # the check runs all the same, in the background
    store.notes.add(Note(author="tester", body="the first save of the day"))  # while it is still running
    assert not mark_path(paths.database).exists()  # writes began: a crash now leaves no mark
    held_check.release.set()
    qtbot.waitUntil(lambda: store.passed_check, timeout=15000)
    assert answers.errors == [] and answers.asked == []


def _keep_time(path, stamp):
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))


def _change_a_byte(path):
    stamp = os.stat(path)
    data = bytearray(path.read_bytes())
    data[-100] ^= 0xFF  # in the last page, as a disk or another program might
    path.write_bytes(bytes(data))
    _keep_time(path, stamp)


def _grow(path):
    stamp = os.stat(path)
    with open(path, "ab") as fh:
        fh.write(b"\0" * 4096)
    _keep_time(path, stamp)


def _leave_a_wal(path):
    side_file(path, "-wal").write_bytes(b"\0" * 32)  # what a crash leaves beside the file


@pytest.mark.parametrize("change", [_change_a_byte, _grow, _leave_a_wal], ids=["byte", "size", "wal"])
def test_a_changed_file_is_checked_before_any_write(open_app, qtbot, held_check, answers, change):
    paths = open_app.prepare()
    answers.damaged = "quit"
    change(paths.database)
    win = open_app(paths, wait_writable=False)
    store = win.services.store
    assert held_check.ran.wait(10)
    assert not store.writable  # the check is still running: no write yet
    held_check.release.set()
    # then writable, or (the changed byte was a record's) reported as damaged and never written
    qtbot.waitUntil(lambda: store.writable or bool(answers.asked), timeout=15000)


def test_damage_the_background_check_finds_blocks_writes_and_is_reported(open_app, qtbot, held_check, answers):
    from briefer.store.db import DamagedDatabase

    paths = open_app.prepare()
    answers.damaged = "quit"
    win = open_app(paths, wait_writable=False)
    store = win.services.store
    assert store.writable  # an unchanged file: writable at once
    assert held_check.ran.wait(10)
    held_check.damage = DamagedDatabase("the database is damaged (quick_check: page 7 is never used)",
                                        file=str(paths.database))
    held_check.release.set()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=15000)
    assert answers.asked == [held_check.damage]  # the user is told, as for damage found at any start
    assert not store.writable
    assert not store.passed_check  # a damaged file is never marked checked
