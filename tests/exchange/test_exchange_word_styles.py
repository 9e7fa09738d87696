"""The Word report's styles and fields as Word reads them from the file (python-docx and its XML):
one language for every script, Calibri named for every script, page numbers that read before layout."""

from __future__ import annotations

import pytest
from docx import Document
from docx.oxml.ns import qn

from briefer.exchange.docx_report import write_docx
from briefer.exchange.report import build_notes_report
from briefer.store import Store
from exchange_world import build_world


@pytest.fixture
def world(tmp_path):
    s = Store.open(tmp_path / "r.sqlite", user="anouk")
    w = build_world(s)
    yield s, w
    s.close()


@pytest.mark.parametrize("lang, tag", [("nl", "nl-NL"), ("en", "en-GB")])
def test_the_document_language_holds_for_latin_east_asian_and_right_to_left_text(world, tmp_path, lang, tag):
    """Word checks spelling in the run's language per script: a Chinese or Arabic name in a Dutch report
    must not switch the document to the template's en-US."""
    store, _ = world
    write_docx(build_notes_report(store, lang=lang), tmp_path / "r.docx")
    doc = Document(str(tmp_path / "r.docx"))
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    [language] = rpr.findall(qn("w:lang"))
    assert (language.get(qn("w:val")), language.get(qn("w:eastAsia")), language.get(qn("w:bidi"))) == (
        tag, tag, "ar-SA")


def test_calibri_is_named_for_every_script_in_body_title_and_headings(world, tmp_path):
    """Not the template's theme fonts, which each reader resolves to whatever it has."""
    store, _ = world
    write_docx(build_notes_report(store), tmp_path / "r.docx")
    doc = Document(str(tmp_path / "r.docx"))
    for name in ("Normal", "Title", "Heading 1", "Heading 2"):
        rfonts = doc.styles[name].element.rPr.find(qn("w:rFonts"))
        fonts = {a: rfonts.get(qn(f"w:{a}")) for a in ("ascii", "hAnsi", "cs", "eastAsia")}
        assert fonts == dict.fromkeys(fonts, "Calibri"), name
        themes = [a for a in ("asciiTheme", "hAnsiTheme", "cstheme", "eastAsiaTheme") if rfonts.get(qn(f"w:{a}"))]
        assert themes == [], name


def test_the_page_number_reads_page_1_of_1_before_word_lays_the_pages_out(world, tmp_path):
    """A preview or a text extraction shows the fields' stored text; Word and LibreOffice replace it."""
    store, _ = world
    write_docx(build_notes_report(store), tmp_path / "r.docx")
    doc = Document(str(tmp_path / "r.docx"))
    footer = doc.sections[0].footer.paragraphs[-1]._p
    shown = "".join(t.text or "" for t in footer.iter(qn("w:t")))
    assert shown == "page 1 of 1"
    assert [f.get(qn("w:instr")) for f in footer.iter(qn("w:fldSimple"))] == ["PAGE", "NUMPAGES"]


def test_each_meeting_has_its_four_sections_and_says_when_one_is_empty(world, tmp_path):
    from briefer.model import Meeting

    store, w = world
    store.meetings.add(Meeting(principal_id=w["minister"].id, counterpart_country="DEU", title="Walk to the plenary",
                               start=w["m2"].start.replace(hour=15), end=w["m2"].end.replace(hour=15)))
    write_docx(build_notes_report(store), tmp_path / "r.docx")
    doc = Document(str(tmp_path / "r.docx"))
    meetings: dict[str, list[tuple[str, str]]] = {}
    current = None
    for p in doc.paragraphs:
        if p.style.name == "Heading 1":
            current = meetings.setdefault(p.text, [])
        elif current is not None:
            current.append((p.style.name, p.text))
    assert list(meetings) == ["Summary of meetings", "Bilateral with Indonesia", "Bilateral with Germany",
                              "Walk to the plenary"]
    for title in list(meetings)[1:]:
        assert [t for s, t in meetings[title] if s == "Heading 2"] == [
            "Objectives", "Notes", "Outcomes", "Follow-up actions"], title
    # the marking of a classified meeting under its facts, and none under an unclassified one's
    assert ("Normal", "Dep. VERTROUWELIJK") in meetings["Bilateral with Germany"]
    assert not any("VERTROUWELIJK" in t or "CONFIDENTIEEL" in t for _, t in meetings["Bilateral with Indonesia"])
    empty = [t for s, t in meetings["Walk to the plenary"] if t]
    assert empty == ["Objectives", "—", "Notes", "No notes.", "Outcomes", "No outcomes recorded.",
                     "Follow-up actions", "No follow-up actions."]


def test_body_text_is_set_in_10_5_point(world, tmp_path):
    from docx.shared import Pt

    store, _ = world
    write_docx(build_notes_report(store), tmp_path / "r.docx")
    assert Document(str(tmp_path / "r.docx")).styles["Normal"].font.size == Pt(10.5)


def test_a_table_with_words_too_long_for_the_page_is_shrunk_to_the_page(world, tmp_path):
    """A link pasted as an action, one unbroken word wider than the page: the table still fits the
    163 mm between the margins instead of running off the paper."""
    from docx.shared import Mm

    from briefer.model import Action

    store, w = world
    link = "https://example.org/" + "surveillance-data-" * 12
    store.actions.add(Action(description=link, meeting_id=w["m1"].id, owner="Directie-Internationale-Zaken-" * 3))
    write_docx(build_notes_report(store, meeting=w["m1"].id), tmp_path / "r.docx")
    doc = Document(str(tmp_path / "r.docx"))
    [actions] = [t for t in doc.tables if t.rows[0].cells[0].text == "What"]
    grid = actions._tbl.tblGrid.findall(qn("w:gridCol"))
    total = sum(int(g.get(qn("w:w"))) for g in grid)
    assert abs(total - Mm(163).twips) <= len(grid)  # rounding to whole twips


def test_a_notes_author_line_is_bold_in_the_packs_dark_blue(world, tmp_path):
    from docx.shared import RGBColor

    from briefer.packs import styles as ps

    store, _ = world
    write_docx(build_notes_report(store, meeting=None), tmp_path / "r.docx")
    doc = Document(str(tmp_path / "r.docx"))
    [head] = [p for p in doc.paragraphs if p.text == "Anouk (minutes)" and p.runs[0].bold][:1]
    accent = RGBColor.from_string(ps.ACCENT.hexval()[2:].upper())  # "#154273", the packs' headings
    assert head.runs[0].font.color.rgb == accent


def test_the_page_has_the_packs_margins_and_the_marking_above_and_below(world, tmp_path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm

    store, _ = world
    write_docx(build_notes_report(store), tmp_path / "r.docx")
    doc = Document(str(tmp_path / "r.docx"))
    [section] = doc.sections
    mm = {k: round(getattr(section, k) / Mm(1), 1) for k in (
        "top_margin", "bottom_margin", "left_margin", "right_margin", "header_distance", "footer_distance")}
    assert mm == {"top_margin": 27, "bottom_margin": 24, "left_margin": 25, "right_margin": 22,
                  "header_distance": 10, "footer_distance": 10}
    [head] = section.header.paragraphs
    assert head.text == "Stg. CONFIDENTIEEL" and head.runs[0].bold and head.alignment == WD_ALIGN_PARAGRAPH.CENTER
    marking, number = section.footer.paragraphs
    assert marking.text == "Stg. CONFIDENTIEEL" and marking.runs[0].bold
    assert marking.alignment == WD_ALIGN_PARAGRAPH.CENTER and number.alignment == WD_ALIGN_PARAGRAPH.RIGHT


def _facts(doc, title: str):
    """The facts table under a meeting's heading (label and value per row)."""
    from docx.table import Table

    heading = next(p for p in doc.paragraphs if p.style.name == "Heading 1" and p.text == title)._p
    tbl = heading.getnext()
    while tbl.tag != qn("w:tbl"):
        tbl = tbl.getnext()
    return Table(tbl, doc._body)


def test_a_meetings_facts_name_the_other_side_and_have_no_header_row(world, tmp_path):
    store, _ = world
    write_docx(build_notes_report(store), tmp_path / "r.docx")
    doc = Document(str(tmp_path / "r.docx"))
    germany = _facts(doc, "Bilateral with Germany")
    rows = [[c.text for c in r.cells] for r in germany.rows]
    assert rows[0] == ["Date", "Thursday 20 June 2019"]
    assert ["Counterpart side", "Germany"] in rows  # nobody of theirs known: the country
    assert ["Netherlands", "—"] in rows  # nobody of ours recorded
    indonesia = [[c.text for c in r.cells] for r in _facts(doc, "Bilateral with Indonesia").rows]
    assert ["Counterpart side", "Nila Moeloek"] in indonesia and ["Netherlands", "Anouk de Vries-Ölçer"] in indonesia
    bold = [r.text for row in germany.rows for c in row.cells for p in c.paragraphs for r in p.runs if r.bold]
    assert bold == []  # a list of facts, not a table with a heading row


def test_no_column_of_the_summary_breaks_a_word(world, tmp_path):
    from docx.shared import Mm

    from briefer.exchange.docx_report import CELL_PADDING_MM, SUMMARY_PT, text_width_mm

    store, _ = world
    write_docx(build_notes_report(store, lang="nl"), tmp_path / "r.docx")
    doc = Document(str(tmp_path / "r.docx"))
    summary = doc.tables[0]
    grid = [int(g.get(qn("w:w"))) for g in summary._tbl.tblGrid.findall(qn("w:gridCol"))]
    for i, width in enumerate(grid):
        words = [w for row in summary.rows for w in row.cells[i].text.split()]
        longest = max(words, key=len)
        assert width >= Mm(text_width_mm(longest, SUMMARY_PT) + CELL_PADDING_MM).twips - 1, (i, longest)


def test_the_summary_and_action_tables_have_a_bold_heading_row(world, tmp_path):
    store, _ = world
    write_docx(build_notes_report(store), tmp_path / "r.docx")
    doc = Document(str(tmp_path / "r.docx"))
    actions = [t for t in doc.tables if t.rows[0].cells[0].text == "What"]
    assert len(actions) == 2
    for table in [doc.tables[0], *actions]:
        for i, row in enumerate(table.rows):
            runs = [r for c in row.cells for p in c.paragraphs for r in p.runs if r.text]
            assert runs and all(bool(r.bold) == (i == 0) for r in runs), (table.rows[0].cells[0].text, i)


def test_a_long_action_and_a_long_owner_share_the_page_without_breaking_a_word(world, tmp_path):
    """Both columns need more than the page has: each still keeps its longest word on one line."""
    from docx.shared import Mm

    from briefer.exchange.docx_report import BODY_PT, CELL_PADDING_MM, text_width_mm
    from briefer.model import Action

    store, w = world
    what = "Send the minister's letter on the joint surveillance plan to the delegation " * 12
    owner = "Wereldgezondheidsorganisatiezaken, with " + "the unit for global health and its partners " * 4
    store.actions.add(Action(description=what.strip(), meeting_id=w["m1"].id, owner=owner.strip()))
    write_docx(build_notes_report(store, meeting=w["m1"].id), tmp_path / "r.docx")
    doc = Document(str(tmp_path / "r.docx"))
    [actions] = [t for t in doc.tables if t.rows[0].cells[0].text == "What"]
    grid = [int(g.get(qn("w:w"))) for g in actions._tbl.tblGrid.findall(qn("w:gridCol"))]
    for i, width in enumerate(grid):
        longest = max((word for row in actions.rows for word in row.cells[i].text.split()), key=len)
        assert width >= Mm(text_width_mm(longest, BODY_PT) + CELL_PADDING_MM).twips - 1, (i, longest)
