"""Names in other scripts drawn straight on the page (the running header), not set as paragraphs: each run
of Arabic or CJK in its place after the Latin before it, in the header's weight, and the recipient's name
ending at the right margin — read back from the PDF's text runs, where they are and in which font."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from briefer.packs import PackOptions, build_pack
from briefer.packs.fonts import BOLD, CJK, REGULAR
from briefer.packs.scripts import visual
from briefer.packs.styles import MARGIN_LEFT, MARGIN_RIGHT, PAGE


def header_runs(pack, index: int) -> list[tuple[str, float, str, float]]:
    """(text, x, font's base name, size) of every text run in the header line of page ``index`` (0-based)."""
    page = pack.reader.pages[index]
    top = float(page.mediabox.top) - 22 * 72 / 25.4
    runs = []

    def visit(text, cm, tm, font, size):
        y = tm[5] * cm[3] + cm[5]
        if y >= top and text.strip() and "VERTROUWELIJK" not in text:
            runs.append((text.strip("\n"), tm[4] * cm[0] + cm[4], str(font["/BaseFont"]).split("+")[-1], size))

    page.extract_text(visitor_text=visit)
    return runs


def drawn(text: str) -> str:
    """``text`` as set on the page: Arabic shaped and in visual order (pypdf reads an RTL run back reversed)."""
    return visual(text)


def same_letters(read: str, text: str) -> bool:
    return read in (drawn(text), drawn(text)[::-1])


def _pack(world, tmp_path, read_pack):
    store = world.store
    store.people.update(world.minister.evolve(family_name="العبدالله"))
    store.meetings.update(world.meetings["pol"].evolve(title="Bilateral — محمد and العبدالله"))
    store.meetings.update(world.meetings["grc"].evolve(title="Bilateral — 王毅 (China)"))
    return read_pack(build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "p.pdf").path)


def _first_page_of(pack, title: str) -> int:
    return next(p for level, t, p in pack.outline if level == 0 and t == title) - 1


def test_an_arabic_chapter_title_is_drawn_bold_after_its_latin_words(world, tmp_path, read_pack):
    pack = _pack(world, tmp_path, read_pack)
    runs = header_runs(pack, _first_page_of(pack, "Bilateral — محمد and العبدالله"))
    chapter = [r for r in runs if r[1] < PAGE[0] / 2]
    assert [r[0].strip() for r in chapter][0::2] == ["Bilateral —", "and"]
    # joined letters, each name in its place, none dropped
    assert same_letters(chapter[1][0], "محمد") and same_letters(chapter[3][0], "العبدالله")
    assert {r[2] for r in chapter} == {"DejaVuSans-Bold"} and {r[3] for r in chapter} == {8}
    # each name starts where the words before it end, the title at the left margin
    drawn_before = ["Bilateral — ", drawn("محمد"), " and "]
    assert abs(chapter[0][1] - MARGIN_LEFT) < 0.05
    assert abs(chapter[1][1] - (MARGIN_LEFT + stringWidth(drawn_before[0], BOLD, 8))) < 0.05
    assert abs(chapter[3][1] - (MARGIN_LEFT + sum(stringWidth(t, BOLD, 8) for t in drawn_before))) < 0.05


def test_a_cjk_chapter_title_is_drawn_in_the_cjk_font_between_its_latin_words(world, tmp_path, read_pack):
    pack = _pack(world, tmp_path, read_pack)
    runs = header_runs(pack, _first_page_of(pack, "Bilateral — 王毅 (China)"))
    chapter = [r for r in runs if r[1] < PAGE[0] / 2]
    assert [r[0] for r in chapter] == ["Bilateral — ", "王毅", " (China)"]
    assert [r[2] for r in chapter] == ["DejaVuSans-Bold", "DroidSansFallback", "DejaVuSans-Bold"]
    x = MARGIN_LEFT
    for (text, left, _, _), font in zip(chapter, (BOLD, CJK, BOLD)):
        assert abs(left - x) < 0.05, (text, left, x)
        x += stringWidth(text, font, 8)


def test_the_recipients_name_in_two_scripts_ends_at_the_right_margin(world, tmp_path, read_pack):
    pack = _pack(world, tmp_path, read_pack)
    for index in (0, 1, pack.pages - 1):
        name = [r for r in header_runs(pack, index) if r[1] > PAGE[0] / 2]
        assert name[0][0] == "Bruno " and same_letters(name[1][0], "العبدالله")
        assert {r[2] for r in name} == {"DejaVuSans"}
        (first, x1, _, _), (second, x2, _, _) = name
        assert abs(x2 - (x1 + stringWidth(first, REGULAR, 7.5))) < 0.05
        assert abs(x2 + stringWidth(second, REGULAR, 7.5) - (PAGE[0] - MARGIN_RIGHT)) < 0.05
