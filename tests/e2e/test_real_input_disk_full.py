"""Meeting mode on a real full disk, with a real keyboard: the note survives Esc, a question and a freed disk.

The data folder is on a small tmpfs (``tests/small_disk.py``, needs root as in CI)
filled up while the real app runs; the keys go through the X server.
"""

from __future__ import annotations

import shutil

import pytest
from flows import open_meeting_mode, windows
from xdriver import wait_until

from tests.small_disk import small_disk_or_skip


@pytest.fixture
def disk(tmp_path):
    with small_disk_or_skip(tmp_path / "disk", size_mb=16) as mounted:
        yield mounted


@pytest.fixture
def data_dir(disk, demo_template):
    """The demo's data folder on the small disk (overrides the e2e conftest's)."""
    folder = disk.root / "data"
    shutil.copytree(demo_template, folder)
    return folder


def test_escape_on_a_full_disk_asks_keeps_the_note_and_the_retry_saves_it(launch, disk):
    app = launch()
    app.open_main()
    mode = open_meeting_mode(app)
    app.type("Before the disk filled.")
    app.wait_text("saved_label", lambda t: t.startswith("Autosaved"), "the first autosave")
    disk.fill()
    app.type(" Typed on a full disk.")
    app.wait_text("saved_label", lambda t: t.startswith("Not saved — disk full"), "the red not-saved state")
    app.key("Escape")  # close meeting mode: refused with a question, not closed silently
    wait_until(lambda: "QMessageBox" in windows(app), "the question about the unsaved note")
    app.key("Escape")  # "Keep the window open"
    wait_until(lambda: "QMessageBox" not in windows(app), "the question to close")
    assert "MeetingMode" in windows(app) and app.alive()
    disk.free()
    app.wait_text("saved_label", lambda t: t.startswith("Autosaved"), "the retry to save the text", timeout=25)
    app.focus_window(mode)
    app.key("Escape")
    wait_until(lambda: "MeetingMode" not in windows(app), "meeting mode to close")
    import json

    wait_until(lambda: any("Before the disk filled. Typed on a full disk." in n.get("body", "")
                           for n in json.loads(app.cli("list", "notes", "--json").stdout)), "the note in the database")
