"""Who belongs to the host delegation, read for the views that offer its people (Today's "For:",
"Who I am"): one place that knows the host delegation is the one marked ``host``."""

from __future__ import annotations

from briefer.model import Person


def host_people(store) -> list[Person]:
    """The host delegation's members, in the delegation's order, each once (people deleted since left out)."""
    ids = [m.person_id for d in store.delegations.list() if d.host for m in d.members]
    return [p for p in (store.people.find(i) for i in dict.fromkeys(ids)) if p is not None]


def person(store, person_id: str | None) -> Person | None:
    """One person by id, or None (no id, or deleted since it was chosen)."""
    return store.people.find(person_id) if person_id else None
