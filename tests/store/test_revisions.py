"""Every kept version of a record, for the history dialog, oldest first."""

from __future__ import annotations

from briefer.model import Person
from briefer.store.revisions import revisions_of


def test_every_version_of_the_record_and_of_no_other(conference_store):
    s = conference_store
    anna = s.people.add(Person(given_name="Anna", family_name="Adviseur", country="NLD"))
    s.people.add(Person(given_name="Joost", family_name="Verbeek", country="NLD"))
    edited = s.people.update(anna.evolve(position="Senior adviser"))
    assert [r.revision for r in revisions_of(s, edited)] == [1, 2]
