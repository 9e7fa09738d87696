"""Packs read back with pypdf: structure, markings, numbering, languages, fonts, attachments, encryption."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from briefer.model import Classification
from briefer.packs import PackOptions, Section, build_pack

def fonts_used(page) -> set[str]:
    """BaseFont names a page's content (and its forms) actually selects with Tf."""
    resources = page["/Resources"]
    names = set(re.findall(r"/([^\s/]+)\s+[\d.]+\s+Tf", page.get_contents().get_data().decode("latin-1")))
    for xobj in (resources.get("/XObject") or {}).values():
        names |= set(re.findall(r"/([^\s/]+)\s+[\d.]+\s+Tf", xobj.get_object().get_data().decode("latin-1")))
    fonts = resources["/Font"]
    return {str(fonts["/" + n].get_object()["/BaseFont"]) for n in names}


NL_CHAPTERS = ["Inhoud", "Programma", "Bilateraal met Turkije", "Bilateraal met Polen", "Bilateraal met Vietnam",
               "Bilateraal met Griekenland", "Spreekteksten", "Bijlage: contactpersonen"]


@pytest.fixture
def minister_pack(world, tmp_path, read_pack):
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="nl"), tmp_path / "pack.pdf")
    return result, read_pack(result.path)


def test_bookmarks_and_contents_follow_the_ministers_meetings(minister_pack):
    result, pack = minister_pack
    assert pack.pages == result.pages
    assert pack.top() == NL_CHAPTERS
    # the other minister's meetings (Kyrgyzstan, the earlier Türkiye meeting) are not in this pack
    assert "Kirgizië" not in pack.text
    # every bookmark's page number is what the contents page prints next to it
    contents = pack.texts[1]
    for level, title, page in pack.outline:
        if title == "Inhoud":
            continue
        assert re.search(rf"{re.escape(title)} {page}\b", contents), (title, page, contents)
    # the programme's days, then chapter sub-bookmarks: meeting sheet, country brief, biographies, attachment
    start = [t for _, t, _ in pack.outline].index("Bilateraal met Turkije")
    assert [t for lvl, t, _ in pack.outline[:start] if lvl == 1] == ["woensdag 19 juni 2019", "donderdag 20 juni 2019"]
    turkey = [t for lvl, t, _ in pack.outline[start:] if lvl == 1][:3]
    assert turkey == ["Gespreksblad", "Landenoverzicht: Turkije", "Biografieën"]


def test_every_page_has_marking_page_x_of_y_and_draft_mark(minister_pack):
    _, pack = minister_pack
    n = pack.pages
    for i, text in enumerate(pack.texts, 1):
        assert text.count("Dep. VERTROUWELIJK") >= 2, i  # top and bottom
        assert f"pagina {i} van {n}" in text
        # the draft mark is on every page, as ink: not in the text layer, where it would enter every copied line
        assert "CONCEPT" not in text and "/FormXob.BrieferMarks" in pack.forms(i - 1)
    ink = pack.marks_ink()
    assert b" c\n" in ink or b" c " in ink  # curves: glyph outlines
    assert b"BT" not in ink and b"Tj" not in ink  # and no text object


def test_running_header_names_the_chapter(minister_pack):
    _, pack = minister_pack
    for level, title, page in pack.outline:
        if level == 0 and title != "Inhoud":
            header = pack.header(page - 1)
            assert "Dep. VERTROUWELIJK" in header and title in header, (title, header)
    last_turkey_page = next(p for _, t, p in pack.outline if t == "Bilateraal met Polen") - 1
    assert "Bilateraal met Turkije" in pack.header(last_turkey_page - 1)


def test_final_english_pack_with_chosen_marking(world, tmp_path, read_pack):
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en", draft=False,
                                                 final_override="cleared by phone",
                                                 classification=Classification.STG_CONFIDENTIEEL), tmp_path / "en.pdf")
    pack = read_pack(result.path)
    assert "CONCEPT" not in pack.text and "DRAFT" not in pack.text
    assert pack.top()[:3] == ["Contents", "Programme", "Bilateral with Türkiye"]
    assert "Wednesday 19 June 2019" in pack.text and "woensdag" not in pack.text
    assert re.search(r"Printed \d{1,2} [A-Z][a-z]+ \d{4} \d{2}:\d{2}\b", pack.texts[0])
    for i, text in enumerate(pack.texts, 1):
        assert text.count("Stg. CONFIDENTIEEL") >= 2 and f"page {i} of {pack.pages}" in text


def test_dutch_labels_dates_and_country_names(minister_pack):
    _, pack = minister_pack
    assert "woensdag 19 juni 2019" in pack.text and "donderdag 20 juni 2019" in pack.text
    assert "Gesprekspunten" in pack.text and "Reactieve punten" in pack.text
    assert "Wednesday" not in pack.text and "Talking points" not in pack.text
    # times are in the conference's timezone (meeting at 09:00 UTC = 11:00 in Noordwijk), written as the
    # Rijksoverheid writes them; a period within one month names it once
    assert "11.00–11.30 uur" in pack.text
    # no clock time anywhere in the Dutch pack is written the English way — the cover's print time
    # included ("Afgedrukt 3 december 2026, 11.06 uur"), whatever time of day the test runs
    assert re.findall(r"\b\d{1,2}:\d{2}\b", pack.text) == []
    assert re.search(r"Afgedrukt \d{1,2} \w+ \d{4}, \d{2}\.\d{2} uur", pack.texts[0])
    assert "Periode 19–20 juni 2019" in pack.text
    assert "Landenoverzicht: Turkije" in pack.text
    assert "Landenbrief" not in pack.text and "Reactieve lijnen" not in pack.text


def test_unicode_names_print_and_extract(minister_pack):
    _, pack = minister_pack
    for name in ("Türkiye", "Łukasz Wiśniewski", "Việt Nam", "Ελλάδα", "Кыргызстан", "Αλέξανδρος Παπαδόπουλος"):
        assert name in pack.text, name
    used = set()
    attached = {p for _, t, p in pack.outline if t.startswith("Bijlage: Polish")}
    for number, page in enumerate(pack.reader.pages, 1):
        if number in attached or number - 1 in attached:
            continue  # the attached PDF brings its own fonts
        used |= fonts_used(page)
    fonts = used
    assert fonts and all("BrieferSans" in f or "DejaVu" in f for f in fonts), fonts


def test_missing_room_and_interpreter_print_as_to_be_confirmed(minister_pack):
    _, pack = minister_pack
    poland = next(p for lvl, t, p in pack.outline if t == "Bilateraal met Polen")
    sheet = pack.texts[poland - 1]
    assert "Zaal nog te bevestigen" in sheet and "Tolk nog te bevestigen" in sheet
    turkey = next(p for lvl, t, p in pack.outline if t == "Bilateraal met Turkije")
    assert "Turks — Mehmet Öz" in pack.texts[turkey - 1]


def test_not_for_disclosure_background_is_set_apart(minister_pack):
    _, pack = minister_pack
    text = pack.text
    assert "NIET VOOR OPENBAARMAKING" in text
    assert text.index("NIET VOOR OPENBAARMAKING") < text.index("Internal: the embassy reports budget cuts")
    assert "Türkiye agreed to share surveillance data via GLASS." in text  # previous outcome with that country


def test_attachment_is_merged_under_its_bookmark(minister_pack):
    _, pack = minister_pack
    entry = [(lvl, t, p) for lvl, t, p in pack.outline if t == "Bijlage: Polish AMR strategy"]
    assert len(entry) == 1 and entry[0][0] == 1
    page = entry[0][2]
    assert "Polish strategy page 1" in pack.texts[page - 1]
    assert "Polish strategy page 2" in pack.texts[page]
    for index in (page - 1, page):
        assert pack.texts[index].count("Dep. VERTROUWELIJK") >= 2 and "/FormXob.BrieferMarks" in pack.forms(index)


def test_member_pack_holds_only_their_meetings_and_sessions(world, tmp_path, read_pack):
    result = build_pack(world.store, PackOptions(recipient_id=world.member.id, lang="nl"), tmp_path / "m.pdf")
    pack = read_pack(result.path)
    assert pack.top() == ["Inhoud", "Programma", "Bilateraal met Vietnam", "Bijlage: contactpersonen"]
    assert "Turkije" not in pack.text and "Polen" not in pack.text
    days = [(t, p) for lvl, t, p in pack.outline if lvl == 1][:2]
    assert [t for t, _ in days] == ["woensdag 19 juni 2019", "donderdag 20 juni 2019"]
    assert "Opening plenary" in pack.texts[days[0][1] - 1]
    assert "Panel: One Health in practice" in pack.texts[days[1][1] - 1]
    assert "Spreekteksten" not in pack.text  # she does not speak


def test_sections_can_be_left_out(world, tmp_path, read_pack):
    keep = frozenset(Section) - {Section.COUNTRY_BRIEFS, Section.CONTACTS, Section.ATTACHMENTS}
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, sections=keep), tmp_path / "s.pdf")
    pack = read_pack(result.path)
    assert "Landenoverzicht" not in pack.text and "contactpersonen" not in pack.text
    assert "Polish strategy" not in pack.text
    assert "Gespreksblad" in pack.text


def test_empty_sections_are_left_out(minister_pack):
    _, pack = minister_pack
    greece = next(p for lvl, t, p in pack.outline if t == "Bilateraal met Griekenland")
    text = pack.texts[greece - 1]
    assert "Kernboodschappen" not in text and "Doelen" not in text
    assert "Voor dit gesprek is nog geen notitie geschreven." in text


def test_password_protects_the_pack(world, tmp_path, read_pack):
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, password="geheim-2019"),
                        tmp_path / "secret.pdf")
    reader = PdfReader(str(result.path))
    assert reader.is_encrypted
    assert reader.decrypt("wrong") == 0
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)  # AES-256 (PDF 2.0 security handler)
    assert result.path.read_bytes().startswith(b"%PDF-2.0")  # the version that defines AES-256 (revision 6)
    reader.decrypt("geheim-2019")
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"  # and still opens on its bookmarks
    pack = read_pack(result.path, password="geheim-2019")
    assert pack.pages == result.pages and "Bilateraal met Turkije" in pack.text


def test_recipient_watermark(world, tmp_path, read_pack):
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, watermark=True), tmp_path / "w.pdf")
    pack = read_pack(result.path)
    # across every page, diagonally with the draft mark, as outlines: out of the text layer
    assert all("/FormXob.BrieferMarks" in pack.forms(i) for i in range(pack.pages))
    assert "Persoonlijk exemplaar" not in pack.text
    plain = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id), tmp_path / "p.pdf").path)
    assert len(pack.marks_ink()) > len(plain.marks_ink()) + 2000  # the name's glyphs are drawn too


def test_one_meeting_brief_is_short(world, tmp_path, read_pack):
    result = build_pack(world.store, PackOptions(meeting_id=world.meetings["tur"].id, lang="en"), tmp_path / "one.pdf")
    pack = read_pack(result.path)
    assert result.plan.recipient_name == "Bruno Bruins"  # the meeting's principal by default
    assert 1 <= pack.pages <= 2
    assert "Bilateral with Türkiye" in pack.text and "Contents" not in pack.text
    assert "Secure Türkiye's support for the One Health declaration" in pack.text
    assert f"page 1 of {pack.pages}" in pack.texts[0]


def test_characters_the_font_lacks_are_reported(world, tmp_path):
    store = world.store
    p = store.people.get(world.meetings["tur"].counterpart_ids[0])
    store.people.update(p.evolve(biography="Studied the sign 𓂀 in Luxor; 北京 prints."))
    result = build_pack(store, PackOptions(recipient_id=world.minister.id), tmp_path / "cjk.pdf")
    assert result.missing_glyphs == ("𓂀",)  # CJK has its font now; this sign has none
    assert build_pack(store, PackOptions(recipient_id=world.member.id), tmp_path / "m.pdf").missing_glyphs == ()


def test_markup_characters_in_content_print_literally(world, tmp_path, read_pack):
    store = world.store
    brief = store.meeting_briefs.list(meeting_id=world.meetings["tur"].id)[0]
    store.meeting_briefs.update(brief.evolve(key_messages=["R&D <b>budget</b> > 5 % & rising"]))
    result = build_pack(store, PackOptions(recipient_id=world.minister.id), tmp_path / "amp.pdf")
    assert "R&D <b>budget</b> > 5 % & rising" in read_pack(result.path).text
