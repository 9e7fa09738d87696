"""The print register's entries: who printed which pack version for whom, and when.

Each printed pack gets a number (its copy number, "Exemplaar 3") and keeps a
content digest per part, so a later addendum can print only what changed.
"""

from __future__ import annotations

from datetime import date

from pydantic import AwareDatetime, Field, field_validator

from briefer.model.base import Classification, Model, to_utc


class PrintedPart(Model):
    key: str
    title: str
    digest: str
    #: First and last page of the part in this copy (so an addendum can say which pages it replaces).
    pages: list[int] = []
    #: (label, value) of the facts an addendum shows as old → new: time, room, counterpart, key messages…
    facts: list[tuple[str, str]] = []
    #: Short digests of every line of text in the part: an addendum bars the lines that are new.
    passages: list[str] = []


class PrintRecord(Model):
    number: int = Field(ge=1)
    kind: str = "pack"  # pack | meeting | addendum
    printed_at: AwareDatetime
    printed_by: str = ""
    recipient_id: str
    recipient_name: str = ""
    meeting_id: str | None = None
    lang: str = "nl"
    version: int = Field(default=1, ge=1)
    classification: Classification = Classification.ONGERUBRICEERD
    draft: bool = True
    digest: str = ""
    parts: list[PrintedPart] = []
    base_number: int | None = None
    filename: str = ""
    pages: int = 0
    #: What was asked for, so an addendum can compare like with like.
    period_start: date | None = None
    period_end: date | None = None
    sections: list[str] = []
    #: Digest of the content itself, independent of the language printed in (versions compare it).
    content_digest: str = ""
    #: Who printed a pack as final although not every brief in it was final, and why.
    override_by: str = ""
    override_reason: str = ""

    @field_validator("printed_at")
    @classmethod
    def _utc(cls, v):
        return to_utc(v)
