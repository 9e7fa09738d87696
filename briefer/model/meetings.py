"""Bilateral meetings between a Dutch principal and a counterpart country or organisation."""

from __future__ import annotations

import enum
from typing import ClassVar, Mapping

from pydantic import field_validator, model_validator

from briefer.model.agenda import TimedRecord
from briefer.model.base import Classification
from briefer.model.conference import Organisation, country_name, validate_iso3


class MeetingStatus(str, enum.Enum):
    REQUESTED = "requested"
    CONFIRMED = "confirmed"
    HELD = "held"
    CANCELLED = "cancelled"


class Meeting(TimedRecord):
    kind: ClassVar[str] = "meeting"

    principal_id: str
    counterpart_country: str | None = None
    counterpart_organisation_id: str | None = None
    counterpart_ids: list[str] = []
    room_id: str | None = None
    #: The room is provisional until the organisers confirm it.
    room_confirmed: bool = True
    nl_participant_ids: list[str] = []
    #: ISO 639-1 code of the interpretation needed, e.g. "id" or "fr"; None when not needed.
    interpreter_language: str | None = None
    interpreter_name: str = ""
    note_taker_id: str | None = None
    status: MeetingStatus = MeetingStatus.REQUESTED
    title: str = ""
    press_line: str = ""
    classification: Classification = Classification.ONGERUBRICEERD
    #: When the meeting was marked as held (set by meeting mode).
    held_at: str | None = None

    @field_validator("counterpart_country")
    @classmethod
    def _country(cls, v: str | None) -> str | None:
        return validate_iso3(v) if v else None

    @field_validator("interpreter_language")
    @classmethod
    def _lang(cls, v: str | None) -> str | None:
        if not v:
            return None
        from briefer.model.iso_codes import language_codes

        code = v.strip().lower()
        if code not in language_codes():
            raise ValueError(f"{v!r} is not an ISO 639 language code")
        return code

    @model_validator(mode="after")
    def _counterpart(self) -> "Meeting":
        if not self.counterpart_country and not self.counterpart_organisation_id:
            raise ValueError("counterpart_country: a bilateral needs a counterpart country or organisation")
        if self.principal_id in self.counterpart_ids:
            raise ValueError("counterpart_ids: the principal cannot be their own counterpart")
        return self

    def people_ids(self) -> set[str]:
        """Everyone at the table (both sides), for conflict checks and packs."""
        ids = {self.principal_id, *self.nl_participant_ids, *self.counterpart_ids}
        if self.note_taker_id:
            ids.add(self.note_taker_id)
        return ids

    def nl_side_ids(self) -> set[str]:
        ids = {self.principal_id, *self.nl_participant_ids}
        if self.note_taker_id:
            ids.add(self.note_taker_id)
        return ids

    def label(self, lang: str = "en", orgs: Mapping[str, Organisation] | None = None) -> str:
        """The meeting's own title, else "Bilateral with Germany" / "Bilateraal met de Europese Commissie".

        Without ``orgs`` an organisation can only be called "organisation": callers that
        show a meeting with an organisation pass them (briefer/model/counterparts.py).
        """
        from briefer.model.counterparts import meeting_title

        return meeting_title(self, orgs or {}, lang)

    def search_text(self) -> tuple[str, str]:
        cn = ""
        if self.counterpart_country:
            cn = f"{country_name(self.counterpart_country, 'en')} {country_name(self.counterpart_country, 'nl')}"
        return (self.label(), f"{cn}\n{self.press_line}")
