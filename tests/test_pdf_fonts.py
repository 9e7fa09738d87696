"""The harness's pypdf font cache (tests/pdf_fonts.py) reads the same text, building each font once per document."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from pypdf.generic._font import Font
from reportlab.pdfgen.canvas import Canvas

from tests import pdf_fonts

LINES = ["Ministerie van Volksgezondheid", "Δελτίο — ČSSR ‘quoted’ ﬁnal", "Mr. Tedros Adhanom Ghebreyesus"]


@pytest.fixture
def two_font_pdf(tmp_path):
    from briefer.packs.fonts import BOLD, REGULAR, ensure_fonts

    ensure_fonts()
    path = tmp_path / "fonts.pdf"
    canvas = Canvas(str(path))
    for page in range(4):
        for i, line in enumerate(LINES):
            canvas.setFont(BOLD if i == page % 3 else REGULAR, 11)
            canvas.drawString(72, 700 - 20 * i, f"{line} {page}")
        canvas.showPage()
    canvas.save()
    return path


def _texts(path, mode="plain"):
    return [page.extract_text(extraction_mode=mode) for page in PdfReader(str(path)).pages]


def test_every_page_reads_as_pypdf_reads_it_without_the_cache(two_font_pdf, monkeypatch):
    cached = {mode: _texts(two_font_pdf, mode) for mode in ("plain", "layout")}
    monkeypatch.setattr(Font, "from_font_resource", classmethod(pdf_fonts._installed[0]))
    assert {mode: _texts(two_font_pdf, mode) for mode in ("plain", "layout")} == cached
    assert cached["plain"][3].splitlines() == [f"{line} 3" for line in LINES]


def test_each_font_of_a_document_is_built_once_and_each_page_gets_its_own_copy(two_font_pdf, monkeypatch):
    build = pdf_fonts._installed[0]
    calls = []

    def counting(cls, font_dict):
        calls.append(font_dict.get("/BaseFont"))
        return build(cls, font_dict)

    monkeypatch.setattr(pdf_fonts, "_installed", [])
    monkeypatch.setattr(Font, "from_font_resource", classmethod(counting))
    pdf_fonts.install()
    reader = PdfReader(str(two_font_pdf))
    for page in reader.pages:
        page.extract_text()
    # reportlab's default Helvetica, the regular and the bold face: once each, for four pages
    assert sorted(calls) == ["/AAAAAA+DejaVuSans", "/AAAAAA+DejaVuSans-Bold", "/Helvetica"]
    font = reader.pages[0]["/Resources"]["/Font"]
    first = next(iter(font.values())).get_object()
    one, other = Font.from_font_resource(first), Font.from_font_resource(first)
    one.space_width = 1
    one.character_widths["x"] = 1
    assert other.space_width != 1 and other.character_widths.get("x") != 1
