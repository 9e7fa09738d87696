"""The built pack in the app: shown in a PDF view with its bookmarks, printed, saved.

The pack stays in memory (a QBuffer over the rendered bytes) from building to
printing: nothing is written to disk unless the user saves it, so an
encrypted database never leaves a plaintext pack lying about.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QTreeView, QWidget

from briefer.errors import BrieferError

#: Pages are rendered for the printer at no more than this resolution (an A4 page at 1200 dpi is 0.5 GB).
MAX_PRINT_DPI = 300


class PdfPreview(QObject):
    """A PDF held in memory, shown in a ``QPdfView`` with a bookmark tree beside it."""

    def __init__(self, host: QWidget, bookmarks: QTreeView, parent: QObject | None = None):
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(host)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        host.layout().addWidget(self.view)
        self.bookmark_model = QPdfBookmarkModel(self)
        self.bookmark_model.setDocument(self.document)
        self.bookmarks = bookmarks
        bookmarks.setModel(self.bookmark_model)
        bookmarks.activated.connect(self._jump)
        bookmarks.clicked.connect(self._jump)
        self.data = b""
        self._buffer: QBuffer | None = None

    def load(self, data: bytes, password: str | None = None) -> int:
        """Show ``data``; returns its page count (0 and an error raised if Qt cannot read it)."""
        self.clear()
        self.data = data
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        if password:
            self.document.setPassword(password)
        self.document.load(self._buffer)
        if self.document.status() == QPdfDocument.Status.Error:
            raise BrieferError(f"the preview cannot read the pack ({self.document.error().name})")
        self.bookmarks.expandToDepth(0)
        return self.document.pageCount()

    def clear(self) -> None:
        """Forget the pack (the only copy, unless it was saved)."""
        self.document.close()
        self.document.setPassword("")
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self.data = b""

    def page_count(self) -> int:
        return self.document.pageCount() if self.data else 0

    def _jump(self, index) -> None:
        page = index.data(int(QPdfBookmarkModel.Role.Page))
        if page is not None and page >= 0:
            self.view.pageNavigator().jump(int(page), QPointF(), self.view.zoomFactor())

    def print_to(self, printer: QPrinter) -> int:
        """Draw the chosen pages on ``printer`` (the system's, or a PDF file in tests); returns the sheets' pages.

        Honours what the print dialog set: the page range (pages 2–4 print three pages, not all),
        the number of copies and their collation when the printer cannot make copies itself (duplex
        is the printer's own setting). Pages are drawn on the whole sheet at 100 %: the pack's own
        margins already keep text clear of the printer's unprintable edge, so nothing is shrunk."""
        pages = self.page_count()
        if not pages:
            raise BrieferError("there is no pack to print; build one first")
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
                points = self.document.pagePointSize(i)
                size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                image = self.document.render(i, size)
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


def write_atomically(data: bytes, path: Path) -> None:
    """Write ``data`` to ``path`` whole or not at all (the app's one atomic writer)."""
    from briefer.files import write_atomic

    write_atomic(path, data)
