"""The pack's house style as printed (issue 22: mutants of ``briefer/packs/styles.py`` — a heading a point smaller,
the space under it a point more — that no test of the text could see).

Each kind of text is read back from the PDF's text runs: its size, where its lines stand, and the distance from one
paragraph's last line to the next one's first. The expected values are the house style written out here (sizes,
line distances, space before and after, indents), not taken from ``styles.py``: between two paragraphs the distance
from baseline to baseline is what the first line's leading leaves under its last baseline, the larger of the first's
space after and the second's space before, and the second's size (reportlab sets a first baseline its size under the
paragraph's top, and lets the larger of the two spaces stand)."""

from __future__ import annotations

from briefer.packs import PackOptions, build_pack
from briefer.packs.styles import MARGIN_LEFT

#: name: (size, leading, space before, space after, left indent) — the house style
HOUSE = {
    "body": (9.5, 13.6, 0, 5, 0), "small": (8, 10.5, 0, 2, 0), "muted": (9.5, 13.6, 0, 5, 0),
    "bullet": (9.5, 13.6, 0, 3, 12), "h1": (17, 21, 0, 10, 0), "h2": (12.5, 16, 12, 6, 0),
    "h3": (10, 13.5, 8, 3, 0), "question": (9.5, 13.6, 0, 2, 0), "answer": (9.5, 13.6, 0, 5, 12),
    "speech": (14, 21, 0, 10, 0), "secret_head": (8.5, 13.6, 6, 6, 0), "secret": (9.5, 13.6, 4, 8, 6),
    "cover_line": (10.5, 15, 0, 1, 0), "title": (26, 31, 0, 8, 0), "subtitle": (13, 17, 0, 4, 0),
    "cell": (8.8, 11.6, 0, 0, 0), "cell_head": (8.5, 11, 0, 0, 0), "toc1": (10, 14, 0, 0, 0), "toc2": (9, 12.5, 0, 0, 14),
}


def _runs(pack, index: int) -> list[tuple[str, float, float, float]]:
    """(text, x, baseline y, size) of every text run on page ``index`` (0-based), in the order drawn."""
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.append((text.strip(), tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], size))

    pack.reader.pages[index].extract_text(visitor_text=visit)
    return found


def _at(runs, opening: str) -> tuple[str, float, float, float]:
    return next(r for r in runs if r[0].startswith(opening))


def _gap(upper: str, lower: str) -> float:
    size_u, leading_u, _, after_u, _ = HOUSE[upper]
    size_l, _, before_l, _, _ = HOUSE[lower]
    return (leading_u - size_u) + max(after_u, before_l) + size_l


def _page(pack, opening: str) -> int:
    return next(i for i, t in enumerate(pack.texts) if t.startswith(opening))


def test_each_kind_of_text_prints_in_its_size_and_its_place(world, tmp_path, read_pack):
    pack = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"),
                                tmp_path / "pack.pdf").path)
    pages = {
        "cover": _runs(pack, 0), "contents": _runs(pack, _page(pack, "Contents")),
        "sheet": _runs(pack, _page(pack, "Bilateral with Türkiye")),
        "country": _runs(pack, _page(pack, "Country brief: Türkiye")),
        "programme": _runs(pack, _page(pack, "Programme")), "speech": _runs(pack, _page(pack, "Speaking notes")),
    }
    # (page, opening words, the kind of text they are set in)
    kinds = [
        ("cover", "Briefing pack", "title"), ("cover", "Second Global Ministerial", "subtitle"),
        ("cover", "Bruno Bruins", "cover_line"),
        ("contents", "Contents", "h1"), ("contents", "Bilateral with Türkiye", "toc1"), ("contents", "Meeting sheet", "toc2"),
        ("sheet", "Bilateral with Türkiye", "h1"), ("sheet", "Objectives", "h2"), ("sheet", "Will certainly come up", "h3"),
        ("sheet", "Time", "cell_head"), ("sheet", "Bilateral room 1", "cell"), ("sheet", "Why does the Netherlands", "question"),
        ("sheet", "Use has fallen", "answer"), ("sheet", "NOT FOR DISCLOSURE", "secret_head"),
        ("sheet", "Internal: the embassy", "secret"), ("sheet", "Thank the minister", "bullet"),
        ("sheet", "Brief status", "muted"), ("country", "Official name", "small"), ("country", "Türkiye is a key partner", "body"),
        ("programme", "Wednesday 19 June 2019", "h2"), ("speech", "Excellencies", "speech"),
    ]
    for page, opening, kind in kinds:
        text, x, _, size = _at(pages[page], opening)
        assert size == HOUSE[kind][0], (page, opening, kind, size)
        if kind in ("answer", "secret", "toc2", "h1", "h2", "h3", "body", "question"):
            assert abs(x - (MARGIN_LEFT + HOUSE[kind][4])) < 0.01, (page, opening, kind, x)
    # the lines of one paragraph: the cover's "For" and the recipient's name, the two lines of a speech
    cover = pages["cover"]
    assert abs(_at(cover, "For")[2] - _at(cover, "Bruno Bruins")[2] - HOUSE["cover_line"][1]) < 0.01
    # from one paragraph to the next
    pairs = [
        ("sheet", "Bilateral with Türkiye", "h1", "Classification of this chapter", "muted"),
        ("sheet", "Objectives", "h2", "Secure Türkiye", "bullet"),
        ("sheet", "The Netherlands values", "bullet", "Talking points", "h2"),
        ("sheet", "Talking points", "h2", "Will certainly come up", "h3"),
        ("sheet", "Will certainly come up", "h3", "Thank the minister", "bullet"),
        ("sheet", "Thank the minister", "bullet", "May come up", "h3"),
        ("sheet", "Why does the Netherlands", "question", "Use has fallen", "answer"),
        ("sheet", "Türkiye hosts a regional", "body", "NOT FOR DISCLOSURE", "secret_head"),
        ("sheet", "NOT FOR DISCLOSURE", "secret_head", "Internal: the embassy", "secret"),
        ("country", "Official name", "small", "Türkiye is a key partner", "body"),
        ("country", "Dr Ayşe Yılmaz", "h3", "Minister of Health, Türkiye", "muted"),
        ("country", "Minister of Health, Türkiye", "muted", "Ayşe Yılmaz has led", "body"),
        ("country", "Ayşe Yılmaz has led", "body", "She trained as a surgeon", "body"),
        ("speech", "Opening plenary", "h2", "Wednesday 19 June 2019", "muted"),
        ("speech", "Excellencies", "speech", "Welcome to Noordwijk", "speech"),
    ]
    for page, upper, upper_kind, lower, lower_kind in pairs:
        gap = _at(pages[page], upper)[2] - _at(pages[page], lower)[2]
        assert abs(gap - _gap(upper_kind, lower_kind)) < 0.01, (upper, lower, gap, _gap(upper_kind, lower_kind))


def test_the_text_stands_inside_the_house_margins(world, tmp_path, read_pack):
    # A4, margins 25 mm left, 22 mm right, 27 mm top: a chapter's heading starts at the left margin with its first
    # baseline its size (17 pt) under the top margin; the contents' page numbers end at the right margin
    import re
    import subprocess

    from reportlab.lib.units import mm

    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "pack.pdf")
    pack = read_pack(result.path)
    width, height = 210 * mm, 297 * mm
    for opening in ("Bilateral with Türkiye", "Country brief: Türkiye", "Speaking notes", "Annex: contacts"):
        text, x, y, size = _at(_runs(pack, _page(pack, opening)), opening)
        assert abs(x - 25 * mm) < 0.01 and abs(y - (height - 27 * mm - HOUSE["h1"][0])) < 0.01, (opening, x, y)
    page = _page(pack, "Contents") + 1
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(result.path), "-"],
                          capture_output=True, text=True, check=True).stdout
    # (the page's own number, in the furniture under the text block, left out)
    numbers = [float(x1) for x1, y1, word in re.findall(r'xMax="([\d.]+)" yMax="([\d.]+)">(\d+)</word>', html)
               if float(x1) > width / 2 and float(y1) < height - 24 * mm]
    assert len(numbers) >= 10
    assert [x1 for x1 in numbers if abs(x1 - (width - 22 * mm)) > 0.05] == [], width - 22 * mm


def test_the_draft_mark_and_the_recipients_name_are_light_solid_tints(world, tmp_path, read_pack):
    # printed in the solid colour a 22 % mark of its grey-blue shows on white paper, not with transparency (a
    # PostScript printer would flatten the page into a picture): 1 − 0.22 + 0.22 × each of its red, green, blue
    import re

    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en", watermark=True),
                        tmp_path / "w.pdf")
    ink = read_pack(result.path).marks_ink().decode("latin-1")
    fills = [tuple(float(c) for c in m) for m in re.findall(r"(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) rg", ink)]

    def tint(*rgb):
        return tuple(round(1 - 0.22 + c * 0.22, 4) for c in rgb)

    assert fills == [tint(0.62, 0.66, 0.72), tint(0.30, 0.34, 0.40)], fills  # the mark, then the name
    assert "/ca" not in ink and "/CA" not in ink
