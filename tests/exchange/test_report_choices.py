"""What a notes report can be limited to: countries that had a bilateral, and each bilateral in programme order."""

from __future__ import annotations

from briefer.exchange.report_choices import bilaterals_in_order, countries_met
from briefer.model import Meeting, Organisation, Person
from tests.conftest import utc


def test_only_countries_met_and_bilaterals_by_start_with_their_organisations(conference_store):
    s = conference_store
    minister = s.people.add(Person(given_name="Bruno", family_name="Bruins", country="NLD"))
    org = s.organisations.add(Organisation(name="World Health Organization", acronym="WHO"))
    late = s.meetings.add(Meeting(principal_id=minister.id, counterpart_country="IDN",
                                  start=utc(2019, 6, 19, 14), end=utc(2019, 6, 19, 14, 30)))
    early = s.meetings.add(Meeting(principal_id=minister.id, counterpart_organisation_id=org.id,
                                   start=utc(2019, 6, 19, 9), end=utc(2019, 6, 19, 9, 30)))
    assert countries_met(s) == {"IDN"}  # the organisation's bilateral names no country
    meetings, orgs = bilaterals_in_order(s)
    assert [m.id for m in meetings] == [early.id, late.id]
    assert orgs[org.id].acronym == "WHO"
