"""The built pack in the app: shown in a PDF view with its outline, and saved (printing: ``printing``).

The pack stays in memory (a QBuffer over the rendered bytes) from building to
printing: nothing is written to disk unless the user saves it, so an
encrypted database never leaves a plaintext pack lying about.
"""

from __future__ import annotations

from pathlib import Path

import threading

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPointF, Qt, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QTreeView, QWidget

from briefer.errors import BrieferError
from briefer.interpreter_turns import taking_turns

#: The 0-based page an outline entry points at.
PAGE_ROLE = Qt.ItemDataRole.UserRole + 1

class PdfPreview(QObject):
    """A PDF held in memory, shown in a ``QPdfView`` with its outline beside it.

    A pack of 2,000 pages froze the window for over a second when shown (issue 19 item 7): the
    view lays out every page, and Qt's bookmark model walks the PDF's outline, both on the GUI
    thread. Now the outline comes from the renderer (titles, levels, pages: ``outline``), and the
    pages' sizes — what the layout waits for — are read on a worker thread first (Qt's PDF
    document serialises its PDFium calls; its own page renderer works from threads the same way),
    so the view gets the document only once laying it out is quick. Until then the pages are
    not shown; the page count, the outline and the bytes are there at once.
    """

    #: From this many pages the page sizes are read on a worker before the view gets the document.
    SIZES_APART_FROM = 150

    #: The pages are in the view (at once for a short pack, after the sizes were read for a long one).
    shown = Signal()
    _sizes_read = Signal(int)

    def __init__(self, host: QWidget, bookmarks: QTreeView, parent: QObject | None = None):
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(host)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        host.layout().addWidget(self.view)
        self.bookmark_model = QStandardItemModel(self)
        self.bookmarks = bookmarks
        bookmarks.setModel(self.bookmark_model)
        bookmarks.activated.connect(self._jump)
        bookmarks.clicked.connect(self._jump)
        self.data = b""
        self._buffer: QBuffer | None = None
        self._loads = 0  # which load a worker's answer belongs to
        self._stop = threading.Event()
        self._reader: threading.Thread | None = None
        self._sizes_read.connect(self._attach)

    def load(self, data: bytes, password: str | None = None, outline=()) -> int:
        """Show ``data`` and its ``outline`` ((title, level, 0-based page), in order); returns its page
        count (an error raised if Qt cannot read it)."""
        self.clear()
        self.data = data
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        if password:
            self.document.setPassword(password)
        self.document.load(self._buffer)  # the file's structure only: tens of milliseconds for 2,000 pages
        if self.document.status() == QPdfDocument.Status.Error:
            raise BrieferError(f"the preview cannot read the pack ({self.document.error().name})")
        self._show_outline(outline)
        pages = self.document.pageCount()
        if pages < self.SIZES_APART_FROM:
            self._attach(self._loads)
        else:
            self._stop.clear()
            self._reader = threading.Thread(target=self._read_sizes, args=(self._loads, pages),
                                            name="pdf-page-sizes", daemon=True)
            self._reader.start()
        return pages

    def _read_sizes(self, load: int, pages: int) -> None:  # worker thread: PDFium keeps what it read
        # Each size is a call into PDFium that keeps the interpreter: without turns, the window
        # waited for it up to half a second on the busiest pack (benchmarks/README.md).
        for page in taking_turns(range(pages)):
            if self._stop.is_set():
                return
            self.document.pagePointSize(page)
        self._sizes_read.emit(load)

    @Slot(int)
    def _attach(self, load: int) -> None:
        if load == self._loads and self.data:  # not for a pack since replaced or cleared
            self.view.setDocument(self.document)
            self.shown.emit()

    def _show_outline(self, outline) -> None:
        """The outline as a tree: each entry under the last one of a lower level before it."""
        self.bookmark_model.clear()
        parents = [self.bookmark_model.invisibleRootItem()]
        for title, level, page in outline:
            item = QStandardItem(title)
            item.setEditable(False)
            item.setData(page, PAGE_ROLE)
            del parents[level + 1:]
            parents[-1].appendRow(item)
            parents.append(item)
        self.bookmarks.expandToDepth(0)

    def clear(self) -> None:
        """Forget the pack (the only copy, unless it was saved)."""
        self._loads += 1
        if self._reader is not None:  # the document is closed below: the worker must be done with it
            self._stop.set()
            self._reader.join()
            self._reader = None
        self.view.setDocument(None)
        self.bookmark_model.clear()
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
        page = index.data(PAGE_ROLE)
        if page is not None and page >= 0 and self.view.document() is not None:
            self.view.pageNavigator().jump(int(page), QPointF(), self.view.zoomFactor())


def write_atomically(data: bytes, path: Path) -> None:
    """Write ``data`` to ``path`` whole or not at all (the app's one atomic writer)."""
    from briefer.files import write_atomic

    write_atomic(path, data)
