"""People on both sides of the table, and the delegations they come in.

A name is written as its bearer writes it: family name first where that is the custom
(Nguyễn Thị Hương, Yamada Tarō, Xi Jinping), beside its own script (山田太郎, Юлія Коваленко),
with the form of address each language uses ("H.E."/"Z.E.", "Dr"/"dr.") and how to say it.
"""

from __future__ import annotations

import enum
from typing import ClassVar

from pydantic import field_validator, model_validator

from briefer.model.base import Model, Record, non_empty
from briefer.model.conference import country_name, validate_iso3


#: Countries whose people write the family name first in Latin script too (East Asia, Viet Nam).
#: Only a default for a new person: Hungarians use Western order abroad, and anyone may choose.
FAMILY_NAME_FIRST_COUNTRIES = frozenset({"CHN", "TWN", "HKG", "MAC", "JPN", "KOR", "PRK", "VNM", "KHM", "MNG"})

#: English forms of address as Dutch writes them (Rijksoverheid: academic titles lower case with a
#: full stop). "H.E." and "HRH" are not here: Dutch says "Z.E."/"H.E." and "Z.K.H."/"H.K.H." by
#: gender, which Briefer does not guess — set ``honorific_nl`` for those.
DUTCH_FORMS = {"dr": "dr.", "prof": "prof.", "prof. dr": "prof. dr.", "prof dr": "prof. dr.", "ir": "ir.",
               "drs": "drs.", "mr": "mr.", "mrs": "mevrouw", "ms": "mevrouw"}


def usual_family_first(country: str | None) -> bool:
    """Whether people from ``country`` usually write their family name first (a default, not a rule)."""
    return (country or "") in FAMILY_NAME_FIRST_COUNTRIES


class Person(Record):
    kind: ClassVar[str] = "person"

    #: Form of address in English ("H.E.", "Dr", "Prof.").
    honorific: str = ""
    #: Form of address in Dutch ("Z.E.", "dr."); empty = derived from the English one where that is safe.
    honorific_nl: str = ""
    given_name: str = ""
    family_name: str
    #: Family name first in every list, pack and badge ("Nguyễn Thị Hương", "Yamada Tarō").
    family_name_first: bool = False
    #: The name in its own script as its bearer writes it ("山田太郎", "Юлія Коваленко"), shown beside the Latin.
    native_name: str = ""
    #: How to say the name, for whoever greets them ("NWIN tee HUONG").
    pronunciation: str = ""
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
        """The Latin-script name in its bearer's order."""
        parts = (self.family_name, self.given_name) if self.family_name_first else (self.given_name, self.family_name)
        return " ".join(p for p in parts if p)

    def address(self, lang: str = "en") -> str:
        """The form of address in ``lang``: "H.E." / "Z.E.", "Dr" / "dr."."""
        if lang != "nl":
            return self.honorific
        if self.honorific_nl:
            return self.honorific_nl
        return DUTCH_FORMS.get(self.honorific.casefold().rstrip(". "), self.honorific)

    def formal_name_in(self, lang: str = "en") -> str:
        """Form of address and name, in ``lang``: "Z.E. Nguyễn Thị Hương"."""
        return " ".join(p for p in (self.address(lang), self.full_name) if p)

    @property
    def formal_name(self) -> str:
        return self.formal_name_in("en")

    @property
    def native_beside(self) -> str:
        """The native-script form to print beside the Latin one, or "" when it adds nothing."""
        native = " ".join(self.native_name.split())
        return native if native and native != self.full_name else ""

    def name_with_native(self, lang: str = "en", formal: bool = False) -> str:
        """ "Yamada Tarō (山田太郎)": the Latin name for readers, the native one to recognise on a badge."""
        name = self.formal_name_in(lang) if formal else self.full_name
        return f"{name} ({self.native_beside})" if self.native_beside else name

    @property
    def is_principal(self) -> bool:
        return bool(self.principal_title)

    def label(self, lang: str = "en") -> str:
        return self.full_name

    def search_text(self) -> tuple[str, str]:
        return (f"{self.formal_name} {self.native_name}".rstrip(), f"{self.position}\n{self.biography}")


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
