"""What a draft left behind belongs to: its note or record, and its meeting, read for the recovery offer."""

from __future__ import annotations

from briefer.model import Meeting, Note, Person
from briefer.store.draft_owners import drafts_left, owner_of
from tests.conftest import utc


def _meeting(store):
    minister = store.people.add(Person(given_name="Bruno", family_name="Bruins", country="NLD"))
    return store.meetings.add(Meeting(principal_id=minister.id, counterpart_country="IDN",
                                      start=utc(2019, 6, 19, 10), end=utc(2019, 6, 19, 10, 30)))


def test_a_note_draft_belongs_to_its_note_and_meeting(conference_store):
    s = conference_store
    meeting = _meeting(s)
    note = s.notes.add(Note(meeting_id=meeting.id, author="tester", body="As saved"))
    s.drafts.save(f"note:{note.id}", "As typed", record_table="notes", record_id=note.id, meeting_id=meeting.id)

    [draft] = drafts_left(s)
    owner = owner_of(s, draft)
    assert owner.note.body == "As saved" and owner.meeting.id == meeting.id


def test_an_editors_draft_belongs_to_its_record_and_is_no_note(conference_store):
    s = conference_store
    meeting = _meeting(s)
    s.drafts.save(f"lock:meetings:{meeting.id}", "{}", record_table="meetings", record_id=meeting.id)
    owner = owner_of(s, drafts_left(s)[0])
    assert owner.record.id == meeting.id and owner.note is None and owner.meeting is None


def test_a_new_note_a_deleted_meeting_or_an_unknown_table_give_nothing(conference_store):
    s = conference_store
    meeting = _meeting(s)
    s.meetings.delete(meeting.id)
    s.drafts.save("note:new", "Typed before the crash", record_table="notes", record_id="never-saved",
                  meeting_id=meeting.id)
    s.drafts.save("lock:odd", "{}", record_table="no_such_table", record_id="x")
    owners = [owner_of(s, d) for d in drafts_left(s)]
    assert [(o.record, o.meeting) for o in owners] == [(None, None), (None, None)]


def test_a_draft_naming_only_a_table_or_only_an_id_belongs_to_no_record_but_to_its_meeting(conference_store):
    # a new note typed in meeting mode (its table known, no id yet), and a draft whose table was lost
    s = conference_store
    meeting = _meeting(s)
    s.notes.add(Note(meeting_id=meeting.id, author="tester", body="An older note of the meeting"))
    s.drafts.save("note:new", "Typed before the crash", record_table="notes", meeting_id=meeting.id)
    s.drafts.save("lock:lost", "{}", record_id=meeting.id, meeting_id=meeting.id)
    owners = [owner_of(s, d) for d in drafts_left(s)]
    assert [(o.record, o.note, o.meeting.id) for o in owners] == [(None, None, meeting.id), (None, None, meeting.id)]
