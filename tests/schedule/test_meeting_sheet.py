"""The meeting sheet: one bilateral's brief, notes, outcomes and actions, read in one place, worded for the reader."""

from __future__ import annotations

from briefer.model import Action, Meeting, MeetingBrief, Note, NoteKind, Outcome
from briefer.schedule.meeting_sheet import brief_of, meeting_sheet
from tests.conftest import utc


def _two_meetings(world):
    s = world.store
    idn = s.meetings.add(Meeting(principal_id=world.minister.id, counterpart_country="IDN",
                                 start=utc(2019, 6, 19, 10), end=utc(2019, 6, 19, 10, 30)))
    fra = s.meetings.add(Meeting(principal_id=world.minister.id, counterpart_country="FRA",
                                 start=utc(2019, 6, 19, 11), end=utc(2019, 6, 19, 11, 30)))
    return idn, fra


def test_the_sheet_holds_what_belongs_to_its_meeting_and_nothing_of_another(world):
    s = world.store
    idn, fra = _two_meetings(world)
    brief = s.meeting_briefs.add(MeetingBrief(meeting_id=idn.id, key_messages=["Join the twinning pilot"]))
    s.meeting_briefs.add(MeetingBrief(meeting_id=fra.id))
    note = s.notes.add(Note(meeting_id=idn.id, author="Joost Verbeek", body="Moeloek agrees"))
    s.notes.add(Note(meeting_id=fra.id, author="Anna Adviseur", body="Not this one"))
    outcome = s.outcomes.add(Outcome(meeting_id=idn.id, text="Pilot agreed"))
    action = s.actions.add(Action(description="Send the pilot's terms", meeting_id=idn.id))
    s.actions.add(Action(description="Another meeting's action", meeting_id=fra.id))

    sheet = meeting_sheet(s, idn.id)

    assert sheet.meeting.id == idn.id and sheet.brief.id == brief.id
    assert [n.id for n in sheet.notes] == [note.id]
    assert [o.id for o in sheet.outcomes] == [outcome.id]
    assert [a.id for a in sheet.actions] == [action.id]


def test_a_meeting_without_a_brief_has_none_and_no_notes_text(world):
    idn, _ = _two_meetings(world)
    assert brief_of(world.store, idn.id) is None
    sheet = meeting_sheet(world.store, idn.id)
    assert sheet.brief is None and sheet.notes_text("nl") == ""


def test_the_notes_are_worded_in_the_readers_language(world):
    s = world.store
    idn, _ = _two_meetings(world)
    s.notes.add(Note(meeting_id=idn.id, author="Joost Verbeek", note_kind=NoteKind.MINUTES, body="Moeloek agrees"))
    s.outcomes.add(Outcome(meeting_id=idn.id, text="Pilot agreed"))
    sheet = meeting_sheet(s, idn.id)
    assert sheet.notes_text("nl") == "— Joost Verbeek (verslag)\nMoeloek agrees\n\nUitkomsten:\n• Pilot agreed"
    assert sheet.notes_text("en") == "— Joost Verbeek (minutes)\nMoeloek agrees\n\nOutcomes:\n• Pilot agreed"
    assert [k.label("nl") for k in NoteKind] == ["voorbereiding", "verslag", "uitkomst"]
