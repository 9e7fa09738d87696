"""Meeting reports as PDF, in the packs' restrained style (reportlab platypus, DejaVu Sans, #154273).

A small stand-alone renderer until ``briefer/packs/`` offers its styles and
fonts to share: same typeface, accent and page furniture (classification
marking at top and bottom, "page X of Y").
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
)

from briefer.errors import BrieferError
from briefer.files import write_atomic
from briefer.exchange.report import MeetingReport, NotesReport
from briefer.exchange.words import met_word

ACCENT = colors.HexColor("#154273")
GREY = colors.HexColor("#5a5a5a")
RULE = colors.HexColor("#c8d2de")
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
FONT, BOLD, ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"


def _fonts() -> None:
    """Register DejaVu Sans once per process (reportlab keeps a registry)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    try:
        from briefer.resources import resource_path

        dirs = (Path(resource_path("fonts")), *FONT_DIRS)
    except FileNotFoundError:
        dirs = FONT_DIRS
    for folder in dirs:
        if (folder / f"{FONT}.ttf").is_file():
            for name in (FONT, BOLD, ITALIC):
                pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
            pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
            return
    raise BrieferError("the DejaVu Sans font is missing (looked in " + ", ".join(map(str, dirs)) + ")")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13)
    return {
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=18, leading=23, textColor=ACCENT,
                                spaceAfter=8),
        "h1": ParagraphStyle("h1", base, fontName=BOLD, fontSize=13.5, leading=18, textColor=ACCENT,
                             spaceBefore=6, spaceAfter=6),
        "h2": ParagraphStyle("h2", base, fontName=BOLD, fontSize=10.5, leading=14, textColor=ACCENT,
                             spaceBefore=8, spaceAfter=3),
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10, textColor=GREY),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=11),
        "cellb": ParagraphStyle("cellb", base, fontName=BOLD, fontSize=8.5, leading=11, textColor=ACCENT),
        "mark": ParagraphStyle("mark", base, fontName=BOLD, textColor=colors.HexColor("#a00000")),
        "bullet": ParagraphStyle("bullet", base, leftIndent=10, bulletIndent=2),
    }


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _table(rows, widths, st, header=True) -> Table:
    data = [[_p(str(c), st["cellb" if header and i == 0 else "cell"]) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    t.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ] + ([("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)] if header else [])))
    return t


def _meeting(m: MeetingReport, w: dict, st) -> list:
    width = A4[0] - 40 * mm
    story = [_p(m.title, st["h1"])]
    if m.classification.marking:
        story.append(_p(m.classification.marking, st["mark"]))
    facts = [
        (w["date"], f"{m.date_text}, {m.time_text}"), (w["place"], m.place), (w["principal"], m.principal),
        (w["nl_side"], ", ".join(m.nl_side) or "—"), (w["other_side"], ", ".join(m.other_side) or m.counterpart),
        (w["status_h"], m.status),
    ]
    story.append(_table(facts, [38 * mm, width - 38 * mm], st, header=False))
    story.append(_p(w["objectives"], st["h2"]))
    story += [Paragraph(f"{escape(o.text)} — <i>{escape(met_word(o.met, w))}</i>", st["bullet"], bulletText="•")
              for o in m.objectives] or [_p("—", st["body"])]
    story.append(_p(w["notes"], st["h2"]))
    for n in m.notes:
        mark = f"  <font color='#a00000'>{escape(n.classification.marking)}</font>" if n.classification.marking else ""
        kind = w["note_kind"].get(n.note_kind.value, n.note_kind.value)
        story.append(KeepTogether([
            Paragraph(f"<b>{escape(n.author or '—')}</b> ({escape(kind)}){mark}", st["body"]),
            _p(n.body.strip(), st["body"]), Spacer(1, 4),
        ]))
    if not m.notes:
        story.append(_p(w["no_notes"], st["body"]))
    story.append(_p(w["outcomes"], st["h2"]))
    story += [Paragraph(escape(o.text), st["bullet"], bulletText="•") for o in m.outcomes] or [
        _p(w["no_outcomes"], st["body"])]
    story.append(_p(w["actions"], st["h2"]))
    if m.actions:
        rows = [(w["what"], w["owner"], w["due"], w["status_h"])]
        rows += [(a.what, a.owner, a.due.isoformat() if a.due else "—", a.status) for a in m.actions]
        story.append(_table(rows, [width - 100 * mm, 50 * mm, 25 * mm, 25 * mm], st))
    else:
        story.append(_p(w["no_actions"], st["body"]))
    return story


def render_pdf(report: NotesReport) -> bytes:
    """Two passes: the first counts the pages for "page X of Y" (flowables are built afresh each time)."""
    _fonts()
    total = 0
    for _ in range(2):
        buf = io.BytesIO()
        doc = _Doc(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                   bottomMargin=20 * mm, title=f"{report.words['title']} — {report.conference}", author="Briefer",
                   marking=report.classification.marking, page_words=report.words["page"], total_pages=total)
        doc.build(_story(report))
        total = doc.page
    return buf.getvalue()


def _story(report: NotesReport) -> list:
    st = _styles()
    w = report.words
    marking = report.classification.marking
    title = f"{w['title']} — {report.conference}"
    width = A4[0] - 40 * mm
    story = [_p(title, st["title"])]
    if marking:
        story.append(_p(marking, st["mark"]))
    if report.omitted:
        story.append(_p(w["omitted"].format(n=report.omitted), st["small"]))
    story.append(_p(w["summary"], st["h1"]))
    if report.meetings:
        rows = [(w["date"], w["time"], w["counterpart"], w["principal"], w["objectives_met"], w["actions"])]
        rows += [(m.date_text, m.time_text, m.counterpart, m.principal, m.objectives_met, str(len(m.actions)))
                 for m in report.meetings]
        story.append(_table(rows, [36 * mm, 21 * mm, width - 131 * mm, 32 * mm, 21 * mm, 21 * mm], st))
    else:
        story.append(_p(w["no_meetings"], st["body"]))
    for m in report.meetings:
        story.append(PageBreak())
        story.extend(_meeting(m, w, st))
    return story


class _Doc(SimpleDocTemplate):
    """Page furniture: marking top and bottom, "page X of Y" (Y known after the first pass)."""

    def __init__(self, *args, marking: str, page_words: str, total_pages: int, **kw):
        super().__init__(*args, **kw)
        self.marking = marking
        self.page_words = page_words
        self.total_pages = total_pages

    def afterPage(self):  # noqa: N802
        c = self.canv
        c.saveState()
        pw, ph = self.pagesize
        c.setFont(BOLD, 8)
        c.setFillColor(colors.HexColor("#a00000"))
        if self.marking:
            c.drawCentredString(pw / 2, ph - 12 * mm, self.marking)
            c.drawCentredString(pw / 2, 10 * mm, self.marking)
        c.setFont(FONT, 8)
        c.setFillColor(GREY)
        total = self.total_pages or self.page
        c.drawRightString(pw - 20 * mm, 10 * mm, self.page_words.format(x=self.page, y=total))
        c.setStrokeColor(ACCENT)
        c.setLineWidth(0.6)
        c.line(20 * mm, ph - 15 * mm, pw - 20 * mm, ph - 15 * mm)
        c.restoreState()


def write_pdf(report: NotesReport, path: Path) -> None:
    write_atomic(path, render_pdf(report))
