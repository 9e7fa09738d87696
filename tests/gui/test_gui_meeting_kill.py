"""A killed app loses at most the last second of typing: the app runs in a subprocess, notes are typed
in meeting mode, the process is killed (SIGKILL, no clean-up) just past the autosave delay, and the text
is in the database — and offered back at the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefer.gui.meeting_mode.meeting_mode import AUTOSAVE_MS
from briefer.paths import resolve
from briefer.store import Store
from gui_fixture_data import MEET_IDN

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Moeloek: Indonesia joins the twinning pilot"

APP = f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from briefer.cli import build_parser
from briefer.cli.context import Context
from briefer.gui.app import build

app = QApplication(sys.argv[:1])
ctx = Context(build_parser().parse_args([]))
window = build(app, ctx.paths)
window.show()
mode = window.views["today"].open_meeting_mode({MEET_IDN!r})

def type_notes():
    QTest.keyClicks(mode.ui.notes, {TEXT!r})
    print("typed", flush=True)

QTimer.singleShot(100, type_notes)
app.exec()
"""


def _wait_for_a_draft(database: Path, timeout: float = 20.0) -> None:
    """Until the app's autosave has committed a draft (read through a second, read-only connection)."""
    import sqlcipher3

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        conn = sqlcipher3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            if conn.execute("SELECT count(*) FROM drafts").fetchone()[0]:
                return
        except sqlcipher3.OperationalError:
            pass  # busy or not there yet
        finally:
            conn.close()
        time.sleep(0.1)
    raise AssertionError(f"no draft autosaved within {timeout} s")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX; Windows has TerminateProcess")
def test_notes_typed_before_a_kill_are_in_the_database_and_offered_back(demo_loader, data_dir, make_window,
                                                                        answers, qtbot):
    paths = resolve(data_dir)
    data_dir.mkdir(parents=True)
    with Store.open(paths.database, user="tester") as s:
        demo_loader(s)
    env = {**os.environ, "BRIEFER_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen", "BRIEFER_USER": "tester"}
    proc = subprocess.Popen([sys.executable, "-c", APP], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line.strip() == "typed", proc.stderr.read() if proc.poll() is not None else line
        time.sleep(AUTOSAVE_MS / 1000)  # the autosave delay; on a loaded machine the write may take longer:
        _wait_for_a_draft(paths.database)  # the plug is pulled once the autosave is on disk, not before
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    with Store.open(paths.database, user="tester") as s:
        drafts = s.drafts.all()
        assert [(d.meeting_id, d.body) for d in drafts] == [(MEET_IDN, TEXT)]
        assert all(n.author != "tester" for n in s.notes.list(meeting_id=MEET_IDN))  # never committed
        note_id = drafts[0].record_id

    asked = []
    answers.recover_draft = lambda parent, what, text: asked.append(text) or "restore"
    win = make_window()
    qtbot.waitUntil(lambda: asked == [TEXT], timeout=5000)
    store = win.services.store
    assert store.notes.get(note_id).body == TEXT
    assert store.drafts.all() == []
    # and meeting mode continues that note
    assert win.views["today"].open_meeting_mode(MEET_IDN).ui.notes.toPlainText() == TEXT
