"""The model's validation rules, each with a good and a bad case; errors name the field."""

from datetime import date, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from briefer.model import (
    Action,
    Attachment,
    Classification,
    Conference,
    Country,
    CountryBrief,
    Delegation,
    DelegationMember,
    Meeting,
    MeetingBrief,
    MemberRole,
    Objective,
    Person,
    Priority,
    Session,
    TalkingPoint,
    country_name,
)
from briefer.store.repository import invalid_record

T0 = datetime(2019, 6, 19, 7, 0, tzinfo=timezone.utc)
PID = "11111111-1111-1111-1111-111111111111"


def field_of(exc: ValidationError, kind="record") -> str:
    return invalid_record(exc, kind).field


def test_conference_good_and_days():
    c = Conference(name="AMR", start_date=date(2019, 6, 19), end_date=date(2019, 6, 20))
    assert c.days() == [date(2019, 6, 19), date(2019, 6, 20)]
    assert c.contains(datetime(2019, 6, 19, 22, 30, tzinfo=timezone.utc))  # 00:30 local on the 20th
    assert not c.contains(datetime(2019, 6, 20, 22, 30, tzinfo=timezone.utc))  # 00:30 local on the 21st


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"name": "  "}, "name"),
        ({"end_date": date(2019, 6, 18)}, "end_date"),
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"day_end": "10:00:00Z"}, "day_end"),  # an offset: refused by the field, not a TypeError
        ({"day_start": "07:00:00+02:00"}, "day_start"),
    ],
)
def test_conference_bad(changes, field):
    data = {"name": "AMR", "start_date": date(2019, 6, 19), "end_date": date(2019, 6, 20), **changes}
    with pytest.raises(ValidationError) as info:
        Conference(**data)
    assert field_of(info.value) == field


def test_country_codes_are_validated_and_named_in_both_languages():
    assert Country(iso3="idn").iso3 == "IDN"
    assert country_name("IDN", "nl") == "Indonesië"
    assert country_name("CUW", "en") == "Curaçao"
    assert country_name("NLD", "nl") == "Nederland"
    with pytest.raises(ValidationError) as info:
        Country(iso3="XXX")
    assert field_of(info.value) == "iso3"
    assert "ISO 3166" in str(invalid_record(info.value, "country"))


def test_person_needs_a_family_name_and_a_real_country():
    with pytest.raises(ValidationError) as info:
        Person(family_name="")
    assert field_of(info.value) == "family_name"
    with pytest.raises(ValidationError) as info:
        Person(family_name="Doe", country="ZZZ")
    assert field_of(info.value) == "country"
    p = Person(honorific="Dr", given_name="Nila", family_name="Moeloek")
    assert p.formal_name == "Dr Nila Moeloek"


def test_times_are_aware_and_stored_in_utc():
    amsterdam = timezone(timedelta(hours=2))
    s = Session(title="Opening", start=datetime(2019, 6, 19, 9, 0, tzinfo=amsterdam),
                end=datetime(2019, 6, 19, 10, 0, tzinfo=amsterdam))
    assert s.start == T0 and s.start.utcoffset() == timedelta(0)
    with pytest.raises(ValidationError):
        Session(title="Naive", start=datetime(2019, 6, 19, 9), end=datetime(2019, 6, 19, 10))


def test_end_must_follow_start():
    with pytest.raises(ValidationError) as info:
        Session(title="x", start=T0, end=T0)
    assert field_of(info.value) == "end"
    with pytest.raises(ValidationError) as info:
        Meeting(principal_id=PID, counterpart_country="IDN", start=T0, end=T0 - timedelta(minutes=5))
    assert field_of(info.value) == "end"


def test_meeting_needs_a_counterpart_and_a_known_interpreter_language():
    with pytest.raises(ValidationError) as info:
        Meeting(principal_id=PID, start=T0, end=T0 + timedelta(minutes=30))
    assert field_of(info.value) == "counterpart_country"
    with pytest.raises(ValidationError) as info:
        Meeting(principal_id=PID, counterpart_country="IDN", interpreter_language="klingon",
                start=T0, end=T0 + timedelta(minutes=30))
    assert field_of(info.value) == "interpreter_language"
    m = Meeting(principal_id=PID, counterpart_country="idn", interpreter_language="ID",
                start=T0, end=T0 + timedelta(minutes=30))
    assert (m.counterpart_country, m.interpreter_language, m.minutes) == ("IDN", "id", 30)


def test_delegation_rules():
    with pytest.raises(ValidationError) as info:
        Delegation(name="nobody's")
    assert field_of(info.value) == "country"
    with pytest.raises(ValidationError) as info:
        Delegation(country="NLD", members=[DelegationMember(person_id=PID), DelegationMember(person_id=PID)])
    assert field_of(info.value) == "members"
    d = Delegation(country="NLD", members=[DelegationMember(person_id=PID, role=MemberRole.HEAD)])
    assert d.head_id == PID


def test_meeting_brief_defaults_from_the_country_brief():
    cb = CountryBrief(country="IDN", key_messages=["Twinning works"],
                      talking_points=[TalkingPoint(text="MPTF", priority=Priority.POSSIBLE)],
                      classification=Classification.DEP_VERTROUWELIJK)
    mb = MeetingBrief(meeting_id=PID, objectives=[Objective(text="Agree a twinning")],
                      key_messages=["Own message"])
    eff = mb.with_defaults_from(cb)
    assert eff.key_messages == ["Own message"]  # own content wins
    assert eff.talking_points[0].text == "MPTF"  # empty list filled from the country brief
    assert eff.classification == Classification.DEP_VERTROUWELIJK
    assert mb.with_defaults_from(None) is mb


def test_empty_talking_point_is_refused():
    with pytest.raises(ValidationError):
        TalkingPoint(text=" ")


def test_attachment_must_belong_somewhere():
    with pytest.raises(ValidationError) as info:
        Attachment(title="Programme", filename="programme.pdf")
    assert field_of(info.value) == "meeting_id"


def test_action_and_evolve_revalidate():
    a = Action(description="Send the MPTF note", due=date(2019, 7, 1))
    with pytest.raises(ValidationError):
        a.evolve(description="")
    assert a.evolve(description="Send it").description == "Send it"


@pytest.mark.parametrize("text, expected", [
    ("Dep. VERTROUWELIJK", Classification.DEP_VERTROUWELIJK),
    ("stg_geheim", Classification.STG_GEHEIM),
    ("ongerubriceerd", Classification.ONGERUBRICEERD),
    ("unclassified", Classification.ONGERUBRICEERD),
])
def test_classification_parse(text, expected):
    assert Classification.parse(text) == expected


def test_classification_order_and_unknown():
    assert Classification.highest([Classification.DEP_VERTROUWELIJK, Classification.ONGERUBRICEERD]) \
        == Classification.DEP_VERTROUWELIJK
    with pytest.raises(ValueError, match="unknown classification"):
        Classification.parse("top secret-ish")


def test_records_get_uuids_and_reject_bad_ids():
    with pytest.raises(ValidationError) as info:
        Person(id="not-a-uuid", family_name="X")
    assert field_of(info.value) == "id"
