"""Settings → Encrypt the database… / Change the passphrase…: the command line's safety, in the app."""

from __future__ import annotations

from briefer.store.db import is_encrypted
from briefer.store.wholefile.backup import list_backups
from briefer.store.wholefile.crypto import verify_passphrase

SECRET, OTHER = "correct horse battery", "staple horse battery"


def _close(qtbot, win) -> None:
    win.services.ask.unsaved = "discard"
    win.close()
    win.services.undo_stack.clear()
    win.services.store.close()


def test_encrypt_then_change_the_passphrase_from_the_settings_menu(make_window, answers, qtbot):
    win = make_window()
    database = win.paths.database
    assert win.safety_actions.encrypt_action in win.settings_menu.actions()
    assert win.safety_actions.encrypt_action.text() == "&Encrypt the database…"
    answers.new_passphrase = lambda parent, *, change: (None, SECRET)
    new = win.safety_actions.encrypt_or_change()
    assert new is not None and answers.errors == []
    qtbot.addWidget(new)
    assert is_encrypted(database) and verify_passphrase(database, SECRET)
    assert new.services.store.passphrase == SECRET  # reopened with it: no unlock screen
    assert list_backups(win.paths.backups)  # a backup was made first
    assert new.safety_actions.encrypt_action.text() == "Change the &passphrase…"

    answers.new_passphrase = lambda parent, *, change: (SECRET if change else None, OTHER)
    again = new.safety_actions.encrypt_or_change()
    assert again is not None and answers.errors == []
    qtbot.addWidget(again)
    assert verify_passphrase(database, OTHER) and not verify_passphrase(database, SECRET)
    _close(qtbot, again)


def test_a_weak_or_wrong_passphrase_is_refused_and_nothing_changes(make_window, answers, qtbot):
    win = make_window()
    database = win.paths.database
    answers.new_passphrase = lambda parent, *, change: (None, "short")
    assert win.safety_actions.encrypt_or_change() is None
    assert "at least 8 characters" in str(answers.errors[-1])
    assert not is_encrypted(database) and win.replaced_by is None

    answers.new_passphrase = lambda parent, *, change: (None, SECRET)
    new = win.safety_actions.encrypt_or_change()
    qtbot.addWidget(new)
    answers.new_passphrase = lambda parent, *, change: ("not the passphrase", OTHER)
    assert new.safety_actions.encrypt_or_change() is None
    assert "current passphrase" in str(answers.errors[-1])
    assert verify_passphrase(database, SECRET) and new.replaced_by is None
    _close(qtbot, new)
