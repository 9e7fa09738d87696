"""What a search hit is about: the records its title is made from, read without the view querying the store."""

from __future__ import annotations

from briefer.model import CountryBrief, Meeting, MeetingBrief, Note, Outcome, Person
from briefer.store.search_subjects import hit_subject
from tests.conftest import utc


def _meeting(store):
    minister = store.people.add(Person(given_name="Bruno", family_name="Bruins", country="NLD"))
    return store.meetings.add(Meeting(principal_id=minister.id, counterpart_country="IDN", start=utc(2019, 6, 19, 10), end=utc(2019, 6, 19, 10, 30)))


def test_a_brief_or_an_outcome_brings_its_meeting(conference_store):
    s = conference_store
    meeting = _meeting(s)
    brief = s.meeting_briefs.add(MeetingBrief(meeting_id=meeting.id))
    outcome = s.outcomes.add(Outcome(meeting_id=meeting.id, text="Pilot agreed"))

    of_brief = hit_subject(s, "meeting_briefs", brief.id)
    assert of_brief.record.id == brief.id and of_brief.meeting.id == meeting.id
    of_outcome = hit_subject(s, "outcomes", outcome.id)
    assert of_outcome.record.text == "Pilot agreed" and of_outcome.meeting.id == meeting.id


def test_a_record_titled_by_itself_comes_alone(conference_store):
    s = conference_store
    meeting = _meeting(s)
    brief = s.country_briefs.add(CountryBrief(country="IDN"))
    assert hit_subject(s, "meetings", meeting.id).record.id == meeting.id
    subject = hit_subject(s, "country_briefs", brief.id)
    assert subject.record.country == "IDN" and subject.meeting is None


def test_a_note_needs_no_reading_and_a_deleted_record_is_none(conference_store):
    s = conference_store
    meeting = _meeting(s)
    note = s.notes.add(Note(meeting_id=meeting.id, author="Anna Adviseur", body="x"))
    assert hit_subject(s, "notes", note.id).record is None  # its title is in the index: nothing read
    outcome = s.outcomes.add(Outcome(meeting_id=meeting.id, text="gone soon"))
    s.outcomes.delete(outcome.id)
    assert hit_subject(s, "outcomes", outcome.id).record is None
    assert hit_subject(s, "outcomes", outcome.id).meeting is None
