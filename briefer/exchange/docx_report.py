"""Meeting reports as a Word document (python-docx), with real Word styles.

Headings use the built-in "Heading 1/2" styles and tables "Table Grid", so
the document's navigation pane, table of contents and restyling work in Word
and LibreOffice alike.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.shared import Pt, RGBColor

from briefer.files import write_atomic
from briefer.exchange.report import NotesReport
from briefer.exchange.words import met_word

ACCENT = RGBColor(0x15, 0x42, 0x73)


def render_docx(report: NotesReport) -> bytes:
    w = report.words
    doc = Document()
    doc.core_properties.title = f"{w['title']} — {report.conference}"
    marking = report.classification.marking
    for section in doc.sections:
        if marking:
            section.header.paragraphs[0].text = marking
            section.footer.paragraphs[0].text = marking
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
        heads = [w["date"], w["time"], w["counterpart"], w["principal"], w["objectives_met"], w["actions"]]
        for cell, text in zip(table.rows[0].cells, heads):
            cell.text = text
            cell.paragraphs[0].runs[0].bold = True
        for m in report.meetings:
            row = table.add_row().cells
            for cell, text in zip(row, [m.date_text, m.time_text, m.counterpart, m.principal, m.objectives_met,
                                        str(len(m.actions))]):
                cell.text = text

    for m in report.meetings:
        doc.add_heading(m.title, level=1)
        facts = doc.add_table(rows=0, cols=2)
        facts.style = "Table Grid"
        for label, value in (
            (w["date"], m.date_text), (w["time"], m.time_text), (w["place"], m.place),
            (w["principal"], m.principal), (w["nl_side"], ", ".join(m.nl_side) or "—"),
            (w["other_side"], ", ".join(m.other_side) or m.counterpart or "—"), (w["status_h"], m.status),
        ):
            cells = facts.add_row().cells
            cells[0].text, cells[1].text = label, value
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
            for a in m.actions:
                row = t.add_row().cells
                for cell, text in zip(row, [a.what, a.owner, a.due_text, a.status]):
                    cell.text = text
        else:
            doc.add_paragraph(w["no_actions"])
    style = doc.styles["Normal"]
    style.font.size = Pt(10.5)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def write_docx(report: NotesReport, path: Path) -> None:
    write_atomic(path, render_docx(report))
