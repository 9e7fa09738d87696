"""Meeting reports as a Word document (python-docx), with real Word styles.

Headings use the built-in "Heading 1/2" styles and tables "Table Grid", so
the document's navigation pane, table of contents and restyling work in Word
and LibreOffice alike. The page is what a Dutch ministry prints on: A4 with the
packs' margins, the marking in header and footer, "page X of Y" as live fields,
each meeting on a new page; the document's language (spelling, hyphenation) and
its properties (author, title, created) are the report's, not python-docx's
template's (US Letter, en-US, "python-docx", 2013).
"""

from __future__ import annotations

import io
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from briefer.exchange.docx_body import BodyWriter, Run
from briefer.files import write_atomic
from briefer.exchange.report import NotesReport
from briefer.exchange.words import met_word

ACCENT = RGBColor(0x15, 0x42, 0x73)
#: The page of the briefing packs (briefer/packs/styles.py): A4, margins in millimetres.
PAGE_MM = (210, 297)
MARGINS_MM = {"left": 25, "right": 22, "top": 27, "bottom": 24}
TEXT_WIDTH_MM = PAGE_MM[0] - MARGINS_MM["left"] - MARGINS_MM["right"]
#: The document language Word and LibreOffice check spelling and hyphenate in.
LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}
BODY_PT = 10.5
FONT = "Calibri"
#: The summary table has six columns on a portrait page: set a little smaller, as tables are.
SUMMARY_PT = 9


def _set_language(doc, tag: str) -> None:
    """``tag`` as the language of every run that does not say otherwise (docDefaults)."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), tag)
    lang.set(qn("w:eastAsia"), tag)
    lang.set(qn("w:bidi"), "ar-SA")
    rpr.append(lang)


def _set_fonts(doc) -> None:
    """Calibri for body and headings, named outright (the template's theme fonts fall back to
    whatever a reader has; LibreOffice substitutes the metric-compatible Carlito)."""
    for name in ("Normal", "Title", "Heading 1", "Heading 2"):
        style = doc.styles[name]
        style.font.name = FONT
        rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(attr), FONT)
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            rfonts.attrib.pop(qn(attr), None)


def _field(paragraph, instruction: str) -> None:
    """A live field (PAGE, NUMPAGES) that Word and LibreOffice fill in when they lay out the page."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def _page_number(paragraph, template: str) -> None:
    """``template`` ("page {x} of {y}") with {x} and {y} as PAGE and NUMPAGES fields."""
    for part in re.split(r"(\{x\}|\{y\})", template):
        if part == "{x}":
            _field(paragraph, "PAGE")
        elif part == "{y}":
            _field(paragraph, "NUMPAGES")
        elif part:
            paragraph.add_run(part)


def _page_setup(doc, report: NotesReport, marking: str) -> None:
    for section in doc.sections:
        section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
        section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
        section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
        section.header_distance = section.footer_distance = Mm(10)
        head = section.header.paragraphs[0]
        head.alignment = WD_ALIGN_PARAGRAPH.CENTER
        foot = section.footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if marking:
            head.add_run(marking).bold = True
            foot.add_run(marking).bold = True
            foot = section.footer.add_paragraph()
        foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _page_number(foot, report.words["page"])


def _properties(doc, report: NotesReport, title: str, marking: str) -> None:
    props = doc.core_properties
    when = report.created or datetime.now(timezone.utc).replace(microsecond=0)
    props.title = title
    props.subject = report.conference
    props.author = props.last_modified_by = report.author or "Briefer"
    props.created = props.modified = when.astimezone(timezone.utc).replace(tzinfo=None)  # written as UTC ("Z")
    props.revision = 1
    props.language = LANGUAGE_TAGS[report.lang]
    props.category = marking
    props.comments = ""
    props.keywords = ""


def text_width_mm(text: str, size_pt: float) -> float:
    """About how wide ``text`` sets (an average glyph of the body font, bold included, ~0.55 em)."""
    return len(text) * size_pt * 0.55 * 0.3528


#: Left plus right cell margin of Word's "Table Grid" (0.19 cm each) and a little air.
CELL_PADDING_MM = 4.2


def column_widths(rows: list[list[str]], size_pt: float = BODY_PT, total_mm: float = TEXT_WIDTH_MM,
                  header: bool = True) -> list[float]:
    """Column widths (mm) that give each column the room its content needs.

    Every column gets at least its longest word (nothing breaks inside a word); the
    width left goes first to columns whose data would otherwise wrap, those needing
    least first (a date like "Wednesday 13 November 2024" on one line; a long organisation
    name wraps), then to headings, then is spread. Equal widths
    (python-docx's default) break the date and "Counterpart" while a count column
    stays nearly empty.
    """
    cols = len(rows[0])
    data = rows[1:] if header and len(rows) > 1 else rows

    def width(text: str) -> float:
        return text_width_mm(text, size_pt) + CELL_PADDING_MM

    least = [max(width(w) for r in rows for w in (r[i].split() or [""])) for i in range(cols)]
    widths = list(least)
    room = total_mm - sum(widths)
    for wanted in ([max(width(r[i]) for r in data) for i in range(cols)],
                   [max(width(r[i]) for r in rows) for i in range(cols)]):
        lack = [max(n - w, 0.0) for n, w in zip(wanted, widths)]
        # the columns that need least first, whole: a date or a time on one line is worth more
        # than a few millimetres more for a long name that wraps anyway
        for i in sorted(range(cols), key=lambda c: lack[c]):
            if 0 < lack[i] <= room:
                widths[i] += lack[i]
                room -= lack[i]
                lack[i] = 0.0
        if room > 0 and sum(lack):
            give = room
            widths = [w + give * l / sum(lack) for w, l in zip(widths, lack)]
            room = 0.0
    if room > 0:
        widths = [w + room * w / sum(widths) for w in widths]
    scale = total_mm / sum(widths)  # shrink only when even the longest words do not fit
    return [w * min(scale, 1.0) if scale < 1 else w for w in widths]


def _table(body: BodyWriter, rows: list[list[str]], size_pt: float = BODY_PT, header: bool = True) -> None:
    """A fixed-layout "Table Grid" table whose columns get the room their content needs."""
    widths = [Mm(w).twips for w in column_widths(rows, size_pt, header=header)]
    # a fixed layout: Word and LibreOffice keep the widths given
    body.table(rows, widths, bold_header=header,
               size_half_points=None if size_pt == BODY_PT else round(size_pt * 2))


#: Called as ``progress(done, total)`` with meetings written so far, for a progress bar or line.
Progress = Callable[[int, int], None]


def render_docx(report: NotesReport, progress: Progress | None = None) -> bytes:
    w = report.words
    doc = Document()
    title = f"{w['title']} — {report.conference}"
    marking = report.classification.marking
    _set_language(doc, LANGUAGE_TAGS[report.lang])
    _set_fonts(doc)
    _properties(doc, report, title, marking)
    _page_setup(doc, report, marking)
    body = BodyWriter(doc)
    body.paragraph(f"{w['title']} — {report.conference}", style="Title")
    if marking:
        body.paragraph(Run(marking, bold=True))
    if report.omitted:
        body.paragraph(w["omitted"].format(n=report.omitted))

    body.paragraph(w["summary"], style="Heading 1")
    if not report.meetings:
        body.paragraph(w["no_meetings"])
    else:
        heads = [w["date"], w["time"], w["counterpart"], w["principal"], w["objectives_met"], w["actions_short"]]
        rows = [heads] + [[m.date_text, m.time_text, m.counterpart, m.principal, m.objectives_met,
                           str(len(m.actions))] for m in report.meetings]
        _table(body, rows, SUMMARY_PT)

    total = len(report.meetings)
    for done, m in enumerate(report.meetings):
        if progress is not None:
            progress(done, total)
        # each meeting on a page of its own: a report is handed out, or filed, per meeting
        body.paragraph(m.title, style="Heading 1", page_break_before=True)
        fact_rows = [
            [w["date"], m.date_text], [w["time"], m.time_text], [w["place"], m.place],
            [w["principal"], m.principal], [w["nl_side"], ", ".join(m.nl_side) or "—"],
            [w["other_side"], ", ".join(m.other_side) or m.counterpart or "—"], [w["status_h"], m.status],
        ]
        _table(body, fact_rows, header=False)
        if m.classification.marking:
            body.paragraph(Run(m.classification.marking, bold=True))

        body.paragraph(w["objectives"], style="Heading 2")
        for o in m.objectives:
            # the verdict in italics, as in the PDF and Markdown reports: it is said about the objective, not part of it
            body.paragraph(f"{o.text} — ", Run(met_word(o.met, w), italic=True), style="List Bullet")
        if not m.objectives:
            body.paragraph("—")

        body.paragraph(w["notes"], style="Heading 2")
        for n in m.notes:
            head = Run(f"{n.author or '—'} ({w['note_kind'].get(n.note_kind.value, n.note_kind.value)})",
                       bold=True, color=str(ACCENT))
            marks = [Run(f"  {n.classification.marking}", italic=True)] if n.classification.marking else []
            body.paragraph(head, *marks)
            for para in n.body.split("\n"):
                body.paragraph(para)
        if not m.notes:
            body.paragraph(w["no_notes"])

        body.paragraph(w["outcomes"], style="Heading 2")
        for o in m.outcomes:
            body.paragraph(o.text, style="List Bullet")
        if not m.outcomes:
            body.paragraph(w["no_outcomes"])

        body.paragraph(w["actions"], style="Heading 2")
        if m.actions:
            action_rows = [[w["what"], w["owner"], w["due"], w["status_h"]]]
            action_rows += [[a.what, a.owner, a.due_text, a.status] for a in m.actions]
            _table(body, action_rows)
        else:
            body.paragraph(w["no_actions"])
    style = doc.styles["Normal"]
    style.font.size = Pt(BODY_PT)
    buf = io.BytesIO()
    doc.save(buf)
    if progress is not None:
        progress(total, total)
    return buf.getvalue()


def write_docx(report: NotesReport, path: Path, progress: Progress | None = None) -> None:
    write_atomic(path, render_docx(report, progress))
