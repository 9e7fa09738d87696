"""Conflicts, free-slot reasons and countdowns in the interface's language (Today, the timetable, its dialog)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from gui_fixture_data import MEET_GHA, MEET_IDN, MINISTER, ROOM_A
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

pytestmark = pytest.mark.gui

#: English words of the schedule's sentences; none may show in the Dutch interface.
ENGLISH = ("booked", "walk", "between", "while speaking", "needs an interpreter", "Bilateral with", "is busy",
           "break around", "in two places", "has no room", "not confirmed", " h ")


def at(h, mi=0, day=19):
    return lambda: datetime(2019, 6, day, h, mi, tzinfo=timezone.utc)


def test_todays_conflict_warning_and_countdown_are_dutch_in_the_dutch_interface(make_window, qtbot):
    win = make_window(language="nl", clock=at(9, 0))
    today = win.go("today")
    assert today.ui.principal_combo.currentData() == MINISTER
    qtbot.waitUntil(lambda: not today.pending, timeout=10000)
    assert today.countdown() == "over 1 u 15 min"
    store = win.services.store
    ghana = store.meetings.get(MEET_GHA)
    # the Ghana bilateral into the plenary hall during the opening, where the minister speaks
    store.meetings.update(ghana.evolve(start=ghana.start.replace(hour=7, minute=15),
                                       end=ghana.start.replace(hour=7, minute=45), room_id=ROOM_A))
    today.clock = at(7, 0)  # before the opening: these conflicts are all still ahead, so all shown
    today.refresh()
    qtbot.waitUntil(lambda: not today.pending, timeout=10000)
    text = today.ui.conflicts_label.text()
    assert today.ui.conflicts_label.isVisible()
    assert text.startswith("⚠ 3 conflicten in het programma van deze dag:")
    assert ("Bruno Bruins heeft het bilaterale gesprek 'Bilateraal met Ghana' (wo 19 jun 09:15–09:45, Plenary hall) "
            "tijdens een spreek- of voorzittersrol bij 'Opening ceremony'") in text
    assert "zaal Plenary hall is dubbel gereserveerd" in text
    assert "heeft een tolk nodig" in text
    assert [w for w in ENGLISH if w in text] == []

    # switching the interface to English rewrites the warning in English
    win.switch_language("en")
    qtbot.waitUntil(lambda: "room Plenary hall is booked twice" in today.ui.conflicts_label.text(), timeout=10000)
    text = today.ui.conflicts_label.text()
    assert text.startswith("⚠ 3 conflicts in this day's programme:") and "'Bilateral with Ghana'" in text
    assert "while speaking or chairing at 'Opening ceremony'" in text


def test_the_timetable_checks_and_proposes_in_dutch(make_window, qtbot):
    win = make_window(language="nl")
    view = win.go("programme")
    view.select(MEET_IDN)
    assert view.ui.selection_label.text().startswith("Bilateraal: Indonesië")

    # the edit dialog's live check, dragged into the opening where the minister speaks
    seen = {}

    def fill(dialog):
        seen["title"] = dialog.ui.meeting_label.text()
        dialog.ui.day.line.clear()
        QTest.keyClicks(dialog.ui.day.line, "wo 19 juni 2019")
        dialog.ui.start.line.clear()
        QTest.keyClicks(dialog.ui.start.line, "9.30")
        seen["label"] = dialog.ui.conflict_label.text()
        return QDialog.DialogCode.Rejected

    assert not view.edit_meeting(MEET_IDN, dialog_hook=fill)
    assert seen["title"] == "Bilateraal met Indonesië"
    assert "Gaat niet:" in seen["label"] and "tijdens een spreek- of voorzittersrol bij 'Opening ceremony'" in seen["label"]
    assert [w for w in ENGLISH if w in seen["label"]] == []

    # free slots: the reasons for the times passed over are Dutch
    view.select(MEET_IDN)
    assert view.find_free_slots()
    why = view.ui.why_label.text()
    assert why.startswith("Overgeslagen tijden:")
    assert "is bezet: 'Opening ceremony'" in why or "pauze van 5 minuten" in why
    assert [w for w in ENGLISH if w in why] == []
    assert all(f.message and "Bilateral with" not in f.message for f in view.last_findings)
