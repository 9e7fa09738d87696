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


# ---------------------------------------------------------------- boxes, spoken lists, the contents, the one-meeting brief
# (fifteenth session: the mutants of styles.py that changed a box's padding, a spoken list's indents, the space above
# the contents' heading, or the one-meeting brief's tighter type, and that no test above could see)

def _page_shapes(pack, index: int) -> tuple[list[tuple[float, float, float, float]], list[tuple[str, float, float, float]]]:
    """The filled rectangles of page ``index`` as (left, bottom, right, top), and its text runs as :func:`_runs`."""
    rects, runs = [], []

    def op(operator, args, cm, tm):
        if operator == b"re":
            x, y, w, h = (float(a) for a in args)
            x0, y0 = cm[4] + cm[0] * x, cm[5] + cm[3] * y
            x1, y1 = x0 + cm[0] * w, y0 + cm[3] * h
            rects.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))

    def text(t, cm, tm, font, size):
        if t.strip():
            runs.append((t.strip(), tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], size))

    pack.reader.pages[index].extract_text(visitor_operand_before=op, visitor_text=text)
    return rects, runs


def _box_around(rects, y: float) -> tuple[float, float, float, float]:
    return next(r for r in rects if r[1] < y < r[3])


def _close(actual: float, expected: float, what) -> None:
    assert abs(actual - expected) < 0.01, (what, actual, expected)


def _extras(world):
    """The world with what it lacks: the point of the Türkiye meeting, a second internal background line, a spoken
    list in the opening speech (its first item long enough to wrap)."""
    from briefer.model import BackgroundItem

    store = world.store
    brief = store.meeting_briefs.list(meeting_id=world.meetings["tur"].id)[0]
    store.meeting_briefs.update(brief.evolve(
        point="Get Türkiye to co-sign the One Health declaration today.",
        background=[*brief.background, BackgroundItem(text="Internal: the minister's adviser changed in May.", usable=False)]))
    opening = store.sessions.get(world.sessions["opening"].id)
    store.sessions.update(opening.evolve(speaking_notes=(
        "Excellencies, ladies and gentlemen,\n\nWelcome to Noordwijk.\n"
        "- Thank the hosts of this conference, the World Health Organization and every delegation that came this far.\n"
        "- Name the three goals of the day.\n\nThank you.")))


def test_boxes_spoken_lists_and_the_contents_stand_in_the_house_style(world, tmp_path, read_pack):
    from reportlab.lib.units import mm

    _extras(world)
    pack = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"),
                                tmp_path / "pack.pdf").path)
    width, height = 210 * mm, 297 * mm
    left, right = 25 * mm, width - 22 * mm
    # the cover: the conference (subtitle: 13 pt on 17) over 4 pt of space after it, a 4 pt spacer, then the title
    cover = _runs(pack, 0)
    _close(_at(cover, "Second Global Ministerial")[2] - _at(cover, "Briefing pack")[2], (17 - 13) + 4 + 4 + 26, "cover")
    # the contents' heading stands 6 mm lower than a chapter's: its first baseline 27 mm + 6 mm + 17 pt from the top
    contents = _at(_runs(pack, _page(pack, "Contents")), "Contents")
    _close(contents[2], height - 27 * mm - 6 * mm - 17, "contents heading")

    # the point (12 pt on 16, 6 pt before, 14 after) boxed 6 pt above and below its text, 8 pt either side; its text
    # indented 8 pt, so the box is as wide as the text block
    rects, sheet = _page_shapes(pack, _page(pack, "Bilateral with Türkiye"))
    point = _at(sheet, "The point:")
    assert point[3] == 12 and abs(point[1] - (left + 8)) < 0.01, point
    _close(_at(sheet, "Brief status")[2] - point[2], (13.6 - 9.5) + max(5, 6) + 12, "status to point")
    box = _box_around(rects, point[2])
    for got, want, what in ((box[0], left, "left"), (box[2], right, "right"), (box[3], point[2] + 12 + 6, "top"),
                            (box[1], point[2] - (16 - 12) - 6, "bottom")):
        _close(got, want, ("point box", what))
    # a confidential passage: indented 6 pt on both sides, boxed 4 pt above and below, 6 pt either side (so the box is
    # as wide as the text block too); two of them 8 pt apart (the larger of 8 after and 4 before)
    first, second = _at(sheet, "Internal: the embassy"), _at(sheet, "Internal: the minister's adviser")
    _close(first[2] - second[2], (13.6 - 9.5) + max(8, 4) + 9.5, "secret to secret")
    for line in (first, second):
        box = _box_around(rects, line[2])
        for got, want, what in ((box[0], left, "left"), (box[2], right, "right"), (box[3], line[2] + 9.5 + 4, "top"),
                                (box[1], line[2] - (13.6 - 9.5) - 4, "bottom")):
            _close(got, want, ("confidential box", line[0], what))

    # a list in a speech: 14 pt on 21, its bullets 4 pt in, its text 20 pt in (the wrapped lines show it), 9 pt apart
    speech = _runs(pack, _page(pack, "Speaking notes"))
    bullets = [r for r in speech if r[0] == "•"]
    assert len(bullets) == 2 and all(abs(b[1] - (left + 4)) < 0.01 and b[3] == 14 for b in bullets), bullets
    thank = _at(speech, "Thank the hosts")
    wrapped = next(r for r in speech if thank[2] - 22 < r[2] < thank[2] - 20)  # the item's second line, 21 pt lower
    _close(wrapped[1], left + 20, "a spoken item's second line")
    assert thank[3] == wrapped[3] == _at(speech, "Name the three goals")[3] == 14
    _close(_at(speech, "Welcome to Noordwijk")[2] - thank[2], (21 - 14) + max(10, 0) + 14, "speech to list")
    _close(wrapped[2] - _at(speech, "Name the three goals")[2], (21 - 14) + 9 + 14, "item to item")
    _close(_at(speech, "Name the three goals")[2] - _at(speech, "Thank you")[2], (21 - 14) + 9 + 14, "list to speech")

    # a programme row: the item's title (a table cell's text, 8.8 pt on 11.6) right over its room and role (small,
    # 8 pt): no space between them
    programme = _runs(pack, _page(pack, "Programme"))
    title = _at(programme, "Opening plenary")
    detail = next(r for r in programme if r[0].startswith("Room:") and r[2] < title[2])
    _close(title[2] - detail[2], (11.6 - 8.8) + 0 + 8, "a programme item's title to its room")
    # the contacts' heading row: its words (8.5 pt on 11) 3 pt under the row's top, "Country / organisation" on two
    # lines, the first contact 4 + 3 pt of padding under the row's last line
    annex = _runs(pack, _page(pack, "Annex: contacts"))
    name, country, organisation = _at(annex, "Name"), _at(annex, "Country /"), _at(annex, "organisation")
    assert name[3] == country[3] == 8.5 and abs(name[2] - country[2]) < 0.01, (name, country)
    _close(country[2] - organisation[2], 11, "a heading cell's two lines")
    _close(organisation[2] - _at(annex, "Anne de Vries")[2], (11 - 8.5) + 4 + 3 + 8.8, "heading row to the first contact")


#: the one-meeting brief's type: 0.9 of the pack's size, its lines 0.86 of their distance, 0.6 of the space around a
#: paragraph — but a boxed paragraph keeps its box's padding and 2 pt more above and below it
COMPACT_SIZE, COMPACT_LEADING, COMPACT_SPACE = 0.9, 0.86, 0.6


def test_the_one_meeting_brief_is_set_tighter_and_keeps_room_around_its_boxes(world, tmp_path, read_pack):
    from briefer.model import MeetingStatus

    _extras(world)
    store = world.store
    tur = read_pack(build_pack(store, PackOptions(recipient_id=world.minister.id, meeting_id=world.meetings["tur"].id,
                                                  lang="en"), tmp_path / "tur.pdf").path)
    assert tur.pages == 1
    rects, sheet = _page_shapes(tur, 0)
    size = lambda kind: HOUSE.get(kind, {"point": (12, 16), "banner": (13, 17)}.get(kind))[0] * COMPACT_SIZE  # noqa: E731
    lead = lambda kind: HOUSE.get(kind, {"point": (12, 16), "banner": (13, 17)}.get(kind))[1] * COMPACT_LEADING  # noqa: E731
    point, status = _at(sheet, "The point:"), _at(sheet, "Brief status")
    assert abs(point[3] - size("point")) < 0.01 and abs(status[3] - size("muted")) < 0.01, (point, status)
    # the point's box (padding 6 pt) with 6 + 2 pt above it: clear of the status line over it
    _close(status[2] - point[2], (lead("muted") - size("muted")) + max(5 * COMPACT_SPACE, 6 + 2) + size("point"),
           "status to point")
    box = _box_around(rects, point[2])
    _close(box[3], point[2] + size("point") + 6, "point box top")
    _close(box[1], point[2] - (lead("point") - size("point")) - 6, "point box bottom")
    # under it, with 14 × 0.6 = 8.4 pt (more than the 6 + 2 its box needs), the meeting's table: its text 3 pt under
    # the row's top, its rows the cell's line and 3 + 4 pt of padding apart
    time, room = _at(sheet, "Time"), _at(sheet, "Room")
    _close(point[2] - time[2], (lead("point") - size("point")) + max(14 * COMPACT_SPACE, 6 + 2) + 3 + size("cell_head"),
           "point to table")
    _close(time[2] - room[2], lead("cell") + 3 + 4, "table row")
    _close(room[2] - _at(sheet, "Status")[2], lead("cell") + 3 + 4, "table row")

    # a cancelled meeting's brief: the banner (13 pt on 17, padded 5 pt above and below, 4 before, 12 after) under the
    # heading, with room for its box on both sides
    store.meetings.update(store.meetings.get(world.meetings["pol"].id).evolve(status=MeetingStatus.CANCELLED))
    pol = read_pack(build_pack(store, PackOptions(recipient_id=world.minister.id, meeting_id=world.meetings["pol"].id,
                                                  lang="en"), tmp_path / "pol.pdf").path)
    rects, sheet = _page_shapes(pol, 0)
    heading, banner, marking = (_at(sheet, "Bilateral with Poland"), _at(sheet, "CANCELLED"),
                                _at(sheet, "Classification of this chapter"))
    assert abs(banner[3] - size("banner")) < 0.01, banner
    _close(heading[2] - banner[2], (lead("h1") - size("h1")) + max(10 * COMPACT_SPACE, 5 + 2, 4 * COMPACT_SPACE)
           + size("banner"), "heading to banner")
    _close(banner[2] - marking[2], (lead("banner") - size("banner")) + max(12 * COMPACT_SPACE, 5 + 2) + size("muted"),
           "banner to marking")
    box = _box_around(rects, banner[2])
    _close(box[3], banner[2] + size("banner") + 5, "banner box top")
    _close(box[1], banner[2] - (lead("banner") - size("banner")) - 5, "banner box bottom")


def test_an_addendum_says_which_pages_a_part_replaces_in_small_type(world, tmp_path, read_pack):
    from briefer.model import MeetingStatus

    from packs_world import utc

    store = world.store
    first = build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "pack.pdf")
    grc = store.meetings.get(world.meetings["grc"].id)
    store.meetings.update(grc.evolve(start=utc(2019, 6, 20, 12, 0), end=utc(2019, 6, 20, 12, 30)))
    store.meetings.update(store.meetings.get(world.meetings["pol"].id).evolve(status=MeetingStatus.CANCELLED))
    pack = read_pack(build_pack(store, PackOptions(changes_since=first.number, lang="en"), tmp_path / "add.pdf").path)
    rects, sheet = _page_shapes(pack, next(i for i, t in enumerate(pack.texts) if "Meeting sheet: replaces page" in t))
    line = next(r for r in sheet if "replaces page" in r[0])
    heading = next(r for r in sheet if r[0] == "Bilateral with Greece" and r[3] == 17)
    # the part's first line: 9 pt on 12, on a light tint padded 3 pt above and below it, then the sheet's heading
    assert line[3] == 9, line
    box = _box_around(rects, line[2])
    _close(box[3], line[2] + 9 + 3, "tint top")
    _close(box[1], line[2] - (12 - 9) - 3, "tint bottom")
    _close(line[2] - heading[2], (12 - 9) + 8 + 17, "replaces line to the sheet's heading")


def test_a_one_meeting_brief_set_tighter_has_every_space_tightened_alike(demo_store, tmp_path, read_pack):
    # the demo's bilateral with Indonesia runs a few lines onto a second page, so it is set once more with its lines
    # 0.9 × and the space around its paragraphs 0.9³ × the one-meeting brief's: even the 2 pt under the small
    # "For: …" lines becomes 2 × 0.6 × 0.9³ = 0.87 pt (a boxed paragraph alone keeps a floor: its box's room)
    squeeze = 0.9
    meeting = next(m for m in demo_store.meetings.list() if m.counterpart_country == "IDN" and m.start.day == 19)
    pack = read_pack(build_pack(demo_store, PackOptions(meeting_id=meeting.id, lang="en"), tmp_path / "idn.pdf").path)
    assert pack.pages == 1
    runs = _runs(pack, 0)
    heading, marking = _at(runs, "Bilateral with Indonesia"), _at(runs, "Classification of this chapter")
    printed = max((r for r in runs if r[2] > heading[2]), key=lambda r: -r[2])  # the "For: …" paragraph's last line
    assert abs(printed[3] - 8 * COMPACT_SIZE) < 0.01, printed
    small = (10.5 * COMPACT_LEADING * squeeze - 8 * COMPACT_SIZE) + 2 * COMPACT_SPACE * squeeze ** 3
    _close(printed[2] - heading[2], small + 6 + 17 * COMPACT_SIZE, "front matter to heading")  # a 6 pt spacer between
    _close(heading[2] - marking[2], (21 * COMPACT_LEADING * squeeze - 17 * COMPACT_SIZE) + 10 * COMPACT_SPACE * squeeze ** 3
           + 9.5 * COMPACT_SIZE, "heading to marking")
