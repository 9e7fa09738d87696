"""The PDF meeting report as its reader sees it, read back with pypdf: what each heading of a meeting's page says
(or that there is nothing under it), the page's furniture (marking above and below, the report's title and "page X
of Y" at the foot), and the tables set as a pack sets them (issue 22: mutants of ``briefer/exchange/pdf_report.py``
that no text test could see — a heading or an empty section's words gone, a padding, a column or a rule moved).

A COP29 conference in Baku (UTC+4): a bilateral with Kenya with everything recorded, one with Brazil with nothing.
Positions are read from pypdf's text positions and drawing operators; the expected ones are computed from the
packs' own page geometry and styles (``briefer.packs.styles``), never copied from a run."""

from __future__ import annotations

from datetime import date, datetime, timezone

from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from briefer.exchange.pdf_report import write_pdf
from briefer.exchange.report import build_notes_report
from briefer.model import (
    Action, Classification, Conference, Meeting, MeetingBrief, Note, Objective, Outcome, Person,
)
from briefer.packs import styles as ps
from briefer.packs.fonts import BOLD, REGULAR, ensure_fonts
from briefer.store import Store

PAGE_W, PAGE_H = ps.PAGE
LEFT, RIGHT = ps.MARGIN_LEFT, PAGE_W - ps.MARGIN_RIGHT
WIDTH = RIGHT - LEFT


def _meeting(store, country, hour, principal=None, **kw):
    principal = principal or next((p for p in store.people.list() if p.family_name == "Hermans"), None) or \
        store.people.add(Person(given_name="Sophie", family_name="Hermans", principal_title="Minister"))
    return store.meetings.add(Meeting(principal_id=principal.id, counterpart_country=country,
                                      start=datetime(2024, 11, 12, hour, tzinfo=timezone.utc),
                                      end=datetime(2024, 11, 12, hour, 30, tzinfo=timezone.utc), **kw))


def _kenya_and_brazil(store, *, principals=(None, None), action="Send the text", note="Kenya will co-sponsor."):
    joost = store.people.add(Person(given_name="Joost", family_name="Visser", country="NLD"))
    silva = store.people.add(Person(given_name="Marina", family_name="Silva", country="BRA"))
    kenya_principal, brazil_principal = (
        store.people.add(Person(given_name=p[0], family_name=p[1], principal_title="Minister")) if p else None
        for p in principals)
    kenya = _meeting(store, "KEN", 9, principal=kenya_principal, nl_participant_ids=[joost.id])
    brazil = _meeting(store, "BRA", 11, principal=brazil_principal, counterpart_ids=[silva.id])
    o1, o2, o3 = Objective(text="Co-sponsor the resolution"), Objective(text="Fund the pilot"), Objective(
        text="Visit Nairobi")
    store.meeting_briefs.add(MeetingBrief(meeting_id=kenya.id, objectives=[o1, o2, o3]))
    store.outcomes.add(Outcome(meeting_id=kenya.id, objective_id=o1.id, objective_met=True, text="Kenya co-sponsors"))
    store.outcomes.add(Outcome(meeting_id=kenya.id, objective_id=o2.id, objective_met=False, text="No funding yet"))
    store.notes.add(Note(meeting_id=kenya.id, author="Joost", body=note))
    store.notes.add(Note(meeting_id=kenya.id, author="Lotte", body="Keen on funding.",
                         classification=Classification.DEP_VERTROUWELIJK))
    store.actions.add(Action(description=action, meeting_id=kenya.id, owner="DGIS", due=date(2024, 11, 20)))
    return kenya, brazil


def _export(store, tmp_path, **kw) -> PdfReader:
    out = tmp_path / "report.pdf"
    write_pdf(build_notes_report(store, **kw), out)
    return PdfReader(str(out))


def _lines(page) -> list[str]:
    return [line.strip() for line in page.extract_text().splitlines() if line.strip()]


def _after(lines: list[str], first: str) -> list[str]:
    return lines[lines.index(first):]


def _fill_colours():
    """The fill colour as a page's operators set it: (the stack, its top being the colour now; ``track(op, args)``)."""
    fill: list = [()]

    def track(op, args) -> None:
        if op == b"q":
            fill.append(fill[-1])
        elif op == b"Q" and len(fill) > 1:
            fill.pop()
        elif op == b"rg":
            fill[-1] = tuple(round(float(a), 4) for a in args)

    return fill, track


def _placed(page) -> list[tuple[str, float, float, float, str, tuple]]:
    """Every line of text on ``page``: (text, x, baseline y, size, font, fill colour), in drawing order."""
    out: list = []
    fill, track = _fill_colours()

    def before(op, args, cm, tm):
        track(op, args)

    def text(t, cm, tm, font, size):
        if t.strip():
            out.append((t.strip(), round(tm[4] * cm[0] + cm[4], 2), round(tm[5] * cm[3] + cm[5], 2),
                        round(size * tm[0], 2), str(font["/BaseFont"]).split("+")[-1] if font else "", fill[-1]))

    page.extract_text(visitor_text=text, visitor_operand_before=before)
    return out


def _strokes(page) -> list[tuple[float, float, float, float, float, tuple]]:
    """Every straight line drawn on ``page``: (x0, y0, x1, y1, line width, stroke colour), on the page's coordinates."""
    out: list = []
    state = [(1.0, ())]  # (line width, stroke colour)
    path: list = []

    def before(op, args, cm, tm):
        def at(x, y):
            return round(cm[0] * x + cm[2] * y + cm[4], 2), round(cm[1] * x + cm[3] * y + cm[5], 2)

        if op == b"q":
            state.append(state[-1])
        elif op == b"Q" and len(state) > 1:
            state.pop()
        elif op == b"w":
            state[-1] = (round(float(args[0]), 3), state[-1][1])
        elif op == b"RG":
            state[-1] = (state[-1][0], tuple(round(float(a), 4) for a in args))
        elif op == b"m":
            path[:] = [at(float(args[0]), float(args[1]))]
        elif op == b"l" and path:
            path.append(at(float(args[0]), float(args[1])))
        elif op == b"S" and len(path) == 2:
            (x0, y0), (x1, y1) = path
            out.append((x0, y0, x1, y1, *state[-1]))
            path.clear()

    page.extract_text(visitor_operand_before=before)
    return out


def _tints(page) -> list[tuple[float, float, float, float, tuple]]:
    """Every filled rectangle: (x0, y0, x1, y1, fill colour), on the page's coordinates."""
    out: list = []
    fill, track = _fill_colours()

    def before(op, args, cm, tm):
        track(op, args)
        if op == b"re":
            x, y, w, h = (float(a) for a in args)
            xs = sorted((cm[0] * x + cm[4], cm[0] * (x + w) + cm[4]))
            ys = sorted((cm[3] * y + cm[5], cm[3] * (y + h) + cm[5]))
            out.append((round(xs[0], 2), round(ys[0], 2), round(xs[1], 2), round(ys[1], 2), fill[-1]))

    page.extract_text(visitor_operand_before=before)
    return out


def _rgb(color) -> tuple:
    return tuple(round(v, 4) for v in color.rgb())


# --------------------------------------------------------------------------------------------- what the pages say


def test_every_meeting_page_says_what_is_under_each_heading_or_that_there_is_nothing(cop, tmp_path):
    _kenya_and_brazil(cop)
    reader = _export(cop, tmp_path)
    assert len(reader.pages) == 3  # the summary, then one page per meeting
    kenya, brazil = _lines(reader.pages[1]), _lines(reader.pages[2])
    assert kenya[0] == "Bilateral with Kenya" and brazil[0] == "Bilateral with Brazil"
    assert _after(kenya, "Netherlands")[:2] == ["Netherlands", "Joost Visser"]
    assert _after(brazil, "Netherlands")[:2] == ["Netherlands", "—"]  # no one recorded on our side
    assert _after(kenya, "Counterpart side")[:2] == ["Counterpart side", "Kenya"]  # no one known: the country
    assert _after(brazil, "Counterpart side")[:2] == ["Counterpart side", "Marina Silva"]
    assert _after(kenya, "Objectives")[:12] == [
        "Objectives", "• Co-sponsor the resolution — met", "• Fund the pilot — not met",
        "• Visit Nairobi — not recorded",
        "Notes", "Joost (minutes)", "Kenya will co-sponsor.",
        "Lotte (minutes) Dep. VERTROUWELIJK", "Keen on funding.",  # only the classified note is marked
        "Outcomes", "• Kenya co-sponsors", "• No funding yet",
    ]
    assert _after(kenya, "Follow-up actions")[1:5] == ["What", "Owner", "Due", "Status"]
    assert _after(brazil, "Objectives")[:8] == [
        "Objectives", "—", "Notes", "No notes.", "Outcomes", "No outcomes recorded.",
        "Follow-up actions", "No follow-up actions.",
    ]
    # the classified note's marking in the marking's red, after the author's line in the text's colour
    placed = _placed(reader.pages[1])
    [mark] = [p for p in placed if p[0].endswith("Dep. VERTROUWELIJK") and 20 * mm < p[2] < PAGE_H - 20 * mm]
    assert mark[5] == _rgb(ps.MARKING)


def test_a_report_without_meetings_says_so_and_one_with_items_left_out_says_how_many(cop, tmp_path):
    empty = _lines(_export(cop, tmp_path, lang="nl").pages[0])
    assert empty[:3] == ["Verslagen van gesprekken — COP29", "Overzicht van gesprekken",
                         "Geen gesprekken om te verslaan."]  # and no line about anything left out
    _kenya_and_brazil(cop)
    whole = _lines(_export(cop, tmp_path).pages[0])
    assert whole[:3] == ["Meeting reports — COP29", "Dep. VERTROUWELIJK", "Summary of meetings"]
    cut = _lines(_export(cop, tmp_path, ceiling=Classification.ONGERUBRICEERD).pages[0])
    assert cut[:3] == ["Meeting reports — COP29", "1 classified item left out of this version.",
                       "Summary of meetings"]


# --------------------------------------------------------------------------------------------- the page's furniture


def test_every_page_has_its_marking_above_and_below_and_the_title_and_page_number_at_its_foot(cop, tmp_path):
    ensure_fonts()
    _kenya_and_brazil(cop)
    reader = _export(cop, tmp_path)
    marking, title = "Dep. VERTROUWELIJK", "Meeting reports — COP29"
    for number, page in enumerate(reader.pages, 1):
        placed = _placed(page)
        marks = [p for p in placed if p[0] == marking and p[2] in (round(PAGE_H - 11 * mm, 2), round(8 * mm, 2))]
        centred = round(PAGE_W / 2 - stringWidth(marking, BOLD, 8.5) / 2, 2)
        assert [(p[1], p[2], p[3], p[4], p[5]) for p in marks] == [
            (centred, round(PAGE_H - 11 * mm, 2), 8.5, "DejaVuSans-Bold", _rgb(ps.MARKING)),
            (centred, round(8 * mm, 2), 8.5, "DejaVuSans-Bold", _rgb(ps.MARKING)),
        ], (number, placed)
        foot = [p for p in placed if p[2] == round(13 * mm, 2)]
        words = f"page {number} of 3"
        assert [p[:6] for p in foot] == [
            (title, round(LEFT, 2), round(13 * mm, 2), 7.5, "DejaVuSans", _rgb(ps.MUTED)),
            (words, round(RIGHT - stringWidth(words, REGULAR, 7.5), 2), round(13 * mm, 2), 7.5, "DejaVuSans",
             _rgb(ps.TEXT)),
        ], (number, placed)
        # the header's rule 20 mm from the top, the footer's 17 mm from the bottom, across the text block
        rules = [s for s in _strokes(page) if s[4] == 0.5]
        assert rules == [(round(LEFT, 2), round(PAGE_H - 20 * mm, 2), round(RIGHT, 2), round(PAGE_H - 20 * mm, 2),
                          0.5, _rgb(ps.RULE)),
                         (round(LEFT, 2), round(17 * mm, 2), round(RIGHT, 2), round(17 * mm, 2), 0.5, _rgb(ps.RULE))]


def test_the_report_starts_at_the_top_left_of_the_packs_text_block(cop, tmp_path):
    _kenya_and_brazil(cop)
    reader = _export(cop, tmp_path)
    h1 = ps.make_styles().h1
    first = _placed(reader.pages[0])[0]
    assert first[:4] == ("Meeting reports — COP29", round(LEFT, 2), round(PAGE_H - ps.MARGIN_TOP - h1.fontSize, 2),
                         h1.fontSize)



def test_a_table_that_needs_a_point_more_than_is_left_goes_overleaf_not_into_the_margin(cop, tmp_path, monkeypatch):
    """The text block ends at the bottom margin, above the footer's rule. This note leaves the Kenya page a point
    short of the room the follow-up actions (heading and table, kept together) need: they go overleaf, and no
    table rule ever stands in the margin."""
    body = "\n\n".join(f"P{i:02d} " + "the delegation discussed stewardship at length " * (3 if i < 7 else 1)
                        for i in range(7))
    _kenya_and_brazil(cop, note=body)
    reader = _export(cop, tmp_path)
    for page in reader.pages:
        hairlines = [y0 for x0, y0, x1, y1, width, colour in _strokes(page) if y0 == y1 and width < 0.5]
        assert hairlines and min(hairlines) >= round(ps.MARGIN_BOTTOM, 2), (ps.MARGIN_BOTTOM, hairlines)
    kenya = next(n for n, page in enumerate(reader.pages) if "Bilateral with Kenya" in _lines(page))
    assert "Follow-up actions" in _lines(reader.pages[kenya + 1])
    # the case is met: with a text block one point taller the actions fit on the Kenya page
    monkeypatch.setattr(ps, "MARGIN_BOTTOM", ps.MARGIN_BOTTOM - 1)
    taller = _export(cop, tmp_path)
    assert "Follow-up actions" in _lines(taller.pages[kenya]) and len(taller.pages) == len(reader.pages) - 1


# --------------------------------------------------------------------------------------------- the tables

#: Two principals' names, set in a summary cell (33 mm less 4 pt padding each side, 8.8 pt): the first fits on
#: one line with under a point to spare, the second needs under a point more and breaks after "Johanna".
FITS, BREAKS = ("Margriet", "Brinkhorst"), ("Johanna", "Oosterhuis")
#: A link pasted into a note: no space to break it at, and it fits the text block with under a point to spare.
#: (A line of words would not show a point less: reportlab lets a line's spaces shrink a little to keep a word.)
FULL_LINE = "https://www.who.int/publications/m/item/national-action-on-antimicrobial-resistance-surveillance"


def _check_table(placed, strokes, top, widths, rows, *, head: bool):
    """Each row of a table as a pack sets it, from its top edge down: every cell's text 4 pt inside its column and
    3 pt under the row's top (the short cells of a row at its top too), the row 4 pt deeper than its tallest
    cell, a 0.4 pt hairline in the rules' colour under it across the whole table. ``rows``: each cell's lines."""
    s = ps.make_styles()
    lefts = [LEFT + sum(widths[:i]) for i in range(len(widths))]
    right = LEFT + sum(widths)
    texts = {(p[0], p[1], p[2]) for p in placed}
    for r, row in enumerate(rows):
        style = s.cell_head if head and r == 0 else s.cell
        first = top - 3 - style.fontSize
        for left, lines in zip(lefts, row):
            for k, line in enumerate(lines):
                at = (line, round(left + 4, 2), round(first - k * style.leading, 2))
                assert at in texts, (r, at, sorted(p for p in texts if p[0] == line))
        top -= 3 + max(len(lines) for lines in row) * style.leading + 4
        hairline = (round(LEFT, 2), round(top, 2), round(right, 2), round(top, 2), 0.4, _rgb(ps.RULE))
        assert hairline in strokes, (r, hairline, strokes)
    return top


def test_the_tables_are_set_as_in_a_pack(cop, tmp_path):
    ensure_fonts()
    cell = ps.make_styles().cell
    assert stringWidth(" ".join(FITS), REGULAR, cell.fontSize) <= 33 * mm - 8 < stringWidth(
        " ".join(BREAKS), REGULAR, cell.fontSize)  # the names are what this test says they are
    long_action = ("Send the co-sponsorship text to the Kenyan mission in Geneva, copy the delegation's legal "
                   "adviser and the Dutch embassy in Nairobi")
    _kenya_and_brazil(cop, principals=(FITS, BREAKS), action=long_action)
    reader = _export(cop, tmp_path)

    # the summary: a tinted heading row ruled off in dark blue, then one row per meeting
    summary = reader.pages[0]
    placed, strokes, tints = _placed(summary), _strokes(summary), _tints(summary)
    widths = [21 * mm, 23 * mm, WIDTH - 127 * mm, 33 * mm, 23 * mm, 27 * mm]
    [tint] = [t for t in tints if t[4] == _rgb(ps.ACCENT_LIGHT)]
    top = tint[3]
    head_bottom = _check_table(placed, strokes, top, widths, [
        [["Date"], ["Time"], ["Counterpart"], ["Principal"], ["Objectives", "met"], ["Follow-up", "actions"]],
    ], head=True)
    assert tint[:4] == (round(LEFT, 2), round(head_bottom, 2), round(RIGHT, 2), round(top, 2))
    assert [s for s in strokes if s[4] == 0.8] == [
        (round(LEFT, 2), round(head_bottom, 2), round(RIGHT, 2), round(head_bottom, 2), 0.8, _rgb(ps.ACCENT))]
    assert all(p[4] == "DejaVuSans-Bold" and p[5] == _rgb(ps.ACCENT) for p in placed if p[0] == "Principal")
    _check_table(placed, strokes, head_bottom, widths, [
        [["Tue 12 Nov"], ["13:00–13:30"], ["Kenya"], [" ".join(FITS)], ["1/3"], ["1"]],
        [["Tue 12 Nov"], ["15:00–15:30"], ["Brazil"], list(BREAKS), ["—"], ["0"]],
    ], head=False)

    # a meeting's page: its facts under one dark-blue rule, no heading row; its actions with a heading row
    page = reader.pages[1]
    placed, strokes, tints = _placed(page), _strokes(page), _tints(page)
    accent = [s for s in strokes if s[4] == 0.8]
    facts_top = accent[0][1]
    assert accent[0] == (round(LEFT, 2), facts_top, round(RIGHT, 2), facts_top, 0.8, _rgb(ps.ACCENT))
    _check_table(placed, strokes, facts_top, [38 * mm, WIDTH - 38 * mm], [
        [["Date"], ["Tuesday 12 November 2024, 13:00–13:30"]], [["Place"], ["room to be confirmed"]],
        [["Principal"], [" ".join(FITS)]], [["Netherlands"], ["Joost Visser"]], [["Counterpart side"], ["Kenya"]],
        [["Status"], ["requested"]],
    ], head=False)
    [tint] = [t for t in tints if t[4] == _rgb(ps.ACCENT_LIGHT)]  # the actions' heading row only
    widths = [WIDTH - 96 * mm, 46 * mm, 25 * mm, 25 * mm]
    head_bottom = _check_table(placed, strokes, tint[3], widths, [[["What"], ["Owner"], ["Due"], ["Status"]]],
                               head=True)
    assert accent[1:] == [(round(LEFT, 2), round(head_bottom, 2), round(RIGHT, 2), round(head_bottom, 2), 0.8,
                           _rgb(ps.ACCENT))]
    what = [p[0] for p in placed if p[1] == round(LEFT + 4, 2) and p[2] < head_bottom]
    assert " ".join(what) == long_action and len(what) > 2  # the tallest cell of its row
    _check_table(placed, strokes, head_bottom, widths, [[what, ["DGIS"], ["20 November", "2024"], ["open"]]],
                 head=False)


def test_a_link_as_wide_as_the_text_block_stays_on_one_line(cop, tmp_path):
    ensure_fonts()
    body = ps.make_styles().body
    assert WIDTH - 1 < stringWidth(FULL_LINE, REGULAR, body.fontSize) <= WIDTH
    _kenya_and_brazil(cop, note=FULL_LINE)
    assert FULL_LINE in _lines(_export(cop, tmp_path).pages[1])


def test_the_notes_heading_is_never_left_alone_at_the_foot_of_a_page(tmp_path):
    # a first note a little too long for the rest of the meeting's page moves to the next page, and
    # its heading goes with it (before, "Notes" stayed behind as the page's last line)
    moved = 0
    for paragraphs in range(12, 27, 3):
        store = Store.open(tmp_path / f"cop-{paragraphs}.sqlite", user="sophie")
        store.conference_repo.add(Conference(name="COP29", start_date=date(2024, 11, 11),
                                             end_date=date(2024, 11, 22), timezone="Asia/Baku"))
        body = " ".join(f"Para{i:03d} " + "the delegation discussed surveillance and stewardship at length " * 3
                        for i in range(paragraphs))
        _kenya_and_brazil(store, note=body)
        reader = _export(store, tmp_path)
        store.close()
        pages = [_lines(page) for page in reader.pages]
        where = [n for n, lines in enumerate(pages) if "Notes" in lines]
        assert where, paragraphs
        lines = pages[where[0]]
        assert lines[lines.index("Notes") + 1].startswith("Joost"), (paragraphs, lines[-4:])
        kenya = next(n for n, lines in enumerate(pages) if "Objectives" in lines)
        moved += where[0] > kenya
    assert moved  # some of these notes did not fit under the objectives: the case was met


def test_a_notes_author_written_in_arabic_is_bold_like_any_other_author(cop, tmp_path):
    # the author stands in <b>: its Arabic letters, set in the upright face, printed regular before
    kenya, _ = _kenya_and_brazil(cop)
    cop.notes.add(Note(meeting_id=kenya.id, author="عمر الفاروق", body="شكرا على الاجتماع."))
    page = next(p for p in _export(cop, tmp_path).pages if "Notes" in _lines(p))
    found = []
    page.extract_text(visitor_text=lambda text, cm, tm, font, size: found.append(
        (text.strip(), str(font["/BaseFont"]).split("+")[-1])) if text.strip() else None)
    arabic = [(text, font) for text, font in found if any("\ufe70" <= c <= "\ufeff" for c in text)]
    assert len(arabic) == 2, found  # the author and the note
    (author, author_font), (body, body_font) = arabic
    assert (author_font, body_font) == ("DejaVuSans-Bold", "DejaVuSans"), arabic
