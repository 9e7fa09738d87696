"""A programme session's rules: speakers' own notes, who attends, and the conference days it must lie in."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from briefer.model import Conference, Session
from briefer.model.agenda import SpeakerNote
from briefer.store.repository import invalid_record

CHAIR = "11111111-1111-1111-1111-111111111111"
FIRST = "22222222-2222-2222-2222-222222222222"
SECOND = "33333333-3333-3333-3333-333333333333"
LISTENER = "44444444-4444-4444-4444-444444444444"
UTC = timezone.utc
T0 = datetime(2030, 3, 4, 9, 0, tzinfo=UTC)


def panel(**changes) -> Session:
    data = {"title": "Panel on surveillance", "start": T0, "end": T0 + timedelta(minutes=90), **changes}
    return Session(**data)


def refusal(exc: ValidationError) -> str:
    return str(invalid_record(exc, "session"))


def test_each_speaker_has_one_set_of_notes_and_only_speakers_have_notes():
    with pytest.raises(ValidationError) as info:
        panel(speaker_ids=[FIRST], speaker_notes=[SpeakerNote(person_id=FIRST, role="intervention"),
                                                  SpeakerNote(person_id=FIRST, role="reply")])
    assert refusal(info.value) == "session: field 'speaker_notes': a speaker has one set of notes"
    with pytest.raises(ValidationError) as info:
        panel(speaker_ids=[FIRST], attendee_ids=[LISTENER], speaker_notes=[SpeakerNote(person_id=LISTENER)])
    assert refusal(info.value) == (
        "session: field 'speaker_notes': notes belong to a speaker or the chair of the session")
    both = panel(chair_id=CHAIR, speaker_ids=[FIRST], speaker_notes=[SpeakerNote(person_id=CHAIR, role="chairs"),
                                                                      SpeakerNote(person_id=FIRST, role="opens")])
    assert [n.role for n in both.speaker_notes] == ["chairs", "opens"]


def test_a_speakers_notes_are_their_own_and_the_leads_come_from_the_session():
    s = panel(chair_id=CHAIR, speaker_ids=[FIRST, SECOND], speaking_role="keynote", speaking_notes="three points",
              speaker_notes=[SpeakerNote(person_id=SECOND, role="reply", notes="one point")])
    assert s.lead_id == FIRST
    assert s.notes_for(FIRST) == SpeakerNote(person_id=FIRST, role="keynote", notes="three points")
    assert s.notes_for(SECOND) == SpeakerNote(person_id=SECOND, role="reply", notes="one point")
    assert s.notes_for(CHAIR) is None
    assert s.notes_for(LISTENER) is None
    chaired = panel(chair_id=CHAIR, speaking_role="moderator")
    assert chaired.lead_id == CHAIR
    assert chaired.notes_for(CHAIR) == SpeakerNote(person_id=CHAIR, role="moderator", notes="")
    assert panel(chair_id=CHAIR).notes_for(CHAIR) is None  # nothing written: no notes to show


def test_everyone_in_the_session_and_who_speaks():
    s = panel(chair_id=CHAIR, speaker_ids=[FIRST], attendee_ids=[LISTENER])
    assert s.people_ids() == {CHAIR, FIRST, LISTENER}
    assert panel(speaker_ids=[FIRST]).people_ids() == {FIRST}
    assert (s.speaks(CHAIR), s.speaks(FIRST), s.speaks(LISTENER)) == (True, True, False)


def test_a_session_must_lie_within_the_conference_days_in_local_time():
    conf = Conference(name="Health ministers", start_date=date(2030, 3, 4), end_date=date(2030, 3, 5),
                      timezone="Europe/Amsterdam")  # UTC+1 in March
    # the last evening, ending exactly at midnight local time (23:00 UTC): still within the days
    panel(start=datetime(2030, 3, 5, 21, 0, tzinfo=UTC), end=datetime(2030, 3, 5, 23, 0, tzinfo=UTC)).check_within(conf)
    # the first morning, starting exactly at midnight local time (23:00 UTC the day before)
    panel(start=datetime(2030, 3, 3, 23, 0, tzinfo=UTC), end=datetime(2030, 3, 4, 1, 0, tzinfo=UTC)).check_within(conf)
    for start, end in [(datetime(2030, 3, 3, 22, 0, tzinfo=UTC), datetime(2030, 3, 3, 23, 30, tzinfo=UTC)),
                       (datetime(2030, 3, 5, 22, 0, tzinfo=UTC), datetime(2030, 3, 5, 23, 1, tzinfo=UTC)),
                       # one second past midnight (an imported calendar may have seconds)
                       (datetime(2030, 3, 5, 22, 0, tzinfo=UTC), datetime(2030, 3, 5, 23, 0, 1, tzinfo=UTC))]:
        with pytest.raises(ValueError, match=r"^start: the session must lie within the conference days "
                                             r"\(2030-03-04 to 2030-03-05\)$"):
            panel(start=start, end=end).check_within(conf)


def test_a_session_is_found_by_its_speakers_words():
    s = panel(description="On surveillance", speaking_role="keynote", speaking_notes="three points",
              speaker_ids=[FIRST], speaker_notes=[SpeakerNote(person_id=FIRST, role="opens", notes="data")])
    assert s.search_text() == ("Panel on surveillance", "On surveillance\nkeynote\nthree points\nopens\ndata")
    assert panel(description="On surveillance").search_text() == ("Panel on surveillance", "On surveillance")
    assert s.minutes == 90 and s.label() == "Panel on surveillance"


def test_a_session_needs_a_title_and_is_not_demo_data_unless_marked():
    with pytest.raises(ValidationError) as info:
        panel(title="   ")
    assert refusal(info.value) == "session: field 'title': the title must not be empty"
    assert panel().illustrative is False
