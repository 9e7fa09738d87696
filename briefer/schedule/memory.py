"""What happened at earlier conferences with a country, a person or an organisation.

"What did we agree with Indonesia last time?" is answered from the earlier
conferences' own files (``store/earlier.py``), read only: their bilaterals with
the subject, the outcomes recorded, the actions still open, and the country's
brief as it stood then. A locked (encrypted) earlier file whose passphrase is not
known is named as locked rather than skipped, so nobody mistakes it for "nothing
happened". A person or organisation carried to the new conference keeps its id;
one typed in again is found by name (its Latin form, as search does).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from briefer.errors import BrieferError
from briefer.model import ActionStatus, Country, CountryBrief, Meeting, Organisation, Person
from briefer.model.counterparts import meeting_title
from briefer.model.matching import latin_key
from briefer.paths import database_in
from briefer.store.db import PassphraseRequired, WrongPassphrase
from briefer.store.earlier import is_locked, open_earlier
from briefer.store.store import Store


@dataclass(frozen=True)
class Subject:
    """Whom the history is about: exactly one of a country (ISO3), a person or an organisation."""

    country: str | None = None
    person: Person | None = None
    organisation: Organisation | None = None

    def name(self, lang: str = "en") -> str:
        from briefer.model.conference import country_name

        if self.country:
            return country_name(self.country, lang)
        if self.person:
            return self.person.full_name
        return self.organisation.name if self.organisation else ""


@dataclass(frozen=True)
class PastMeeting:
    title: str
    day: str  # ISO date in that conference's timezone
    status: str
    outcomes: tuple[str, ...] = ()


@dataclass(frozen=True)
class PastConference:
    """One earlier conference's record of the subject (or why it could not be read)."""

    folder: str
    name: str = ""
    dates: str = ""
    locked: bool = False
    problem: str = ""
    meetings: tuple[PastMeeting, ...] = ()
    open_actions: tuple[str, ...] = ()
    brief: CountryBrief | None = None

    @property
    def readable(self) -> bool:
        return not self.locked and not self.problem

    def is_empty(self) -> bool:
        return not self.meetings and not self.open_actions and self.brief is None


@dataclass
class History:
    subject: Subject
    conferences: list[PastConference] = field(default_factory=list)


def history(subject: Subject, folders: list[Path], passphrase_for: Callable[[Path], str | None] = lambda f: None,
            *, lang: str = "en") -> History:
    """The subject's history at each earlier conference in ``folders``, newest folder first.

    ``passphrase_for(folder)``: the passphrase of an encrypted folder, or None to leave it locked.
    """
    result = History(subject)
    for folder in reversed(folders):
        result.conferences.append(_one(subject, Path(folder), passphrase_for, lang))
    return result


def _one(subject: Subject, folder: Path, passphrase_for, lang: str) -> PastConference:
    passphrase = None
    try:
        if is_locked(database_in(folder)):
            passphrase = passphrase_for(folder)
            if not passphrase:
                return PastConference(str(folder), locked=True)
        with open_earlier(database_in(folder), passphrase) as earlier:
            return _read(subject, earlier, str(folder), lang)
    except (PassphraseRequired, WrongPassphrase):
        return PastConference(str(folder), locked=True)
    except BrieferError as exc:
        return PastConference(str(folder), problem=str(exc))


def _read(subject: Subject, store: Store, folder: str, lang: str) -> PastConference:
    from briefer.i18n import format_date

    conf = store.require_conference()
    orgs = {o.id: o for o in store.organisations.list()}
    meetings = store.meetings.list()
    if subject.country:
        mine = [m for m in meetings if m.counterpart_country == subject.country]
    elif subject.person:
        ids = _person_ids(store, subject.person)
        mine = [m for m in meetings if m.people_ids() & ids]
    else:
        ids = _organisation_ids(orgs.values(), subject.organisation)
        mine = [m for m in meetings if m.counterpart_organisation_id in ids]
    mine.sort(key=lambda m: m.start)
    mine_ids = {m.id for m in mine}
    outcomes: dict[str, list[str]] = {}
    for o in store.outcomes.list():
        if o.meeting_id in mine_ids:
            outcomes.setdefault(o.meeting_id, []).append(o.text)
    past = tuple(PastMeeting(meeting_title(m, orgs, lang), m.start.astimezone(_zone(conf.timezone)).date().isoformat(),
                             m.status.value, tuple(outcomes.get(m.id, ()))) for m in mine)
    open_actions = tuple(
        a.description for a in store.actions.list()
        if a.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
        and (a.meeting_id in mine_ids or (subject.country is not None and a.country == subject.country)))
    brief = None
    if subject.country:
        brief = next(iter(store.country_briefs.list(country=subject.country)), None)
    return PastConference(folder, conf.name, f"{format_date(conf.start_date, lang, fmt='medium')} – "
                          f"{format_date(conf.end_date, lang, fmt='medium')}", meetings=past,
                          open_actions=open_actions, brief=brief)


def _zone(name: str):
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def _person_ids(store: Store, person: Person) -> set[str]:
    if store.people.find(person.id) is not None:
        return {person.id}
    want = latin_key(person.full_name)
    return {p.id for p in store.people.list() if latin_key(p.full_name) == want}


def _organisation_ids(orgs, organisation: Organisation | None) -> set[str]:
    if organisation is None:
        return set()
    names = {latin_key(n) for n in (organisation.name, organisation.acronym) if n}
    return {o.id for o in orgs if o.id == organisation.id or latin_key(o.name) in names
            or (o.acronym and latin_key(o.acronym) in names)}


@dataclass(frozen=True)
class PastHit:
    """A match in an earlier conference, with what the app needs to show it without that file open.

    ``meeting``: the title of the bilateral the record belongs to (an outcome, a meeting brief), or "";
    ``subject``: whose history the match belongs to (None for a session, a general note…).
    """

    hit: object  # SearchHit
    meeting: str = ""
    subject: Subject | None = None


@dataclass(frozen=True)
class PastSearch:
    """One earlier conference's matches for a search (or why it could not be searched)."""

    folder: str
    name: str = ""
    locked: bool = False
    problem: str = ""
    hits: tuple = ()
    start: date | None = None
    end: date | None = None
    about: tuple[PastHit, ...] = ()  # the hits again, each with its meeting and subject (``with_about``)


def search_earlier(text: str, folders: list[Path], passphrase_for: Callable[[Path], str | None] = lambda f: None,
                   *, limit: int = 20, with_about: bool = False, lang: str = "en") -> list[PastSearch]:
    """``text`` searched in each earlier conference (newest folder first), read only.

    ``with_about``: also read, while the file is open, what each hit is about (``PastSearch.about``), so
    the app can title an outcome by its bilateral and open the subject's history without the file.
    """
    found = []
    for folder in reversed(folders):
        folder = Path(folder)
        try:
            passphrase = None
            if is_locked(database_in(folder)):
                passphrase = passphrase_for(folder)
                if not passphrase:
                    found.append(PastSearch(str(folder), locked=True))
                    continue
            with open_earlier(database_in(folder), passphrase) as earlier:
                conf = earlier.require_conference()
                hits = tuple(earlier.search(text, limit=limit))
                about = _about(earlier, hits, lang) if with_about else ()
                found.append(PastSearch(str(folder), conf.name, hits=hits, start=conf.start_date,
                                        end=conf.end_date, about=about))
        except (PassphraseRequired, WrongPassphrase):
            found.append(PastSearch(str(folder), locked=True))
        except BrieferError as exc:
            found.append(PastSearch(str(folder), problem=str(exc)))
    return found


def _about(store: Store, hits, lang: str) -> tuple[PastHit, ...]:
    """Each hit with the bilateral it belongs to and whose history it is part of, read from ``store``."""
    orgs = _organisations(store)
    return tuple(_hit_about(store, hit, orgs, lang) for hit in hits)


def _organisations(store: Store) -> dict:
    """The organisations that can be read, by id: one damaged row leaves its own bilaterals untitled
    (as a damaged record is listed without its bilateral), not every match of the conference."""
    try:
        return {o.id: o for o in store.organisations.list()}  # one read when nothing is damaged, as nearly always
    except BrieferError:
        pass
    found = {}
    for org_id in sorted(store.organisations.ids()):
        try:
            found[org_id] = store.organisations.get(org_id)
        except BrieferError:
            continue
    return found


def _hit_about(store: Store, hit, orgs: dict, lang: str) -> PastHit:
    try:
        record = store.repo_for_table(hit.record_table).find(hit.record_id)
    except (AttributeError, BrieferError):  # a table without a repository of its own
        return PastHit(hit)
    if record is None:
        return PastHit(hit)
    meeting = record if isinstance(record, Meeting) else None
    if meeting is None and getattr(record, "meeting_id", None):
        meeting = store.meetings.find(record.meeting_id)
    if isinstance(record, Person):
        return PastHit(hit, subject=Subject(person=record))
    if isinstance(record, Organisation):
        return PastHit(hit, subject=Subject(organisation=record))
    if isinstance(record, Country):
        return PastHit(hit, subject=Subject(country=record.iso3))
    if meeting is not None:
        subject = (Subject(country=meeting.counterpart_country) if meeting.counterpart_country
                   else Subject(organisation=orgs[meeting.counterpart_organisation_id])
                   if meeting.counterpart_organisation_id in orgs else None)
        return PastHit(hit, meeting_title(meeting, orgs, lang), subject)
    country = getattr(record, "country", None)
    return PastHit(hit, subject=Subject(country=country) if isinstance(country, str) and country else None)
