"""The draft mark and the recipient's name as they stand on the page: drawn as filled glyph outlines, centred across
the middle of the page, each as wide as its words set in the pack's font, the name under the mark (issue 22: mutants
of ``briefer/packs/outlines.py`` that the tests of the marks' presence let through).

Read back from the PDF: the marks are one form that every page draws; its content stream holds the rotation about
the page's centre, then per run of text one path (``m``/``l``/``c``/``h``) and its fill. The paths' coordinates are
those of the rotated mark, centred on x = 0: a mark set off-centre, squashed, or with one run of text drawn over the
other shows in them."""

from __future__ import annotations

import re

from briefer.packs import PackOptions, build_pack
from briefer.packs.fonts import BOLD, CJK, REGULAR

PAINT = {"f", "f*", "F", "S", "s", "B", "B*", "b", "b*"}


def _marks(read_pack, path, ops: list | None = None) -> list[tuple[str, list[tuple[float, float]]]]:
    """Each path of the marks' form: (its painting operator, the points it goes through, control points included);
    ``ops`` gets each path's construction operators in order (``m`` starts a contour, ``l`` a straight edge, ``c`` a
    curved one)."""
    data = read_pack(path).marks_ink().decode("latin-1")
    out, numbers, points, these = [], [], [], []
    for token in data.split():
        if re.fullmatch(r"-?[\d.]+", token):
            numbers.append(float(token))
            continue
        if token in ("m", "l", "c"):
            points += list(zip(numbers[0::2], numbers[1::2]))
            these.append(token)
        elif token in PAINT:
            out.append((token, points))
            if ops is not None:
                ops.append(these)
            points, these = [], []
        numbers = []
    return out


def _box(points):
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(xs), max(xs), min(ys), max(ys)


def _set(text: str, font: str, size: float, start: float, baseline: float):
    """Where ``text`` set from ``start`` on ``baseline`` puts ink, from the font file's own metrics (fontTools): its
    advance, and the box (left, right, bottom, top) of its glyphs' points — the first glyph's left edge, the last
    one's right edge."""
    from fontTools.ttLib import TTFont

    from briefer.packs.fonts import font_file

    tt = TTFont(font_file(font))
    cmap, hmtx, glyf, scale = tt.getBestCmap(), tt["hmtx"], tt["glyf"], size / tt["head"].unitsPerEm
    names = [cmap[ord(c)] for c in text]
    lefts, inked = [], []
    x = start
    for name in names:
        lefts.append(x)
        x += hmtx[name][0] * scale
    for left, name in zip(lefts, names):
        g = glyf[name]
        if g.numberOfContours:
            inked.append((left + g.xMin * scale, left + g.xMax * scale, baseline + g.yMin * scale,
                          baseline + g.yMax * scale))
    return x - start, (inked[0][0], inked[-1][1], min(b[2] for b in inked), max(b[3] for b in inked))


def _advance(text: str, font: str, size: float) -> float:
    return _set(text, font, size, 0, 0)[0]


def test_the_draft_mark_and_the_recipients_name_are_filled_outlines_centred_across_the_page(world, tmp_path, read_pack):
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en", watermark=True),
                        tmp_path / "w.pdf")
    ops: list = []
    paths = _marks(read_pack, result.path, ops)
    assert [paint for paint, _ in paths] == ["f", "f"]  # filled (non-zero: overlapping contours stay solid), not stroked
    for text, these in zip(("DRAFT", "Personal copy for Bruno Bruins"), ops):
        # each letter's contours start where they should and keep their straight and their curved edges
        assert these[0] == "m" and these.count("m") >= len(text.replace(" ", "")), text
        assert these.count("l") > these.count("m") and these.count("c") > these.count("m"), text
    (_, draft), (_, name) = paths
    # the mark in 96 pt bold on a baseline 30 pt under the page's centre line, the name in 20 pt under it; each
    # centred: its words' advance split evenly either side of the centre
    for points, text, font, size, baseline in ((draft, "DRAFT", BOLD, 96, -30),
                                               (name, "Personal copy for Bruno Bruins", REGULAR, 20, -95)):
        width = _advance(text, font, size)
        _, expected = _set(text, font, size, -width / 2, baseline)
        assert all(abs(a - b) < 0.02 for a, b in zip(_box(points), expected)), (text, _box(points), expected)


def test_a_name_in_two_scripts_is_drawn_run_after_run_on_one_line(world, tmp_path, read_pack):
    # the adviser writes her name with its Chinese characters: the watermark's Latin and CJK runs are drawn one
    # after the other, the whole line centred, neither run over the other
    store = world.store
    store.people.update(world.member.evolve(given_name="Wei", family_name="Li (李伟)"))
    result = build_pack(store, PackOptions(recipient_id=world.member.id, lang="en", watermark=True), tmp_path / "w.pdf")
    _, *runs = _marks(read_pack, result.path)
    assert [p for p, _ in runs] == ["f", "f", "f"]
    texts = (("Personal copy for Wei Li (", REGULAR), ("李伟", CJK), (")", REGULAR))
    start = -sum(_advance(t, f, 20) for t, f in texts) / 2
    for (_, points), (text, font) in zip(runs, texts):
        width, expected = _set(text, font, 20, start, -95)
        assert all(abs(a - b) < 0.02 for a, b in zip(_box(points), expected)), (text, _box(points), expected)
        start += width
