"""A small programme to check scheduling against: two rooms plus a far one, two delegations."""

from __future__ import annotations

import pytest
from schedule_helpers import World

from briefer.model import Delegation, DelegationMember, MemberRole, Person, Room


@pytest.fixture
def world(conference_store) -> World:
    s = conference_store
    with s.write():
        room_a = s.rooms.add(Room(name="Room A", venue="Huis ter Duin", suitable_for_bilaterals=True))
        room_b = s.rooms.add(Room(name="Room B", venue="Huis ter Duin", suitable_for_bilaterals=True))
        far = s.rooms.add(Room(name="Plenary hall", venue="Space Expo"))
        minister = s.people.add(Person(given_name="Bruno", family_name="Bruins", country="NLD",
                                       principal_title="Minister voor Medische Zorg"))
        adviser = s.people.add(Person(given_name="Anna", family_name="Adviseur", country="NLD"))
        idn = s.people.add(Person(given_name="Nila", family_name="Moeloek", country="IDN"))
        fra = s.people.add(Person(given_name="Agnès", family_name="Buzyn", country="FRA"))
        s.delegations.add(Delegation(country="IDN", members=[DelegationMember(person_id=idn.id, role=MemberRole.HEAD)]))
        s.delegations.add(Delegation(country="FRA", members=[DelegationMember(person_id=fra.id, role=MemberRole.HEAD)]))
        s.delegations.add(Delegation(country="NLD", host=True, members=[
            DelegationMember(person_id=minister.id, role=MemberRole.HEAD),
            DelegationMember(person_id=adviser.id, role=MemberRole.ADVISER, serves_principal_id=minister.id),
        ]))
    return World(s, minister, adviser, idn, fra, room_a, room_b, far)
