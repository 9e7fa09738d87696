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

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

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


def _fit_columns(table, rows: list[list[str]], size_pt: float = BODY_PT, header: bool = True) -> None:
    widths = column_widths(rows, size_pt, header=header)
    table.autofit = False  # a fixed layout: Word and LibreOffice keep the widths given
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for col, width in zip(table.columns, widths):
        col.width = Mm(width)
        for cell in col.cells:
            cell.width = Mm(width)
            if size_pt != BODY_PT:
                for run in (r for p in cell.paragraphs for r in p.runs):
                    run.font.size = Pt(size_pt)


def render_docx(report: NotesReport) -> bytes:
    w = report.words
    doc = Document()
    title = f"{w['title']} — {report.conference}"
    marking = report.classification.marking
    _set_language(doc, LANGUAGE_TAGS[report.lang])
    _set_fonts(doc)
    _properties(doc, report, title, marking)
    _page_setup(doc, report, marking)
    doc.add_heading(f"{w['title']} — {report.conference}", level=0)
    if marking:
        p = doc.add_paragraph()
        run = p.add_run(marking)
        run.bold = True
    if report.omitted:
        doc.add_paragraph(w["omitted"].format(n=report.omitted))

    doc.add_heading(w["summary"], level=1)
    if not report.meetings:
        doc.add_paragraph(w["no_meetings"])
    else:
        table = doc.add_table(rows=1, cols=6)
        table.style = "Table Grid"
        heads = [w["date"], w["time"], w["counterpart"], w["principal"], w["objectives_met"], w["actions_short"]]
        for cell, text in zip(table.rows[0].cells, heads):
            cell.text = text
            cell.paragraphs[0].runs[0].bold = True
        rows = [heads]
        for m in report.meetings:
            row = table.add_row().cells
            texts = [m.date_text, m.time_text, m.counterpart, m.principal, m.objectives_met, str(len(m.actions))]
            rows.append(texts)
            for cell, text in zip(row, texts):
                cell.text = text
        _fit_columns(table, rows, SUMMARY_PT)

    for m in report.meetings:
        # each meeting on a page of its own: a report is handed out, or filed, per meeting
        doc.add_heading(m.title, level=1).paragraph_format.page_break_before = True
        facts = doc.add_table(rows=0, cols=2)
        facts.style = "Table Grid"
        fact_rows = [
            [w["date"], m.date_text], [w["time"], m.time_text], [w["place"], m.place],
            [w["principal"], m.principal], [w["nl_side"], ", ".join(m.nl_side) or "—"],
            [w["other_side"], ", ".join(m.other_side) or m.counterpart or "—"], [w["status_h"], m.status],
        ]
        for label, value in fact_rows:
            cells = facts.add_row().cells
            cells[0].text, cells[1].text = label, value
        _fit_columns(facts, fact_rows, header=False)
        if m.classification.marking:
            doc.add_paragraph().add_run(m.classification.marking).bold = True

        doc.add_heading(w["objectives"], level=2)
        for o in m.objectives:
            doc.add_paragraph(f"{o.text} — {met_word(o.met, w)}", style="List Bullet")
        if not m.objectives:
            doc.add_paragraph("—")

        doc.add_heading(w["notes"], level=2)
        for n in m.notes:
            p = doc.add_paragraph()
            head = p.add_run(f"{n.author or '—'} ({w['note_kind'].get(n.note_kind.value, n.note_kind.value)})")
            head.bold = True
            head.font.color.rgb = ACCENT
            if n.classification.marking:
                p.add_run(f"  {n.classification.marking}").italic = True
            for para in n.body.split("\n"):
                doc.add_paragraph(para)
        if not m.notes:
            doc.add_paragraph(w["no_notes"])

        doc.add_heading(w["outcomes"], level=2)
        for o in m.outcomes:
            doc.add_paragraph(o.text, style="List Bullet")
        if not m.outcomes:
            doc.add_paragraph(w["no_outcomes"])

        doc.add_heading(w["actions"], level=2)
        if m.actions:
            t = doc.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for cell, text in zip(t.rows[0].cells, [w["what"], w["owner"], w["due"], w["status_h"]]):
                cell.text = text
                cell.paragraphs[0].runs[0].bold = True
            action_rows = [[w["what"], w["owner"], w["due"], w["status_h"]]]
            for a in m.actions:
                row = t.add_row().cells
                action_rows.append([a.what, a.owner, a.due_text, a.status])
                for cell, text in zip(row, action_rows[-1]):
                    cell.text = text
            _fit_columns(t, action_rows)
        else:
            doc.add_paragraph(w["no_actions"])
    style = doc.styles["Normal"]
    style.font.size = Pt(BODY_PT)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def write_docx(report: NotesReport, path: Path) -> None:
    write_atomic(path, render_docx(report))
