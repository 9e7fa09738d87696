"""Whom a pack can be for: the host delegation and the principals, each with their bilaterals and sessions."""

from __future__ import annotations

from briefer.model import Meeting, MeetingStatus, MemberRole, Person, Session
from briefer.schedule.workload import workloads
from tests.conftest import utc


def test_host_members_then_principals_with_their_own_bilaterals_and_sessions(world):
    s = world.store
    other_minister = s.people.add(Person(given_name="Tamara", family_name="van Ark", country="NLD",
                                         principal_title="Minister voor Zorg"))
    held = s.meetings.add(Meeting(principal_id=world.minister.id, nl_participant_ids=[world.adviser.id],
                                  counterpart_country="IDN", start=utc(2019, 6, 19, 10), end=utc(2019, 6, 19, 10, 30)))
    s.meetings.add(Meeting(principal_id=world.minister.id, counterpart_country="FRA", status=MeetingStatus.CANCELLED,
                           start=utc(2019, 6, 19, 11), end=utc(2019, 6, 19, 11, 30)))
    s.sessions.add(Session(title="Opening", speaker_ids=[world.minister.id], start=utc(2019, 6, 19, 9),
                           end=utc(2019, 6, 19, 9, 30)))
    people = {p.id: p for p in s.people.list()}

    rows = {w.person.id: w for w in workloads(s, people)}
    order = [w.person.id for w in workloads(s, people)]

    assert order == [world.minister.id, world.adviser.id, other_minister.id]  # delegation order, then principals
    minister = rows[world.minister.id]
    assert minister.role == MemberRole.HEAD and [m.id for m in minister.meetings] == [held.id]  # cancelled left out
    assert (minister.bilaterals, minister.sessions) == (1, 1)
    assert rows[world.adviser.id].serves_id == world.minister.id and rows[world.adviser.id].bilaterals == 1
    outside = rows[other_minister.id]
    assert outside.role is None and outside.title == "Minister voor Zorg" and outside.bilaterals == 0
    assert world.idn_minister.id not in rows  # a counterpart gets no Dutch pack
