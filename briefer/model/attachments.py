"""Attached documents (PDFs) linked to a meeting, a session or a brief.

The bytes live in the database (so they are encrypted and backed up with it);
the model carries only the metadata, so lists stay light.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field, field_validator, model_validator

from briefer.model.base import Classification, Record, non_empty


class Attachment(Record):
    kind: ClassVar[str] = "attachment"

    title: str
    filename: str
    media_type: str = "application/pdf"
    size: int = Field(default=0, ge=0)
    sha256: str = ""
    meeting_id: str | None = None
    session_id: str | None = None
    country_brief_id: str | None = None
    classification: Classification = Classification.ONGERUBRICEERD

    @field_validator("title", "filename")
    @classmethod
    def _text(cls, v: str) -> str:
        return non_empty(v, "the title and file name")

    @model_validator(mode="after")
    def _linked(self) -> "Attachment":
        if not (self.meeting_id or self.session_id or self.country_brief_id):
            raise ValueError("meeting_id: an attachment belongs to a meeting, a session or a country brief")
        return self

    def label(self, lang: str = "en") -> str:
        return self.title

    def search_text(self) -> tuple[str, str]:
        return (self.title, self.filename)
