"""The contents page and the bookmarks as a reader uses them: every line gives the page its entry starts on,
the number at the right margin on the line's own height, a click on the line goes to that page; the
bookmarks open with each chapter's parts showing."""

from __future__ import annotations

import re
import subprocess

import pytest

from briefer.packs import PackOptions, build_pack
from briefer.packs.styles import MARGIN_BOTTOM, MARGIN_RIGHT, PAGE


def _pack(world, tmp_path, read_pack):
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "p.pdf")
    return result.path, read_pack(result.path)


def _words(path, page: int) -> list[tuple[str, float, float, float]]:
    """(word, xMax, yMin, yMax) of every word on ``page`` (1-based), top-down coordinates (pdftotext)."""
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    return [(w, float(x1), float(y0), float(y1)) for _x0, y0, x1, y1, w in
            re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out)]


def test_each_contents_line_gives_the_page_its_entry_starts_on(world, tmp_path, read_pack):
    _, pack = _pack(world, tmp_path, read_pack)
    contents = pack.outline[0]
    assert contents[1] == "Contents"
    entries = pack.outline[1:]
    assert len(entries) > 15
    # in the order of the outline, each title followed by the page where it starts
    expected = " ".join(f"{title} {page}" for _, title, page in entries)
    assert expected in pack.texts[contents[2] - 1]


def test_the_page_numbers_stand_at_the_right_margin_on_their_titles_lines(world, tmp_path, read_pack):
    path, pack = _pack(world, tmp_path, read_pack)
    words = _words(path, pack.outline[0][2])
    right = PAGE[0] - MARGIN_RIGHT
    body = PAGE[1] - MARGIN_BOTTOM  # above the footer and its "page 2 of 14"
    numbers = [w for w in words if w[0].isdigit() and w[1] > right - 20 and w[3] < body]
    assert [int(w[0]) for w in numbers] == [page for _, _, page in pack.outline[1:]]
    for word, x_max, top, bottom in numbers:
        assert abs(x_max - right) < 0.5, (word, x_max)
        # a title's word on the same line: its box and the number's overlap by most of a line
        line = [w for w in words if w[1] < right - 40 and min(bottom, w[3]) - max(top, w[2]) > 6]
        assert line, (word, top)


def test_a_click_on_a_contents_line_goes_to_the_page_it_names(world, tmp_path, read_pack):
    _, pack = _pack(world, tmp_path, read_pack)
    reader = pack.reader
    page = reader.pages[pack.outline[0][2] - 1]
    links = [a.get_object() for a in page.get("/Annots", [])]
    links = [a for a in links if a.get("/Subtype") == "/Link"]
    assert len(links) == len(pack.outline) - 1
    # top to bottom, as the lines are
    links.sort(key=lambda a: -float(a["/Rect"][3]))
    targets = [reader.get_page_number(a["/Dest"][0].get_object()) + 1 for a in links]
    assert targets == [p for _, _, p in pack.outline[1:]]
    for link in links:  # a whole line is the link, from the left margin to the number
        x0, _, x1, _ = (float(v) for v in link["/Rect"])
        assert x1 - x0 > 400
    # and draws no frame round the line: a viewer that shows link borders would box every contents line
    assert all([float(v) for v in link["/Border"]][:3] == [0, 0, 0] for link in links), [l.get("/Border") for l in links]


def test_the_bookmarks_open_with_each_chapters_parts_showing(world, tmp_path, read_pack):
    _, pack = _pack(world, tmp_path, read_pack)
    outlines = pack.reader.trailer["/Root"]["/Outlines"].get_object()
    item, chapters = outlines["/First"].get_object(), {}
    while True:
        children, child = 0, item.get("/First")
        while child is not None:
            children += 1
            child = child.get_object().get("/Next")
        chapters[str(item["/Title"])] = (children, item.get("/Count"))
        if "/Next" not in item:
            break
        item = item["/Next"].get_object()
    with_parts = {title: v for title, v in chapters.items() if v[0]}
    assert len(with_parts) >= 5
    # a positive count: the chapter is open in the viewer's bookmarks, its parts listed under it
    assert all(count == children for children, count in with_parts.values()), with_parts


def test_each_chapter_opens_with_its_heading_at_the_top_of_the_text(world, tmp_path, read_pack):
    # the bookmark marks in front of each chapter take no room: the heading's first line stands at the top margin,
    # its baseline its size under it — on every chapter's first page alike (and the day that opens a page of its own)
    from briefer.packs.fonts import ensure_fonts
    from briefer.packs.styles import MARGIN_TOP, make_styles

    ensure_fonts()
    s = make_styles()
    _, pack = _pack(world, tmp_path, read_pack)
    top = PAGE[1] - MARGIN_TOP
    opening = [(title, page, s.h1.fontSize) for level, title, page in pack.outline if level == 0 and title != "Contents"]
    opening += [("Thursday 20 June 2019", next(p for _, t, p in pack.outline if t == "Thursday 20 June 2019"), s.h2.fontSize)]
    assert len(opening) >= 6
    for title, page, size in opening:
        first = []

        def visit(text, cm, tm, font, fsize):
            if text.strip() and not first and fsize == size:
                first.append((text.strip(), tm[5] * cm[3] + cm[5]))

        pack.reader.pages[page - 1].extract_text(visitor_text=visit)
        assert first and first[0][0] == title, (title, first)
        assert abs(first[0][1] - (top - size)) < 0.01, (title, first[0][1], top - size)


def test_the_contents_lines_stand_at_the_margin_evenly_spaced_with_their_numbers_on_their_baselines(world, tmp_path, read_pack):
    # a chapter's line (10 pt bold, 14 pt leading) at the left margin, its parts' lines (9 pt, 12.5 pt leading)
    # indented 14 pt; 3 pt between one line and the next, 6 pt more above a chapter's line; and each page number
    # on its title's baseline (it stood 1 pt under it until the fourteenth session: see docs/mutation-testing.md,
    # thirteenth session) — a part's number and title are both 9 pt, so their boxes are the same
    from reportlab.lib.units import mm

    path, pack = _pack(world, tmp_path, read_pack)
    page = next(p for _, t, p in pack.outline if t == "Contents")
    runs = []

    def visit(text, cm, tm, font, size):
        if text.strip() and size in (9, 10) and tm[5] * cm[3] + cm[5] > 0:  # (the page numbers are forms: at 0)
            runs.append((text.strip(), tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], size))

    pack.reader.pages[page - 1].extract_text(visitor_text=visit)
    lines = [r for r in runs if r[1] < PAGE[0] / 2]
    assert len(lines) >= 15
    left = 25 * mm
    for (text, x, y, size), below in zip(lines, lines[1:] + [None]):
        assert abs(x - (left if size == 10 else left + 14)) < 0.01, (text, x)
        if below is not None:
            leading = 14 if size == 10 else 12.5
            gap = leading + 3 + (6 if below[3] == 10 else 0) + below[3] - size
            assert abs((y - below[2]) - gap) < 0.01, (text, below[0], y - below[2], gap)
    words = _words(path, page)
    checked = 0
    for (word, x1, y0, y1), nxt in zip(words, words[1:]):
        if nxt[0].isdigit() and word in ("sheet", "Biographies", "plenary"):
            assert (round(y0, 2), round(y1, 2)) == (round(nxt[2], 2), round(nxt[3], 2)), (word, nxt)
            checked += 1
    assert checked >= 5


def test_the_contents_lines_click_areas_fill_the_text_width_and_leave_no_gap_between_them(world, tmp_path, read_pack):
    # each line's link runs from the left margin (25 mm) to the right one (22 mm from the edge), and from the top of
    # its line to the top of the next: a click anywhere on the contents, between two lines too, goes somewhere
    from reportlab.lib.units import mm

    _, pack = _pack(world, tmp_path, read_pack)
    page = pack.reader.pages[pack.outline[0][2] - 1]
    links = [a.get_object() for a in page.get("/Annots", [])]
    rects = sorted(([float(v) for v in a["/Rect"]] for a in links if a.get("/Subtype") == "/Link"), key=lambda r: -r[3])
    assert len(rects) >= 15
    for (x0, y0, x1, y1), below in zip(rects, rects[1:] + [None]):
        assert abs(x0 - 25 * mm) < 0.01 and abs(x1 - (PAGE[0] - MARGIN_RIGHT)) < 0.01, (x0, x1)
        if below is not None:
            assert abs(y0 - below[3]) < 0.01, (y0, below[3])


@pytest.mark.parametrize("past", [0.5, -0.5])
def test_a_contents_title_a_point_too_long_for_its_line_goes_on_under_it_clear_of_the_page_number(world, tmp_path,
                                                                                                 past):
    """The page number has the line's last half inch to itself: a title (an attachment's, as the user typed it)
    that would end half a point inside that column breaks before it instead of running up to the number; one
    that ends half a point before it stays on its line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from briefer.packs.fonts import REGULAR, ensure_fonts
    from briefer.packs.styles import MARGIN_LEFT, MARGIN_TOP, make_styles

    ensure_fonts()
    toc2 = make_styles().toc2
    right = PAGE[0] - MARGIN_RIGHT
    column = right - 36  # where the page number's column begins
    room = column - (MARGIN_LEFT + toc2.leftIndent)
    prefix = "Attachment: "

    # a file name as a title (no space in it to break at) whose line ends within half a point of `past` pt past
    # the column's start
    def width(text: str) -> float:
        return stringWidth(prefix + text, REGULAR, toc2.fontSize)

    token = next(t for t in ("PolishAMRstrategy" + "m" * m + "t" * n + "l" * k for m in range(80) for n in range(6)
                             for k in range(6)) if abs(width(t) - (room + past)) < 0.5)
    attachment = next(a for a in world.store.attachments.list() if a.title == "Polish AMR strategy")
    world.store.attachments.update(attachment.evolve(title=token))
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "p.pdf")
    words = _words(result.path, 2)
    [(_, _, label_top, _)] = [w for w in words if w[0] == "Attachment:"]
    [(_, _, token_top, _)] = [w for w in words if w[0] == token]
    if past > 0:
        assert token_top > label_top + 5  # the file name went on under "Attachment:"
    else:
        assert abs(token_top - label_top) < 1  # it fits beside "Attachment:"
    # the contents' words in the text block (not the running header or the footer), page numbers aside
    titles = [w for w in words if not w[0].isdigit() and MARGIN_TOP < w[2] and w[3] < PAGE[1] - MARGIN_BOTTOM]
    assert all(x_max <= column + 0.01 for _, x_max, _, _ in titles), [w for w in titles if w[1] > column]

