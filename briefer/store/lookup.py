"""Finding one record from what a user typed: a full id, an id prefix, or a name."""

from __future__ import annotations

import unicodedata

from briefer.errors import Ambiguous, InvalidRecord, NotFound
from briefer.model import Person
from briefer.model.matching import EXACT, NO_MATCH, name_rank, person_names
from briefer.model.base import Record
from briefer.store.repository import Repository
from briefer.store.store import Store


def fold(text: str) -> str:
    """Lower-case without accents, so "Schouten" = "schouten" and "Curacao" = "Curaçao"."""
    norm = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in norm if not unicodedata.combining(ch)).casefold().strip()


def by_id(repo: Repository, text: str) -> Record:
    """A record by its id or an unambiguous id prefix (at least 4 characters)."""
    text = text.strip().lower()
    exact = repo.find(text) if len(text) == 36 else None
    if exact is not None:
        return exact
    if len(text) >= 4:
        matches = [r for r in repo.where("id LIKE ?", [text + "%"])]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise Ambiguous(f"{len(matches)} {repo.model.kind} records start with '{text}'; give more of the id")
    raise NotFound(f"no {repo.model.kind} with id '{text}'")


def person(store: Store, text: str) -> Person:
    """A person by id, id prefix, or (part of) their name, as an advisor can type it.

    Names match on their Latin transliteration (``briefer.model.matching``): "Yildirim" finds
    Yıldırım, "Weiss" Weiß, "Kovalenko" Коваленко. A name equal to what was typed wins; else one
    person whose name starts with it or contains it.
    """
    try:
        return by_id(store.people, text)  # type: ignore[return-value]
    except NotFound:
        pass
    people = store.people.list()
    ranked = [(name_rank(text, person_names(p)), p) for p in people]
    exact = [p for rank, p in ranked if rank == EXACT]
    if len(exact) == 1:
        return exact[0]
    partial = exact or [p for rank, p in ranked if rank != NO_MATCH]
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise NotFound(f"no person called '{text}' (try 'briefer list people')")
    names = ", ".join(p.full_name for p in partial[:5])
    raise Ambiguous(f"'{text}' matches {len(partial)} people ({names}); be more specific or give the id")


def organisations_named(store: Store, text: str) -> list:
    """The organisations ``text`` names: those whose name, Dutch name or acronym it is, else (from three
    letters) those whose name or acronym contains it — "WHO", "World Health Organization", "animal health"."""
    want = fold(text)
    if not want:
        return []
    orgs = store.organisations.list()

    def names(o) -> set[str]:
        return {fold(o.acronym), fold(o.name), fold(o.name_nl)} - {""}

    exact = [o for o in orgs if want in names(o)]
    if exact or len(want) < 3:
        return exact
    return [o for o in orgs if any(want in n for n in names(o))]


def organisation_list(orgs) -> str:
    """Candidates named for a person to choose from: "World Bank, World Health Organization (WHO), …"."""
    return ", ".join(o.name + (f" ({o.acronym})" if o.acronym and o.acronym != o.name else "") for o in orgs[:6]) + (
        ", …" if len(orgs) > 6 else "")


def country(text: str, option: str = "--country") -> str:
    """A country's ISO alpha-3 code from its name (English or Dutch, common or former) or its code.

    The same reading as the GUI's country field, so "India" is India and "Niger" is Niger.
    """
    from briefer.model.country_lookup import CountryNotFound, resolve_country

    try:
        return resolve_country(text)
    except CountryNotFound as exc:
        raise InvalidRecord(exc.message(hint="give its name or ISO code exactly"), field=option) from None
