"""Country briefs and meeting briefs — the structured content a pack prints.

The shape follows the FCO standard brief: objectives, points to make grouped by
how certain they are to come up, defensive lines as question → answer, and a
background that keeps what may be used apart from what must not be disclosed.
A meeting brief defaults, field by field, to its country's brief.
"""

from __future__ import annotations

import enum
from typing import ClassVar

from pydantic import Field, field_validator

from briefer import i18n
from briefer.model.base import BriefStatus, Classification, Model, Record, new_id, non_empty
from briefer.model.conference import country_name, validate_iso3


class Priority(str, enum.Enum):
    """How likely a point is to come up (FCO: certain → full brief, unlikely → defensive only)."""

    CERTAIN = "certain"
    POSSIBLE = "possible"
    UNLIKELY = "unlikely"


class TalkingPoint(Model):
    text: str
    priority: Priority = Priority.CERTAIN

    @field_validator("text")
    @classmethod
    def _text(cls, v: str) -> str:
        return non_empty(v, "a talking point")


class DefensiveLine(Model):
    question: str
    answer: str

    @field_validator("question", "answer")
    @classmethod
    def _text(cls, v: str) -> str:
        return non_empty(v, "a defensive line's question and answer")


class BackgroundItem(Model):
    text: str
    #: False for information that must not be disclosed to the counterpart.
    usable: bool = True

    @field_validator("text")
    @classmethod
    def _text(cls, v: str) -> str:
        return non_empty(v, "a background item")


class SourceRef(Model):
    title: str
    url: str = ""
    publisher: str = ""
    date: str = ""


class Fact(Model):
    label: str
    value: str
    source: str = ""


class CountryBrief(Record):
    kind: ClassVar[str] = "country brief"

    country: str
    summary: str = ""
    relations_nl: str = ""
    facts: list[Fact] = []
    key_messages: list[str] = []
    talking_points: list[TalkingPoint] = []
    defensive_lines: list[DefensiveLine] = []
    asks: list[str] = []
    offers: list[str] = []
    background: list[BackgroundItem] = []
    sources: list[SourceRef] = []
    status: BriefStatus = BriefStatus.DRAFT
    classification: Classification = Classification.ONGERUBRICEERD
    author: str = ""
    illustrative: bool = False

    @field_validator("country")
    @classmethod
    def _country(cls, v: str) -> str:
        return validate_iso3(v)

    def label(self, lang: str = "en") -> str:
        return i18n.label("country_brief", lang, country=country_name(self.country, lang))

    def search_text(self) -> tuple[str, str]:
        body = [
            country_name(self.country, "nl"),
            self.summary,
            self.relations_nl,
            *self.key_messages,
            *(t.text for t in self.talking_points),
            *(f"{d.question} {d.answer}" for d in self.defensive_lines),
            *self.asks,
            *self.offers,
            *(b.text for b in self.background),
        ]
        return (country_name(self.country), "\n".join(b for b in body if b))


class Objective(Model):
    """An objective of a meeting; outcomes are recorded against its ``id``."""

    id: str = Field(default_factory=new_id)
    text: str

    @field_validator("text")
    @classmethod
    def _text(cls, v: str) -> str:
        return non_empty(v, "an objective")


class MeetingBrief(Record):
    kind: ClassVar[str] = "meeting brief"

    meeting_id: str
    #: The point of the meeting in one sentence: what the principal reads if they read nothing else.
    point: str = ""
    #: Who leads the conversation on the host delegation's side (a person), when not the principal.
    lead_id: str | None = None
    #: The photo opportunity, if any ("handshake at the start, pool press"); empty when there is none.
    photo_opportunity: str = ""
    objectives: list[Objective] = []
    key_messages: list[str] = []
    talking_points: list[TalkingPoint] = []
    expected_positions: list[str] = []
    defensive_lines: list[DefensiveLine] = []
    background: list[BackgroundItem] = []
    status: BriefStatus = BriefStatus.DRAFT
    classification: Classification = Classification.ONGERUBRICEERD
    author: str = ""

    def with_defaults_from(self, country_brief: CountryBrief | None) -> "MeetingBrief":
        """This brief with every empty list filled from the country brief."""
        if country_brief is None:
            return self
        changes = {}
        for name in ("key_messages", "talking_points", "defensive_lines", "background"):
            if not getattr(self, name):
                changes[name] = getattr(country_brief, name)
        if not changes:
            return self
        if country_brief.classification.rank > self.classification.rank:
            changes["classification"] = country_brief.classification
        return self.model_copy(update=changes)

    def objective(self, objective_id: str) -> Objective | None:
        return next((o for o in self.objectives if o.id == objective_id), None)

    def label(self, lang: str = "en") -> str:
        return i18n.label("meeting_brief_title", lang)

    def search_text(self) -> tuple[str, str]:
        body = [
            self.point,
            *(o.text for o in self.objectives),
            *self.key_messages,
            *(t.text for t in self.talking_points),
            *self.expected_positions,
            *(f"{d.question} {d.answer}" for d in self.defensive_lines),
            *(b.text for b in self.background),
        ]
        return ("", "\n".join(b for b in body if b))
