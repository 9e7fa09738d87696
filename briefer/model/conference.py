"""The conference itself and its reference data: countries, organisations, rooms.

A database holds one conference. Nothing about any particular conference lives
here: the bundled demo is data in ``resources/demo/``.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import ClassVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, field_validator, model_validator

from briefer.model.base import Record, non_empty


class Conference(Record):
    kind: ClassVar[str] = "conference"

    name: str
    theme: str = ""
    start_date: date
    end_date: date
    city: str = ""
    venue: str = ""
    timezone: str = "Europe/Amsterdam"
    #: Daily opening hours, local time; meetings outside them are flagged.
    day_start: time = time(8, 0)
    day_end: time = time(20, 0)
    #: True for bundled demo content, so the app can label it as such.
    demo: bool = False
    notes: str = ""

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        return non_empty(v, "the conference name")

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown timezone {v!r} (use an IANA name such as Europe/Amsterdam)") from None
        return v

    @field_validator("day_start", "day_end")
    @classmethod
    def _local_time(cls, v: time) -> time:
        # Opening hours are wall-clock times in the conference's own timezone; an offset
        # ("10:00Z") would make them incomparable with each other and with local times.
        if v.tzinfo is not None:
            raise ValueError("a local time of day without a timezone offset, such as 08:00")
        return v

    @model_validator(mode="after")
    def _dates(self) -> "Conference":
        if self.end_date < self.start_date:
            raise ValueError("end_date: the conference must not end before it starts")
        if self.day_end <= self.day_start:
            raise ValueError("day_end: the day must end after it starts")
        return self

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def days(self) -> list[date]:
        n = (self.end_date - self.start_date).days + 1
        return [self.start_date + timedelta(days=i) for i in range(n)]

    def local(self, moment: datetime) -> datetime:
        """``moment`` in the conference's timezone."""
        return moment.astimezone(self.tz)

    def contains(self, moment: datetime) -> bool:
        """Whether ``moment`` falls on one of the conference days (local time)."""
        return self.start_date <= self.local(moment).date() <= self.end_date

    def label(self, lang: str = "en") -> str:
        return self.name


class Country(Record):
    """A country taking part, by ISO 3166 alpha-3 code, with facts for the briefs."""

    kind: ClassVar[str] = "country"

    iso3: str
    income_group: str = ""
    attended: str = "unknown"  # yes | no | unknown
    verified: bool = False
    notes: str = ""

    @field_validator("iso3")
    @classmethod
    def _iso3(cls, v: str) -> str:
        return validate_iso3(v)

    @field_validator("attended")
    @classmethod
    def _attended(cls, v: str) -> str:
        if v not in ("yes", "no", "unknown"):
            raise ValueError("must be yes, no or unknown")
        return v

    def name(self, lang: str = "en") -> str:
        return country_name(self.iso3, lang)

    def label(self, lang: str = "en") -> str:
        return f"{self.name(lang)} ({self.iso3})"

    def search_text(self) -> tuple[str, str]:
        return (f"{self.name('en')} {self.name('nl')} {self.iso3}", self.notes)


def validate_iso3(code: str) -> str:
    import pycountry

    c = (code or "").strip().upper()
    if len(c) != 3 or pycountry.countries.get(alpha_3=c) is None:
        raise ValueError(f"{code!r} is not an ISO 3166 alpha-3 country code")
    return c


@lru_cache(maxsize=None)
def _translator(lang: str):
    import gettext

    import pycountry

    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)


@lru_cache(maxsize=4096)
def country_name(iso3: str, lang: str = "en") -> str:
    """The country's common name in English or Dutch (pycountry and its translations)."""
    import pycountry

    c = pycountry.countries.get(alpha_3=iso3)
    if c is None:
        return iso3
    if lang == "en":
        return getattr(c, "common_name", None) or c.name
    return _translator(lang).gettext(c.name)


class OrganisationType(str, enum.Enum):
    UN_AGENCY = "un_agency"
    INTERGOVERNMENTAL = "intergovernmental"
    NGO = "ngo"
    NATIONAL_INSTITUTE = "national_institute"
    MINISTRY = "ministry"
    OTHER = "other"


class Organisation(Record):
    kind: ClassVar[str] = "organisation"

    name: str
    acronym: str = ""
    type: OrganisationType = OrganisationType.OTHER
    country: str | None = None

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        return non_empty(v, "the organisation name")

    @field_validator("country")
    @classmethod
    def _country(cls, v: str | None) -> str | None:
        return validate_iso3(v) if v else None

    def label(self, lang: str = "en") -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def search_text(self) -> tuple[str, str]:
        return (self.label(), "")


class Room(Record):
    kind: ClassVar[str] = "room"

    name: str
    venue: str = ""
    floor: str = ""
    capacity: int | None = Field(default=None, ge=1)
    suitable_for_bilaterals: bool = False
    has_interpretation_booths: bool = False

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        return non_empty(v, "the room name")

    def label(self, lang: str = "en") -> str:
        return self.name
