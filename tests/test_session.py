"""The session the command line builds and the desktop app starts from (briefer.session).

The GUI never imports the command line (tests/test_architecture.py); what it
needs to start — the data folder, a script's passphrase, who is editing —
comes in this one object, built by ``briefer`` and ``briefer-gui`` alike.
"""

from __future__ import annotations

import pytest

import briefer.gui.app as gui_app  # no Qt at import time: the app imports PySide6 when it runs
from briefer.cli import main, main_desktop
from briefer.paths import resolve
from briefer.session import Session


@pytest.fixture
def started(monkeypatch):
    """The sessions the desktop app was started with, instead of opening a window."""
    seen: list[Session] = []
    monkeypatch.setattr(gui_app, "run", lambda session: seen.append(session) or 0)
    return seen


def test_bare_briefer_starts_the_app_on_the_folder_passphrase_and_user_given(tmp_path, monkeypatch, started):
    monkeypatch.setenv("BRIEFER_PASSPHRASE", "correct horse")
    monkeypatch.setenv("BRIEFER_USER", "Joost Verbeek")
    assert main(["--data-dir", str(tmp_path / "data")]) == 0
    assert started == [Session(resolve(tmp_path / "data"), passphrase="correct horse", user="Joost Verbeek")]


def test_briefer_gui_starts_the_app_even_when_a_command_is_typed(tmp_path, monkeypatch, started):
    monkeypatch.delenv("BRIEFER_PASSPHRASE", raising=False)
    monkeypatch.setenv("BRIEFER_USER", "Joost Verbeek")
    assert main_desktop(["--data-dir", str(tmp_path), "list", "people"]) == 0
    assert [(s.paths.data_dir, s.passphrase) for s in started] == [(tmp_path, None)]


def test_briefer_gui_on_a_file_for_a_folder_says_so_and_opens_nothing(tmp_path, capsys, started):
    (tmp_path / "not-a-folder").write_text("x")
    code = main_desktop(["--data-dir", str(tmp_path / "not-a-folder")])
    assert code != 0 and started == []
    err = capsys.readouterr().err
    assert err.startswith("briefer: error:") and "not-a-folder" in err and "Traceback" not in err


def test_the_passphrase_is_never_shown():
    session = Session(resolve("/tmp/x"), passphrase="correct horse", user="JV")
    assert "correct horse" not in repr(session) and "JV" in repr(session)
