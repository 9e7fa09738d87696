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

from briefer.model.base import Model, Record, non_empty
from briefer.model.country_names import country_name


class OpeningHours(Model):
    """The hours of one conference day, local wall-clock time (a day that runs late: 08:00–22:00)."""

    start: time
    end: time

    @field_validator("start", "end")
    @classmethod
    def _local(cls, v: time) -> time:
        if v.tzinfo is not None:
            raise ValueError("a local time of day without a timezone offset, such as 08:00")
        return v

    @model_validator(mode="after")
    def _order(self) -> "OpeningHours":
        if self.end <= self.start:
            raise ValueError("end: the day must end after it starts")
        return self


class Conference(Record):
    kind: ClassVar[str] = "conference"

    #: The name as the organisers publish it (usually English); ``name_nl`` is the Dutch one, if any.
    name: str
    name_nl: str = ""
    theme: str = ""
    start_date: date
    end_date: date
    city: str = ""
    venue: str = ""
    timezone: str = "Europe/Amsterdam"
    #: Daily opening hours, local time; meetings outside them are flagged.
    day_start: time = time(8, 0)
    day_end: time = time(20, 0)
    #: Days whose hours differ from the default (a late plenary night, a half closing day).
    day_hours: dict[date, OpeningHours] = {}
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
        outside = sorted(d for d in self.day_hours if not self.start_date <= d <= self.end_date)
        if outside:
            raise ValueError(f"day_hours: {outside[0].isoformat()} is not a conference day "
                             f"({self.start_date.isoformat()} to {self.end_date.isoformat()})")
        return self

    def hours_on(self, day: date) -> tuple[time, time]:
        """The opening hours of ``day``: its own, else the default."""
        own = self.day_hours.get(day)
        return (own.start, own.end) if own else (self.day_start, self.day_end)

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
        """The name in ``lang``: the Dutch one when there is one, else the published name."""
        return self.name_nl if lang == "nl" and self.name_nl else self.name


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
    from briefer.model.iso_codes import country_codes

    c = (code or "").strip().upper()
    if len(c) != 3 or c not in country_codes():
        raise ValueError(f"{code!r} is not an ISO 3166 alpha-3 country code")
    return c


@lru_cache(maxsize=None)
def iso3166_translation(lang: str):
    """pycountry's gettext catalogue of ISO 3166 country names in ``lang`` (English names when it has none)."""
    import gettext

    import pycountry

    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)


class OrganisationType(str, enum.Enum):
    UN_AGENCY = "un_agency"
    INTERGOVERNMENTAL = "intergovernmental"
    NGO = "ngo"
    NATIONAL_INSTITUTE = "national_institute"
    MINISTRY = "ministry"
    OTHER = "other"


#: The articles an organisation's name may take in running text, per language.
ARTICLES = {"en": ("", "the"), "nl": ("", "de", "het")}


class Organisation(Record):
    """An organisation a bilateral can be with (the European Commission, UNFCCC, WHO).

    ``name`` is the English name, ``name_nl`` the Dutch one. In a sentence
    ("Bilateral with …") the organisation is named by its acronym when it has one
    and ``acronym_in_titles`` says so (as a private office says "FAO"), else by its
    name, preceded by the language's article when it takes one: "the European
    Commission" / "de Europese Commissie".
    """

    kind: ClassVar[str] = "organisation"

    name: str
    name_nl: str = ""
    acronym: str = ""
    article_en: str = ""
    article_nl: str = ""
    acronym_in_titles: bool = True
    type: OrganisationType = OrganisationType.OTHER
    country: str | None = None

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        return non_empty(v, "the organisation name")

    @field_validator("article_en", "article_nl")
    @classmethod
    def _article(cls, v: str, info) -> str:
        lang = info.field_name[-2:]
        v = v.strip().lower()
        if v not in ARTICLES[lang]:
            raise ValueError(f"must be empty or one of: {', '.join(a for a in ARTICLES[lang] if a)}")
        return v

    def full_name(self, lang: str = "en") -> str:
        """The organisation's whole name in ``lang`` (the English one when no Dutch one is given)."""
        return self.name_nl if lang == "nl" and self.name_nl else self.name

    def in_sentence(self, lang: str = "en") -> str:
        """How a sentence names it: "the European Commission", "de Europese Commissie", "FAO"."""
        word = self.acronym if self.acronym and self.acronym_in_titles else self.full_name(lang)
        article = self.article_nl if lang == "nl" else self.article_en
        return f"{article} {word}" if article else word

    @field_validator("country")
    @classmethod
    def _country(cls, v: str | None) -> str | None:
        return validate_iso3(v) if v else None

    def label(self, lang: str = "en") -> str:
        name = self.full_name(lang)
        return f"{name} ({self.acronym})" if self.acronym else name

    def search_text(self) -> tuple[str, str]:
        return (self.label(), self.name_nl)

    def short(self, lang: str = "en") -> str:
        """For a list's column: the acronym when titles use it, else the name ("FAO", "European Commission")."""
        return self.acronym if self.acronym and self.acronym_in_titles else self.full_name(lang)


class RoomKind(str, enum.Enum):
    """What a room is for; only ``suitable_for_bilaterals`` decides where bilaterals are proposed."""

    PLENARY = "plenary"
    BILATERAL = "bilateral"
    PAVILION = "pavilion"
    PRESS = "press"
    OFFICE = "office"
    OTHER = "other"


class Room(Record):
    kind: ClassVar[str] = "room"

    name: str
    venue: str = ""
    floor: str = ""
    room_kind: RoomKind = RoomKind.OTHER
    capacity: int | None = Field(default=None, ge=1)
    #: Marked by the advisor: slot proposals use only these rooms.
    suitable_for_bilaterals: bool = False
    has_interpretation_booths: bool = False

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        return non_empty(v, "the room name")

    def label(self, lang: str = "en") -> str:
        return self.name
