"""The built pack in the app: shown in a PDF view with its bookmarks, and saved (printing: ``printing``).

The pack stays in memory (a QBuffer over the rendered bytes) from building to
printing: nothing is written to disk unless the user saves it, so an
encrypted database never leaves a plaintext pack lying about.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPointF
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QTreeView, QWidget

from briefer.errors import BrieferError

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


def write_atomically(data: bytes, path: Path) -> None:
    """Write ``data`` to ``path`` whole or not at all (the app's one atomic writer)."""
    from briefer.files import write_atomic

    write_atomic(path, data)
