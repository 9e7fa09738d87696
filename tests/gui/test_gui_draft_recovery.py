"""What the start-up offers back: drafts a crash left behind, never the text this run is autosaving."""

from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest
from gui_fixture_data import MEET_GHA, MEET_IDN, U

pytestmark = pytest.mark.gui


def test_only_drafts_saved_before_this_run_started_are_offered_back(make_window, answers, qtbot):
    """Meeting mode may autosave before the start-up check ends; that text is being typed, not lost."""
    from briefer.gui.startup.draft_recovery import offer_recovered_drafts

    win = make_window()
    store = win.services.store
    qtbot.waitUntil(lambda: store.writable, timeout=15000)
    store.drafts.save("note:" + U(777), "Left by a crash", record_table="notes", record_id=U(777),
                      meeting_id=MEET_GHA)
    time.sleep(0.01)
    started = datetime.now(timezone.utc)
    time.sleep(0.01)
    store.drafts.save("note:" + U(778), "Being typed now", record_table="notes", record_id=U(778),
                      meeting_id=MEET_IDN)
    asked = []
    answers.recover_draft = lambda parent, what, text: asked.append(text) or "later"

    offer_recovered_drafts(win, win.services, started=started)

    assert asked == ["Left by a crash"]
    assert sorted(d.body for d in store.drafts.all()) == ["Being typed now", "Left by a crash"]  # both kept
