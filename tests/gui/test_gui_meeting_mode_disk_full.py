"""Meeting mode on a REAL full disk: the note stays in the window, the label says so in red, nothing vanishes.

The data folder lives on a small tmpfs (``tests/small_disk.py``) that the test
fills up while the note is being typed — SQLite then fails the way it does on a
laptop whose disk ran full. What a user would check: the text is still in the
editor, the status says "Not saved — disk full" in the error tone and keeps
saying it while typing goes on, the window does not close (or quit) without
asking, the note can be saved to another disk instead, and once space is freed
the retry saves it without anyone doing anything.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.store import Store
from gui_fixture_data import MEET_IDN
from tests.small_disk import small_disk_or_skip

pytestmark = pytest.mark.gui


@pytest.fixture
def disk(tmp_path):
    with small_disk_or_skip(tmp_path / "disk", size_mb=16) as mounted:
        yield mounted


@pytest.fixture(autouse=True)
def no_real_dialogs(answers):
    """A failing test's teardown closes the windows on a full disk: answer there, never block on a dialog."""
    answers.note_not_saved = lambda parent, message, encrypted: "discard"
    answers.note_file = lambda parent, suggested, encrypted: None


@pytest.fixture
def data_dir(disk):
    """The app's data folder on the small disk (overrides tests/conftest.py's)."""
    return disk.root / "data"


def _open_typed(make_window, qtbot, disk, text_before="Minister opened on funding. ", language="en"):
    win = make_window(language=language)
    mode = win.views["today"].open_meeting_mode(MEET_IDN)
    qtbot.waitExposed(mode)
    mode.ui.notes.setFocus()
    qtbot.keyClicks(mode.ui.notes, text_before)
    assert mode.autosave()  # the first words are safe in the drafts
    _no_room_left_in_the_wal(win.services.store)
    disk.fill()
    mode._retry.setInterval(200)  # retry quickly in the test (10 s in the app)
    return win, mode


def _no_room_left_in_the_wal(store) -> None:
    """Empty the write-ahead log so that the next write needs new blocks of the full disk.

    SQLite writes a transaction into the WAL file from its start again once the log was copied into the
    database, and over frames a failed transaction left: such a write needs no new space and succeeds on a
    full disk. Whether the log had such room when the disk filled depended on what ran before (seen once in
    five CI runs: the note was saved and the window closed without asking). Truncated, it has none.
    """
    busy, _, _ = store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    assert busy == 0, "a reader kept the log from being emptied"
    wal = Path(str(store.path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def _note_bodies(path) -> list[str]:
    with Store.open(path, user="someone-else") as other:
        return [n.body for n in other.notes.list(meeting_id=MEET_IDN) if n.author == "tester"]


def test_a_full_disk_keeps_the_text_shows_red_and_saves_once_space_is_free(make_window, qtbot, disk, answers):
    win, mode = _open_typed(make_window, qtbot, disk)
    qtbot.keyClicks(mode.ui.notes, "Decision: fund the pilot.")
    assert not mode.autosave()
    label = mode.ui.saved_label
    assert label.text().startswith("Not saved — disk full"), label.text()
    assert label.property("tone") == "error"
    qtbot.keyClicks(mode.ui.notes, " More.")  # typing on does not hide the warning behind "Typing…"
    assert label.text().startswith("Not saved — disk full")
    assert not mode.commit()  # Ctrl+S, focus loss: refused the same way, no dialog in the way
    assert answers.errors == []
    assert mode.ui.notes.toPlainText() == "Minister opened on funding. Decision: fund the pilot. More."

    disk.free()
    qtbot.waitUntil(lambda: label.property("tone") == "muted", timeout=5000)  # the retry wrote it
    assert label.text().startswith("Autosaved")
    assert mode.close()
    assert _note_bodies(win.services.store.path) == ["Minister opened on funding. Decision: fund the pilot. More."]


def test_closing_on_a_full_disk_asks_and_keeping_the_window_loses_nothing(make_window, qtbot, disk, answers):
    win, mode = _open_typed(make_window, qtbot, disk)
    qtbot.keyClicks(mode.ui.notes, "Agreed to a joint statement.")
    asked = []
    answers.note_not_saved = lambda parent, message, encrypted: asked.append((message, encrypted)) or "keep"
    assert not mode.close()  # the close button, Esc or Ctrl+W: refused, never an exception
    assert mode.isVisible()
    assert asked and asked[0][0].startswith("the disk is full") and asked[0][1] is False
    assert not win.close()  # quitting asks the same question and stays
    assert len(asked) == 2 and mode.isVisible()
    assert mode.ui.notes.toPlainText().endswith("Agreed to a joint statement.")
    disk.free()
    assert mode.close()
    assert _note_bodies(win.services.store.path) == ["Minister opened on funding. Agreed to a joint statement."]


def test_the_note_can_be_saved_elsewhere_before_the_window_closes(make_window, qtbot, disk, answers, tmp_path):
    win, mode = _open_typed(make_window, qtbot, disk)
    qtbot.keyClicks(mode.ui.notes, "Follow-up by letter.")
    answers.note_not_saved = lambda parent, message, encrypted: "elsewhere"
    chosen = []
    answers.note_file = lambda parent, suggested, encrypted: chosen.append(suggested) or str(tmp_path / "stick" / suggested)
    (tmp_path / "stick").mkdir()
    with qtbot.waitSignal(mode.closed, timeout=3000):
        assert mode.close()
    assert chosen and chosen[0].endswith(".txt")
    saved = (tmp_path / "stick" / chosen[0]).read_text(encoding="utf-8")
    assert saved.endswith("Minister opened on funding. Follow-up by letter.\n")


def test_the_close_handler_never_raises_it_keeps_the_window_and_says_why(make_window, qtbot, answers, monkeypatch):
    """Whatever goes wrong while closing (here: an unexpected error from the saver), the window and text stay."""
    win = make_window()
    mode = win.views["today"].open_meeting_mode(MEET_IDN)
    qtbot.waitExposed(mode)
    qtbot.keyClicks(mode.ui.notes, "Kept whatever happens.")

    def broken(before, after):
        raise RuntimeError("the saver broke")

    monkeypatch.setattr(mode.services.saver, "save", broken)
    assert not mode.close()  # pytest-qt fails the test if an exception leaves closeEvent
    assert mode.isVisible() and mode.ui.notes.toPlainText() == "Kept whatever happens."
    assert [str(e) for e in answers.errors] == ["the saver broke"]
    monkeypatch.undo()
    assert mode.close()


def test_the_warning_wraps_so_meeting_mode_still_fits_a_laptop_screen(make_window, qtbot, disk):
    """Dutch, the longer text: 1280 px at 150 % scaling leaves 853 px for the window."""
    win, mode = _open_typed(make_window, qtbot, disk, language="nl")
    qtbot.keyClicks(mode.ui.notes, "Besluit.")
    assert not mode.autosave()
    assert mode.ui.saved_label.text().startswith("Niet opgeslagen — schijf vol")
    mode.resize(840, 600)
    qtbot.wait(50)
    assert mode.width() <= 853
