"""The composed pack: an immutable description of what to print, for whom.

``compose`` builds a :class:`PackPlan` from the store; ``render`` turns it into a
PDF without ever touching the database, so it can run in a background thread.
Every printable part carries a stable ``key`` and a content ``digest``; the
print register keeps those so an addendum can print only what changed.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

from briefer.brief_outline import TopicLine
from briefer.i18n import label
from briefer.model import Classification, CountryBrief, MeetingBrief


class Section(str, enum.Enum):
    """Sections a user may leave out of a pack (``--sections`` / ``--skip``)."""

    PROGRAMME = "programme"
    MEETINGS = "meetings"
    COUNTRY_BRIEFS = "country-briefs"
    BIOGRAPHIES = "biographies"
    ATTACHMENTS = "attachments"
    SPEAKING_NOTES = "speaking-notes"
    CONTACTS = "contacts"


ALL_SECTIONS = frozenset(Section)


@dataclass(frozen=True)
class PackOptions:
    """What the user chose when asking for a pack (the CLI and the GUI fill this in)."""

    recipient_id: str | None = None
    start: date | None = None
    end: date | None = None
    #: "nl" or "en"; None = Dutch, or for an addendum the language of the copy it follows
    lang: str | None = None
    classification: Classification | None = None
    draft: bool = True
    sections: frozenset[Section] = ALL_SECTIONS
    meeting_id: str | None = None
    watermark: bool = False
    #: Out of the text form (``repr``), which a log line or an error report prints.
    password: str | None = field(default=None, repr=False)
    changes_since: int | None = None
    #: Why a pack is printed final although some of its briefs are not (recorded with who did it).
    final_override: str | None = None
    #: Printed on both sides: every chapter opens on a right-hand (odd) page.
    duplex: bool = False


@dataclass(frozen=True)
class Part:
    """One printable unit of content, for the contents, the register and addenda."""

    key: str
    title: str
    digest: str
    #: (label, value) of what a reader checks first; an addendum shows them as old → new.
    facts: tuple[tuple[str, str], ...] = ()
    #: A short digest of every line of text in the part (see :func:`passage_digests`): an addendum
    #: puts a change bar beside each line the copy it follows did not have.
    passages: tuple[str, ...] = ()


def passage_digest(line: str) -> str:
    """A short digest of one line of text, whitespace at its ends ignored."""
    import hashlib

    return hashlib.sha1(line.strip().encode()).hexdigest()[:12]


def passage_digests(*texts: str) -> tuple[str, ...]:
    """The digests of every non-blank line of ``texts``, sorted (the register keeps them per part)."""
    return tuple(sorted({passage_digest(line) for text in texts for line in (text or "").splitlines() if line.strip()}))


@dataclass(frozen=True)
class ProgrammeItem:
    kind: str  # "session" | "meeting"
    time: str
    title: str
    room: str  # already "to be confirmed" where unknown
    with_names: tuple[str, ...]
    role: str = ""
    anchor: str | None = None  # the chapter this item links to
    #: "requested — not yet confirmed" / "cancelled": what the programme must not let look settled.
    status_note: str = ""
    #: The meeting's first objective: the day overview says in one line what each meeting is for.
    objective: str = ""
    #: "5 min walk from Plenary hall": the time it takes to get here from the day's previous room.
    walk: str = ""


@dataclass(frozen=True)
class ProgrammeDay:
    heading: str
    items: tuple[ProgrammeItem, ...]


@dataclass(frozen=True)
class PersonLine:
    name: str
    position: str = ""
    affiliation: str = ""
    email: str = ""
    phone: str = ""
    biography: str = ""
    role: str = ""
    #: The name in its own script, printed beside the Latin one ("山田太郎"); "" when it adds nothing.
    native_name: str = ""
    pronunciation: str = ""

    @property
    def shown(self) -> str:
        """ "Yamada Tarō (山田太郎)": read in Latin, recognised on a badge in its own script."""
        return f"{self.name} ({self.native_name})" if self.native_name else self.name

    @property
    def official_line(self) -> str:
        """ "H.E. Dr Ayşe Yılmaz (Minister of Health)": form of address, name and title, as a sheet names them."""
        return f"{self.name} ({self.position})" if self.position else self.name


@dataclass(frozen=True)
class AttachmentDoc:
    title: str
    content: bytes = field(repr=False)
    pages: int

    def line(self, lang: str) -> str:
        """ "Agenda of the meeting (2 pages)": how the meeting sheet lists it, and an addendum's old → new."""
        return label("attachment_line" if self.pages != 1 else "attachment_line_one", lang, title=self.title,
                     pages=self.pages)


@dataclass(frozen=True)
class OutcomeLine:
    when: str
    text: str


@dataclass(frozen=True)
class MeetingChapter:
    key: str
    title: str
    when: str
    room: str
    status: str
    nl_side: tuple[PersonLine, ...]
    counterparts: tuple[PersonLine, ...]
    interpreter: str
    brief: MeetingBrief | None
    press_line: str
    previous_outcomes: tuple[OutcomeLine, ...]
    country_title: str | None
    country_brief: CountryBrief | None
    attachments: tuple[AttachmentDoc, ...]
    #: The highest classification of this chapter's content (its own marking).
    classification: Classification = Classification.ONGERUBRICEERD
    #: "Status: draft · Author: … · 2 November 2024" of the meeting brief and of the country brief.
    brief_release: str = ""
    country_release: str = ""
    #: The meeting was cancelled: its sheet carries a banner saying so.
    cancelled: bool = False
    #: No meeting brief was written: ``brief`` holds the country brief's messages and points.
    brief_from_country: bool = False
    #: The country brief printed with an earlier chapter: (its anchor key, the words that point there).
    country_ref: tuple[str, str] | None = None
    #: Who leads the conversation for the host delegation (a formal name), when the brief names one.
    lead: str = ""
    #: the topic profile's indicators for the country, in profile order (empty without a profile)
    country_topics: tuple[TopicLine, ...] = ()

    # keys of the parts of this chapter
    @property
    def sheet_key(self) -> str:
        return f"{self.key}/sheet"

    @property
    def country_key(self) -> str:
        return f"{self.key}/country"

    @property
    def bios_key(self) -> str:
        return f"{self.key}/biographies"

    def attachment_key(self, index: int) -> str:
        return f"{self.key}/attachment/{index}"


@dataclass(frozen=True)
class SpeakingNote:
    key: str
    title: str
    when: str
    room: str
    role: str
    notes: str


@dataclass(frozen=True)
class Change:
    title: str
    what: str  # localized "changed" / "new" / "no longer in the pack" / "cancelled"
    #: "Time: 11.00–11.30 uur → 12.00–12.30 uur", one line per changed fact.
    details: tuple[str, ...] = ()
    #: "replaces pages 5–6" (of the copy the addendum follows), when those pages are known.
    replaces: str = ""


@dataclass(frozen=True)
class PackPlan:
    kind: str  # "pack" | "meeting" | "addendum"
    lang: str
    conference: str
    demo: bool
    title: str
    recipient_id: str
    recipient_name: str
    recipient_title: str
    period: str
    classification: Classification
    draft: bool
    watermark: str | None
    number: int
    version: int
    printed_at: datetime
    printed_label: str
    programme: tuple[ProgrammeDay, ...] = ()
    chapters: tuple[MeetingChapter, ...] = ()
    speaking: tuple[SpeakingNote, ...] = ()
    contacts: tuple[PersonLine, ...] = ()
    #: Every part of the full pack (what the register keeps), in print order.
    parts: tuple[Part, ...] = ()
    #: For an addendum: the keys to print; ``None`` prints every part.
    include: frozenset[str] | None = None
    changes: tuple[Change, ...] = ()
    base_number: int | None = None
    base_label: str = ""
    #: For an addendum: part key → "replaces pages 5–6 of copy 3", printed under the part's heading.
    replaces: tuple[tuple[str, str], ...] = ()
    #: Chapter keys of meetings in the period that were cancelled (an addendum says "cancelled").
    cancelled_keys: frozenset[str] = frozenset()
    meeting_id: str | None = None
    password: str | None = field(default=None, repr=False)
    #: What was asked for (kept in the print register for later addenda).
    start: date | None = None
    end: date | None = None
    sections: tuple[str, ...] = ()
    #: Digest of the content in any language: the version changes only when this does.
    content_digest: str = ""
    #: Who printed this pack final over briefs that were not, and why (see PackOptions.final_override).
    override_by: str = ""
    override_reason: str = ""
    duplex: bool = False
    #: For an addendum: part key → the passage digests of that part in the copy it follows
    #: (empty when that copy was printed in another language or before passages were kept).
    base_passages: tuple[tuple[str, frozenset[str]], ...] = ()

    def shows(self, key: str) -> bool:
        return self.include is None or key in self.include

    def is_new_text(self, key: str, *texts: str) -> bool:
        """In an addendum: does any line of ``texts`` in part ``key`` differ from the earlier copy?

        False outside addenda and for parts the earlier copy did not have (a new part is new as a
        whole; the change list says so, and a bar beside every line would say nothing)."""
        before = dict(self.base_passages).get(key)
        if not before:
            return False
        return any(d not in before for d in passage_digests(*texts))

    @property
    def digest(self) -> str:
        """One digest over all parts: equal digests mean the same content."""
        import hashlib

        h = hashlib.sha256()
        for p in self.parts:
            h.update(f"{p.key}={p.digest}\n".encode())
        return h.hexdigest()
