"""The pack's paragraph keeps its line breaks between asks at one width — and sets exactly what
reportlab's own paragraph sets: the same pages, the same lines, the same heights, split or whole."""

from __future__ import annotations

import io

import pytest

from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph as ReportlabParagraph, SimpleDocTemplate, Table

from briefer.packs.fonts import REGULAR, ensure_fonts
from briefer.packs.paragraphs import Paragraph

WORDS = ("the delegation will raise surveillance stewardship financing and laboratory twinning with "
         "each counterpart before the plenary closes on the second day").split()


def _text(n: int, seed: int) -> str:
    return " ".join(WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(n)).capitalize() + "."


def _style() -> ParagraphStyle:
    ensure_fonts()
    return ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13)


def _story(cls) -> list:
    """Long paragraphs that split over pages, a table whose cells are measured then drawn, and
    paragraphs kept together — every way platypus asks a paragraph its size more than once."""
    s = _style()
    story = [cls(_text(400, 1), s)]
    story.append(Table([[cls(_text(30 + 9 * r, r), s), cls(_text(12, r + 5), s)] for r in range(25)],
                       colWidths=[300, 150]))
    for k in range(12):
        story.append(KeepTogether([cls(f"<b>Heading {k}</b>", s), cls(_text(60 + 20 * k, k), s)]))
    story.append(cls(_text(900, 3), s))
    return story


def _pages(cls) -> list[str]:
    buf = io.BytesIO()
    SimpleDocTemplate(buf, invariant=1).build(_story(cls))
    return [page.extract_text() for page in PdfReader(io.BytesIO(buf.getvalue())).pages]


def test_a_document_reads_page_for_page_as_with_reportlabs_paragraph():
    ours, theirs = _pages(Paragraph), _pages(ReportlabParagraph)
    assert len(ours) == len(theirs) >= 8
    assert ours == theirs


def test_asked_again_at_the_same_width_the_lines_are_not_broken_again():
    calls = []

    class Counted(Paragraph):
        def breakLines(self, widths):
            calls.append(widths[1])
            return super().breakLines(widths)

    p = Counted(_text(80, 2), _style())
    first = p.wrap(300, 500)
    assert p.wrap(300, 20) == first  # the height offered does not change the lines
    assert calls == [300]


def test_another_width_breaks_the_lines_for_that_width_and_back_again():
    s = _style()
    p = Paragraph(_text(80, 2), s)
    for width in (300, 140, 300, 140):
        assert p.wrap(width, 800) == ReportlabParagraph(_text(80, 2), s).wrap(width, 800)
        assert len(p.blPara.lines) == len(ReportlabParagraph(_text(80, 2), s).breakLines([width, width]).lines)


def test_a_split_that_gives_up_drops_the_lines_and_the_next_ask_breaks_them_again():
    """Reportlab's split deletes the lines when nothing fits; a later ask must not answer from them."""
    s = _style()
    p = Paragraph(_text(80, 2), s)
    p.wrap(300, 800)
    assert p.split(300, 5) == []  # not even one line fits: reportlab drops the lines
    assert not hasattr(p, "blPara")
    assert p.wrap(300, 800) == ReportlabParagraph(_text(80, 2), s).wrap(300, 800)
    assert hasattr(p, "blPara")
    lines = len(p.blPara.lines)
    first, rest = p.split(300, 60)  # four lines of 13 pt fit
    assert (len(first.blPara.lines), first.wrap(300, 60)) == (4, (300, 4 * 13))
    assert rest.wrap(300, 800) == (300, (lines - 4) * 13)


def test_the_same_text_parsed_once_gives_each_paragraph_fragments_of_its_own():
    """A pack sets "—" and its table heads thousands of times: parsed once, but what one
    paragraph's line breaking or split changes in its fragments never reaches the next."""
    s = _style()
    text = "<b>Stewardship</b> " + _text(80, 4)
    one, two = Paragraph(text, s), Paragraph(text, s)
    assert [f.text for f in one.frags] == [f.text for f in two.frags] == [
        f.text for f in ReportlabParagraph(text, s).frags]
    assert not {id(f) for f in one.frags} & {id(f) for f in two.frags}
    first, rest = one.split(300, 60)
    rest.wrap(300, 800)
    three = Paragraph(text, s)
    assert three.wrap(300, 800) == two.wrap(300, 800) == ReportlabParagraph(text, s).wrap(300, 800)
    assert three.getPlainText() == ReportlabParagraph(text, s).getPlainText()


def test_markup_reportlab_cannot_read_is_refused_as_reportlab_refuses_it():
    import pytest

    with pytest.raises(ValueError, match="saw </para> instead of expected </b>"):
        Paragraph("<b>never closed", _style())
    with pytest.raises(ValueError, match="saw </para> instead of expected </b>"):
        Paragraph("<b>never closed", _style())  # a failed parse is not kept


def test_a_style_that_sets_its_text_in_capitals_does_so_as_reportlabs_paragraph_does():
    """The pack's paragraph stands in for reportlab's everywhere: a style's text transform (a
    heading style in capitals) applies to the parsed text kept for later paragraphs too."""
    s = ParagraphStyle("caps", parent=_style(), textTransform="uppercase")
    for text in ("Opening plenary", "<b>Bilateral</b> with Türkiye"):
        for _ in range(2):  # the first parse, then the kept one
            ours = Paragraph(text, s)
            assert ours.getPlainText() == ReportlabParagraph(text, s).getPlainText() == text.replace(
                "<b>", "").replace("</b>", "").upper()
            assert ours.wrap(300, 800) == ReportlabParagraph(text, s).wrap(300, 800)


@pytest.mark.parametrize("kept, bound", [("_PARSED", "PARSED_KEPT"), ("_BROKEN", "BROKEN_KEPT")])
def test_the_kept_parses_and_line_breakings_are_bounded_and_start_again_when_full(monkeypatch, kept, bound):
    """A day of packs in the window sets hundreds of thousands of texts: what is kept (parsed texts, line
    breakings) stays at most its bound, and a text set after the store started again is set as before."""
    from briefer.packs import paragraphs

    monkeypatch.setattr(paragraphs, kept, {})
    monkeypatch.setattr(paragraphs, bound, 5)
    s = _style()
    sizes = []
    for n in range(12):
        text = f"Talking point {n}: " + _text(20, n)
        p = Paragraph(text, s)
        assert p.wrap(300, 800) == ReportlabParagraph(text, s).wrap(300, 800)
        sizes.append(len(getattr(paragraphs, kept)))
    assert sizes == [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2], sizes


def test_a_width_computed_anew_but_equal_is_the_same_width():
    """Platypus computes the width it offers afresh on every ask (a table's cell: the column less its
    padding; a frame on a new page): an equal width, whatever float object carries it, answers from the
    lines already broken."""
    calls = []

    class Counted(Paragraph):
        def breakLines(self, widths):
            calls.append(widths[1])
            return super().breakLines(widths)

    column, padding = 306.0, 6.0
    p = Counted(_text(80, 2), _style())
    width = column - padding
    first = p.wrap(width, 500)
    again = float(str(width))  # equal, not the same object
    assert again == width and again is not width
    assert p.wrap(again, 500) == first == ReportlabParagraph(_text(80, 2), _style()).wrap(300, 500)
    assert calls == [300]


def test_a_bullet_prints_as_with_reportlabs_paragraph():
    """An addendum lists its changes as bulleted lines (``bulletText``) and markup may carry its own
    ``<bullet>``: both print before the text, first parse and kept one alike, as reportlab prints them."""
    s = ParagraphStyle("bullet", parent=_style(), leftIndent=12, bulletIndent=0, bulletFontName=REGULAR)

    def pages(cls) -> list[str]:
        buf = io.BytesIO()
        story = []
        for _ in range(2):  # the first parse, then the kept one
            story += [cls("Bilateral with Greece — moved", s, bulletText="1."),
                      cls("<bullet>2.</bullet>Country brief: Poland — changed", s)]
        SimpleDocTemplate(buf, invariant=1).build(story)
        return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(buf.getvalue())).pages]

    ours = pages(Paragraph)
    assert ours == pages(ReportlabParagraph)
    assert ours == ["1. Bilateral with Greece — moved 2. Country brief: Poland — changed "
                    "1. Bilateral with Greece — moved 2. Country brief: Poland — changed"], ours


def _drawn(story_of) -> list[bytes]:
    """What each page draws, exactly (the content streams), for a story made with a paragraph class."""
    buf = io.BytesIO()
    SimpleDocTemplate(buf, invariant=1).build(story_of())
    return [page.get_contents().get_data() for page in PdfReader(io.BytesIO(buf.getvalue())).pages]


_REPEATED = ("<b>Agreed:</b> " + _text(420, 5) + " <i>(follow-up by letter)</i>", _text(380, 6),
             "Rubricering van dit hoofdstuk: <b>Departementaal vertrouwelijk</b>",
             "<b>Agreed:</b> " + _text(90, 7), _text(90, 8))


def _repeated_story(cls) -> list:
    """Texts printed again and again, as a pack prints a chapter's marking line and an outcome agreed
    with a counterpart on every later meeting's sheet: split over a page, in a table cell, whole, with
    a bullet; in one style (reportlab's simple lines) and with markup (lines of fragments)."""
    s = _style()
    marked, plain, short, medium, medium_plain = _REPEATED
    story = []
    for round_ in range(3):
        story += [cls(short, s), cls(marked, s), cls(plain, s),
                  Table([[cls(medium, s), cls(short, s)], [cls(medium_plain, s), cls(short, s)]], colWidths=[300, 150]),
                  cls(medium, s), cls(medium_plain, s),
                  cls(short, s, bulletText="•"), cls(_text(30, round_), s)]
    return story


def test_a_text_printed_again_is_broken_into_lines_once_per_width_and_prints_as_reportlab_prints_it(monkeypatch):
    """The lines of a text set before are shared with the next paragraph of that text at that width,
    yet every page draws exactly what reportlab's own paragraph draws — also where the first paragraph,
    or a later one, was split over a page (which changes lines and fragments in place)."""
    from briefer.packs import paragraphs

    monkeypatch.setattr(paragraphs, "_BROKEN", {})
    real = ReportlabParagraph.breakLines
    broken = {"theirs": [], "ours": []}

    def counting(who):
        def counted(self, widths):
            broken[who].append((self.getPlainText(), tuple(widths)))
            return real(self, widths)
        return counted

    monkeypatch.setattr(ReportlabParagraph, "breakLines", counting("theirs"))
    theirs = _drawn(lambda: _repeated_story(ReportlabParagraph))
    monkeypatch.setattr(ReportlabParagraph, "breakLines", counting("ours"))
    ours = _drawn(lambda: _repeated_story(Paragraph))
    assert len(ours) == len(theirs) >= 7
    assert ours == theirs
    plain = {text: ReportlabParagraph(text, _style()).getPlainText() for text in _REPEATED}
    for text in _REPEATED:  # each printed three times or more, at one or two widths
        mine = [w for t, w in broken["ours"] if t == plain[text]]
        assert 0 < len(mine) < len([w for t, w in broken["theirs"] if t == plain[text]]), text[:30]
    marking_line = [w for t, w in broken["ours"] if t == plain[_REPEATED[2]]]
    assert len(marking_line) == 3  # nine paragraphs: in a cell, full width, full width after a bullet
    monkeypatch.setattr(ReportlabParagraph, "breakLines", real)
    assert _drawn(lambda: _repeated_story(Paragraph)) == theirs  # the kept lines again: the last build left them as kept



def test_right_to_left_bullets_and_soft_hyphens_repeated_print_as_reportlab_prints_them(monkeypatch):
    """What reportlab changes in place while it draws or splits a paragraph — a right-to-left line's words
    turned round, a bullet's narrower first line, a word broken at a soft hyphen (text pasted from Word
    carries them) — must never reach the lines kept for the next paragraph of the same text."""
    from reportlab.lib.enums import TA_RIGHT

    from briefer.packs import paragraphs

    monkeypatch.setattr(paragraphs, "_BROKEN", {})
    base = _style()
    rtl = ParagraphStyle("rtl", parent=base, wordWrap="RTL", alignment=TA_RIGHT, leftIndent=14,
                         bulletIndent=2, bulletFontName=REGULAR)
    shy = "\xad".join(("ont", "wikkelings", "samen", "werkings", "programma"))
    long_words = " ".join(f"{shy} {w}" for w in _text(160, 9).split())
    texts = [(rtl, _text(260, 3)), (rtl, "<b>Besluit:</b> " + _text(240, 4)), (base, long_words),
             (base, "<b>Afspraak:</b> " + long_words)]

    def story(cls):
        out = []
        for _ in range(3):
            for style, text in texts:
                out.append(cls(text, style, bulletText="•" if style is rtl else None))
            out.append(Table([[cls(long_words[:400], base), cls(_text(40, 2), rtl, bulletText="•")]],
                             colWidths=[110, 200]))
        return out

    theirs = _drawn(lambda: story(ReportlabParagraph))
    assert len(theirs) >= 8
    assert _drawn(lambda: story(Paragraph)) == theirs
    assert _drawn(lambda: story(Paragraph)) == theirs  # from the lines kept by the build before
