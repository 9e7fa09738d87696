"""Printing a rendered PDF (a pack, a one-page brief) from the app, as the PDF itself where possible.

Where the print system is CUPS (Linux, macOS) and the chosen printer is a real one, the PDF goes
to it through :mod:`briefer.print_job`: vector pages at 100 %, with the page range, copies,
collation and duplex from Qt's print dialog. Elsewhere — Windows, or "Print to file" — Qt draws
each page as a picture on the printer, as before: slower and larger, but the same pages.

The dialog opens on the printer used last (remembered in the app's settings), so Ctrl+P, Enter
prints the one-page brief where the last one went.
"""

from __future__ import annotations

import io
import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

from briefer import print_job
from briefer.errors import BrieferError

#: Pages are rendered for the printer at no more than this resolution (an A4 page at 1200 dpi is 0.5 GB).
MAX_PRINT_DPI = 300

_SIDES = {
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexAuto: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
}


def ask_printer(parent: QWidget, pages: int, title: str, settings=None) -> QPrinter | None:
    """Qt's print dialog on the last printer used; the chosen printer, or None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    last = settings.last_printer if settings is not None else ""
    if last and last in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(last)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(1, pages))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    if settings is not None and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName():
        settings.last_printer = printer.printerName()
    return printer


def print_pdf(data: bytes, printer: QPrinter, title: str, *, password: str | None = None,
              document: QPdfDocument | None = None) -> str:
    """Print ``data`` on ``printer`` as its dialog set it up; returns where it went, for the print register."""
    if _through_cups(printer):
        pages = document.pageCount() if document is not None else None
        job = job_for(printer, title)
        request = print_job.send_pdf(_unlocked(data, password), job, pages)
        return f"{printer.printerName()} ({request})"
    owned = document is None
    if owned:
        document, buffer = _document(data, password)
    try:
        draw_pages(document, printer)
    finally:
        if owned:
            document.close()
            buffer.close()
    return printer.outputFileName() or printer.printerName()


def _through_cups(printer: QPrinter) -> bool:
    """A real printer where CUPS takes PDFs as they are (not Windows, not "print to file")."""
    return (sys.platform != "win32" and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
            and bool(printer.printerName()) and print_job.cups_lp() is not None)


def job_for(printer: QPrinter, title: str) -> print_job.PrintJob:
    """The dialog's choices as a CUPS job: range, copies, collation, sides."""
    first = last = None
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), printer.toPage() or printer.fromPage()
    return print_job.PrintJob(printer.printerName(), title, first, last, max(1, printer.copyCount()),
                              printer.collateCopies(), _SIDES.get(printer.duplex(), "one-sided"))


def _unlocked(data: bytes, password: str | None) -> bytes:
    """The pack without its password: a printer cannot ask for one (it goes to the printer only)."""
    if not password:
        return data
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(password):
        raise BrieferError("the pack's password does not open it; build the pack again")
    out = io.BytesIO()
    PdfWriter(clone_from=reader).write(out)
    return out.getvalue()


def _document(data: bytes, password: str | None) -> tuple[QPdfDocument, QBuffer]:
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    if password:
        document.setPassword(password)
    document.load(buffer)
    if document.status() == QPdfDocument.Status.Error:
        raise BrieferError(f"the PDF cannot be read for printing ({document.error().name})")
    return document, buffer


def draw_pages(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw the chosen pages on ``printer`` as pictures (where CUPS cannot take the PDF); returns the sheets.

    Honours what the print dialog set: the page range (pages 2–4 print three pages, not all),
    the number of copies and their collation when the printer cannot make copies itself (duplex
    is the printer's own setting). Pages are drawn on the whole sheet at 100 %: the pack's own
    margins already keep text clear of the printer's unprintable edge, so nothing is shrunk."""
    pages = document.pageCount()
    if not pages:
        raise BrieferError("there is nothing to print; build the pack first")
    chosen = print_order(pages, printer)
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise BrieferError("the printer could not be started", file=printer.outputFileName() or None)
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        sheet = printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
        for n, i in enumerate(chosen):
            if n and not printer.newPage():
                raise BrieferError(f"the printer refused page {i + 1}")
            points = document.pagePointSize(i)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(i, size)
            target = QSize(size).scaled(sheet.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(sheet.x() + (sheet.width() - target.width()) // 2, sheet.y(), target.width(),
                                    target.height()), image)
    finally:
        painter.end()
    return len(chosen)


def print_order(pages: int, printer: QPrinter) -> list[int]:
    """The 0-based pages to send, in order: the dialog's range, repeated for copies the printer cannot make."""
    first, last = 1, pages
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(pages, printer.toPage() or pages)
    if first > last:
        raise BrieferError(f"the pack has {pages} pages; pages {printer.fromPage()}–{printer.toPage()} do not exist")
    chosen = list(range(first - 1, last))
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if copies == 1:
        return chosen
    if printer.collateCopies():
        return chosen * copies
    return [i for i in chosen for _ in range(copies)]
