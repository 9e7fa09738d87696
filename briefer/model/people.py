"""People on both sides of the table, and the delegations they come in."""

from __future__ import annotations

import enum
from typing import ClassVar

from pydantic import field_validator, model_validator

from briefer.model.base import Model, Record, non_empty
from briefer.model.conference import country_name, validate_iso3


class Person(Record):
    kind: ClassVar[str] = "person"

    honorific: str = ""  # H.E., Dr, Prof.
    given_name: str = ""
    family_name: str
    organisation_id: str | None = None
    country: str | None = None
    position: str = ""
    languages: list[str] = []
    biography: str = ""
    email: str = ""
    phone: str = ""
    #: Set for a Dutch minister the delegation serves (e.g. "Minister voor Medische Zorg en Sport").
    principal_title: str = ""
    #: True for invented demo people; only public office-holders appear by real name.
    illustrative: bool = False

    @field_validator("family_name")
    @classmethod
    def _family(cls, v: str) -> str:
        return non_empty(v, "the family name")

    @field_validator("country")
    @classmethod
    def _country(cls, v: str | None) -> str | None:
        return validate_iso3(v) if v else None

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)

    @property
    def formal_name(self) -> str:
        return " ".join(p for p in (self.honorific, self.given_name, self.family_name) if p)

    @property
    def is_principal(self) -> bool:
        return bool(self.principal_title)

    def label(self, lang: str = "en") -> str:
        return self.full_name

    def search_text(self) -> tuple[str, str]:
        return (self.formal_name, f"{self.position}\n{self.biography}")


class MemberRole(str, enum.Enum):
    HEAD = "head"
    DEPUTY = "deputy"
    ADVISER = "adviser"
    NOTE_TAKER = "note_taker"
    INTERPRETER = "interpreter"
    PRESS = "press"
    SECURITY = "security"
    LIAISON = "liaison"


class DelegationMember(Model):
    person_id: str
    role: MemberRole = MemberRole.ADVISER
    #: For Dutch members: the minister (a person id) this member supports.
    serves_principal_id: str | None = None


class Delegation(Record):
    """A country's or organisation's delegation; the Dutch one has ``host=True``."""

    kind: ClassVar[str] = "delegation"

    country: str | None = None
    organisation_id: str | None = None
    name: str = ""
    host: bool = False
    members: list[DelegationMember] = []
    interpretation_languages: list[str] = []
    notes: str = ""

    @field_validator("country")
    @classmethod
    def _country(cls, v: str | None) -> str | None:
        return validate_iso3(v) if v else None

    @model_validator(mode="after")
    def _whose(self) -> "Delegation":
        if not self.country and not self.organisation_id:
            raise ValueError("country: a delegation belongs to a country or an organisation")
        ids = [m.person_id for m in self.members]
        if len(ids) != len(set(ids)):
            raise ValueError("members: a person is listed twice")
        heads = [m for m in self.members if m.role == MemberRole.HEAD]
        if len(heads) > 1:
            raise ValueError("members: a delegation has at most one head")
        return self

    @property
    def head_id(self) -> str | None:
        for m in self.members:
            if m.role == MemberRole.HEAD:
                return m.person_id
        return None

    def label(self, lang: str = "en") -> str:
        return self.name or (country_name(self.country, lang) if self.country else "")
