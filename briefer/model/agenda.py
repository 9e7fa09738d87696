"""The conference programme: sessions in rooms, with chairs, speakers and attendees."""

from __future__ import annotations

import enum
from datetime import timedelta
from typing import ClassVar

from pydantic import AwareDatetime, field_validator, model_validator

from briefer.model.base import Classification, Model, Record, non_empty, to_utc


class SessionKind(str, enum.Enum):
    OPENING = "opening"
    PLENARY = "plenary"
    PANEL = "panel"
    SIDE_EVENT = "side_event"
    BREAK = "break"
    RECEPTION = "reception"
    PRESS = "press"
    SITE_VISIT = "site_visit"
    CLOSING = "closing"


class TimedRecord(Record):
    """Anything with a start and an end, both aware and stored in UTC."""

    start: AwareDatetime
    end: AwareDatetime

    @field_validator("start", "end")
    @classmethod
    def _utc(cls, v):
        return to_utc(v)

    @model_validator(mode="after")
    def _order(self):
        if self.end <= self.start:
            raise ValueError("end: must be after the start")
        return self

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


class SpeakerNote(Model):
    """One speaker's part in a session: their role and their own notes.

    Speaking notes belong to a speaker, not to the session: in a plenary of
    country interventions each minister speaks for a different country.
    """

    person_id: str
    #: What this speaker is to do ("country intervention, 3 min").
    role: str = ""
    notes: str = ""


class Session(TimedRecord):
    kind: ClassVar[str] = "session"

    title: str
    session_kind: SessionKind = SessionKind.PLENARY
    room_id: str | None = None
    description: str = ""
    chair_id: str | None = None
    speaker_ids: list[str] = []
    #: Dutch delegation members who attend (speakers and chair attend implicitly).
    attendee_ids: list[str] = []
    #: The lead speaker's role and notes (the first speaker, or the chair when nobody else speaks).
    #: Files made before per-speaker notes hold only these; :meth:`notes_for` is the one reader.
    speaking_role: str = ""
    speaking_notes: str = ""
    #: Each speaker's own role and notes; an entry here wins over the lead's fields above.
    speaker_notes: list[SpeakerNote] = []
    #: Where the session came from (an iCalendar UID on import) so re-imports update it.
    external_uid: str | None = None
    classification: Classification = Classification.ONGERUBRICEERD
    #: True where the published programme is not sourced (demo data).
    illustrative: bool = False

    @field_validator("title")
    @classmethod
    def _title(cls, v: str) -> str:
        return non_empty(v, "the title")

    @model_validator(mode="after")
    def _speaker_notes(self):
        seen = set()
        for n in self.speaker_notes:
            if n.person_id in seen:
                raise ValueError("speaker_notes: a speaker has one set of notes")
            if not self.speaks(n.person_id):
                raise ValueError("speaker_notes: notes belong to a speaker or the chair of the session")
            seen.add(n.person_id)
        return self

    @property
    def lead_id(self) -> str | None:
        """Whose the session-level ``speaking_notes`` are: the first speaker, else the chair."""
        return self.speaker_ids[0] if self.speaker_ids else self.chair_id

    def notes_for(self, person_id: str) -> SpeakerNote | None:
        """The role and notes of ``person_id`` in this session — never another speaker's."""
        for n in self.speaker_notes:
            if n.person_id == person_id:
                return n
        if person_id == self.lead_id and (self.speaking_role or self.speaking_notes):
            return SpeakerNote(person_id=person_id, role=self.speaking_role, notes=self.speaking_notes)
        return None

    def people_ids(self) -> set[str]:
        ids = set(self.speaker_ids) | set(self.attendee_ids)
        if self.chair_id:
            ids.add(self.chair_id)
        return ids

    def check_within(self, conference) -> None:
        """Raise if the session does not lie within the conference days (local time)."""
        if not conference.contains(self.start) or not conference.contains(self.end - timedelta(seconds=1)):
            first, last = conference.start_date.isoformat(), conference.end_date.isoformat()
            raise ValueError(f"start: the session must lie within the conference days ({first} to {last})")

    def speaks(self, person_id: str) -> bool:
        return person_id in self.speaker_ids or person_id == self.chair_id

    def label(self, lang: str = "en") -> str:
        return self.title

    def search_text(self) -> tuple[str, str]:
        spoken = "\n".join(f"{n.role}\n{n.notes}" for n in self.speaker_notes)
        return (self.title, f"{self.description}\n{self.speaking_role}\n{self.speaking_notes}\n{spoken}".rstrip())
