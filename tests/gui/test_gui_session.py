"""The desktop app started from the command line's session records changes under the session's user."""

from __future__ import annotations

import pytest

from briefer.model import Person
from briefer.paths import resolve

pytestmark = pytest.mark.gui


def test_a_change_made_in_the_app_is_recorded_under_the_sessions_user(qtbot, data_dir, answers, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from briefer.gui.app import build

    monkeypatch.setenv("BRIEFER_USER", "login-name")  # what the store would take without the session
    data_dir.mkdir(parents=True, exist_ok=True)
    win = build(QApplication.instance(), resolve(data_dir), user="Joost Verbeek", ask=answers,
                demo_loader=lambda store: None)
    assert win is not None
    qtbot.addWidget(win)
    store = win.services.store
    qtbot.waitUntil(lambda: store.writable, timeout=15000)
    person = store.people.add(Person(given_name="Bruno", family_name="Bruins"))
    assert [rev.changed_by for rev in store.people.history(person.id)] == ["Joost Verbeek"]
    win.services.ask.unsaved_changes = lambda *a: "discard"
    win.close()
