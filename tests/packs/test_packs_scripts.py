"""Every script prints: CJK in the CJK font (not as boxes), Arabic and Hebrew joined and right to
left, and the builder still names any character no pack font has."""

from __future__ import annotations

import subprocess

from briefer.model import Meeting, MeetingStatus, Person
from briefer.packs import PackOptions, build_pack
from briefer.packs.scripts import visual
from packs_world import utc


def _guests(world):
    add = world.store.people.add
    people = [
        add(Person(given_name="毅", family_name="王", country="CHN", position="外交部长")),
        add(Person(given_name="太郎", family_name="山田", country="JPN", position="厚生労働大臣")),
        add(Person(given_name="민수", family_name="김", country="KOR", position="보건복지부 장관")),
        add(Person(given_name="محمد", family_name="العبدالله", country="SAU", position="وزير الصحة")),
        add(Person(given_name="יוסי", family_name="כהן", country="ISR", position="שר הבריאות")),
    ]
    world.store.meetings.add(Meeting(start=utc(2019, 6, 20, 14), end=utc(2019, 6, 20, 14, 30),
                                     principal_id=world.minister.id, counterpart_country="CHN",
                                     counterpart_ids=[p.id for p in people], status=MeetingStatus.CONFIRMED))


def test_cjk_arabic_and_hebrew_names_print_with_glyphs(world, tmp_path):
    _guests(world)
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, watermark=True), tmp_path / "p.pdf")
    assert result.missing_glyphs == ()
    fonts = subprocess.run(["pdffonts", str(result.path)], capture_output=True, text=True, check=True).stdout
    cjk = next(line for line in fonts.splitlines() if "DroidSansFallback" in line)
    assert cjk.split()[-5:-2] == ["yes", "yes", "yes"]  # embedded, subset, with a Unicode map
    text = subprocess.run(["pdftotext", str(result.path), "-"], capture_output=True, text=True, check=True).stdout
    assert "外交部长" in text and "山田" in text and "보건복지부" in text


def test_arabic_is_joined_and_right_to_left():
    shown = visual("Minister محمد العبدالله (KSA)")
    assert shown.startswith("Minister ") and shown.endswith(" (KSA)")
    arabic = shown[len("Minister "):-len(" (KSA)")]
    # joined forms (Arabic Presentation Forms-B), and the first word of the name is set rightmost
    assert all("\ufe70" <= c <= "\ufeff" or c == " " for c in arabic)
    assert arabic.split(" ")[-1] == visual("محمد")
    assert visual("שלום עולם") == "םלוע םולש"


def test_a_character_no_pack_font_has_is_reported(world, tmp_path):
    world.store.people.add(Person(given_name="𓂀", family_name="Hieroglyph", country="EGY"))
    vnm = world.meetings["vnm"]
    person = next(p for p in world.store.people.list() if p.family_name == "Hieroglyph")
    world.store.meetings.update(vnm.evolve(counterpart_ids=[*vnm.counterpart_ids, person.id]))
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id), tmp_path / "p.pdf")
    assert result.missing_glyphs == ("𓂀",)


def test_an_arabic_name_and_title_in_the_text_print_joined_and_right_to_left(world, tmp_path, read_pack):
    # set as paragraphs (meeting sheet, biographies, contacts), not drawn: the markup shapes and reorders each run
    # two right-to-left runs in one line, with Latin between them
    saudi = world.store.people.add(Person(given_name="محمد", family_name="العبدالله", country="SAU",
                                          position="وزير الصحة — Ministry of Health — وزارة الصحة"))
    vnm = world.meetings["vnm"]
    world.store.meetings.update(vnm.evolve(counterpart_ids=[*vnm.counterpart_ids, saudi.id]))
    pack = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "p.pdf").path)
    # pypdf reads a run set right to left back in reading order: the joined letters of the name, first word first
    shown = [t for t in pack.texts if visual("محمد العبدالله")[::-1] in t]
    assert len(shown) >= 2
    for text in shown:
        assert f'{visual("وزير الصحة")[::-1]} — Ministry of Health — {visual("وزارة الصحة")[::-1]}' in text
    # no letter printed in its unjoined form (U+0600–U+06FF) anywhere in the pack
    assert not [c for c in pack.text if "\u0600" <= c <= "\u06ff"]
