"""The Word body writer's promise (``briefer/exchange/docx_body.py``: "the XML is the same that python-docx
writes") for what the notes' lines can hold and the mutants of issue 22 showed untested: a line that ends in
spaces (Word drops them unless the text says ``xml:space="preserve"``) and a paragraph whose first run is empty."""

from __future__ import annotations

from docx import Document
from docx.oxml.ns import qn
from lxml import etree

from briefer.exchange.docx_body import BodyWriter, Run

SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _xml(doc):
    return [etree.tostring(e, method="c14n") for e in doc.element.body]


def test_spaces_at_either_end_of_a_line_are_kept_as_python_docx_keeps_them(tmp_path):
    lines = ["Agreed.  ", "  indented", "Minister:\tyes ", "no spaces"]
    ours, theirs = Document(), Document()
    body = BodyWriter(ours)
    for line in lines:
        body.paragraph(line)
        theirs.add_paragraph(line)
    assert _xml(ours) == _xml(theirs)
    ours.save(str(tmp_path / "r.docx"))
    texts = Document(str(tmp_path / "r.docx")).element.body.iter(qn("w:t"))
    kept = {t.text: t.get(SPACE) for t in texts}
    assert kept == {"Agreed.  ": "preserve", "  indented": "preserve", "Minister:": None, "yes ": "preserve",
                    "no spaces": None}


def test_an_empty_run_is_left_out_and_the_runs_after_it_are_kept(tmp_path):
    doc = Document()
    BodyWriter(doc).paragraph(Run(""), Run("Anouk (minutes)", bold=True), Run("  Dep. VERTROUWELIJK", italic=True))
    doc.save(str(tmp_path / "r.docx"))
    [p] = [p for p in Document(str(tmp_path / "r.docx")).paragraphs if p.text]
    assert [(r.text, r.bold, r.italic) for r in p.runs] == [
        ("Anouk (minutes)", True, None), ("  Dep. VERTROUWELIJK", None, True)]
