"""The meeting sheet as an advisor meets it: a search hit opening its bilateral, meeting mode reading the
meeting and the note as stored now, and the notes read back in the order and words they were written."""

from __future__ import annotations

import pytest

from briefer.model import Meeting, Note, NoteKind, Outcome
from briefer.schedule.meeting_sheet import meeting_id_of, meeting_of, meeting_sheet, note_of
from briefer.errors import NotFound
from tests.conftest import utc


def _meeting(world, country="IDN", title=""):
    return world.store.meetings.add(Meeting(principal_id=world.minister.id, counterpart_country=country, title=title,
                                            start=utc(2019, 6, 19, 10), end=utc(2019, 6, 19, 10, 30)))


def test_a_search_hit_on_a_bilateral_opens_that_bilateral(world):
    # The Bilaterals view hands meeting_id_of the table name of a search hit, as read back from the search
    # index in the SQLite file (not a constant in the code): a hit on the meeting itself is that meeting.
    s = world.store
    meeting = _meeting(world, title="Twinning pilot with Jakarta")
    s.outcomes.add(Outcome(meeting_id=meeting.id, text="Twinning agreed in principle"))
    hits = s.search("twinning")
    by_table = {h.record_table: h for h in hits}
    assert set(by_table) >= {"meetings", "outcomes"}
    for hit in hits:
        assert meeting_id_of(s, hit.record_table, hit.record_id) == meeting.id


def test_meeting_mode_reads_the_meeting_as_stored_now(world):
    s = world.store
    meeting = _meeting(world, title="First title")
    s.meetings.update(meeting.evolve(title="Moved to the Nusa Dua room"))
    now = meeting_of(s, meeting.id)
    assert now.id == meeting.id and now.title == "Moved to the Nusa Dua room"
    s.meetings.delete(meeting.id)
    with pytest.raises(NotFound):
        meeting_of(s, meeting.id)


def test_a_saved_note_is_found_again_as_stored_now(world):
    s = world.store
    meeting = _meeting(world)
    note = s.notes.add(Note(meeting_id=meeting.id, author="Anna Adviseur", note_kind=NoteKind.MINUTES, body="first"))
    s.notes.update(note.evolve(body="first, corrected"))
    found = note_of(s, note.id)
    assert found is not None and found.id == note.id and found.body == "first, corrected"


def test_the_notes_text_has_every_note_then_every_outcome_and_a_note_without_author(world):
    s = world.store
    meeting = _meeting(world)
    s.notes.add(Note(meeting_id=meeting.id, author="Joost Verbeek", note_kind=NoteKind.PREP, body="Ask about the pilot"))
    s.notes.add(Note(meeting_id=meeting.id, author="", note_kind=NoteKind.MINUTES, body="Moeloek agrees"))
    s.outcomes.add(Outcome(meeting_id=meeting.id, text="Pilot agreed"))
    s.outcomes.add(Outcome(meeting_id=meeting.id, text="Terms by July"))
    text = meeting_sheet(s, meeting.id).notes_text("en")
    assert text == ("— Joost Verbeek (preparation)\nAsk about the pilot\n\n"
                    "— ? (minutes)\nMoeloek agrees\n\n"
                    "Outcomes:\n• Pilot agreed\n• Terms by July")


def test_notes_without_outcomes_have_no_outcomes_heading(world):
    s = world.store
    meeting = _meeting(world)
    s.notes.add(Note(meeting_id=meeting.id, author="Joost Verbeek", note_kind=NoteKind.MINUTES, body="Moeloek agrees"))
    assert meeting_sheet(s, meeting.id).notes_text("nl") == "— Joost Verbeek (verslag)\nMoeloek agrees\n"


def test_meeting_mode_goes_on_with_the_minutes_edited_last_however_many_there_are(world, monkeypatch):
    """Which minutes were edited last is told by the time of the edit, kept to the millisecond: a clock that moves
    a second a write here, as a person writes (on a fast machine four writes can share one millisecond, and then
    the last edit cannot be told from the last note made)."""
    from datetime import datetime, timedelta, timezone

    from briefer.schedule.meeting_sheet import own_minutes

    ticks = iter(datetime(2024, 11, 13, 9, 0, tzinfo=timezone.utc) + timedelta(seconds=i) for i in range(1000))
    monkeypatch.setattr("briefer.store.repository.utcnow", lambda: next(ticks))
    s = world.store
    meeting = _meeting(world)
    only = s.notes.add(Note(meeting_id=meeting.id, author="Anna Adviseur", note_kind=NoteKind.MINUTES, body="only"))
    assert own_minutes(s, meeting.id, "Anna Adviseur").id == only.id  # one set of minutes: that one
    s.notes.add(Note(meeting_id=meeting.id, author="Anna Adviseur", note_kind=NoteKind.MINUTES, body="second"))
    s.notes.add(Note(meeting_id=meeting.id, author="Anna Adviseur", note_kind=NoteKind.MINUTES, body="third"))
    s.notes.update(s.notes.get(only.id).evolve(body="only, taken up again"))  # the first, edited after the others
    assert own_minutes(s, meeting.id, "Anna Adviseur").body == "only, taken up again"
