"""Packs print every name in its bearer's order and script, with the form of address each
language uses ("H.E."/"Z.E.", "Dr"/"dr.") and how to say it — read back from the PDF."""

from __future__ import annotations

from briefer.model import Meeting, MeetingStatus, Person
from briefer.packs import PackOptions, build_pack
from packs_world import utc


def _guests(world):
    add = world.store.people.add
    guests = [
        add(Person(honorific="Dr", given_name="Thị Hương", family_name="Nguyễn", family_name_first=True,
                   country="VNM", position="Vice-Minister of Health", pronunciation="NWIN tee HUONG")),
        add(Person(honorific="H.E.", honorific_nl="Z.E.", given_name="Tarō", family_name="Yamada",
                   family_name_first=True, native_name="山田太郎", country="JPN", position="Minister of the Environment",
                   biography="Leads Japan's delegation.")),
        add(Person(given_name="Yuliia", family_name="Kovalenko", native_name="Юлія Коваленко", country="UKR",
                   position="Deputy Minister", biography="Former climate negotiator.")),
        add(Person(honorific="H.E.", honorific_nl="H.E.", given_name="Leyla", family_name="Məmmədova",
                   country="AZE", position="Minister of Ecology")),
    ]
    world.store.meetings.add(Meeting(start=utc(2019, 6, 20, 14), end=utc(2019, 6, 20, 14, 30),
                                     principal_id=world.minister.id, counterpart_country="JPN",
                                     counterpart_ids=[g.id for g in guests], status=MeetingStatus.CONFIRMED))
    return guests


def _pack(world, tmp_path, read_pack, lang):
    return read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang=lang),
                                tmp_path / f"{lang}.pdf").path)


def test_english_pack_writes_names_in_their_order_and_script(world, tmp_path, read_pack):
    _guests(world)
    text = _pack(world, tmp_path, read_pack, "en").text
    assert "Dr Nguyễn Thị Hương" in text and "Thị Hương Nguyễn" not in text
    assert "H.E. Yamada Tarō (山田太郎)" in text and "Tarō Yamada" not in text
    assert "Yuliia Kovalenko (Юлія Коваленко)" in text
    assert "H.E. Leyla Məmmədova" in text
    assert "Pronunciation: NWIN tee HUONG" in text


def test_dutch_pack_uses_the_dutch_forms_of_address(world, tmp_path, read_pack):
    _guests(world)
    text = _pack(world, tmp_path, read_pack, "nl").text
    assert "dr. Nguyễn Thị Hương" in text and "Dr Nguyễn" not in text
    assert "Z.E. Yamada Tarō (山田太郎)" in text and "H.E. Yamada" not in text
    assert "H.E. Leyla Məmmədova" in text
    assert "Uitspraak: NWIN tee HUONG" in text


def test_meeting_sheet_and_contacts_annex_carry_order_script_and_pronunciation(world, tmp_path, read_pack):
    _guests(world)
    pack = _pack(world, tmp_path, read_pack, "en")
    sheet = next(t for t in pack.texts if "Counterpart Dr Nguyễn Thị Hương" in t)
    assert "Counterpart Dr Nguyễn Thị Hương (Vice-Minister of Health) Pronunciation: NWIN tee HUONG" in sheet
    contacts = next(t for t in pack.texts if "anne@example.nl" in t)  # the contacts annex
    assert "Dr Nguyễn Thị Hương Vice-Minister of Health Vietnam" in contacts
    assert "H.E. Yamada Tarō (山田太郎) Minister of the Environment Japan" in contacts
    assert "Yuliia Kovalenko (Юлія Коваленко) Deputy Minister Ukraine" in contacts
