"""The host delegation's people, for Today's "For:" and "Who I am": only the host delegation, in
the delegation's order."""

from __future__ import annotations

from briefer.model import Delegation, DelegationMember, MemberRole, Person
from briefer.store.delegation_members import host_people, person


def test_only_the_host_delegation_in_its_order(conference_store):
    s = conference_store
    a, b, c = (s.people.add(Person(given_name=g, family_name=f, country=k)) for g, f, k in
               (("Eva", "Mulder", "NLD"), ("Joost", "Verbeek", "NLD"), ("Ayşe", "Yıldırım", "TUR")))
    s.delegations.add(Delegation(country="NLD", host=True, members=[
        DelegationMember(person_id=b.id, role=MemberRole.HEAD), DelegationMember(person_id=a.id)]))
    s.delegations.add(Delegation(country="TUR", members=[DelegationMember(person_id=c.id)]))
    assert [p.family_name for p in host_people(s)] == ["Verbeek", "Mulder"]
    assert person(s, c.id).family_name == "Yıldırım" and person(s, None) is None


def test_someone_in_two_host_delegations_is_offered_once_and_someone_deleted_not_at_all(conference_store):
    s = conference_store
    a, b, c = (s.people.add(Person(given_name=g, family_name=f, country="NLD")) for g, f in
               (("Eva", "Mulder"), ("Joost", "Verbeek"), ("Sanne", "de Vries")))
    s.delegations.add(Delegation(country="NLD", host=True, members=[
        DelegationMember(person_id=a.id, role=MemberRole.HEAD), DelegationMember(person_id=c.id),
        DelegationMember(person_id=b.id)]))
    # the support team, also marked host, lists Eva again
    s.delegations.add(Delegation(country="NLD", name="Support team", host=True, members=[
        DelegationMember(person_id=b.id), DelegationMember(person_id=a.id)]))
    s.people.delete(c.id)  # left the team; the delegation still lists her id
    assert [p.family_name for p in host_people(s)] == ["Mulder", "Verbeek"]
    assert person(s, c.id) is None and person(s, "") is None and person(s, b.id).given_name == "Joost"


def test_without_a_host_delegation_nobody_is_offered(conference_store):
    s = conference_store
    a = s.people.add(Person(given_name="Ayşe", family_name="Yıldırım", country="TUR"))
    s.delegations.add(Delegation(country="TUR", members=[DelegationMember(person_id=a.id)]))
    assert host_people(s) == []
