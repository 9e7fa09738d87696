"""What a record's label needs from the store: the organisation a bilateral is held with."""

from __future__ import annotations

from briefer.model import Meeting, Organisation, Person
from briefer.store.label_parts import label_organisations
from tests.conftest import utc


def test_a_bilateral_with_an_organisation_brings_it_and_others_bring_nothing(conference_store):
    s = conference_store
    minister = s.people.add(Person(given_name="Bruno", family_name="Bruins", country="NLD"))
    org = s.organisations.add(Organisation(name="European Commission", name_nl="Europese Commissie", article_nl="de"))
    with_org = s.meetings.add(Meeting(principal_id=minister.id, counterpart_organisation_id=org.id,
                                      start=utc(2019, 6, 19, 10), end=utc(2019, 6, 19, 10, 30)))
    with_country = s.meetings.add(Meeting(principal_id=minister.id, counterpart_country="IDN",
                                          start=utc(2019, 6, 19, 11), end=utc(2019, 6, 19, 11, 30)))
    orgs = label_organisations(s, with_org)
    assert list(orgs) == [org.id] and with_org.label("nl", orgs) == "Bilateraal met de Europese Commissie"
    assert label_organisations(s, with_country) == {}
    assert label_organisations(s, minister) == {}  # a record that is held with nobody


def test_a_bilateral_being_edited_whose_organisation_was_deleted_since_brings_nothing(conference_store):
    s = conference_store
    minister = s.people.add(Person(given_name="Bruno", family_name="Bruins", country="NLD"))
    org = s.organisations.add(Organisation(name="World Organisation for Animal Health", acronym="WOAH"))
    # a draft (not yet saved) chose the organisation; another window then deleted it
    draft = Meeting(principal_id=minister.id, counterpart_organisation_id=org.id,
                    start=utc(2019, 6, 19, 10), end=utc(2019, 6, 19, 10, 30))
    assert list(label_organisations(s, draft)) == [org.id]
    s.organisations.delete(org.id)
    assert label_organisations(s, draft) == {}
