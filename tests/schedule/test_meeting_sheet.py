"""The meeting sheet: one bilateral's brief, notes, outcomes and actions, read in one place, worded for the reader."""

from __future__ import annotations

from briefer.model import Action, CountryBrief, Meeting, MeetingBrief, Note, NoteKind, Objective, Outcome
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


def test_meeting_mode_takes_in_the_meetings_own_brief_filled_from_the_countrys(world):
    from briefer.schedule.meeting_sheet import brief_to_take_in

    s = world.store
    idn, fra = _two_meetings(world)
    s.country_briefs.add(CountryBrief(country="IDN", key_messages=["Country line"], defensive_lines=[]))
    s.meeting_briefs.add(MeetingBrief(meeting_id=idn.id, objectives=[Objective(text="Agree the pilot")]))

    brief = brief_to_take_in(s, idn)
    assert [o.text for o in brief.objectives] == ["Agree the pilot"]
    assert brief.key_messages == ["Country line"]  # empty in the meeting's brief: the country's
    # no brief and no country brief: an empty brief of that meeting, not None
    empty = brief_to_take_in(s, fra)
    assert empty.meeting_id == fra.id and empty.key_messages == [] and empty.id not in {b.id for b in s.meeting_briefs.list()}


def test_own_minutes_are_the_authors_latest_minutes_of_that_meeting_only(world):
    from briefer.schedule.meeting_sheet import own_minutes

    s = world.store
    idn, fra = _two_meetings(world)
    s.notes.add(Note(meeting_id=idn.id, author="Anna Adviseur", note_kind=NoteKind.MINUTES, body="first"))
    later = s.notes.add(Note(meeting_id=idn.id, author="Anna Adviseur", note_kind=NoteKind.MINUTES, body="second"))
    s.notes.update(later.evolve(body="second, edited"))
    s.notes.add(Note(meeting_id=idn.id, author="Joost Verbeek", note_kind=NoteKind.MINUTES, body="someone else's"))
    s.notes.add(Note(meeting_id=idn.id, author="Anna Adviseur", note_kind=NoteKind.PREP, body="not minutes"))
    s.notes.add(Note(meeting_id=fra.id, author="Anna Adviseur", note_kind=NoteKind.MINUTES, body="another meeting"))

    assert own_minutes(s, idn.id, "Anna Adviseur").body == "second, edited"
    assert own_minutes(s, fra.id, "Joost Verbeek") is None


def test_captured_outcomes_actions_and_ticks_are_those_of_the_meeting(world):
    from datetime import datetime, timezone

    from briefer.schedule.meeting_sheet import actions_of, note_of, outcomes_of, ticked_points

    s = world.store
    idn, fra = _two_meetings(world)
    s.outcomes.add(Outcome(meeting_id=idn.id, text="Pilot agreed"))
    s.outcomes.add(Outcome(meeting_id=fra.id, text="Not here"))
    s.actions.add(Action(description="Send the terms", meeting_id=idn.id))
    s.checklist.tick(idn.id, "Raise the pilot", True, at=datetime(2019, 6, 19, 10, 5, tzinfo=timezone.utc))
    s.checklist.tick(fra.id, "Another point", True, at=datetime(2019, 6, 19, 11, 5, tzinfo=timezone.utc))

    assert [o.text for o in outcomes_of(s, idn.id)] == ["Pilot agreed"]
    assert [a.description for a in actions_of(s, idn.id)] == ["Send the terms"]
    assert actions_of(s, fra.id) == []
    assert list(ticked_points(s, idn.id)) == ["Raise the pilot"]
    assert note_of(s, idn.id) is None  # an id that is no note: None, not an error


def test_a_record_of_a_meeting_leads_to_that_meeting(world):
    from briefer.schedule.meeting_sheet import meeting_id_of

    s = world.store
    idn, _ = _two_meetings(world)
    brief = s.meeting_briefs.add(MeetingBrief(meeting_id=idn.id))
    outcome = s.outcomes.add(Outcome(meeting_id=idn.id, text="Pilot agreed"))
    assert meeting_id_of(s, "meetings", idn.id) == idn.id
    assert meeting_id_of(s, "meeting_briefs", brief.id) == idn.id
    assert meeting_id_of(s, "outcomes", outcome.id) == idn.id
    assert meeting_id_of(s, "outcomes", "gone") is None
