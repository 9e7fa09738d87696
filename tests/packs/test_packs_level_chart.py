"""A country's stage on an ordered scale of levels, drawn as a row of boxes in its country brief (issue 22:
mutants of ``briefer/packs/charts.py`` — no test looked at what the chart shows, only at the room it takes).

What the minister reads at a glance: one box per level, left to right in the scale's order, the levels up to the
country's filled in the pack's dark blue and the rest white, the country's own level outlined in a heavier dark-blue
line and named in bold; each level's code centred in its box, white on the blue, grey on the white. Read back from
the PDF's drawing operators (rectangles, colours, line widths, text positions and fonts); every expected position is
computed from the chart's size (80 × 11 mm, 2 pt between the boxes) and the pack's margins, none copied from a run."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm

from briefer.packs import PackOptions, build_pack
from briefer.packs.styles import ACCENT, MARGIN_LEFT, MUTED, RULE

CHART_W, CHART_H, GAP = 80 * mm, 11 * mm, 2
BOX_W, BOX_H = (CHART_W - 4 * GAP) / 5, CHART_H - 2


def rgb(colour) -> tuple[float, ...]:
    return tuple(round(c, 3) for c in (colour.red, colour.green, colour.blue))


def _mul(a, b):
    """The product of two PDF matrices [a b c d e f] (a applied first)."""
    return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3], a[2] * b[0] + a[3] * b[2],
            a[2] * b[1] + a[3] * b[3], a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]]


def drawn(reader, page) -> tuple[list[dict], list[dict]]:
    """The rectangles (page x, y, width, height, fill, stroke, line width, how painted: ``B``/``B*`` filled and
    outlined, ``f`` filled only, ``S`` outlined only) and the text runs (text, page x, y, font's BaseFont, size,
    fill) of ``page``, in drawing order."""
    from pypdf.generic import ContentStream

    fonts = {name: str(ref.get_object()["/BaseFont"]).split("+")[-1]
             for name, ref in page["/Resources"]["/Font"].items()}
    rects, texts = [], []
    ctm, stack = [1, 0, 0, 1, 0, 0], []
    fill, stroke, width, font, size, tm = (0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 1.0, "", 0.0, [1, 0, 0, 1, 0, 0]
    for args, op in ContentStream(page.get_contents(), reader).operations:
        if op == b"q":
            stack.append((ctm, fill, stroke, width))
        elif op == b"Q":
            ctm, fill, stroke, width = stack.pop()
        elif op == b"cm":
            ctm = _mul([float(a) for a in args], ctm)
        elif op == b"rg":
            fill = tuple(round(float(a), 3) for a in args)
        elif op == b"RG":
            stroke = tuple(round(float(a), 3) for a in args)
        elif op == b"w":
            width = float(args[0])
        elif op == b"re":
            x, y, w, h = (float(a) for a in args)
            rects.append({"x": ctm[0] * x + ctm[4], "y": ctm[3] * y + ctm[5], "w": ctm[0] * w, "h": ctm[3] * h,
                          "fill": fill, "stroke": stroke, "width": width, "paint": ""})
        elif op in (b"B", b"B*", b"b", b"b*", b"f", b"f*", b"F", b"S", b"s") and rects and not rects[-1]["paint"]:
            rects[-1]["paint"] = op.decode()
        elif op == b"Tm":
            tm = [float(a) for a in args]
        elif op == b"Tf":
            font, size = fonts.get(str(args[0]), str(args[0])), float(args[1])
        elif op == b"Tj":
            at = _mul(tm, ctm)
            texts.append({"text": str(args[0]), "x": at[4], "y": at[5], "font": font, "size": size, "fill": fill})
    return rects, texts


def chart_on(pack, opening: str) -> tuple[list[dict], list[dict]]:
    """The chart's boxes and their labels on the page that opens with ``opening``."""
    index = next(i for i, t in enumerate(pack.texts) if t.startswith(opening))
    rects, texts = drawn(pack.reader, pack.reader.pages[index])
    boxes = [r for r in rects if abs(r["h"] - BOX_H) < 0.5 and abs(r["w"] - BOX_W) < 5]
    assert boxes, f"no chart on the page of {opening!r}"
    bottom, top = boxes[0]["y"], boxes[0]["y"] + BOX_H
    labels = [t for t in texts if bottom <= t["y"] <= top and len(t["text"].strip()) == 1]
    return boxes, labels


def test_a_country_s_stage_is_drawn_as_filled_boxes_up_to_its_own_level(world, tmp_path, read_pack):
    # Türkiye is at stage D of the national action plan's A–E scale, Poland at stage C
    pack = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"),
                                tmp_path / "pack.pdf").path)
    blue, white, grey, rule = rgb(ACCENT), rgb(colors.white), rgb(MUTED), rgb(RULE)
    for opening, reached in (("Country brief: Türkiye", "D"), ("Country brief: Poland", "C")):
        boxes, labels = chart_on(pack, opening)
        assert [t["text"] for t in labels] == list("ABCDE"), opening
        assert len(boxes) == 5, opening
        # the chart starts at the text's left margin, 80 mm wide, its boxes 2 pt apart and all on one line
        bottom = boxes[0]["y"]
        for i, box in enumerate(boxes):
            assert abs(box["x"] - (MARGIN_LEFT + i * (BOX_W + GAP))) < 0.01, (opening, i, box)
            assert abs(box["w"] - BOX_W) < 0.01 and abs(box["h"] - BOX_H) < 0.01, (opening, i, box)
            assert abs(box["y"] - bottom) < 0.01, (opening, i, box)
            assert box["paint"] in ("B", "B*"), (opening, i, box)  # each box filled and outlined
        assert abs(boxes[-1]["x"] + BOX_W - (MARGIN_LEFT + CHART_W)) < 0.01
        for code, box, label in zip("ABCDE", boxes, labels):
            up_to = code <= reached
            own = code == reached
            assert box["fill"] == (blue if up_to else white), (opening, code, box)
            assert box["stroke"] == (blue if own else rule), (opening, code, box)
            assert box["width"] == (1.4 if own else 0.6), (opening, code, box)
            # the code in the middle of its box: white on blue, grey on white; bold for the country's own level
            assert label["fill"] == (white if up_to else grey), (opening, code, label)
            assert label["font"] == ("DejaVuSans-Bold" if own else "DejaVuSans"), (opening, code, label)
            assert label["size"] == 10, (opening, code, label)
            letter = pack_width(label["text"], own)
            assert abs(label["x"] + letter / 2 - (box["x"] + BOX_W / 2)) < 0.01, (opening, code, label, box)
            assert abs(label["y"] - (box["y"] + BOX_H / 2 - 3.5)) < 0.01, (opening, code, label, box)


def test_the_chart_keeps_a_point_of_air_above_and_below_its_boxes(world, tmp_path, read_pack):
    # the boxes stand 1 pt inside the chart's 11 mm: the stage's words follow 3 pt under the chart, so the
    # boxes' bottom is 4 pt above the top of the line that names the stage
    from briefer.packs.fonts import ensure_fonts
    from briefer.packs.styles import make_styles

    ensure_fonts()
    body = make_styles().body
    pack = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"),
                                tmp_path / "pack.pdf").path)
    boxes, _ = chart_on(pack, "Country brief: Türkiye")
    index = next(i for i, t in enumerate(pack.texts) if t.startswith("Country brief: Türkiye"))
    _, texts = drawn(pack.reader, pack.reader.pages[index])
    stage = next(t for t in texts if t["text"].strip() == "D" and t["size"] == body.fontSize)
    # reportlab sets a paragraph's first baseline its font size under the paragraph's top
    line_top = stage["y"] + body.fontSize
    assert abs(boxes[0]["y"] - (line_top + 3 + 1)) < 0.01, (boxes[0]["y"], line_top)
    # and the heading above: the chart's top is 1 pt above the boxes' top
    heading = next(t for t in texts if t["text"].startswith("National action plan"))
    assert heading["y"] > boxes[0]["y"] + BOX_H + 1


def pack_width(text: str, bold: bool) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from briefer.packs.fonts import BOLD, REGULAR, ensure_fonts

    ensure_fonts()
    return stringWidth(text, BOLD if bold else REGULAR, 10)
