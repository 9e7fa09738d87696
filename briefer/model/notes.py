"""What happens in and after a meeting: notes, outcomes and follow-up actions."""

from __future__ import annotations

import enum
from datetime import date
from typing import ClassVar

from pydantic import field_validator, model_validator

from briefer import i18n
from briefer.model.base import Classification, Record, non_empty
from briefer.model.conference import validate_iso3


class NoteKind(str, enum.Enum):
    PREP = "prep"
    MINUTES = "minutes"
    OUTCOME = "outcome"

    def label(self, lang: str = "en") -> str:
        """The kind in the reader's words ("verslag", not "minutes", in a Dutch view)."""
        return i18n.label(f"note_kind_{self.value}", lang)


class Note(Record):
    """A note by one author; several authors' notes on one meeting are all kept."""

    kind: ClassVar[str] = "note"

    meeting_id: str | None = None
    session_id: str | None = None
    author: str = ""
    author_id: str | None = None
    note_kind: NoteKind = NoteKind.MINUTES
    body: str = ""
    classification: Classification = Classification.ONGERUBRICEERD

    def label(self, lang: str = "en") -> str:
        first = self.body.strip().splitlines()[0] if self.body.strip() else i18n.label("empty_note", lang)
        return first[:60]

    def search_text(self) -> tuple[str, str]:
        return (self.author, self.body)


class OutcomeKind(str, enum.Enum):
    AGREEMENT = "agreement"
    COMMITMENT = "commitment"
    REQUEST = "request"
    TWINNING_INTENTION = "twinning_intention"
    INFORMATION = "information"


class Outcome(Record):
    kind: ClassVar[str] = "outcome"

    meeting_id: str
    #: The meeting brief's objective this outcome answers, if any.
    objective_id: str | None = None
    objective_met: bool | None = None
    outcome_kind: OutcomeKind = OutcomeKind.INFORMATION
    text: str

    @field_validator("text")
    @classmethod
    def _text(cls, v: str) -> str:
        return non_empty(v, "the outcome")

    def label(self, lang: str = "en") -> str:
        return self.text[:60]

    def search_text(self) -> tuple[str, str]:
        return ("", self.text)


class ActionStatus(str, enum.Enum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class Action(Record):
    """A follow-up action: what, who, by when."""

    kind: ClassVar[str] = "action"

    description: str
    meeting_id: str | None = None
    owner_id: str | None = None
    owner: str = ""  # free text when the owner is a unit, not a person
    due: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    country: str | None = None

    @field_validator("description")
    @classmethod
    def _text(cls, v: str) -> str:
        return non_empty(v, "the action")

    @field_validator("country")
    @classmethod
    def _country(cls, v: str | None) -> str | None:
        return validate_iso3(v) if v else None

    def label(self, lang: str = "en") -> str:
        return self.description[:60]

    def search_text(self) -> tuple[str, str]:
        return (self.description, self.owner)
