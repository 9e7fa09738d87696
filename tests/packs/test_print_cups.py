"""Printing a pack through a real CUPS queue: what reaches the printer, read back.

The queue is CUPS-PDF (a virtual printer that writes each job as a PDF after CUPS' own filter
chain), so the test sees what an office printer would get: the chosen pages only, in order, at
100 %, as text and lines — not a 300 dpi picture per page. A page with any transparency is
flattened to such a picture on the way to a PostScript printer, which the pack's draft mark and
watermark once caused.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from briefer.errors import BrieferError
from briefer.packs import PackOptions, build_pack
from briefer.print_job import PrintJob, lp_command, send_pdf
from tests.cups_queue import QUEUE, cups_pdf_queue, needs_cups_pdf, printed  # noqa: F401 (a fixture)


def test_the_dialogs_choices_become_lp_options():
    job = PrintJob("Office", "Pack — Minister", first_page=2, last_page=4, copies=3, collate=False,
                   sides="two-sided-long-edge")
    assert lp_command(job) == ["lp", "-d", "Office", "-t", "Pack — Minister", "-n", "3",
                               "-o", "sides=two-sided-long-edge", "-o", "print-scaling=none",
                               "-o", "collate=false", "-o", "page-ranges=2-4"]
    whole = lp_command(PrintJob("Office", "Pack"))
    assert not any(o.startswith("page-ranges") for o in whole) and "collate=true" in whole


@pytest.mark.parametrize("job, says", [
    (PrintJob("", "Pack"), "no printer"),
    (PrintJob("Office", "Pack", copies=0), "0 copies"),
    (PrintJob("Office", "Pack", first_page=4, last_page=2), "pages 4–2"),
])
def test_a_job_that_cannot_be_printed_says_why(job, says):
    with pytest.raises(BrieferError, match=says):
        lp_command(job)


def _numbered_pdf(path: Path, pages: int) -> bytes:
    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 14)
        c.drawString(72, 720, f"Page {n} of {pages}")
        c.showPage()
    c.save()
    return path.read_bytes()


def _first_line_x(page) -> float:
    xs = []
    page.extract_text(visitor_text=lambda t, cm, tm, font, size: xs.append(tm[4] * cm[0] + cm[4]) if t.strip() else None)
    return xs[0]


@needs_cups_pdf
def test_pages_two_to_four_reach_the_printer_as_text_at_full_size(cups_pdf_queue, tmp_path):
    data = _numbered_pdf(tmp_path / "five.pdf", 5)
    title = f"range{uuid.uuid4().hex[:8]}"
    request = send_pdf(data, PrintJob(QUEUE, title, first_page=2, last_page=4), pages=5)
    out = PdfReader(str(printed(cups_pdf_queue, title, request)))
    assert [p.extract_text().strip() for p in out.pages] == ["Page 2 of 5", "Page 3 of 5", "Page 4 of 5"]
    assert all(not p.images for p in out.pages)  # vector: no page became a picture
    page = out.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)  # A4
    assert abs(_first_line_x(page) - 72) < 1  # at 100 %: the text where the document put it


@needs_cups_pdf
def test_a_draft_pack_with_its_watermark_prints_as_vectors(cups_pdf_queue, demo_store, tmp_path):
    from briefer.model import Person

    minister = next(p for p in demo_store.repo_for(Person).list() if p.is_principal)
    result = build_pack(demo_store, PackOptions(recipient_id=minister.id, lang="en", watermark=True),
                        tmp_path / "pack.pdf")
    title = f"pack{uuid.uuid4().hex[:8]}"
    request = send_pdf(result.path.read_bytes(), PrintJob(QUEUE, title, first_page=1, last_page=3),
                       pages=result.pages)
    out = PdfReader(str(printed(cups_pdf_queue, title, request)))
    assert len(out.pages) == 3
    assert all(not p.images for p in out.pages), "a transparent mark flattened the pages into pictures"
    assert minister.family_name in out.pages[0].extract_text()


@needs_cups_pdf
def test_an_unknown_printer_is_named_and_nothing_is_queued(cups_pdf_queue, tmp_path):
    data = _numbered_pdf(tmp_path / "one.pdf", 1)
    with pytest.raises(BrieferError, match="'NoSuchPrinter' refused the job"):
        send_pdf(data, PrintJob("NoSuchPrinter", "x"))


def test_a_range_beyond_the_document_is_refused_before_printing(tmp_path):
    with pytest.raises(BrieferError, match="the document has 5 pages"):
        send_pdf(b"%PDF-1.4", PrintJob("Office", "x", first_page=4, last_page=9), pages=5)
