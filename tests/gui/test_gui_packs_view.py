"""Packs view: build in the background, preview with the page count, print, save, register, addendum
(cancel and the child process: test_gui_packs_off_thread.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from gui_fixture_data import MEET_IDN, MINISTER
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui


def _choose(packs, qtbot, person_id: str) -> None:
    row = packs.model.row_of_key(person_id)
    idx = packs.proxy.mapFromSource(packs.model.index(row, 0))
    qtbot.mouseClick(packs.ui.people.viewport(), Qt.MouseButton.LeftButton, pos=packs.ui.people.visualRect(idx).center())


def _build(packs, qtbot, answers, button=None) -> None:
    qtbot.mouseClick(button or packs.ui.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: packs.task is None and packs.last_outcome != "", timeout=30000)
    assert answers.errors == []


def _pdf_files(folder):
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() == ".pdf" or p.name.endswith(".tmp"))


def test_build_preview_print_and_save_a_pack(make_window, qtbot, tmp_path, answers, data_dir):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    win = make_window()
    packs = win.go("packs")
    assert not packs.ui.print_button.isEnabled() and not packs.ui.save_button.isEnabled()
    _choose(packs, qtbot, MINISTER)
    assert "Bruno Bruins" in packs.ui.summary_label.text()
    packs.ui.lang_combo.setCurrentIndex(packs.ui.lang_combo.findData("en"))
    before = _pdf_files(data_dir)
    _build(packs, qtbot, answers)

    pages = packs.preview.page_count()
    assert pages > 1 and packs.built.pages == pages
    assert f"{pages} pages" in packs.ui.preview_label.text()
    assert "not yet printed" in packs.ui.preview_label.text()
    assert packs.preview.bookmark_model.rowCount() > 0  # the pack's outline is shown beside the pages
    assert _pdf_files(data_dir) == before  # the pack lives in memory only until printed or saved
    assert packs.ui.register.rowCount() == 0

    # print through a QPrinter writing a PDF (the dialog is the system's): every page comes out
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert packs.print_pack(printer)
    assert len(PdfReader(str(printed)).pages) == pages
    assert packs.ui.register.rowCount() == 1  # the print register names the copy printed
    register = packs.ui.register
    assert register.item(0, 0).text() == str(packs.built.plan.number)
    assert register.item(0, 5).text() == str(pages)

    # Save as… writes the same PDF; one build stays one copy in the register
    target = tmp_path / "out" / "bruins.pdf"
    target.parent.mkdir()
    packs.choose_path = lambda default: target
    qtbot.mouseClick(packs.ui.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == packs.preview.data
    reader = PdfReader(str(target))
    assert len(reader.pages) == pages
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Bruins" in text and "Indonesia" in text
    assert packs.ui.register.rowCount() == 1
    assert [p.name for p in target.parent.iterdir()] == ["bruins.pdf"]  # no temp file left


def test_options_reach_the_pack(make_window, qtbot, answers):
    from briefer.model import Classification

    win = make_window()
    packs = win.go("packs")
    _choose(packs, qtbot, MINISTER)
    packs.ui.lang_combo.setCurrentIndex(packs.ui.lang_combo.findData("nl"))
    packs.ui.final_check.setChecked(True)
    packs.ui.class_combo.setCurrentIndex(packs.ui.class_combo.findData(Classification.DEP_VERTROUWELIJK.value))
    for i in range(packs.ui.sections_list.count()):
        item = packs.ui.sections_list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) != "programme":
            item.setCheckState(Qt.CheckState.Unchecked)
    packs.ui.to_date.line.clear()
    qtbot.keyClicks(packs.ui.to_date.line, "19-06-2019")  # the first day only
    _build(packs, qtbot, answers)
    plan = packs.built.plan
    assert (plan.lang, plan.draft, plan.classification) == ("nl", False, Classification.DEP_VERTROUWELIJK)
    assert plan.sections == ("programme",) and [p.key for p in plan.parts] == ["programme"]
    assert plan.start == plan.end
    full_pages = packs.built.pages

    for i in range(packs.ui.sections_list.count()):
        packs.ui.sections_list.item(i).setCheckState(Qt.CheckState.Checked)
    packs.ui.to_date.line.clear()
    qtbot.keyClicks(packs.ui.to_date.line, "20 jun 2019")
    # with its chapters the pack holds briefs that are not final: "final" is refused, naming them
    qtbot.mouseClick(packs.ui.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: answers.errors != [], timeout=30000)
    assert "not final: Country brief: Indonesia (reviewed)" in str(answers.errors.pop())
    packs.ui.final_check.setChecked(False)
    _build(packs, qtbot, answers)
    assert packs.built.pages > full_pages
    # the two bilaterals' chapters: the answer leaves the chapters' text behind, the parts say them
    assert len([p for p in packs.built.plan.parts if p.key.endswith("/sheet")]) == 2


def test_changes_since_a_printed_copy_builds_an_addendum(make_window, qtbot, tmp_path, answers):
    win = make_window()
    packs = win.go("packs")
    _choose(packs, qtbot, MINISTER)
    _build(packs, qtbot, answers)
    first = packs.built.plan.number
    assert packs.save_as(tmp_path / "first.pdf") is not None
    packs.ui.register.selectRow(0)
    qtbot.mouseClick(packs.ui.addendum_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: packs.task is None, timeout=10000)  # composed on a worker: nothing to add
    assert packs.last_outcome == "unchanged"
    assert f"since copy {first}" in packs.ui.preview_label.text()

    store = win.services.store
    m = store.meetings.get(MEET_IDN)
    store.meetings.update(m.evolve(start=m.start + timedelta(minutes=30), end=m.end + timedelta(minutes=30)))
    packs.ui.register.selectRow(0)
    _build(packs, qtbot, answers, packs.ui.addendum_button)
    plan = packs.built.plan
    assert plan.kind == "addendum" and plan.base_number == first and plan.changes
    # the saved copy's pages were registered: the addendum says which of them it replaces
    assert any(c.replaces.startswith("replaces page") for c in plan.changes)
    assert "Addendum" in packs.ui.preview_label.text() and packs.preview.page_count() >= 1
    packs.save_as(tmp_path / "addendum.pdf")
    assert packs.ui.register.rowCount() == 2
    kinds = {packs.ui.register.item(r, 3).text() for r in range(2)}
    assert f"addendum (since {first})" in kinds


def test_printing_honours_the_page_range_and_copies(make_window, qtbot, tmp_path, answers):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    win = make_window()
    packs = win.go("packs")
    _choose(packs, qtbot, MINISTER)
    _build(packs, qtbot, answers)
    printed = tmp_path / "range.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    assert packs.print_pack(printer)
    reader = PdfReader(str(printed))
    assert len(reader.pages) == 4  # pages 2–3, twice, collated
    # at 100 %: the printed sheet is the pack's own A4 page, not a shrunk copy inside the margins
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    from pypdf.generic import ContentStream

    first = next(ops for ops, op in ContentStream(reader.pages[0].get_contents(), reader).operations if op == b"cm")
    assert float(first[4]) == 0  # drawn from the sheet's own corner, not inside the printer's margins
    assert packs.ui.register.rowCount() == 1  # a print is registered like a save
