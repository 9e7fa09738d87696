"""The Packs view builds a pack in a child process (issue 19 item 7): the window keeps its own
interpreter while hundreds of bilaterals are read and thousands of pages set, Cancel stops the
child, and a pack that cannot be made still says why and leaves the print register as it was."""

from __future__ import annotations

import os

import pytest
import pack_children
from gui_fixture_data import MINISTER
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui


def _choose(packs, qtbot, person_id: str) -> None:
    qtbot.waitUntil(lambda: packs.model.row_of_key(person_id) >= 0, timeout=5000)
    idx = packs.proxy.mapFromSource(packs.model.index(packs.model.row_of_key(person_id), 0))
    qtbot.mouseClick(packs.ui.people.viewport(), Qt.MouseButton.LeftButton, pos=packs.ui.people.visualRect(idx).center())


def _registered(win) -> int:
    return win.services.store.db.execute("SELECT count(*) FROM print_register").fetchone()[0]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a child stopped but not yet reaped is a zombie: gone for our purpose
    with open(f"/proc/{pid}/stat") as f:
        return f.read().split(")")[-1].split()[0] != "Z"


def test_the_pack_is_built_in_another_process_and_read_back(make_window, qtbot, answers, monkeypatch, tmp_path):
    from io import BytesIO

    from pypdf import PdfReader

    pid_file = tmp_path / "child.pid"
    monkeypatch.setenv(pack_children.PID_FILE, str(pid_file))
    win = make_window()
    packs = win.go("packs")
    packs.build_target = pack_children.noting_pid
    _choose(packs, qtbot, MINISTER)
    packs.ui.lang_combo.setCurrentIndex(packs.ui.lang_combo.findData("en"))
    qtbot.mouseClick(packs.ui.build_button, Qt.MouseButton.LeftButton)
    assert packs.ui.cancel_button.isVisible() and not packs.ui.build_button.isEnabled()
    qtbot.waitUntil(lambda: packs.task is None, timeout=60000)
    assert answers.errors == [] and packs.last_outcome == "built"
    child = int(pid_file.read_text())
    assert child != os.getpid() and not _alive(child)  # built elsewhere, and that process is gone
    reader = PdfReader(BytesIO(packs.preview.data))
    assert len(reader.pages) == packs.built.pages == packs.preview.page_count() > 1
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Bruins" in text and "Indonesia" in text
    assert packs.built.plan.recipient_id == MINISTER
    assert _registered(win) == 0  # registered at the first print or save, by the window, as before
    packs.save_as(tmp_path / "pack.pdf")
    assert _registered(win) == 1 and packs.ui.register.rowCount() == 1


def test_a_refusal_in_the_child_says_why_and_registers_nothing(make_window, qtbot, answers, tmp_path):
    win = make_window()
    packs = win.go("packs")
    _choose(packs, qtbot, MINISTER)
    qtbot.mouseClick(packs.ui.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: packs.task is None, timeout=60000)
    packs.save_as(tmp_path / "first.pdf")
    first = packs.built
    assert _registered(win) == 1
    packs.build_target = pack_children.refused
    qtbot.mouseClick(packs.ui.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: packs.task is None, timeout=60000)
    assert packs.last_outcome == "failed"
    assert [str(e) for e in answers.errors] == ["field 'from_date': the recipient has no bilaterals in this period"]
    assert packs.ui.build_button.isEnabled() and not packs.ui.cancel_button.isVisible()
    assert _registered(win) == 1 and packs.ui.register.rowCount() == 1
    assert packs.built is first  # the copy saved before stays in the preview, still copy 1, nothing new made


def test_a_child_that_dies_is_reported_not_waited_for(make_window, qtbot, answers):
    win = make_window()
    packs = win.go("packs")
    packs.build_target = pack_children.dies
    _choose(packs, qtbot, MINISTER)
    qtbot.mouseClick(packs.ui.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: packs.task is None, timeout=60000)
    assert packs.built is None and packs.last_outcome == "failed"
    assert [str(e) for e in answers.errors] == [
        "the pack could not be built: the process building it stopped (exit code 3)"]
    assert _registered(win) == 0 and packs.ui.build_button.isEnabled()


def test_cancel_stops_the_child(make_window, qtbot, answers, monkeypatch, tmp_path):
    pid_file = tmp_path / "child.pid"
    monkeypatch.setenv(pack_children.PID_FILE, str(pid_file))
    win = make_window()
    packs = win.go("packs")
    packs.build_target = pack_children.held
    _choose(packs, qtbot, MINISTER)
    qtbot.mouseClick(packs.ui.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: packs.ui.progress.value() == 3 and pid_file.exists(), timeout=60000)
    child = int(pid_file.read_text())
    assert _alive(child)
    qtbot.mouseClick(packs.ui.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: packs.task is None, timeout=10000)  # not the two minutes the child would wait
    assert packs.last_outcome == "cancelled" and "cancelled" in packs.ui.summary_label.text()
    assert not _alive(child)
    assert answers.errors == [] and packs.built is None and _registered(win) == 0
    assert packs.ui.build_button.isEnabled() and not packs.ui.cancel_button.isVisible()

    packs.build_target = None  # and the next build runs to the end
    qtbot.mouseClick(packs.ui.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: packs.task is None, timeout=60000)
    assert packs.last_outcome == "built" and packs.preview.page_count() > 1 and answers.errors == []
