"""The Word report as Word's readers get it: A4 with the packs' margins, its own language and
properties, page numbers, a page per meeting, a summary whose columns fit, the marking on
every page — read through python-docx and through LibreOffice's own layout (PDF)."""

from __future__ import annotations

import re
import subprocess
from datetime import datetime, timezone

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm
from pypdf import PdfReader

from briefer.exchange.docx_report import CELL_PADDING_MM, text_width_mm, column_widths, write_docx
from briefer.exchange.report import build_notes_report
from briefer.store import Store
from exchange_world import build_world
from third_party import libreoffice_pdf, needs_libreoffice, pdf_pages, pdf_text


@pytest.fixture
def world(tmp_path):
    s = Store.open(tmp_path / "r.sqlite", user="anouk")
    w = build_world(s)
    yield s, w
    s.close()


def _lang(doc) -> str:
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    return defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang")).get(qn("w:val"))


@pytest.mark.parametrize("lang, tag", [("nl", "nl-NL"), ("en", "en-GB")])
def test_page_language_and_properties(world, tmp_path, lang, tag):
    store, _ = world
    out = tmp_path / "r.docx"
    write_docx(build_notes_report(store, lang=lang), out)
    doc = Document(str(out))
    for section in doc.sections:
        assert abs(section.page_width - Mm(210)) < Mm(0.5) and abs(section.page_height - Mm(297)) < Mm(0.5)
        assert abs(section.left_margin - Mm(25)) < Mm(0.5) and abs(section.right_margin - Mm(22)) < Mm(0.5)
    assert _lang(doc) == tag
    props = doc.core_properties
    assert props.author == "anouk" and props.last_modified_by == "anouk"
    assert props.title.endswith("— Test conference") and props.language == tag
    assert props.created.year == datetime.now(timezone.utc).year and props.created.year != 2013
    assert props.revision == 1 and props.category == "Stg. CONFIDENTIEEL"
    headings = [p for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert [h.paragraph_format.page_break_before for h in headings] == [None, True, True]


def test_column_widths_give_each_column_its_content():
    rows = [["Date", "Time", "Counterpart", "Principal", "Objectives met", "Actions"],
            ["Wednesday 19 June 2019", "11:00–11:30", "Indonesia", "Bruno Bruins", "1/2", "1"]]
    widths = column_widths(rows, 9, total_mm=163)
    assert abs(sum(widths) - 163) < 0.01
    assert widths[0] == max(widths)  # the date gets the room; the count column does not
    assert widths[5] < widths[0] / 2
    # a long organisation name wraps; the date and the time still get their one line
    rows.append(["Thursday 20 June 2019", "08:00–08:45", "Food and Agriculture Organization of the United Nations "
                 "(FAO)", "Carola Schouten", "0/2", "0"])
    wide = column_widths(rows, 9, total_mm=163)
    def one_line(text):
        return text_width_mm(text, 9) + CELL_PADDING_MM

    assert wide[0] >= one_line("Wednesday 19 June 2019") - 0.01 and wide[1] >= one_line("11:00–11:30") - 0.01
    assert abs(sum(wide) - 163) < 0.01


@needs_libreoffice
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_libreoffice_lays_it_out_on_a4_with_a_page_per_meeting(world, tmp_path, lang):
    store, _ = world
    out = tmp_path / "report.docx"
    write_docx(build_notes_report(store, lang=lang), out)
    pdf = libreoffice_pdf(out, tmp_path / "lo")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "(A4)" in info
    assert PdfReader(str(pdf)).trailer["/Root"]["/Lang"] == {"en": "en-GB", "nl": "nl-NL"}[lang]
    pages = pdf_pages(pdf)
    assert len(pages) == 3
    first = {"en": ("Bilateral with Indonesia", "Bilateral with Germany"),
             "nl": ("Bilateraal met Indonesië", "Bilateraal met Duitsland")}[lang]
    assert first[0] not in pages[0].split("Summary")[0] and first[0] in pages[1] and first[1] in pages[2]
    assert first[1] not in pages[1]
    word = {"en": "page", "nl": "pagina"}[lang]
    of = {"en": "of", "nl": "van"}[lang]
    for i, page in enumerate(pages, start=1):
        assert page.count("Stg. CONFIDENTIEEL") >= 2, i  # header and footer
        assert f"{word} {i} {of} 3" in page
    # the summary's columns fit: a date and a heading each on one line, no word broken
    layout = pdf_text(pdf, layout=True).split("\f")[0]
    date = {"en": "Wednesday 19 June 2019", "nl": "woensdag 19 juni 2019"}[lang]
    heading = {"en": "Counterpart", "nl": "Gesprekspartner"}[lang]
    assert re.search(rf"{date}\s+11:00–11:30", layout), layout
    assert re.search(rf"\b{heading}\b", layout), layout


def test_the_body_is_the_xml_python_docx_writes():
    """The fast body writer puts out what python-docx's own API does for the same content (styles by
    id, bold/italic/colour/size, tabs and line breaks, kept spaces, a fixed table with its widths)."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Pt, RGBColor
    from lxml import etree

    from briefer.exchange.docx_body import BodyWriter, Run

    rows = [["Day", " Time "], ["19 June\t2019", ""], ["Mr X\nMs Y", "ok"]]
    widths = [Mm(30), Mm(45)]

    ours = Document()
    body = BodyWriter(ours)
    body.paragraph("Report", style="Title")
    body.paragraph(Run("Alice (note)", bold=True, color="154273"), Run("  Stg. GEHEIM", italic=True))
    body.paragraph("")
    body.paragraph("a point", style="List Bullet")
    body.paragraph("Meeting", style="Heading 1", page_break_before=True)
    body.table(rows, [w.twips for w in widths], size_half_points=18)
    body.table(rows, [w.twips for w in widths], bold_header=False)

    theirs = Document()
    theirs.add_heading("Report", level=0)
    p = theirs.add_paragraph()
    head = p.add_run("Alice (note)")
    head.bold = True
    head.font.color.rgb = RGBColor(0x15, 0x42, 0x73)
    p.add_run("  Stg. GEHEIM").italic = True
    theirs.add_paragraph("")
    theirs.add_paragraph("a point", style="List Bullet")
    theirs.add_heading("Meeting", level=1).paragraph_format.page_break_before = True
    for header, size in ((True, Pt(9)), (False, None)):
        t = theirs.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        t.autofit = False
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        for i, texts in enumerate(rows):
            for cell, text in zip(t.add_row().cells, texts):
                cell.text = text
                for run in cell.paragraphs[0].runs:
                    if header and i == 0:
                        run.bold = True
                    if size:
                        run.font.size = size
        for col, w in zip(t.columns, widths):
            col.width = w
            for cell in col.cells:
                cell.width = w

    def xml(doc):
        return [etree.tostring(e, method="c14n") for e in doc.element.body]

    assert xml(ours) == xml(theirs)


def test_word_export_reports_progress_per_meeting(world, tmp_path):
    store, _ = world
    report = build_notes_report(store)
    seen = []
    write_docx(report, tmp_path / "r.docx", progress=lambda done, total: seen.append((done, total)))
    total = len(report.meetings)
    assert total >= 2
    assert seen == [(i, total) for i in range(total)] + [(total, total)]


class _Terminal:
    def __init__(self, tty: bool):
        self.text, self.tty = "", tty

    def isatty(self):
        return self.tty

    def write(self, s):
        self.text += s

    def flush(self):
        pass


def test_progress_line_redraws_one_line_on_a_terminal_and_is_silent_in_a_pipe():
    from briefer.cli.output import progress_line

    ticks = iter([0.0, 0.05, 0.2, 0.21])
    term = _Terminal(tty=True)
    show = progress_line(term, "Word: meetings", clock=lambda: next(ticks))
    for done in range(4):
        show(done, 3)
    # 0 shown, 1 too soon after it, 2 shown, 3 (the end) always shown and the line ended
    assert term.text == "\rWord: meetings 0/3\rWord: meetings 2/3\rWord: meetings 3/3\n"
    pipe = _Terminal(tty=False)
    quiet = progress_line(pipe, "Word: meetings")
    for done in range(4):
        quiet(done, 3)
    assert pipe.text == ""


def _one_line(text: str, size: float = 9) -> float:
    return text_width_mm(text, size) + CELL_PADDING_MM


def test_the_last_fraction_of_a_millimetre_goes_to_the_column_whose_text_still_wraps():
    # "cc dd" can have its one line whole; "aaaa bbbbbbbb" cannot, so the 0.6 mm left after that goes to it,
    # not spread over both columns by their width
    rows = [["A", "B"], ["aaaa bbbbbbbb", "cc dd"]]
    least = [_one_line("bbbbbbbb"), _one_line("dd")]
    total = sum(least) + (_one_line("cc dd") - least[1]) + 0.6
    widths = column_widths(rows, 9, total_mm=total)
    assert widths[1] == pytest.approx(_one_line("cc dd"), abs=1e-9)
    assert widths[0] == pytest.approx(least[0] + 0.6, abs=1e-9)


def test_when_even_the_longest_words_do_not_fit_every_column_is_narrowed_by_the_same_factor():
    # 0.5 mm short of the longest words: no column gives up more than its share because its text would wrap
    rows = [["A", "B"], ["aaaa bbbbbbbb", "cc dd"]]
    least = [_one_line("bbbbbbbb"), _one_line("dd")]
    total = sum(least) - 0.5
    widths = column_widths(rows, 9, total_mm=total)
    factor = total / sum(least)
    assert widths == pytest.approx([least[0] * factor, least[1] * factor], abs=1e-9)
