"""Topic profiles: what a conference is about, as data rather than as brief fields.

A conference on one subject wants every country brief to carry the same few indicators
(an action-plan stage, a target year, whether a plan was submitted); another conference
wants others. So the indicators are defined per conference, in a :class:`TopicProfile`
(its name, and per indicator a name in Dutch and English and a scale), and each
country's value is a :class:`TopicValue` of its own — per country, not per brief, because
a country can have values (a region, a stage) long before anyone writes its brief.
A conference without a profile has no topic sections at all: nothing prints "not
reported" for a topic nobody chose.
"""

from __future__ import annotations

import enum
import re
from typing import ClassVar

from pydantic import Field, field_validator, model_validator

from briefer.model.base import Model, Record, new_id, non_empty
from briefer.model.conference import country_name, validate_iso3


class Scale(str, enum.Enum):
    """How an indicator's value is read and checked."""

    #: one of a profile-defined ordered list of levels (e.g. stages A–E), each with a text
    LEVELS = "levels"
    YES_NO = "yes_no"
    YEAR = "year"
    NUMBER = "number"
    TEXT = "text"


#: What each scale accepts, for messages that say what to type.
SCALE_HINT = {
    Scale.LEVELS: "one of the indicator's levels",
    Scale.YES_NO: "yes or no",
    Scale.YEAR: "a year such as 2050",
    Scale.NUMBER: "a number such as 42 or 3.5",
    Scale.TEXT: "any text",
}

_YES = {"yes", "y", "ja", "j", "true", "1"}
_NO = {"no", "n", "nee", "false", "0"}
_WORDS = {
    "en": {"yes": "Yes", "no": "No"},
    "nl": {"yes": "Ja", "no": "Nee"},
}


class ScaleLevel(Model):
    """One step of a levels scale: its code as printed ("D") and what it means."""

    code: str
    text_en: str = ""
    text_nl: str = ""

    @field_validator("code")
    @classmethod
    def _code(cls, v: str) -> str:
        return non_empty(v, "a level's code")

    def text(self, lang: str) -> str:
        return (self.text_nl if lang == "nl" else self.text_en) or self.text_en or self.text_nl


def parse_levels(specs: list[str]) -> list[ScaleLevel]:
    """Levels as people type them, lowest first: ``A=No plan`` or ``A=No plan|Geen plan`` (Dutch
    after the bar); ValueError naming the one that is not ``CODE=TEXT``."""
    out = []
    for spec in (x.strip() for x in specs):
        if not spec:
            continue
        code, sep, text = spec.partition("=")
        if not sep or not code.strip():
            raise ValueError(f"level '{spec}' must be CODE=TEXT, e.g. 'A=No plan'")
        en, _, nl = text.partition("|")
        out.append(ScaleLevel(code=code.strip(), text_en=en.strip(), text_nl=nl.strip()))
    return out


def format_levels(levels: list[ScaleLevel]) -> list[str]:
    """The levels as :func:`parse_levels` reads them back."""
    return [f"{lv.code}={lv.text_en}" + (f"|{lv.text_nl}" if lv.text_nl else "") for lv in levels]


class Indicator(Model):
    """One thing every country of the conference is described by."""

    id: str = Field(default_factory=new_id)
    name_en: str
    name_nl: str = ""
    scale: Scale = Scale.TEXT
    #: the steps of a LEVELS scale, lowest first
    levels: list[ScaleLevel] = []
    #: print the levels as a row of steps, the country's reached ones filled
    chart: bool = False
    #: printed in the brief when a country has no value ("" = print nothing)
    missing_en: str = ""
    missing_nl: str = ""
    #: printed in country briefs (a region, say, may only be wanted as a list column)
    in_brief: bool = True
    #: shown as a column in lists of countries
    in_list: bool = False

    @field_validator("name_en")
    @classmethod
    def _name(cls, v: str) -> str:
        return non_empty(v, "an indicator's English name")

    @model_validator(mode="after")
    def _levels(self) -> "Indicator":
        if self.scale is Scale.LEVELS:
            codes = [lv.code for lv in self.levels]
            if not codes:
                raise ValueError(f"indicator {self.name_en!r} is on a levels scale but has no levels")
            if len({c.casefold() for c in codes}) != len(codes):
                raise ValueError(f"indicator {self.name_en!r} names a level twice")
        elif self.levels:
            raise ValueError(f"indicator {self.name_en!r} has levels but its scale is {self.scale.value}")
        if self.chart and self.scale is not Scale.LEVELS:
            raise ValueError(f"indicator {self.name_en!r}: only a levels scale can be drawn as a chart")
        return self

    def name(self, lang: str = "en") -> str:
        return (self.name_nl if lang == "nl" else self.name_en) or self.name_en

    def missing(self, lang: str = "en") -> str:
        return (self.missing_nl if lang == "nl" else self.missing_en) or ""

    def level(self, code: str) -> ScaleLevel | None:
        return next((lv for lv in self.levels if lv.code.casefold() == code.casefold()), None)

    def check(self, value: str) -> str:
        """``value`` as stored (normalised), or ValueError saying what this indicator accepts."""
        text = (value or "").strip()
        if not text or self.scale is Scale.TEXT:
            return text
        if self.scale is Scale.LEVELS:
            lv = self.level(text)
            if lv is None:
                codes = ", ".join(x.code for x in self.levels)
                raise ValueError(f"{self.name_en}: {text!r} is not one of its levels ({codes})")
            return lv.code
        if self.scale is Scale.YES_NO:
            if text.casefold() in _YES:
                return "yes"
            if text.casefold() in _NO:
                return "no"
        elif self.scale is Scale.YEAR:
            if re.fullmatch(r"\d{4}", text):
                return text
        elif self.scale is Scale.NUMBER:
            if re.fullmatch(r"-?\d+([.,]\d+)?", text):
                return text.replace(",", ".")
        raise ValueError(f"{self.name_en}: {text!r} is not {SCALE_HINT[self.scale]}")

    def display(self, value: str, lang: str = "en") -> str:
        """The stored value as a reader reads it ("Ja", "D — Approved, …")."""
        if self.scale is Scale.YES_NO and value in ("yes", "no"):
            return _WORDS["nl" if lang == "nl" else "en"][value]
        if self.scale is Scale.LEVELS and (lv := self.level(value)) is not None:
            text = lv.text(lang)
            return f"{lv.code} — {text}" if text else lv.code
        return value


class TopicProfile(Record):
    """A conference's topic: a named set of indicators shared by all its country briefs."""

    kind: ClassVar[str] = "topic profile"

    name_en: str
    name_nl: str = ""
    indicators: list[Indicator] = []

    @field_validator("name_en")
    @classmethod
    def _name(cls, v: str) -> str:
        return non_empty(v, "a topic profile's English name")

    @model_validator(mode="after")
    def _unique(self) -> "TopicProfile":
        ids = [i.id for i in self.indicators]
        if len(set(ids)) != len(ids):
            raise ValueError("two indicators share an id")
        names = [i.name_en.casefold() for i in self.indicators]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"two indicators are called {dupes[0]!r}")
        return self

    def name(self, lang: str = "en") -> str:
        return (self.name_nl if lang == "nl" else self.name_en) or self.name_en

    def label(self, lang: str = "en") -> str:
        return self.name(lang)

    def indicator(self, key: str) -> Indicator | None:
        """The indicator with this id, or this Dutch or English name (case folded)."""
        k = (key or "").strip().casefold()
        return next((i for i in self.indicators if k in (i.id, i.name_en.casefold(), i.name_nl.casefold())), None)

    def search_text(self) -> tuple[str, str]:
        return (self.name_en, " ".join([self.name_nl, *(f"{i.name_en} {i.name_nl}" for i in self.indicators)]))


class TopicValue(Record):
    """One country's value of one indicator, with where it comes from and of which year."""

    kind: ClassVar[str] = "topic value"

    profile_id: str
    indicator_id: str
    country: str
    value: str = ""
    source: str = ""
    year: int | None = None

    @field_validator("country")
    @classmethod
    def _country(cls, v: str) -> str:
        return validate_iso3(v)

    @field_validator("year")
    @classmethod
    def _year(cls, v: int | None) -> int | None:
        if v is not None and not 1900 <= v <= 2200:
            raise ValueError(f"{v} is not a plausible year")
        return v

    def label(self, lang: str = "en") -> str:
        return f"{country_name(self.country, lang)}: {self.value}"

    def search_text(self) -> tuple[str, str]:
        return (country_name(self.country), "\n".join(x for x in (self.value, self.source) if x))
