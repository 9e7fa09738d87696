"""Note reports and action lists, read back the way a user (or Word, Excel) would."""

from __future__ import annotations

import csv
import io
import json

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from briefer.errors import BrieferError
from briefer.exchange.actions_export import write_actions
from briefer.exchange.docx_report import write_docx
from briefer.exchange.json_report import write_json
from briefer.exchange.markdown_report import write_markdown
from briefer.exchange.pdf_report import write_pdf
from briefer.exchange.report import build_action_list, build_notes_report
from briefer.model import Classification
from briefer.store import Store
from exchange_world import build_world


@pytest.fixture
def world(tmp_path):
    s = Store.open(tmp_path / "r.sqlite", user="anouk")
    w = build_world(s)
    yield s, w
    s.close()


def docx_text(path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def test_docx_report_has_summary_table_headings_and_every_word(world, tmp_path):
    store, w = world
    out = tmp_path / "report.docx"
    write_docx(build_notes_report(store), out)
    doc = Document(str(out))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Summary of meetings", "Bilateral with Indonesia", "Bilateral with Germany"]  # by day
    summary = doc.tables[0]
    assert [c.text for c in summary.rows[0].cells][:3] == ["Date", "Time", "Counterpart"]
    assert [c.text for c in summary.rows[1].cells][:3] == ["Wednesday 19 June 2019", "11:00–11:30", "Indonesia"]
    text = docx_text(out)
    for note in store.notes.list():
        for line in note.body.splitlines():
            assert line in text
    assert "Secure support for the AMR declaration — met" in text
    assert "Offer twinning on surveillance — not met" in text
    # the verdict is set in italics, the objective upright, as in the PDF and Markdown reports
    verdicts = {p.text: [(r.text, bool(r.italic)) for r in p.runs] for p in doc.paragraphs if p.text.endswith("met")}
    assert verdicts["Offer twinning on surveillance — not met"] == [("Offer twinning on surveillance — ", False),
                                                                    ("not met", True)]
    assert "Indonesia will co-sign the declaration" in text
    assert "Send draft twinning proposal to Jakarta" in text and "Directie Internationale Zaken" in text
    assert "Anouk de Vries-Ölçer" in text and "Nila Moeloek" in text
    assert doc.sections[0].header.paragraphs[0].text == "Stg. CONFIDENTIEEL"


def test_leaving_out_classified_text(world, tmp_path):
    store, w = world
    out = tmp_path / "public.docx"
    report = build_notes_report(store, ceiling=Classification.ONGERUBRICEERD)
    write_docx(report, out)
    text = docx_text(out)
    assert "Private assessment" not in text and "Germany" not in text  # the Dep. VERTROUWELIJK meeting too
    assert "Indonesia supports the declaration." in text
    assert report.omitted == 1 and report.classification is Classification.ONGERUBRICEERD
    # a ceiling at Dep. VERTROUWELIJK keeps the German meeting but not the confidential note
    text = build_notes_report(store, ceiling=Classification.DEP_VERTROUWELIJK)
    assert [m.counterpart for m in text.meetings] == ["Indonesia", "Germany"]
    assert all("Private" not in n.body for m in text.meetings for n in m.notes)


def test_dutch_report_for_one_country(world, tmp_path):
    store, w = world
    out = tmp_path / "idn.docx"
    write_docx(build_notes_report(store, country="IDN", lang="nl"), out)
    text = docx_text(out)
    assert "Bilateraal met Indonesië" in text and "woensdag 19 juni 2019" in text
    assert "Duitsland" not in text


def test_pdf_report_contains_each_meeting_and_page_numbers(world, tmp_path):
    store, w = world
    out = tmp_path / "report.pdf"
    write_pdf(build_notes_report(store), out)
    reader = PdfReader(str(out))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Bilateral with Indonesia" in text and "Bilateral with Germany" in text
    assert "Germany: één lijn on One Health." in text
    n = len(reader.pages)
    assert n >= 3 and f"page {n} of {n}" in reader.pages[-1].extract_text()
    assert "Stg. CONFIDENTIEEL" in reader.pages[0].extract_text()


def test_markdown_combined_and_one_file_per_meeting(world, tmp_path):
    store, w = world
    report = build_notes_report(store)
    [combined] = write_markdown(report, tmp_path / "all.md")
    text = combined.read_text(encoding="utf-8")
    assert "## Bilateral with Indonesia" in text and "## Bilateral with Germany" in text
    assert "Minister Moeloek asked about twinning." in text
    files = write_markdown(report, tmp_path / "split", split=True)
    assert [f.name for f in files] == ["001-2019-06-19-bilateral-with-indonesia.md",
                                       "002-2019-06-20-bilateral-with-germany.md"]
    assert files[1].read_text(encoding="utf-8").startswith("# Bilateral with Germany")


def test_split_file_names_keep_their_accents_and_scripts(world, tmp_path):
    from briefer.exchange.markdown_report import slug

    store, w = world
    files = write_markdown(build_notes_report(store, lang="nl"), tmp_path / "split", split=True)
    assert [f.name for f in files] == ["001-2019-06-19-bilateraal-met-indonesië.md",
                                       "002-2019-06-20-bilateraal-met-duitsland.md"]
    assert slug("Gespräch: Türkiye / Côte d'Ivoire") == "gespräch-türkiye-côte-d-ivoire"
    assert slug("会谈 中国") == "会谈-中国"
    assert slug("a/b\\c:d*e?f") == "a-b-c-d-e-f"  # no path separators, nothing Windows refuses
    assert len(slug("ë" * 300).encode("utf-8")) <= 120 and slug("ë" * 300) == "ë" * 60
    assert slug("***") == "meeting"


def test_json_report(world, tmp_path):
    store, w = world
    write_json(build_notes_report(store, meeting=w["m1"].id[:8]), tmp_path / "m1.json")
    data = json.loads((tmp_path / "m1.json").read_text(encoding="utf-8"))
    [m] = data["meetings"]
    assert m["objectives"][0] == {"text": "Secure support for the AMR declaration", "met": True}
    assert {n["author"] for n in m["notes"]} == {"Anouk", "Pieter"}


def test_actions_csv_is_utf8_with_bom_and_opens_with_the_csv_module(world, tmp_path):
    store, w = world
    out = tmp_path / "actions.csv"
    write_actions(build_action_list(store), out, "csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["Meeting", "Country", "What", "Owner", "Due", "Status"]
    assert rows[1] == ["Bilateral with Germany", "Germany", "Brief Søren Ærø-Müller on the outcome",
                       "Anouk de Vries-Ölçer", "2019-07-01", "open"]  # by due date
    assert rows[2][2] == "Send draft twinning proposal to Jakarta"


def test_actions_xlsx_has_real_dates(world, tmp_path):
    store, w = world
    out = tmp_path / "actions.xlsx"
    write_actions(build_action_list(store, lang="nl"), out, "xlsx", "nl")
    ws = load_workbook(out).active
    assert [c.value for c in ws[1]] == ["Gesprek", "Land", "Wat", "Eigenaar", "Uiterlijk", "Status"]
    assert ws["C2"].value == "Brief Søren Ærø-Müller on the outcome"
    assert ws["E2"].value.date().isoformat() == "2019-07-01" and ws["B2"].value == "Duitsland"


def test_exports_write_atomically(world, tmp_path):
    store, w = world
    out = tmp_path / "report.docx"
    out.write_bytes(b"previous version")
    with pytest.raises(BrieferError, match="does not exist"):
        write_docx(build_notes_report(store), tmp_path / "missing" / "report.docx")
    write_docx(build_notes_report(store), out)
    assert out.read_bytes().startswith(b"PK")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp files left


def test_pdf_report_is_set_in_the_pack_typography(world, tmp_path):
    from briefer.packs import styles as ps

    store, _ = world
    out = tmp_path / "report.pdf"
    write_pdf(build_notes_report(store), out)
    first = PdfReader(str(out)).pages[0]
    fonts = {str(f.get_object()["/BaseFont"]).split("+")[-1] for f in first["/Resources"]["/Font"].values()}
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= fonts  # the packs' embedded typeface
    starts = []
    first.extract_text(visitor_text=lambda text, cm, tm, font, size: starts.append(
        (text.strip(), round(tm[4] * cm[0] + cm[4], 1), round(size * tm[0], 1))) if text.strip() else None)
    title = next(s for s in starts if s[0].startswith("Meeting reports"))
    # on the packs' page: same left margin, the pack's title size (h1)
    assert title[1] == round(ps.MARGIN_LEFT, 1)
    assert title[2] == ps.make_styles().h1.fontSize


def test_pdf_report_holds_only_embedded_fonts(world, tmp_path):
    """A printer or an archive check substitutes a font that is not in the file; a report's tables
    once selected the non-embedded Helvetica before each cell."""
    store, _ = world
    out = tmp_path / "report.pdf"
    write_pdf(build_notes_report(store), out)
    named = {}
    for page in PdfReader(str(out)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            named[str(font["/BaseFont"])] = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert named and all(named.values()), named


def test_dutch_reports_write_due_dates_in_words_and_fit_their_summary(world, tmp_path):
    store, w = world
    due = w["act1"].due
    assert due is not None
    report = build_notes_report(store, country="IDN", lang="nl")
    write_docx(report, tmp_path / "r.docx")
    write_pdf(report, tmp_path / "r.pdf")
    write_markdown(report, tmp_path / "r.md")
    words = f"{due.day} {['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'][due.month - 1]} {due.year}"
    pdf = "\n".join(p.extract_text() for p in PdfReader(str(tmp_path / "r.pdf")).pages)
    for text in (docx_text(tmp_path / "r.docx"), pdf, (tmp_path / "r.md").read_text(encoding="utf-8")):
        assert words in text and due.isoformat() not in text
    summary = PdfReader(str(tmp_path / "r.pdf")).pages[0].extract_text()
    assert "Bewindspersoon" in summary and "Vervolgacties" in summary  # headers not broken mid-word
    assert "wo 19 jun" in summary  # the short date keeps each summary row on one line


def test_pdf_report_prints_every_script_with_bookmarks(world, tmp_path):
    import subprocess

    from briefer.exchange.pdf_report import write_pdf
    from briefer.model import Note

    store, _ = world
    meeting = next(m for m in store.meetings.list() if m.counterpart_country == "IDN")
    store.notes.add(Note(meeting_id=meeting.id, body="王毅 agreed; محمد العبدالله too; the sign 𓂀 has no font."))
    out = tmp_path / "report.pdf"
    missing = write_pdf(build_notes_report(store), out)
    assert missing == ("𓂀",)  # reported, so the command line and the app can warn
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert any("DroidSansFallback" in r and r.split()[-5] == "yes" for r in rows)  # CJK with glyphs, embedded
    reader = PdfReader(str(out))
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    titles = [o.title for o in reader.outline]
    assert titles[0] == "Summary of meetings" and any("Bilateral with Indonesia" in t for t in titles)
