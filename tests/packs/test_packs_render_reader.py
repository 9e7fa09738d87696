"""What the reader of a printed pack sees, read back with pypdf: the file's properties, the cover, and
the furniture of every page (marking, running head, recipient, copy / version / status, folio) —
written when mutation testing first measured briefer/packs/render.py (issue 22, twelfth session)."""

from __future__ import annotations

import re

from briefer.model import Classification
from briefer.packs import PackOptions, build_pack

A4 = (0.0, 0.0, 595.2756, 841.8898)


def test_the_file_names_its_pack_recipient_marking_conference_and_language(world, tmp_path, read_pack):
    pack = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="nl"),
                                tmp_path / "nl.pdf").path)
    info = pack.reader.metadata
    # what a file manager, a PDF viewer's title bar and a screen reader show before a page is read
    assert info.title == "Briefingsmap — Bruno Bruins"
    assert (info.author, info.creator) == ("Briefer", "Briefer")
    assert info.subject == "Dep. VERTROUWELIJK" and info["/Keywords"] == "Second Global Ministerial Conference on AMR"
    assert pack.reader.trailer["/Root"]["/Lang"] == "nl-NL"
    assert {tuple(round(float(v), 4) for v in page.mediabox) for page in pack.reader.pages} == {A4}

    # the member's pack holds no classified part: its properties say so in the pack's language
    member = read_pack(build_pack(world.store, PackOptions(recipient_id=world.member.id, lang="en"),
                                  tmp_path / "en.pdf").path)
    assert member.reader.metadata.title == "Briefing pack — Anne de Vries"
    assert member.reader.metadata.subject == "UNCLASSIFIED"
    assert member.reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert member.texts[0].count("UNCLASSIFIED") >= 3  # on the cover and at the top and foot of the page


def test_the_cover_says_for_whom_which_period_marking_version_and_copy(world, tmp_path, read_pack):
    pack = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="nl"),
                                tmp_path / "nl.pdf").path)
    cover = pack.texts[0]
    facts = ["Second Global Ministerial Conference on AMR", "Briefingsmap",
             "Voor Bruno Bruins Minister voor Medische Zorg en Sport", "Periode 19–20 juni 2019",
             "Rubricering Dep. VERTROUWELIJK", "Versie 1 (Concept)", "Afgedrukt", "Exemplaar 1"]
    at = [cover.find(f) for f in facts]
    assert -1 not in at and at == sorted(at), (facts, cover)
    # the cover has no running head, only the marking and the recipient; the contents page has its head
    assert pack.header(0) == "Dep. VERTROUWELIJK Bruno Bruins"
    assert pack.header(1) == "Dep. VERTROUWELIJK Inhoud Bruno Bruins"

    final = read_pack(build_pack(world.store, PackOptions(
        recipient_id=world.minister.id, lang="en", draft=False, final_override="cleared by phone",
        classification=Classification.STG_CONFIDENTIEEL), tmp_path / "en.pdf").path)
    # the second copy, of the same content (a version is its content: the same), printed as final
    assert "Version 1 (Final)" in final.texts[0] and "Copy 2" in final.texts[0]


def test_every_page_says_whose_copy_which_version_and_whether_it_is_final(world, tmp_path, read_pack):
    draft = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="nl"),
                                 tmp_path / "d.pdf").path)
    for i, text in enumerate(draft.texts):
        assert "Exemplaar 1 · Versie 1 · Concept" in text, i
        assert draft.header(i).endswith("Bruno Bruins"), i
    final = read_pack(build_pack(world.store, PackOptions(
        recipient_id=world.minister.id, lang="en", draft=False, final_override="cleared by phone"),
        tmp_path / "f.pdf").path)
    for i, text in enumerate(final.texts):
        assert "Copy 2 · Version 1 · Final" in text and "Draft" not in text, i


def fonts_at(page, bottom: float, top: float) -> dict[str, set[str]]:
    """Text drawn between ``bottom`` and ``top`` (points from the foot of the page) → the fonts it is set in."""
    found: dict[str, set[str]] = {}

    def visit(text, cm, tm, font, size):
        y = tm[5] * cm[3] + cm[5]
        if bottom <= y <= top and text.strip() and font is not None:
            found.setdefault(text.strip(), set()).add(str(font["/BaseFont"]).split("+")[-1])

    page.extract_text(visitor_text=visit)
    return found


def test_a_recipient_named_in_chinese_leaves_the_footer_in_the_pack_font(world, tmp_path, read_pack):
    # the running head's right-hand name is set run by run, the last in the CJK font; the footer that
    # follows on the page is set in the pack's own font again, like on every other pack
    store = world.store
    store.people.update(store.people.get(world.minister.id).evolve(given_name="Bruno", family_name="王"))
    pack = read_pack(build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "p.pdf").path)
    mm = 72 / 25.4
    for i, page in enumerate(pack.reader.pages[:3]):
        head = fonts_at(page, 841.89 - 20 * mm, 841.89 - 16 * mm)
        assert head["王"] == {"DroidSansFallback"}, head  # the name's last run, in the CJK font
        foot = fonts_at(page, 12 * mm, 14 * mm)
        copy = [fonts for text, fonts in foot.items() if "Copy 1" in text]
        assert copy == [{"DejaVuSans"}], (i, foot)  # the pack font (BrieferSans is DejaVu Sans)


def fill_colours(ink: bytes) -> list[tuple[float, float, float]]:
    """The fill colours a content stream sets (``r g b rg``), in order."""
    return [tuple(round(float(v), 3) for v in m) for m in re.findall(rb"([\d.]+) ([\d.]+) ([\d.]+) rg", ink)]


def test_the_recipients_name_across_the_page_is_in_its_pale_grey_with_or_without_the_draft_mark(world, tmp_path,
                                                                                               read_pack):
    from briefer.packs import styles as st

    grey = tuple(round(v, 3) for v in st.WATERMARK.rgb())
    draft_grey = tuple(round(v, 3) for v in st.DRAFT_MARK_SOLID.rgb())
    final = read_pack(build_pack(world.store, PackOptions(
        recipient_id=world.minister.id, draft=False, final_override="cleared", watermark=True), tmp_path / "f.pdf").path)
    # a final pack: only the name is drawn, in its grey (not black across every page under the text)
    assert fill_colours(final.marks_ink()) == [grey]
    draft = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id, watermark=True),
                                 tmp_path / "d.pdf").path)
    assert fill_colours(draft.marks_ink()) == [draft_grey, grey]  # the draft mark, then the name


def test_every_page_restores_the_graphics_state_it_saves(world, tmp_path, read_pack):
    # ISO 32000 (8.4.2): a page's q and Q pair up; an unbalanced page is an error to a preflight
    # checker, and a printer's interpreter may carry the page furniture's state over into what follows
    from pypdf.generic import ContentStream

    pack = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id, watermark=True),
                                tmp_path / "p.pdf").path)
    for i, page in enumerate(pack.reader.pages):
        depth = 0
        for _, op in ContentStream(page.get_contents(), pack.reader).operations:
            depth += {b"q": 1, b"Q": -1}.get(op, 0)
            assert depth >= 0, i
        assert depth == 0, (i, depth)


def _annex(pages) -> bytes:
    """A PDF whose pages are (width, height, rotate, [(x, y, angle, word)]): words drawn at those spots.

    Its media box starts at (100, 50), not at the origin, as a cropped scan's often does."""
    import io

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import RectangleObject
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, invariant=1)
    for width, height, _, words in pages:
        c.setPageSize((width + 100, height + 50))
        c.setFont("Helvetica", 12)
        for x, y, angle, word in words:
            c.saveState()
            c.translate(100 + x, 50 + y)
            c.rotate(angle)
            c.drawString(0, 0, word)
            c.restoreState()
        c.showPage()
    c.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    for page, (width, height, rotate, _) in zip(writer.pages, pages):
        page.mediabox = RectangleObject([100, 50, 100 + width, 50 + height])
        if rotate:
            page.rotate(rotate)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def word_spots(page) -> dict[str, tuple[float, float, bool]]:
    """Each word on a page → where it starts (x, y, in points) and whether it reads upright."""
    spots = {}

    def visit(text, cm, tm, font, size):
        if not text.strip():
            return
        a = tm[0] * cm[0] + tm[1] * cm[2]
        b = tm[0] * cm[1] + tm[1] * cm[3]
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        for word in text.split():
            spots.setdefault(word, (x, y, a > 0 and abs(b) < 1e-6 * abs(a)))

    page.extract_text(visitor_text=visit)
    return spots


def test_an_attached_landscape_page_fills_the_width_between_the_margins_centred_and_upright(world, tmp_path,
                                                                                              read_pack):
    from briefer.model import Attachment
    from briefer.packs import styles as st

    # a landscape table, and a scanned page stored portrait and turned for reading (/Rotate 90)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    ends = 842 - stringWidth("BOTTOMRIGHT", "Helvetica", 12)  # the word ends at the page's right edge
    landscape = (842, 595, 0, [(0, 585, 0, "TOPLEFT"), (ends, 2, 0, "BOTTOMRIGHT")])
    turned = (595, 842, 90, [(300, 400, 90, "TURNED")])  # set sideways, shown upright by /Rotate
    tall = (595, 1684, 0, [(0, 1674, 0, "TALLTOP"), (0, 2, 0, "TALLBOTTOM")])  # a long scanned list
    world.store.add_attachment(Attachment(title="Wide annex", filename="wide.pdf", meeting_id=world.meetings["vnm"].id),
                               _annex([landscape, turned, tall]))
    pack = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id), tmp_path / "p.pdf").path)
    first = next(p for _, t, p in pack.outline if t == "Bijlage: Wide annex")
    width, height = st.PAGE
    left, right = st.MARGIN_LEFT, width - st.MARGIN_RIGHT
    bottom, top = st.MARGIN_BOTTOM, height - st.MARGIN_TOP
    scale = (right - left) / 842  # the width is the tighter fit
    spots = word_spots(pack.reader.pages[first - 1])
    tl_x, tl_y, tl_up = spots["TOPLEFT"]
    br_x, br_y, br_up = spots["BOTTOMRIGHT"]
    assert tl_up and br_up
    assert abs(tl_x - left) < 0.5  # from the left margin ...
    assert abs(br_x + (842 - ends) * scale - right) < 0.5  # ... to the right margin

    above, below = top - (tl_y + 10 * scale), (br_y - 2 * scale) - bottom
    assert above > 50 and abs(above - below) < 1, (above, below)  # the spare height split above and below
    # the page turned for reading is read upright in the pack too, inside the body
    x, y, upright = word_spots(pack.reader.pages[first])["TURNED"]
    assert upright and left <= x <= right and bottom <= y <= top, (x, y, upright)
    # the tall page fills the height from the top margin to the bottom one, centred across
    tall_scale = (top - bottom) / 1684
    x, y, _ = word_spots(pack.reader.pages[first + 1])["TALLTOP"]
    assert abs(y + 10 * tall_scale - top) < 0.5 and abs(x - (left + (right - left - 595 * tall_scale) / 2)) < 0.5, (x, y)
    x, y, _ = word_spots(pack.reader.pages[first + 1])["TALLBOTTOM"]
    assert abs(y - 2 * tall_scale - bottom) < 0.5, (x, y)
    for index in (first - 1, first, first + 1):
        assert "Exemplaar 1 · Versie 1 · Concept" in pack.texts[index]  # under the pack's own furniture


def test_a_running_head_or_name_too_long_for_its_place_is_cut_after_a_whole_word(world, tmp_path, read_pack):
    from briefer.model import Meeting, MeetingStatus
    from packs_world import utc

    store = world.store
    title = ("Trilateral on antimicrobial resistance with the Food and Agriculture Organization of the "
             "United Nations and the World Organisation for Animal Health")
    store.meetings.add(Meeting(start=utc(2019, 6, 20, 14, 0), end=utc(2019, 6, 20, 14, 30), title=title,
                               principal_id=world.minister.id, counterpart_country="ITA", status=MeetingStatus.CONFIRMED))
    name = "Bruno Bruins van Lidth de Jeude tot Oostervelde en Heemstede-Wittenhorst"
    minister = store.people.get(world.minister.id)
    store.people.update(minister.evolve(family_name=name.removeprefix("Bruno ")))
    pack = read_pack(build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "p.pdf").path)
    assert f"For {name}" in pack.texts[0]  # the cover names them in full
    page = next(p for _, t, p in pack.outline if t == title)
    head = pack.header(page - 1).removeprefix("Dep. VERTROUWELIJK ")
    # "Trilateral … of the…  Bruno Bruins van Lidth de…": each cut after a whole word, never inside one
    chapter, recipient = head.split("… ")
    shown = recipient.removesuffix("…")
    assert recipient.endswith("…") and name.startswith(shown) and name[len(shown)] == " ", head
    assert title.startswith(chapter) and title[len(chapter)] == " " and len(chapter) > 40, head
    # a head that fits is printed whole, without the mark of a cut
    assert pack.header(1) == "Dep. VERTROUWELIJK Contents " + shown + "…"
    assert pack.header(2) == "Dep. VERTROUWELIJK Programme " + shown + "…"


def test_the_text_stands_on_the_margins_left_top_and_right(world, tmp_path, read_pack):
    """The body is set flush in the margins the pages are designed with: every line starts at the
    left margin, a chapter's title stands at the top margin, the contents' page numbers end at the right."""
    from briefer.packs import styles as st

    pack = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id), tmp_path / "p.pdf").path)
    width, height = st.PAGE
    top = height - st.MARGIN_TOP
    attached = {p for _, t, p in pack.outline if t.startswith("Bijlage: Polish")}
    attached |= {p + 1 for p in attached}
    chapters = {p for lvl, t, p in pack.outline if lvl == 0 and t != "Inhoud"}  # the contents open lower
    for number, page in enumerate(pack.reader.pages, 1):
        if number in attached:
            continue
        starts, baselines = [], []

        def visit(text, cm, tm, font, size):
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if text.strip() and st.MARGIN_BOTTOM < y < top:
                starts.append(tm[4] * cm[0] + tm[5] * cm[2] + cm[4])
                baselines.append(y)

        page.extract_text(visitor_text=visit)
        assert abs(min(starts) - st.MARGIN_LEFT) < 0.01, number
        if number in chapters:  # the title's first line: one font size (17 pt) under the margin
            assert abs(max(baselines) - (top - 17)) < 0.01, (number, max(baselines))
    # the contents' page numbers are forms filled in at save, each placed where its number ends
    placed = [ctm[4] for op, operands, ctm in drawn(pack.reader.pages[1].get_contents(), pack.reader)
              if op == b"Do" and str(operands[0]).startswith("/FormXob.BrieferPg")]
    assert len(placed) >= len(pack.outline) - 1
    assert all(abs(x - (width - st.MARGIN_RIGHT)) < 0.01 for x in placed), placed


def test_the_cover_is_spaced_as_designed(world, tmp_path, read_pack):
    """The cover's lines, measured from the top margin to each baseline: the conference 40 mm down,
    4 pt between it and the title, 14 mm to the facts, 3 mm between facts, 6 mm to the copy number."""
    from briefer.packs import styles as st

    mm = 72 / 25.4
    pack = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"),
                                tmp_path / "p.pdf").path)
    top = st.PAGE[1] - st.MARGIN_TOP
    depth = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            depth.setdefault(text.strip(), top - (tm[4] * cm[1] + tm[5] * cm[3] + cm[5]))

    pack.reader.pages[0].extract_text(visitor_text=visit)
    conference, title = depth["Second Global Ministerial Conference on AMR"], depth["Briefing pack"]
    first_fact, last_line = depth["For"], depth["Minister voor Medische Zorg en Sport"]
    printed = next(v for k, v in depth.items() if re.fullmatch(r"\d{1,2} \w+ \d{4} \d{2}:\d{2}", k))  # the print time
    # line heights: subtitle 13 pt type on 17 pt lines (+4 after), title 26 on 31 (+8 after), facts 10.5 on 15 (+1)
    assert abs(conference - (40 * mm + 13)) < 0.01
    assert abs(title - conference - ((17 - 13) + 4 + 4 + 26)) < 0.01
    assert abs(first_fact - title - ((31 - 26) + 8 + 14 * mm + 10.5)) < 0.01
    assert abs(depth["Period"] - last_line - ((15 - 10.5) + 1 + 3 * mm + 10.5)) < 0.01
    assert abs(depth["Copy 1"] - printed - ((15 - 10.5) + 1 + 3 * mm + 6 * mm + 13)) < 0.01


def test_a_pack_of_the_bundled_demo_says_on_its_cover_that_its_content_is_not_real(world, tmp_path, read_pack):
    store = world.store
    real = read_pack(build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "r.pdf").path)
    assert "Demo content" not in real.text
    conference = store.conference_repo.list()[0]
    store.conference_repo.update(conference.evolve(demo=True))
    for lang, line in (("en", "Demo content — illustrative, not real briefing material"),
                       ("nl", "Demonstratie-inhoud — ter illustratie, geen echte briefing")):
        demo = read_pack(build_pack(store, PackOptions(recipient_id=world.minister.id, lang=lang),
                                    tmp_path / f"d-{lang}.pdf").path)
        assert line in demo.texts[0]  # on the cover, under the copy number
        assert line not in " ".join(demo.texts[1:])


def drawn(stream, reader):
    """(operator, operands, current transformation matrix) for each operation of a page's or form's content."""
    from pypdf.generic import ContentStream

    ctm, saved = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0], []
    for operands, op in ContentStream(stream, reader).operations:
        if op == b"q":
            saved.append(ctm)
        elif op == b"Q":
            ctm = saved.pop()
        elif op == b"cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            A, B, C, D, E, F = ctm
            ctm = [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F]
        yield op, operands, ctm


def test_the_page_furniture_stands_where_the_design_puts_it(world, tmp_path, read_pack):
    """Marking centred 11 mm from the top and 8 mm from the foot; the running head (8 pt bold) at the
    left margin and the recipient (7.5 pt) ending at the right, 18 mm from the top; a level rule under
    them and one above the footer, margin to margin; the draft mark turned 52° about the page's centre."""
    import math

    from reportlab.pdfbase.pdfmetrics import stringWidth

    from briefer.packs import styles as st
    from briefer.packs.fonts import BOLD, REGULAR

    mm = 72 / 25.4
    pack = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"),
                                tmp_path / "p.pdf").path)
    width, height = st.PAGE
    left, right = st.MARGIN_LEFT, width - st.MARGIN_RIGHT
    page = pack.reader.pages[2]  # the programme's first page
    texts = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            texts.append((text.strip(), tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5],
                          size * math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1])))

    page.extract_text(visitor_text=visit)
    at = {}
    for text, x, y, size in texts:
        at.setdefault(text, []).append((round(x, 2), round(y, 2), size))
    marking = "Dep. VERTROUWELIJK"
    centred = round((width - stringWidth(marking, BOLD, 8.5)) / 2, 2)
    assert sorted(at[marking], key=lambda p: -p[1]) == [(centred, round(height - 11 * mm, 2), 8.5),
                                                         (centred, round(8 * mm, 2), 8.5)]
    assert at["Programme"][-1] == (round(left, 2), round(height - 18 * mm, 2), 8)  # the head, after the title
    name_x, name_y, name_size = at["Bruno Bruins"][0]
    assert (name_y, name_size) == (round(height - 18 * mm, 2), 7.5)
    assert abs(name_x + stringWidth("Bruno Bruins", REGULAR, 7.5) - right) < 0.01
    assert at["Copy 1 · Version 1 · Draft"] == [(round(left, 2), round(13 * mm, 2), 7.5)]

    rules, start = [], None
    for op, operands, ctm in drawn(page.get_contents(), pack.reader):
        if op == b"m":
            start = [float(v) for v in operands]
        elif op == b"l" and start is not None and ctm[:4] == [1.0, 0.0, 0.0, 1.0]:
            x1, y1 = start[0] + ctm[4], start[1] + ctm[5]
            x2, y2 = float(operands[0]) + ctm[4], float(operands[1]) + ctm[5]
            rules.append((round(x1, 2), round(y1, 2), round(x2, 2), round(y2, 2)))
    for y in (height - 20 * mm, 17 * mm):
        assert (round(left, 2), round(y, 2), round(right, 2), round(y, 2)) in rules, (y, rules)

    marks = page["/Resources"]["/XObject"]["/FormXob.BrieferMarks"].get_object()
    turned = next(ctm for op, _, ctm in drawn(marks, pack.reader) if op == b"cm" and ctm[1])
    c, s = math.cos(math.radians(52)), math.sin(math.radians(52))
    assert all(abs(a - b) < 1e-3 for a, b in zip(turned, [c, s, -s, c, width / 2, height / 2])), turned


def test_page_numbers_are_set_whole_and_end_at_the_right_margin(world, tmp_path, read_pack):
    """"page 3 of 14" and the contents' numbers are forms filled in when the file is saved: each set in its
    size, ending where it is placed (the right margin), and inside the form's box — outside it is cut off."""
    from reportlab.pdfbase.pdfmetrics import getAscent, getDescent, stringWidth

    from briefer.packs import styles as st
    from briefer.packs.fonts import REGULAR

    pack = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"),
                                tmp_path / "p.pdf").path)
    right = st.PAGE[0] - st.MARGIN_RIGHT

    def form_text(form) -> tuple[float, float, str]:
        """(where the text starts, its size, the text) of a one-line form."""
        ops = list(drawn(form, pack.reader))
        start = next(float(o[4]) for op, o, _ in ops if op == b"Tm")
        size = next(float(o[1]) for op, o, _ in ops if op == b"Tf")
        text = next(str(o[0]) for op, o, _ in ops if op == b"Tj")
        return start, size, text

    def inside(form, start, size, text) -> bool:
        x0, y0, x1, y1 = (float(v) for v in form["/BBox"])
        return (x0 <= start and start + stringWidth(text, REGULAR, size) <= x1
                and y0 <= getDescent(REGULAR, size) and getAscent(REGULAR, size) <= y1)

    for number, page in enumerate(pack.reader.pages, 1):
        name = f"/FormXob.BrieferFolio{number}"
        placed = [ctm[4] for op, o, ctm in drawn(page.get_contents(), pack.reader) if op == b"Do" and o[0] == name]
        assert [round(x, 2) for x in placed] == [round(right, 2)], number
        form = page["/Resources"]["/XObject"][name].get_object()
        start, size, text = form_text(form)
        assert (text, size) == (f"page {number} of {pack.pages}", 7.5)
        assert abs(start + stringWidth(text, REGULAR, size)) < 0.01  # ends at its place
        assert inside(form, start, size, text), (number, form["/BBox"])
    contents = pack.reader.pages[1]["/Resources"]["/XObject"]
    numbers = [k for k in contents if k.startswith("/FormXob.BrieferPg") and k != "/FormXob.BrieferPgTotal"]
    assert len(numbers) == len(pack.outline) - 1
    for key in numbers:
        form = contents[key].get_object()
        start, size, text = form_text(form)
        assert text.isdigit() and size == 9, (key, text, size)
        assert abs(start + stringWidth(text, REGULAR, size)) < 0.01, (key, start)  # ends at the margin
        assert inside(form, start, size, text), (key, form["/BBox"])


def test_the_one_meeting_brief_opens_with_one_line_of_facts(world, tmp_path, read_pack):
    pack = read_pack(build_pack(world.store, PackOptions(meeting_id=world.meetings["tur"].id, lang="en"),
                                tmp_path / "one.pdf").path)
    first = pack.texts[0]
    line = first[first.index("For: "):first.index("Printed: ")]
    # for whom, the marking and the version; the period is the meeting's own time, printed below
    assert line.startswith("For: Bruno Bruins, Minister voor Medische Zorg en Sport · Classification: "), line
    assert "Period" not in first and "Version: 1 (Draft) · " in line


def test_a_running_head_of_one_word_too_long_for_its_place_is_cut_inside_it(world, tmp_path, read_pack):
    # a Dutch compound as a meeting's title: no space to cut at, so the word itself is cut, never dropped
    from briefer.model import Meeting, MeetingStatus
    from packs_world import utc

    title = "Antimicrobiëleresistentiebestrijdingsprogrammacoördinatievergaderingsvoorbereidingsoverleggen"
    world.store.meetings.add(Meeting(start=utc(2019, 6, 20, 14, 0), end=utc(2019, 6, 20, 14, 30), title=title,
                                     principal_id=world.minister.id, counterpart_country="ITA",
                                     status=MeetingStatus.CONFIRMED))
    pack = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"),
                                tmp_path / "p.pdf").path)
    page = next(p for _, t, p in pack.outline if t == title)
    head = pack.header(page - 1).removeprefix("Dep. VERTROUWELIJK ").removesuffix(" Bruno Bruins")
    assert head.endswith("…") and 40 < len(head) - 1 < len(title) and title.startswith(head[:-1]), head


def test_a_sign_the_font_lacks_in_a_brief_or_a_country_brief_is_reported(world, tmp_path, read_pack):
    """The briefs are kept as records (their key messages a list in them, a country brief's summary a field):
    a character no pack font can draw there prints as a box, so the front end must be told of it too —
    not only of one in a biography."""
    store = world.store
    brief = store.meeting_briefs.list(meeting_id=world.meetings["tur"].id)[0]
    store.meeting_briefs.update(brief.evolve(key_messages=["Ratify the treaty (see the 𓆣 annex)."]))
    country = next(c for c in store.country_briefs.list() if c.country == "POL")
    store.country_briefs.update(country.evolve(summary="Poland chairs the EU AMR working group 𓂀."))
    result = build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "signs.pdf")
    text = read_pack(result.path).text
    assert "Ratify the treaty" in text and "Poland chairs the EU AMR working group" in text
    assert result.missing_glyphs == tuple(sorted("𓂀𓆣")), result.missing_glyphs
