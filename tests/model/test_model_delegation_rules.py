"""Delegations and the people in them: one head at most, nobody twice, named as a list shows them."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from briefer.model import Delegation, DelegationMember, MemberRole, Person
from briefer.store.repository import invalid_record

MINISTER = "11111111-1111-1111-1111-111111111111"
ENVOY = "22222222-2222-2222-2222-222222222222"
ADVISER = "33333333-3333-3333-3333-333333333333"


def test_a_delegation_has_at_most_one_head():
    with pytest.raises(ValidationError) as info:
        Delegation(country="DEU", members=[DelegationMember(person_id=MINISTER, role=MemberRole.HEAD),
                                           DelegationMember(person_id=ENVOY, role=MemberRole.HEAD)])
    assert str(invalid_record(info.value, "delegation")) == (
        "delegation: field 'members': a delegation has at most one head")


def test_the_head_is_found_among_the_members_and_a_delegation_may_have_none():
    d = Delegation(country="DEU", members=[DelegationMember(person_id=ADVISER),
                                           DelegationMember(person_id=ENVOY, role=MemberRole.PRESS),
                                           DelegationMember(person_id=MINISTER, role=MemberRole.HEAD)])
    assert d.head_id == MINISTER
    assert Delegation(country="DEU", members=[DelegationMember(person_id=ADVISER)]).head_id is None


def test_a_person_listed_twice_is_refused_in_words():
    with pytest.raises(ValidationError) as info:
        Delegation(country="DEU", members=[DelegationMember(person_id=ADVISER),
                                           DelegationMember(person_id=ADVISER, role=MemberRole.PRESS)])
    assert str(invalid_record(info.value, "delegation")) == "delegation: field 'members': a person is listed twice"


def test_a_delegation_belongs_to_a_real_country_written_in_capitals():
    assert Delegation(country="deu").country == "DEU"
    with pytest.raises(ValidationError) as info:
        Delegation(country="XYZ")
    assert str(invalid_record(info.value, "delegation")) == (
        "delegation: field 'country': 'XYZ' is not an ISO 3166 alpha-3 country code")


def test_a_delegation_is_named_by_its_own_name_else_its_country():
    assert Delegation(country="DEU", name="German delegation").label("nl") == "German delegation"
    assert Delegation(country="deu").label() == "Germany"
    assert Delegation(organisation_id=ENVOY).label() == ""


def test_a_principal_is_someone_with_a_principal_title():
    assert Person(family_name="Bruins", principal_title="Minister voor Medische Zorg").is_principal is True
    assert Person(family_name="Jansen").is_principal is False


def test_a_person_entered_by_hand_is_real_and_in_western_order_unless_said_otherwise():
    p = Person(given_name="Eva", family_name="Jansen")
    assert (p.illustrative, p.family_name_first, p.full_name) == (False, False, "Eva Jansen")


def test_the_formal_name_with_the_native_one_beside_it():
    p = Person(given_name="Tarō", family_name="Yamada", family_name_first=True, honorific="Dr",
               native_name="山田太郎")
    assert p.name_with_native("nl", formal=True) == "dr. Yamada Tarō (山田太郎)"
    assert p.name_with_native("en") == "Yamada Tarō (山田太郎)"
    assert p.search_text() == ("Dr Yamada Tarō 山田太郎", "\n")
    assert Person(given_name="Eva", family_name="Jansen", position="Director").search_text() == (
        "Eva Jansen", "Director\n")
