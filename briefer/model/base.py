"""What every stored record shares: a stable UUID, UTC timestamps and a revision.

Models are frozen pydantic objects: a background task can be handed one
safely, and an edit makes a new, re-validated object (:meth:`Record.evolve`).
Timestamps are timezone-aware and normalised to UTC; they are shown in the
conference's timezone only at the edges (CLI, GUI, packs).
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime, timezone
from typing import Any, ClassVar, Self

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    # millisecond precision: enough for ordering, and ISO strings stay short
    now = datetime.now(timezone.utc)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def to_utc(value: datetime) -> datetime:
    return value.astimezone(timezone.utc)


class Model(BaseModel):
    """Base of all value objects: frozen, strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Record(Model):
    """A stored record. ``kind`` names it for users ("meeting", "country brief")."""

    kind: ClassVar[str] = "record"

    id: str = Field(default_factory=new_id)
    revision: int = 0
    created_at: AwareDatetime = Field(default_factory=utcnow)
    updated_at: AwareDatetime = Field(default_factory=utcnow)

    @field_validator("id")
    @classmethod
    def _valid_uuid(cls, v: str) -> str:
        try:
            return str(uuid.UUID(v))
        except (ValueError, AttributeError, TypeError):
            raise ValueError("must be a UUID") from None

    @field_validator("created_at", "updated_at")
    @classmethod
    def _utc(cls, v: datetime) -> datetime:
        return to_utc(v)

    def evolve(self, **changes: Any) -> Self:
        """A copy with ``changes`` applied and the whole record validated again."""
        data = self.model_dump()
        data.update(changes)
        return type(self).model_validate(data)

    def label(self, lang: str = "en") -> str:
        """A short human name for messages and lists, in ``lang`` ('en' or 'nl') where words are involved."""
        return self.id

    def search_text(self) -> tuple[str, str] | None:
        """(title, body) for full-text search, or None when not searchable."""
        return None


class Classification(str, enum.Enum):
    """Dutch classification markings (VIR-BI 2013), lowest first."""

    ONGERUBRICEERD = "ONGERUBRICEERD"
    DEP_VERTROUWELIJK = "DEP_VERTROUWELIJK"
    STG_CONFIDENTIEEL = "STG_CONFIDENTIEEL"
    STG_GEHEIM = "STG_GEHEIM"
    STG_ZEER_GEHEIM = "STG_ZEER_GEHEIM"

    @property
    def rank(self) -> int:
        return list(Classification).index(self)

    @property
    def marking(self) -> str:
        """The marking as printed on pages (empty for unclassified)."""
        return _MARKINGS[self]

    @classmethod
    def highest(cls, items: "list[Classification]") -> "Classification":
        return max(items, key=lambda c: c.rank, default=cls.ONGERUBRICEERD)

    @classmethod
    def parse(cls, text: str) -> "Classification":
        """Accept the enum name or the printed marking, ignoring case and punctuation."""
        norm = _norm(text)
        for c in cls:
            if norm in {_norm(c.value), _norm(c.marking)} - {""}:
                return c
        if norm in ("UNCLASSIFIED", "NONE"):
            return cls.ONGERUBRICEERD
        raise ValueError(
            f"unknown classification {text!r}; use one of: "
            + ", ".join(c.marking or c.value for c in cls)
        )


def _norm(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


_MARKINGS = {
    Classification.ONGERUBRICEERD: "",
    Classification.DEP_VERTROUWELIJK: "Dep. VERTROUWELIJK",
    Classification.STG_CONFIDENTIEEL: "Stg. CONFIDENTIEEL",
    Classification.STG_GEHEIM: "Stg. GEHEIM",
    Classification.STG_ZEER_GEHEIM: "Stg. ZEER GEHEIM",
}


class BriefStatus(str, enum.Enum):
    DRAFT = "draft"
    REVIEWED = "reviewed"
    FINAL = "final"


def non_empty(value: str, what: str = "value") -> str:
    if not value or not value.strip():
        raise ValueError(f"{what} must not be empty")
    return value
