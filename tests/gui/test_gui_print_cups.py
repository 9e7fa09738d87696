"""Printing a pack from the Packs view to a real CUPS printer: the PDF itself reaches it — the
dialog's range, as text and lines at 100 %, a password-protected pack included — and the print
dialog opens on the printer used last."""

from __future__ import annotations

import pytest
from gui_fixture_data import MINISTER
from PySide6.QtCore import Qt

from tests.cups_queue import QUEUE, cups_pdf_queue, needs_cups_pdf, printed  # noqa: F401 (a fixture)

pytestmark = [pytest.mark.gui, needs_cups_pdf]


def _built(make_window, qtbot, answers, password: str = ""):
    win = make_window()
    packs = win.go("packs")
    row = packs.model.row_of_key(MINISTER)
    idx = packs.proxy.mapFromSource(packs.model.index(row, 0))
    qtbot.mouseClick(packs.ui.people.viewport(), Qt.MouseButton.LeftButton, pos=packs.ui.people.visualRect(idx).center())
    packs.ui.password_edit.setText(password)
    qtbot.mouseClick(packs.ui.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: packs.task is None and packs.last_outcome != "", timeout=30000)
    assert answers.errors == []
    return win, packs


def _cups_printer(title: str, first: int, last: int):
    """What the print dialog hands back when the user picks the CUPS queue and pages first–last."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(QUEUE)
    assert printer.outputFormat() == QPrinter.OutputFormat.NativeFormat  # a real queue, not "print to file"
    printer.setDocName(title)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(first, last)
    return printer


@pytest.mark.parametrize("password", ["", "Noordwijk-2019!"])
def test_a_pack_reaches_the_printer_as_vectors_with_its_range(make_window, qtbot, answers, cups_pdf_queue, password):
    from pypdf import PdfReader

    _win, packs = _built(make_window, qtbot, answers, password)
    before = set(cups_pdf_queue.glob("*.pdf")) if cups_pdf_queue.exists() else set()
    assert packs.print_pack(_cups_printer("pack", 2, 3))
    where = packs.ui.register.item(0, 6).text()  # "printed on BrieferTestPDF… (BrieferTestPDF…-12)"
    assert QUEUE in where
    request = where.rsplit("(", 1)[-1].rstrip(")")
    out = PdfReader(str(printed(cups_pdf_queue, "*", request, before)))
    assert len(out.pages) == 2  # pages 2–3 of the dialog's range, not all
    assert all(not p.images for p in out.pages)  # the PDF itself, not pictures of its pages
    assert not out.is_encrypted and out.pages[0].extract_text().strip()
    assert packs.ui.register.rowCount() == 1  # registered like a save


def test_the_print_dialog_opens_on_the_printer_used_last(make_window, qtbot, answers, cups_pdf_queue, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog

    _win, packs = _built(make_window, qtbot, answers)
    shown = []

    def dialog_exec(self):
        shown.append(self.printer().printerName())
        return QPrintDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", dialog_exec)
    packs.services.settings.last_printer = QUEUE
    assert packs.print_pack() is False  # cancelled in the dialog: nothing printed
    assert shown == [QUEUE]
    assert packs.ui.register.rowCount() == 0
    packs.services.settings.last_printer = "A printer that was removed"
    packs.print_pack()
    assert shown[-1] != "A printer that was removed"  # a printer that is gone is not offered
