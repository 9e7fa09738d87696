"""Notes, outcomes and follow-up actions as the advisor writes them: what is refused, how they are named."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from briefer.model import Action, Note, Outcome
from briefer.model.notes import ActionStatus, NoteKind, OutcomeKind
from briefer.store.repository import invalid_record

MEETING = "11111111-1111-1111-1111-111111111111"


def refusal(exc: ValidationError, kind: str) -> str:
    return str(invalid_record(exc, kind))


def test_a_note_is_named_by_its_first_line_cut_at_sixty_characters():
    note = Note(meeting_id=MEETING, body="\n  Minister agreed to a twinning visit in the autumn, with both agencies present\n"
                                         "second line")
    assert note.label() == "Minister agreed to a twinning visit in the autumn, with both"
    assert len(note.label()) == 60
    assert Note(meeting_id=MEETING, body="   \n ").label("nl") == "(lege notitie)"
    assert note.note_kind is NoteKind.MINUTES
    assert (NoteKind.PREP.label("nl"), NoteKind.MINUTES.label("nl"), NoteKind.OUTCOME.label()) == (
        "voorbereiding", "verslag", "outcome")


def test_an_outcome_needs_words_and_is_named_by_them():
    with pytest.raises(ValidationError) as info:
        Outcome(meeting_id=MEETING, text="   ")
    assert refusal(info.value, "outcome") == "outcome: field 'text': the outcome must not be empty"
    outcome = Outcome(meeting_id=MEETING, text="Both sides will exchange surveillance data " * 3)
    assert outcome.label() == ("Both sides will exchange surveillance data " * 3)[:60]
    assert outcome.outcome_kind is OutcomeKind.INFORMATION and outcome.objective_met is None
    assert outcome.search_text() == ("", outcome.text)


def test_an_action_needs_a_description_and_a_real_country():
    with pytest.raises(ValidationError) as info:
        Action(description="", meeting_id=MEETING)
    assert refusal(info.value, "action") == "action: field 'description': the action must not be empty"
    with pytest.raises(ValidationError) as info:
        Action(description="Send the report", country="XYZ")
    assert refusal(info.value, "action") == "action: field 'country': 'XYZ' is not an ISO 3166 alpha-3 country code"
    action = Action(description="Send the surveillance report to the ministry of health, with the annexes",
                    owner="Unit Global Health", country="idn", due=date(2030, 4, 1))
    assert (action.country, action.status) == ("IDN", ActionStatus.OPEN)
    assert Action(description="Call back", country="").country is None
    assert action.label() == "Send the surveillance report to the ministry of health, with"
    assert action.search_text() == (action.description, "Unit Global Health")
