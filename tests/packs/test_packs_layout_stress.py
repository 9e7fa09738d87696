"""Layout over a pack as long as a real conference makes (40 bilaterals, 250+ pages): no heading left
alone at the foot of a page, no near-empty page in the middle of a chapter (a long table pulling its
heading to the next page), folios of three digits ending at the margin, running heads cut at a word."""

from __future__ import annotations

import re
import subprocess

import pytest

from benchmarks.packs import synthetic
from briefer.model import Meeting, MeetingStatus
from briefer.packs import PackOptions, build_pack
from briefer.packs import styles as st
from briefer.store import Store
from packs_world import ReadPack, utc

BODY_BOTTOM = st.MARGIN_BOTTOM
BODY_TOP = st.PAGE[1] - st.MARGIN_TOP


@pytest.fixture(scope="module")
def long_pack(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stress")
    store = Store.open(folder / "store.sqlite", user="tester")
    try:
        minister = synthetic(store)
        result = build_pack(store, PackOptions(recipient_id=minister.id, lang="en"), folder / "pack.pdf")
    finally:
        store.close()
    pack = ReadPack(result.path)
    pack.path = result.path
    return pack


def body_lines(page) -> list[tuple[float, float, bool, str]]:
    """(baseline, size, bold, text) of every text run between the running head and the footer."""
    out = []

    def visit(text, cm, tm, font, size):
        y = tm[5] * cm[3] + cm[5]
        if text.strip() and BODY_BOTTOM - 4 < y < BODY_TOP + 4:
            out.append((y, size * tm[0], "Bold" in str((font or {}).get("/BaseFont", "")), text.strip()))

    page.extract_text(visitor_text=visit)
    return out


def starts(pack: ReadPack) -> set[int]:
    return {p for _, _, p in pack.outline}


def test_no_page_ends_with_a_heading(long_pack):
    first_body = min(p for lvl, t, p in long_pack.outline if lvl == 0 and t != "Contents")
    for number in range(first_body, long_pack.pages + 1):
        lines = body_lines(long_pack.reader.pages[number - 1])
        if not lines:
            continue
        y, size, bold, text = min(lines)
        assert not (bold and size >= 10), f"page {number} ends with the heading {text!r}"


def test_no_near_empty_page_inside_a_chapter(long_pack):
    # a page that a new chapter or section does not follow runs to within 60 mm of the bottom margin
    follows = starts(long_pack)
    for number in range(2, long_pack.pages):
        if number + 1 in follows:
            continue
        lines = body_lines(long_pack.reader.pages[number - 1])
        lowest = min(y for y, *_ in lines)
        assert lowest < BODY_BOTTOM + 60 * 72 / 25.4, f"page {number} stops at {lowest:.0f} pt: {max(lines)[3]!r}…"


def test_three_digit_folios_end_at_the_right_margin(long_pack):
    assert long_pack.pages >= 100
    right = st.PAGE[0] - st.MARGIN_RIGHT
    for number in (9, 99, 100, long_pack.pages):
        html = subprocess.run(["pdftotext", "-bbox", "-f", str(number), "-l", str(number), str(long_pack.path), "-"],
                              capture_output=True, text=True, check=True).stdout
        # (right edge, top, word) of every word
        words = [(float(x), float(y), w) for y, x, w in
                 re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', html)]
        bottom = max(y for _, y, w in words if w == "of")
        folio = [(x, w) for x, y, w in words if abs(y - bottom) < 1 and x > st.PAGE[0] / 2]
        assert [w for _, w in folio][-4:] == ["page", str(number), "of", str(long_pack.pages)]
        assert abs(folio[-1][0] - right) < 1.5, (number, folio[-1][0], right)


def test_a_long_running_head_is_cut_at_a_word(world, tmp_path):
    title = ("Trilateral on antimicrobial resistance with the Food and Agriculture Organization of the "
             "United Nations and the World Organisation for Animal Health")
    world.store.meetings.add(Meeting(start=utc(2019, 6, 20, 14, 0), end=utc(2019, 6, 20, 14, 30), title=title,
                                     principal_id=world.minister.id, counterpart_country="ITA",
                                     status=MeetingStatus.CONFIRMED))
    pack = ReadPack(build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "p.pdf").path)
    page = next(p for _, t, p in pack.outline if t == title)
    head = pack.header(page - 1)
    cut = head.split("…")[0] if "…" in head else ""
    assert cut, head
    shown = cut[cut.index("Trilateral"):]
    assert title.startswith(shown) and title[len(shown)] == " ", head


def test_a_long_facts_table_starts_under_the_text_before_it(world, tmp_path):
    from briefer.model import Fact

    store = world.store
    brief = next(b for b in store.country_briefs.list() if b.country == "POL")
    summary = "\n\n".join(f"Paragraph {i}: " + "Poland coordinates the working group on surveillance. " * 9
                          for i in range(3))
    store.country_briefs.update(brief.evolve(summary=summary, facts=[
        Fact(label=f"Indicator {i}", value=f"{i * 7} per 100 000 inhabitants", source="ECDC") for i in range(70)]))
    pack = ReadPack(build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "p.pdf").path)
    last_text = next(i for i, t in enumerate(pack.texts) if "Paragraph 2:" in t)
    # the facts heading and the table's first rows follow the summary on its page, not after a gap
    assert "Facts" in pack.texts[last_text] and "Indicator 0" in pack.texts[last_text], pack.texts[last_text][-300:]
