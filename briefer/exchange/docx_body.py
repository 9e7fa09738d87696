"""The body of a Word document written straight as WordprocessingML, in document order.

Why not python-docx's ``add_paragraph``/``add_table``: each call looks the style
up by name among all styles, scans the body's children for the section
properties it must stay in front of, and ``row.cells`` walks the whole table —
costs that grow with the document, so a report of 1,500 meetings took over two
minutes. Here every paragraph and table is built once with lxml and put in
front of the body's ``w:sectPr`` in constant time; the XML is the same that
python-docx writes (same styles by id, same run properties, same table
layout), so Word and LibreOffice see no difference. python-docx still makes
the package, the styles, the page setup, headers and footers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

_VAL, _W, _TYPE = qn("w:val"), qn("w:w"), qn("w:type")
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_BREAKS = re.compile(r"([\t\r\n])")


@dataclass(frozen=True)
class Run:
    """A run of text with the character formatting the reports use."""

    text: str
    bold: bool = False
    italic: bool = False
    color: str | None = None  # "RRGGBB"
    size_half_points: int | None = None


class BodyWriter:
    """Appends paragraphs and tables to a python-docx ``Document``'s body, before its ``w:sectPr``."""

    def __init__(self, doc):
        self._doc = doc
        body = doc.element.body
        self._sect = body.find(qn("w:sectPr"))
        self._body = body
        self._style_ids: dict[str, str] = {}

    def style_id(self, name: str) -> str:
        """The id of the style called ``name`` ("Heading 1" → "Heading1"), looked up once."""
        found = self._style_ids.get(name)
        if found is None:
            found = self._style_ids[name] = self._doc.styles[name].style_id
        return found

    def _put(self, element) -> None:
        if self._sect is not None:
            self._sect.addprevious(element)
        else:
            self._body.append(element)

    def paragraph(self, *runs: Run | str, style: str | None = None, page_break_before: bool = False):
        p = make_paragraph(runs, self.style_id(style) if style else None, page_break_before)
        self._put(p)
        return p

    def table(self, rows: list[list[str]], widths_twips: list[int], *, style: str = "Table Grid",
              bold_header: bool = True, size_half_points: int | None = None):
        """A fixed-layout table of text cells; the first row bold when ``bold_header``."""
        tbl = OxmlElement("w:tbl")
        pr = _sub(tbl, "w:tblPr")
        _sub(pr, "w:tblStyle", {_VAL: self.style_id(style)})
        _sub(pr, "w:tblW", {_TYPE: "auto", _W: "0"})
        _sub(pr, "w:jc", {_VAL: "left"})
        _sub(pr, "w:tblLayout", {_TYPE: "fixed"})
        _sub(pr, "w:tblLook", {qn("w:firstColumn"): "1", qn("w:firstRow"): "1", qn("w:lastColumn"): "0",
                               qn("w:lastRow"): "0", qn("w:noHBand"): "0", qn("w:noVBand"): "1", _VAL: "04A0"})
        grid = _sub(tbl, "w:tblGrid")
        widths = [str(w) for w in widths_twips]
        for w in widths:
            _sub(grid, "w:gridCol", {_W: w})
        for i, row in enumerate(rows):
            tr = _sub(tbl, "w:tr")
            bold = bold_header and i == 0
            for text, w in zip(row, widths):
                tc = _sub(tr, "w:tc")
                _sub(_sub(tc, "w:tcPr"), "w:tcW", {_TYPE: "dxa", _W: w})
                tc.append(make_paragraph((Run(text, bold=bold, size_half_points=size_half_points),), None, False,
                                         keep_empty_run=True))
        self._put(tbl)
        return tbl


_TAGS: dict[str, str] = {}


def _sub(parent, tag: str, attrib: dict | None = None):
    name = _TAGS.get(tag)
    if name is None:
        name = _TAGS[tag] = qn(tag)
    child = parent.makeelement(name, attrib or {})
    parent.append(child)
    return child


def make_paragraph(runs, style_id: str | None, page_break_before: bool, *, keep_empty_run: bool = False):
    """A ``w:p``; a plain string is a run without formatting, an empty one adds no run (as python-docx)."""
    p = OxmlElement("w:p")
    if style_id or page_break_before:
        ppr = _sub(p, "w:pPr")
        if style_id:
            _sub(ppr, "w:pStyle", {_VAL: style_id})
        if page_break_before:
            _sub(ppr, "w:pageBreakBefore")
    for run in runs:
        if isinstance(run, str):
            run = Run(run)
        if not run.text and not keep_empty_run:
            continue
        r = _sub(p, "w:r")
        if run.bold or run.italic or run.color or run.size_half_points:
            rpr = _sub(r, "w:rPr")
            if run.bold:
                _sub(rpr, "w:b")
            if run.italic:
                _sub(rpr, "w:i")
            if run.color:
                _sub(rpr, "w:color", {_VAL: run.color})
            if run.size_half_points:
                _sub(rpr, "w:sz", {_VAL: str(run.size_half_points)})
        _text(r, run.text)
    return p


def _text(r, text: str) -> None:
    """Text into a run as Word keeps it: tabs as ``w:tab``, line ends as ``w:br``, spaces kept."""
    for part in _BREAKS.split(text):
        if part == "\t":
            _sub(r, "w:tab")
        elif part in ("\r", "\n"):
            _sub(r, "w:br")
        elif part:
            t = _sub(r, "w:t")
            t.text = part
            if part[0].isspace() or part[-1].isspace():
                t.set(_SPACE, "preserve")
