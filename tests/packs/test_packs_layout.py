"""Layout a private office signs off: folios ending at the right margin, contacts that can be
dialled and typed from paper, speaking notes at reading size with real lists, one speech a page."""

from __future__ import annotations

import re
import subprocess

from briefer.model import Session, SessionKind, SpeakerNote
from briefer.packs import PackOptions, build_pack
from briefer.packs import styles as st
from packs_world import utc


def _words(path, page: int) -> list[tuple[float, float, float, str]]:
    """(xmin, xmax, ymin, word) of every word on a page, from poppler's bounding boxes."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    return [(float(a), float(b), float(c), w) for a, c, b, w in
            re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', html)]


def test_the_folio_ends_at_the_right_margin_on_every_page(world, tmp_path):
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id), tmp_path / "p.pdf")
    right = st.PAGE[0] - st.MARGIN_RIGHT
    for page in (1, result.pages):
        words = _words(result.path, page)
        bottom = max(y for _, _, y, w in words if w == "van")  # the folio line: "pagina 3 van 13"
        folio = [w for w in words if abs(w[2] - bottom) < 1 and w[0] > st.PAGE[0] / 2]
        assert [w[3] for w in folio][-3:] == [str(page), "van", str(result.pages)]
        assert abs(folio[-1][1] - right) < 1.5, (page, folio[-1][1], right)


def test_contacts_keep_addresses_and_numbers_whole(world, tmp_path):
    world.store.people.update(world.member.evolve(email="anne.de.vries-van.den.berg@minvws.example.nl",
                                                  phone="+31 70 340 7911"))
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id), tmp_path / "p.pdf")
    words = [w for _, _, _, w in _words(result.path, result.pages)]
    assert "anne.de.vries-van.den.berg@minvws.example.nl" in words
    text = subprocess.run(["pdftotext", "-layout", "-f", str(result.pages), str(result.path), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "+31 70 340 7911" in text.replace("\u00a0", " ")


def test_speaking_notes_at_reading_size_with_real_lists_one_per_page(world, tmp_path):
    world.store.sessions.add(Session(
        start=utc(2019, 6, 20, 7, 0), end=utc(2019, 6, 20, 8, 0), title="Closing plenary",
        session_kind=SessionKind.CLOSING, speaker_ids=[world.minister.id],
        speaker_notes=[SpeakerNote(person_id=world.minister.id, role="closing words",
                                   notes="Thank you all.\n\n- First we thank the hosts.\n- Then we look ahead.")]))
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id), tmp_path / "p.pdf")
    from pypdf import PdfReader

    reader = PdfReader(str(result.path))
    pages = [i for i, p in enumerate(reader.pages) if "First we thank the hosts" in p.extract_text()]
    opening = [i for i, p in enumerate(reader.pages) if "Welcome to Noordwijk" in p.extract_text()]
    assert len(pages) == 1 and len(opening) == 1 and pages != opening  # one speech per page
    sizes = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes[text.strip()] = size * tm[0]

    reader.pages[pages[0]].extract_text(visitor_text=visit)
    assert sizes.get("First we thank the hosts.") == 14
    text = reader.pages[pages[0]].extract_text()
    assert "- First" not in text and "• First we thank the hosts." in text.replace("\n", " ")


def test_contents_that_would_spill_a_line_fit_on_their_page(demo_store, tmp_path, read_pack):
    bruins = next(p for p in demo_store.people.list() if p.family_name == "Bruins")
    pack = read_pack(build_pack(demo_store, PackOptions(recipient_id=bruins.id), tmp_path / "b.pdf").path)
    pages = {t: p for _, t, p in pack.outline}
    assert pages["Inhoud"] == 2 and pages["Programma"] == 3  # the contents take one page, not one and a line
    assert "Bijlage: contactpersonen" in pack.texts[1]


def test_duplex_chapters_open_on_right_hand_pages(world, tmp_path, read_pack):
    plain = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id), tmp_path / "p.pdf").path)
    assert any(p % 2 == 0 for lvl, _, p in plain.outline if lvl == 0)  # without the flag some open on the left
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, duplex=True), tmp_path / "d.pdf")
    pack = read_pack(result.path)
    starts = [(t, p) for lvl, t, p in pack.outline if lvl == 0 and t != "Inhoud"]
    assert starts and all(p % 2 == 1 for _, p in starts), starts
    for i, text in enumerate(pack.texts, 1):  # the blank left-hand pages still carry marking and folio
        assert text.count("Dep. VERTROUWELIJK") >= 2 and f"pagina {i} van {pack.pages}" in text


def test_programme_times_stay_on_one_line(world, tmp_path, read_pack):
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id), tmp_path / "p.pdf")
    programme = next(p for _, t, p in read_pack(result.path).outline if t == "Programma")
    words = _words(result.path, programme)
    start = next(w for w in words if w[3] == "11.00–11.30")
    assert not [w for w in words if w[3] == "uur" and abs(w[0] - start[0]) < 2]  # no "uur" wrapped under it


def test_contact_column_headings_stay_whole_without_numbers(world, tmp_path):
    # with no telephone number in the annex, the column is as wide as its heading, not 'Telefo-on'
    for p in world.store.people.list():
        if p.phone or p.email:
            world.store.people.update(p.evolve(phone="", email=""))
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="nl"), tmp_path / "p.pdf")
    words = [w for _, _, _, w in _words(result.path, result.pages)]
    assert "Telefoon" in words and "E-mail" in words, words[:40]


def test_each_day_of_the_demo_ministers_programme_fits_its_page(demo_store, tmp_path, read_pack):
    # the demo minister's two days: each on a page of its own, the first chapter on the next page
    bruins = next(p for p in demo_store.people.list() if p.family_name == "Bruins")
    pack = read_pack(build_pack(demo_store, PackOptions(recipient_id=bruins.id, lang="en"), tmp_path / "b.pdf").path)
    assert pack.days() == [("Wednesday 19 June 2019", 3), ("Thursday 20 June 2019", 4)]
    top = [(t, p) for lvl, t, p in pack.outline if lvl == 0]
    programme = [t for t, _ in top].index("Programme")
    assert top[programme][1] == 3 and top[programme + 1][1] == 5, top
    assert "Reception hosted by the Dutch ministers" in pack.texts[2]
    assert "Closing press conference" in pack.texts[3] and "(continued)" not in pack.programme()
