"""Printing a pack through a real CUPS queue: what reaches the printer, read back.

The queue is CUPS-PDF (a virtual printer that writes each job as a PDF after CUPS' own filter
chain), so the test sees what an office printer would get: the chosen pages only, in order, at
100 %, as text and lines — not a 300 dpi picture per page. A page with any transparency is
flattened to such a picture on the way to a PostScript printer, which the pack's draft mark and
watermark once caused.
"""

from __future__ import annotations

import re
import subprocess
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from briefer.errors import BrieferError
from briefer.packs import PackOptions, build_pack
from briefer.print_job import PrintJob, check_range, lp_command, send_pdf
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
    with pytest.raises(BrieferError) as refused:
        send_pdf(data, PrintJob("NoSuchPrinter", "x"))
    # lp's own reason, its first line, after the printer's name ("/usr/bin/lp: Error - …": lp names itself)
    said = str(refused.value)
    assert said.startswith("printer 'NoSuchPrinter' refused the job: ") and said.endswith(
        "lp: Error - The printer or class does not exist."), said


@needs_cups_pdf
def test_what_the_app_reports_is_the_job_s_request_id_as_lpstat_lists_it(cups_pdf_queue, tmp_path):
    """"Sent to the printer as BrieferTestPDF…-12": the id the advisor finds again in the printer's queue
    (lpstat, the CUPS web page) — not lp's whole sentence, nor another word of it."""
    data = _numbered_pdf(tmp_path / "one.pdf", 1)
    title = f"id{uuid.uuid4().hex[:8]}"
    request = send_pdf(data, PrintJob(QUEUE, title), pages=1)
    assert re.fullmatch(rf"{QUEUE}-\d+", request), request
    assert printed(cups_pdf_queue, title, request).exists()


def test_a_range_beyond_the_document_is_refused_before_printing(tmp_path):
    with pytest.raises(BrieferError, match="the document has 5 pages"):
        send_pdf(b"%PDF-1.4", PrintJob("Office", "x", first_page=4, last_page=9), pages=5)


def test_one_page_or_every_page_up_to_one_is_a_range_lp_understands():
    """The print dialog's "from 3" (one page) and "to 4" (from the first): both become a range lp takes."""
    assert lp_command(PrintJob("Office", "Pack", first_page=3))[-2:] == ["-o", "page-ranges=3-3"]
    assert lp_command(PrintJob("Office", "Pack", last_page=4))[-2:] == ["-o", "page-ranges=1-4"]


def test_a_range_to_the_last_page_is_printed_and_one_past_it_is_refused_naming_the_pages():
    check_range(PrintJob("Office", "x", first_page=2, last_page=5), pages=5)  # to the last page: fine
    with pytest.raises(BrieferError) as refused:
        check_range(PrintJob("Office", "x", last_page=6), pages=5)
    assert str(refused.value) == "the document has 5 pages; pages 1–6 do not all exist"


@pytest.fixture
def lp_on_path(tmp_path, monkeypatch):
    """PATH holding only an ``lp`` of the test's making (or none at all: ``None``); its script names the
    other commands it runs by their full path."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    monkeypatch.setenv("PATH", str(bin_dir))

    def install(script: str | None) -> None:
        if script is not None:
            lp = bin_dir / "lp"
            lp.write_text("#!/bin/sh\n" + script + "\n")
            lp.chmod(0o755)
    return install


def test_without_cups_printing_as_a_pdf_is_refused_saying_what_is_missing(lp_on_path):
    lp_on_path(None)
    with pytest.raises(BrieferError) as refused:
        send_pdf(b"%PDF-1.4", PrintJob("Office", "x"))
    assert str(refused.value) == "printing a PDF as it is needs CUPS (the lp command), which is not installed"


def test_a_cups_that_words_its_answer_otherwise_is_shown_whole(lp_on_path):
    """CUPS translates lp's answer (in German "Anfrage-ID ist …"): the app then shows the whole line
    rather than guess which word is the id."""
    lp_on_path('/bin/cat > /dev/null; echo "Anfrage-ID ist Office-12 (1 Datei(en))"')
    assert send_pdf(b"%PDF-1.4", PrintJob("Office", "x")) == "Anfrage-ID ist Office-12 (1 Datei(en))"


def test_an_lp_that_fails_without_a_word_is_reported_by_its_exit_status(lp_on_path):
    lp_on_path("/bin/cat > /dev/null; exit 3")
    with pytest.raises(BrieferError) as refused:
        send_pdf(b"%PDF-1.4", PrintJob("Office", "x"))
    assert str(refused.value) == "printer 'Office' refused the job: lp exit 3"


def test_a_print_system_that_does_not_take_the_job_is_given_up_on_in_one_line(lp_on_path):
    lp_on_path("exec /bin/sleep 30")  # a CUPS that hangs (a stuck scheduler)
    with pytest.raises(BrieferError) as refused:
        send_pdf(b"%PDF-1.4", PrintJob("Office", "x"), timeout=1)
    assert str(refused.value) == "the print system did not take the job within 1 s"


def test_the_app_waits_a_minute_for_the_print_system(lp_on_path, monkeypatch):
    """Unless told otherwise, the print system gets a minute, and the refusal says so (the minute itself
    is stood in for rather than spent)."""
    from briefer import print_job

    lp_on_path("exit 0")

    def never_done(cmd, **kwargs):
        raise subprocess.TimeoutExpired(cmd, kwargs["timeout"])

    monkeypatch.setattr(print_job.subprocess, "run", never_done)
    with pytest.raises(BrieferError) as refused:
        send_pdf(b"%PDF-1.4", PrintJob("Office", "x"))
    assert str(refused.value) == "the print system did not take the job within 60 s"
