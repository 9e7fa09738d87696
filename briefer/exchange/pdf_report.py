"""Meeting reports as PDF, set in the briefing packs' typography.

The issue asks for "the same report through the pack typography": the
typeface (``briefer.packs.fonts``: DejaVu Sans, shipped with the app), the
paragraph and table styles, colours and page geometry
(``briefer.packs.styles``) are the packs' own, so a report and a pack look
like one family; only the page furniture (classification marking top and
bottom, rules, "page X of Y") is drawn here, because a report has no pack plan
(recipient, copy number, version) to fill the pack's.
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate, Flowable, Frame, KeepTogether, PageBreak, PageTemplate, Spacer, Table, TableStyle,
)

from briefer.errors import BrieferError
from briefer.exchange.report import MeetingReport, NotesReport
from briefer.exchange.words import met_word
from briefer.files import write_atomic
from briefer.i18n import format_date
from briefer.packs import styles as ps
from briefer.packs.fonts import BOLD, REGULAR, ensure_fonts
from briefer.packs.paragraphs import Paragraph  # the pack's: Arabic and Hebrew in the weight around them
from briefer.packs.scripts import markup

#: Width of the text block, as in a pack.
WIDTH = ps.PAGE[0] - ps.MARGIN_LEFT - ps.MARGIN_RIGHT


def _fonts() -> None:
    try:
        ensure_fonts()
    except FileNotFoundError as exc:
        raise BrieferError(str(exc)) from None


def _styles() -> dict:
    s = ps.make_styles()
    return {
        "title": s.h1, "h1": s.h2, "h2": s.h3, "body": s.body, "small": s.small, "cell": s.cell,
        "cellb": s.cell_head, "mark": s.secret_head, "bullet": s.bullet, "muted": s.muted,
    }


def _p(text: str, style) -> Paragraph:
    """Text in every script, as packs set it (CJK in its font, Arabic and Hebrew joined, right to left)."""
    return Paragraph(markup(text), style)


class _Bookmark(Flowable):
    """Zero-size mark: an outline entry here (the report opens with its bookmarks shown)."""

    def __init__(self, title: str, key: str):
        super().__init__()
        self.title, self.key = title, key

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0)
        self.canv.showOutline()


def _table(rows, widths, st, header=True) -> Table:
    """A table as the packs set one: light-blue header row, hairlines between rows."""
    data = [[_p(str(c), st["cellb" if header and i == 0 else "cell"]) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1, hAlign="LEFT")
    style = [
        # The cells hold paragraphs in the packs' font, but a table still selects its own default
        # font (Helvetica, not embedded) before each cell: name ours so the file holds no font a
        # printer or an archive check would have to substitute.
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, ps.RULE),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), ps.ACCENT_LIGHT), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ps.ACCENT)]
    else:
        style += [("LINEABOVE", (0, 0), (-1, 0), 0.8, ps.ACCENT)]
    t.setStyle(TableStyle(style))
    return t


def _meeting(m: MeetingReport, w: dict, st, index: int = 0) -> list:
    width = WIDTH
    story = [_Bookmark(f"{m.date_text} — {m.title}", f"meeting{index}"), _p(m.title, st["h1"])]
    if m.classification.marking:
        story.append(_p(m.classification.marking, st["mark"]))
    facts = [
        (w["date"], f"{m.date_text}, {m.time_text}"), (w["place"], m.place), (w["principal"], m.principal),
        (w["nl_side"], ", ".join(m.nl_side) or "—"), (w["other_side"], ", ".join(m.other_side) or m.counterpart),
        (w["status_h"], m.status),
    ]
    story.append(_table(facts, [38 * mm, width - 38 * mm], st, header=False))
    story.append(_p(w["objectives"], st["h2"]))
    story += [Paragraph(f"{markup(o.text)} — <i>{escape(met_word(o.met, w))}</i>", st["bullet"], bulletText="•")
              for o in m.objectives] or [_p("—", st["body"])]
    # the heading goes inside the first note's block: kept with it only by keepWithNext, a note too long
    # for the rest of the page moved to the next and left "Notes" alone at the foot of this one
    heading = [_p(w["notes"], st["h2"])]
    for n in m.notes:
        mark = (f"  <font color='#{ps.MARKING.hexval()[2:]}'>{escape(n.classification.marking)}</font>"
                if n.classification.marking else "")
        kind = w["note_kind"].get(n.note_kind.value, n.note_kind.value)
        story.append(KeepTogether([
            *heading, Paragraph(f"<b>{markup(n.author or '—')}</b> ({escape(kind)}){mark}", st["body"]),
            _p(n.body.strip(), st["body"]), Spacer(1, 4),
        ]))
        heading = []
    if not m.notes:
        story += [*heading, _p(w["no_notes"], st["body"])]
    story.append(_p(w["outcomes"], st["h2"]))
    story += [Paragraph(markup(o.text), st["bullet"], bulletText="•") for o in m.outcomes] or [
        _p(w["no_outcomes"], st["body"])]
    story.append(_p(w["actions"], st["h2"]))
    if m.actions:
        rows = [(w["what"], w["owner"], w["due"], w["status_h"])]
        rows += [(a.what, a.owner, a.due_text, a.status) for a in m.actions]
        story.append(_table(rows, [width - 96 * mm, 46 * mm, 25 * mm, 25 * mm], st))
    else:
        story.append(_p(w["no_actions"], st["body"]))
    return story


def render_pdf(report: NotesReport) -> bytes:
    """Two passes: the first counts the pages for "page X of Y" (flowables are built afresh each time)."""
    _fonts()
    total = 0
    for _ in range(2):
        buf = io.BytesIO()
        doc = _Doc(buf, pagesize=ps.PAGE, leftMargin=ps.MARGIN_LEFT, rightMargin=ps.MARGIN_RIGHT,
                   topMargin=ps.MARGIN_TOP, bottomMargin=ps.MARGIN_BOTTOM, title=f"{report.words['title']} — {report.conference}", author="Briefer",
                   marking=report.classification.marking, page_words=report.words["page"], total_pages=total,
                   initialFontName=REGULAR)
        doc.build(_story(report))
        total = doc.page
    return buf.getvalue()


def _story(report: NotesReport) -> list:
    st = _styles()
    w = report.words
    marking = report.classification.marking
    title = f"{w['title']} — {report.conference}"
    width = WIDTH
    story = [_Bookmark(w["summary"], "summary"), _p(title, st["title"])]
    if marking:
        story.append(_p(marking, st["mark"]))
    if report.omitted:
        story.append(_p(w["omitted"].format(n=report.omitted), st["small"]))
    story.append(_p(w["summary"], st["h1"]))
    if report.meetings:
        rows = [(w["date"], w["time"], w["counterpart"], w["principal"], w["objectives_met"], w["actions"])]
        # the short date ("wo 19 jun") keeps a row on one line; each meeting's page has the full one
        rows += [(format_date(m.day, report.lang, fmt="short"), m.time_text, m.counterpart, m.principal,
                  m.objectives_met, str(len(m.actions))) for m in report.meetings]
        story.append(_table(rows, [21 * mm, 23 * mm, width - 127 * mm, 33 * mm, 23 * mm, 27 * mm], st))
    else:
        story.append(_p(w["no_meetings"], st["body"]))
    for i, m in enumerate(report.meetings):
        story.append(PageBreak())
        story.extend(_meeting(m, w, st, i))
    return story


class _Doc(BaseDocTemplate):
    """The pack's page (one frame, no padding, its margins) and furniture; "page X of Y" (Y known
    after the first pass)."""

    def __init__(self, *args, marking: str, page_words: str, total_pages: int, **kw):
        super().__init__(*args, **kw)
        self.marking = marking
        self.page_words = page_words
        self.total_pages = total_pages
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def afterPage(self):  # noqa: N802
        """The packs' furniture: marking top and bottom, rules under the header and above the footer."""
        c = self.canv
        c.saveState()
        pw, ph = self.pagesize
        left, right = ps.MARGIN_LEFT, pw - ps.MARGIN_RIGHT
        if self.marking:
            c.setFont(BOLD, 8.5)
            c.setFillColor(ps.MARKING)
            c.drawCentredString(pw / 2, ph - 11 * mm, self.marking)
            c.drawCentredString(pw / 2, 8 * mm, self.marking)
        c.setStrokeColor(ps.RULE)
        c.setLineWidth(0.5)
        c.line(left, ph - 20 * mm, right, ph - 20 * mm)
        c.line(left, 17 * mm, right, 17 * mm)
        c.setFont(REGULAR, 7.5)
        c.setFillColor(ps.MUTED)
        c.drawString(left, 13 * mm, self.title)
        c.setFillColor(ps.TEXT)
        total = self.total_pages or self.page
        c.drawRightString(right, 13 * mm, self.page_words.format(x=self.page, y=total))
        c.restoreState()


def write_pdf(report: NotesReport, path: Path) -> tuple[str, ...]:
    """Write the report; returns the characters no font has (they print as boxes: warn about them)."""
    write_atomic(path, render_pdf(report))
    return glyphs_missing(report)


def glyphs_missing(report: NotesReport) -> tuple[str, ...]:
    from briefer.packs.render import missing_glyphs

    return missing_glyphs(report)
