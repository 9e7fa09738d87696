"""Finding one record from what a user typed: a full id, an id prefix, or a name."""

from __future__ import annotations

import unicodedata

from briefer.errors import Ambiguous, InvalidRecord, NotFound
from briefer.model import Person
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
    """A person by id, id prefix, or (part of) their name."""
    try:
        return by_id(store.people, text)  # type: ignore[return-value]
    except NotFound:
        pass
    want = fold(text)
    people = store.people.list()
    exact = [p for p in people if want in (fold(p.full_name), fold(p.formal_name), fold(p.family_name))]
    if len(exact) == 1:
        return exact[0]
    partial = exact or [p for p in people if want and want in fold(p.formal_name)]
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise NotFound(f"no person called '{text}' (try 'briefer list people')")
    names = ", ".join(p.full_name for p in partial[:5])
    raise Ambiguous(f"'{text}' matches {len(partial)} people ({names}); be more specific or give the id")


def country(text: str, option: str = "--country") -> str:
    """A country's ISO alpha-3 code from its name (English or Dutch, common or former) or its code.

    The same reading as the GUI's country field, so "India" is India and "Niger" is Niger.
    """
    from briefer.model.country_lookup import CountryNotFound, resolve_country

    try:
        return resolve_country(text)
    except CountryNotFound as exc:
        raise InvalidRecord(exc.message(hint="give its name or ISO code exactly"), field=option) from None
