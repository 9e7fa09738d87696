"""Packs name countries as people say them — in headings, contents, bookmarks and running heads —
with the article where the language needs one; the official long name stays in the country brief."""

from __future__ import annotations

from briefer.model import CountryBrief, Meeting, MeetingStatus, Person
from briefer.packs import PackOptions, build_pack
from packs_world import utc

INVERTED = ("Korea, Republiek", "Korea, Republic", "Congo, Democratische", "Congo, The", "Palestine, State",
            "Palestina, Staat", "Bolivia, Multinationale", "Bolivia, Plurinational")


def _meetings(world):
    add = world.store.people.add
    for hour, country in ((13, "KOR"), (14, "COD"), (15, "GBR"), (16, "PSE"), (17, "BOL")):
        guest = add(Person(given_name="Alex", family_name=f"Guest{country}", country=country))
        world.store.meetings.add(Meeting(start=utc(2019, 6, 20, hour), end=utc(2019, 6, 20, hour, 30),
                                         principal_id=world.minister.id, counterpart_country=country,
                                         counterpart_ids=[guest.id], status=MeetingStatus.CONFIRMED))
    world.store.country_briefs.add(CountryBrief(country="KOR", summary="A partner on surveillance."))


def _pack(world, tmp_path, read_pack, lang):
    return read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang=lang),
                                tmp_path / f"{lang}.pdf").path)


def test_english_pack_says_the_united_kingdom_and_south_korea_everywhere(world, tmp_path, read_pack):
    _meetings(world)
    pack = _pack(world, tmp_path, read_pack, "en")
    titles = [t for _, t, _ in pack.outline]
    for title in ("Bilateral with South Korea", "Bilateral with the Democratic Republic of the Congo",
                  "Bilateral with the United Kingdom", "Bilateral with Palestine", "Bilateral with Bolivia",
                  "Country brief: South Korea"):
        assert title in titles, title
        page = next(p for _, t, p in pack.outline if t == title)
        assert title.split(": ")[-1].replace("Bilateral with ", "") in pack.header(page - 1) + pack.texts[page - 1]
    contents = " ".join(t for t in pack.texts if "Contents" in t)
    assert "Bilateral with the United Kingdom" in contents
    for wrong in INVERTED:
        assert wrong not in pack.text and all(wrong not in t for t in titles), wrong
    assert "Official name: Republic of Korea" in pack.text


def test_dutch_pack_says_het_verenigd_koninkrijk_and_zuid_korea(world, tmp_path, read_pack):
    _meetings(world)
    pack = _pack(world, tmp_path, read_pack, "nl")
    titles = [t for _, t, _ in pack.outline]
    for title in ("Bilateraal met Zuid-Korea", "Bilateraal met de Democratische Republiek Congo",
                  "Bilateraal met het Verenigd Koninkrijk", "Bilateraal met Palestina",
                  "Landenoverzicht: Zuid-Korea"):
        assert title in titles, title
    page = next(p for _, t, p in pack.outline if t == "Bilateraal met Zuid-Korea")
    assert "Zuid-Korea" in pack.header(page - 1)
    for wrong in INVERTED:
        assert wrong not in pack.text, wrong
    assert "Officiële naam: Republiek Korea" in pack.text
