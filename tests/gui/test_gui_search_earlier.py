"""The search box can include earlier conferences (issue 16): read from their own files, never written.

Real data folders: the demo in one (the "earlier" fixture), a new conference based on it in the
other, made by the command line as a script makes it; the earlier file's bytes are hashed before
and after.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from briefer.cli import main
from briefer.gui import search_dialog
from briefer.gui.search_dialog import EARLIER_ROLE, LOCKED_ROLE
from tests.conftest import database_digest

pytestmark = pytest.mark.gui

OUTCOME = "RIVM visit on 20 June confirmed."


@pytest.fixture
def based_on_demo(data_dir, earlier):
    """The data folder of a new conference based on the demo (made as a script makes it)."""
    assert main(["--data-dir", str(data_dir), "conference", "new", "--name", "World Health Assembly 80",
                 "--city", "Geneva", "--start", "2027-05-18", "--end", "2027-05-26",
                 "--timezone", "Europe/Zurich", "--from", str(earlier)]) == 0
    return data_dir


def _rows(dialog) -> list[str]:
    """Every row of the results as the list shows it: headings, then their rows indented."""
    out = []
    for g in range(dialog.model.rowCount()):
        group = dialog.model.item(g)
        out.append(group.text())
        out += ["  " + group.child(r).text() for r in range(group.rowCount())]
    return [row.replace("[", "").replace("]", "") for row in out]  # the snippet marks matched words [so]


def _search(dialog, qtbot, text: str) -> None:
    qtbot.keyClicks(dialog.ui.query_edit, text)
    qtbot.waitUntil(lambda: dialog.ui.query_edit.text() == text and not dialog._timer.isActive()
                    and not dialog.earlier_pending and dialog.earlier is not None, timeout=5000)


def test_earlier_matches_are_named_by_their_conference_and_open_read_only(
        make_window, qtbot, based_on_demo, earlier, monkeypatch):
    before = database_digest(earlier)
    threads = []
    monkeypatch.setattr(search_dialog, "search_earlier",
                        lambda *a, _real=search_dialog.search_earlier, **k:
                        threads.append(threading.current_thread()) or _real(*a, **k))
    win = make_window(with_demo=False)
    dialog = win.show_search()
    assert dialog.ui.earlier_check.isVisible() and not dialog.ui.earlier_check.isChecked()
    qtbot.keyClicks(dialog.ui.query_edit, "RIVM visit confirmed")
    qtbot.waitUntil(lambda: "Nothing found" in dialog.ui.hint_label.text(), timeout=3000)
    assert threads == [] and dialog.model.rowCount() == 0  # unticked: this conference only

    dialog.ui.earlier_check.click()
    qtbot.waitUntil(lambda: dialog.earlier is not None and not dialog.earlier_pending, timeout=5000)
    rows = _rows(dialog)
    assert rows[0] == "Earlier (19 Jun 2019 – 20 Jun 2019): 2nd Global Ministerial Conference on Antimicrobial Resistance"
    assert rows[1].startswith("  Outcome of Bilateral with Indonesia") and OUTCOME in rows[1]
    assert "at earlier conferences" in dialog.ui.hint_label.text()
    assert threads and threading.main_thread() not in threads  # searched on a worker, not the GUI thread

    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.ui.query_edit, Qt.Key.Key_Return)
    from briefer.gui.records.earlier_dialog import EarlierDialog

    opened = dialog.opened
    assert isinstance(opened, EarlierDialog)
    assert opened.ui.heading.text() == "Indonesia at earlier conferences"
    qtbot.waitUntil(lambda: not opened.reading, timeout=10000)
    assert OUTCOME in opened.ui.report.toPlainText()
    assert database_digest(earlier) == before


def test_the_box_is_not_offered_without_earlier_conferences(make_window, qtbot):
    win = make_window(with_demo=True)
    dialog = win.show_search()
    assert not dialog.ui.earlier_check.isVisible()


def test_a_match_without_a_subject_opens_as_text_only(make_window, qtbot, based_on_demo, earlier):
    win = make_window(with_demo=False)
    dialog = win.show_search()
    dialog.ui.earlier_check.setChecked(True)
    _search(dialog, qtbot, "delegation visits RIVM")
    sessions = [dialog.model.item(g).child(r) for g in range(dialog.model.rowCount())
                for r in range(dialog.model.item(g).rowCount())
                if (p := dialog.model.item(g).child(r).data(EARLIER_ROLE)) is not None and p.subject is None]
    assert sessions, _rows(dialog)
    dialog.ui.results.setCurrentIndex(sessions[0].index())
    dialog.ui.results.activated.emit(sessions[0].index())
    assert isinstance(dialog.opened, QMessageBox)
    assert "Indonesian delegation visits RIVM" in dialog.opened.text()
    assert str(earlier) in dialog.opened.text()


def test_a_locked_earlier_conference_asks_for_its_passphrase(
        make_window, qtbot, based_on_demo, earlier, monkeypatch, answers):
    monkeypatch.setenv("BRIEFER_PASSPHRASE", "correct horse battery")
    assert main(["--data-dir", str(earlier), "encrypt"]) == 0
    monkeypatch.delenv("BRIEFER_PASSPHRASE")
    before = database_digest(earlier)
    typed = ["wrong one", "correct horse battery"]
    asked = []
    answers.earlier_passphrase = lambda parent, folder: asked.append(folder) or typed.pop(0)
    win = make_window(with_demo=False)
    dialog = win.show_search()
    dialog.ui.earlier_check.setChecked(True)
    _search(dialog, qtbot, "RIVM visit confirmed")
    rows = _rows(dialog)
    assert rows == [f"Earlier conference in {earlier}", "  🔒 Locked (encrypted) — press Enter to type its passphrase."]
    assert dialog.ui.results.currentIndex().data(LOCKED_ROLE) == str(earlier)

    qtbot.keyClick(dialog.ui.query_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.earlier is not None and not dialog.earlier_pending, timeout=5000)
    assert asked == [str(earlier)] and dialog.isVisible()
    assert "did not open it" in _rows(dialog)[1]

    qtbot.keyClick(dialog.ui.query_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.earlier is not None and not dialog.earlier_pending, timeout=5000)
    rows = _rows(dialog)
    assert rows[0].startswith("Earlier (19 Jun 2019 – 20 Jun 2019): 2nd Global Ministerial") and OUTCOME in rows[1]
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.ui.query_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.opened.reading, timeout=10000)
    assert OUTCOME in dialog.opened.ui.report.toPlainText()  # the history reads it with the passphrase typed
    assert database_digest(earlier) == before
