"""The one-meeting brief: no second sheet for its last few lines (set a little tighter when that makes it
fit one page), and the boxed point never drawn over the line above it."""

from __future__ import annotations

from briefer.packs import PackOptions, build_pack
from packs_world import ReadPack


def _indonesia(store):
    return next(m for m in store.meetings.list() if m.counterpart_country == "IDN" and m.start.day == 19)


def test_a_brief_a_few_lines_too_long_is_set_tighter_and_fits_one_page(demo_store, tmp_path):
    # the demo's bilateral with Indonesia ran its press line alone onto a second page
    meeting = _indonesia(demo_store)
    for lang, last in (("en", "Press line"), ("nl", "Woordvoering")):
        result = build_pack(demo_store, PackOptions(meeting_id=meeting.id, lang=lang), tmp_path / f"{lang}.pdf")
        pack = ReadPack(result.path)
        assert pack.pages == 1, lang
        assert last in pack.texts[0] and "work closely together on AMR" in pack.texts[0]


def test_the_point_box_stays_clear_of_the_line_above(demo_store, tmp_path):
    meeting = _indonesia(demo_store)
    page = ReadPack(build_pack(demo_store, PackOptions(meeting_id=meeting.id, lang="en"), tmp_path / "b.pdf").path).reader.pages[0]
    rects, lines = [], []

    def op(operator, args, cm, tm):
        if operator == b"re":
            x, y, w, h = (float(a) for a in args)
            rects.append((cm[5] + cm[3] * y, cm[5] + cm[3] * (y + h)))

    def text(t, cm, tm, font, size):
        if t.strip():
            lines.append((t.strip(), tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_operand_before=op, visitor_text=text)
    above = next(y for t, y in lines if t.startswith("Brief status"))
    point = next(y for t, y in lines if t.startswith("The point"))
    box = next((lo, hi) for lo, hi in rects if min(lo, hi) < point < max(lo, hi))
    assert max(box) < above - 2, (box, above)  # the box's top stays below the status line's descenders
