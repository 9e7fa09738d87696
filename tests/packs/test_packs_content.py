"""Content that must not mislead: a requested meeting does not look confirmed, a cancelled one
carries a banner, and a meeting without its own brief shows the country brief's messages."""

from __future__ import annotations

from briefer.model import CountryBrief, MeetingStatus
from briefer.packs import PackOptions, build_pack


def test_a_requested_meeting_says_so_in_the_programme(world, tmp_path, read_pack):
    world.store.meetings.update(world.meetings["grc"].evolve(status=MeetingStatus.REQUESTED))
    pack = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id), tmp_path / "p.pdf").path)
    programme = pack.programme()
    assert "Bilateraal met Griekenland (aangevraagd, nog niet bevestigd)" in programme
    assert "Bilateraal met Turkije (aangevraagd" not in programme


def test_a_cancelled_meeting_brief_carries_a_banner(world, tmp_path, read_pack):
    world.store.meetings.update(world.meetings["tur"].evolve(status=MeetingStatus.CANCELLED))
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, meeting_id=world.meetings["tur"].id),
                        tmp_path / "one.pdf")
    assert "GEANNULEERD — dit gesprek gaat niet door" in read_pack(result.path).text
    world.store.meetings.update(world.store.meetings.get(world.meetings["tur"].id).evolve(status=MeetingStatus.CONFIRMED))
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, meeting_id=world.meetings["tur"].id),
                        tmp_path / "two.pdf")
    assert "GEANNULEERD" not in read_pack(result.path).text


def test_without_a_meeting_brief_the_country_briefs_messages_are_shown(world, tmp_path, read_pack):
    world.store.country_briefs.add(CountryBrief(country="GRC", key_messages=["Greece leads on One Health in the EU."]))
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, meeting_id=world.meetings["grc"].id,
                                                 lang="en"), tmp_path / "one.pdf")
    text = read_pack(result.path).text
    assert "Greece leads on One Health in the EU." in text
    assert "the messages and points below come from the country brief" in text
    assert "No brief has been written" not in text
    # Poland's country brief has no messages: there the honest "no brief" stays
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, meeting_id=world.meetings["pol"].id,
                                                 lang="en"), tmp_path / "pol.pdf")
    assert "No brief has been written for this meeting yet." in read_pack(result.path).text


def test_a_country_brief_is_printed_once_and_later_bilaterals_point_to_it(world, tmp_path, read_pack):
    from briefer.model import Meeting
    from packs_world import utc

    turkey = world.store.people.get(world.meetings["tur"].counterpart_ids[0])
    world.store.meetings.add(Meeting(start=utc(2019, 6, 20, 6, 0), end=utc(2019, 6, 20, 6, 30), principal_id=world.minister.id,
                                     counterpart_country="TUR", counterpart_ids=[turkey.id], status=MeetingStatus.CONFIRMED,
                                     title="Breakfast with Türkiye"))
    pack = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id), tmp_path / "p.pdf").path)
    assert [t for _, t, _ in pack.outline].count("Landenoverzicht: Turkije") == 1
    assert pack.text.count("High resistance in hospitals.") == 1
    assert ("Landenoverzicht: Turkije: zie het hoofdstuk Bilateraal met Turkije (woensdag 19 juni 2019, "
            "11.00–11.30 uur).") in pack.text


def test_an_organisation_is_named_by_its_acronym_in_titles_and_running_heads(world, tmp_path, read_pack):
    from briefer.model import Meeting, Organisation, Person
    from packs_world import utc

    fao = world.store.organisations.add(Organisation(name="Food and Agriculture Organization of the United Nations",
                                                      acronym="FAO"))
    dg = world.store.people.add(Person(given_name="Qu", family_name="Dongyu", organisation_id=fao.id))
    world.store.meetings.add(Meeting(start=utc(2019, 6, 20, 14, 0), end=utc(2019, 6, 20, 14, 30),
                                     principal_id=world.minister.id, counterpart_organisation_id=fao.id,
                                     counterpart_ids=[dg.id], status=MeetingStatus.CONFIRMED))
    pack = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "p.pdf").path)
    page = next(p for _, t, p in pack.outline if t == "Bilateral with FAO")
    assert "Bilateral with FAO" in pack.header(page - 1)


def test_the_programme_says_in_one_line_what_each_meeting_is_for(world, tmp_path, read_pack):
    pack = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id), tmp_path / "p.pdf").path)
    programme = pack.programme()
    assert "Doel: Secure Türkiye's support for the One Health declaration" in programme


def test_titles_before_names_are_written_the_dutch_way_in_dutch(world, tmp_path, read_pack):
    nl = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id), tmp_path / "nl.pdf").path)
    en = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "en.pdf").path)
    assert "dr. Ayşe Yılmaz" in nl.text and "Dr Ayşe Yılmaz" not in nl.text
    assert "Dr Ayşe Yılmaz" in en.text


def test_country_names_that_take_an_article_get_it(world, tmp_path):
    from briefer.model import Meeting, Person
    from briefer.packs.compose import compose
    from packs_world import utc

    uk = world.store.people.add(Person(given_name="Sally", family_name="Davies", country="GBR"))
    world.store.meetings.add(Meeting(start=utc(2019, 6, 20, 14, 0), end=utc(2019, 6, 20, 14, 30),
                                     principal_id=world.minister.id, counterpart_country="GBR",
                                     counterpart_ids=[uk.id], status=MeetingStatus.CONFIRMED))
    en = {c.title for c in compose(world.store, PackOptions(recipient_id=world.minister.id, lang="en")).chapters}
    nl = {c.title for c in compose(world.store, PackOptions(recipient_id=world.minister.id)).chapters}
    assert "Bilateral with the United Kingdom" in en and "Bilateral with Poland" in en
    assert "Bilateraal met het Verenigd Koninkrijk" in nl and "Bilateraal met Polen" in nl


def test_the_recipients_title_is_written_the_dutch_way_on_every_page(world, tmp_path, read_pack):
    world.store.people.update(world.member.evolve(honorific="Dr"))
    pack = read_pack(build_pack(world.store, PackOptions(recipient_id=world.member.id), tmp_path / "m.pdf").path)
    assert "dr. Anne de Vries" in pack.texts[0] and "dr. Anne de Vries" in pack.header(pack.pages - 1)
    assert "Dr Anne" not in pack.text


def test_the_support_team_is_in_the_contacts(world, tmp_path):
    from briefer.model import DelegationMember, MemberRole, Person
    from briefer.packs.compose import compose

    press = world.store.people.add(Person(given_name="Fleur", family_name="Dekker", position="Woordvoerder VWS",
                                          phone="+31 6 5555 0101", country="NLD"))
    nl = next(d for d in world.store.delegations.list() if d.host)
    world.store.delegations.update(nl.evolve(members=[*nl.members, DelegationMember(person_id=press.id, role=MemberRole.PRESS)]))
    contacts = compose(world.store, PackOptions(recipient_id=world.minister.id)).contacts
    line = next(c for c in contacts if c.name == "Fleur Dekker")
    assert line.position == "Voorlichter — Woordvoerder VWS" and line.phone == "+31 6 5555 0101"
