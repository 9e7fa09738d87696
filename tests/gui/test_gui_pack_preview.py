"""The pack's preview (issue 19 item 7): its outline comes from the renderer and matches the PDF's
own; a long pack reaches the view only after its page sizes were read on a worker, so the window
does not lay out thousands of pages at once; jumping from the outline lands on the right page."""

from __future__ import annotations

from io import BytesIO

import pytest
from gui_fixture_data import MINISTER
from PySide6.QtCore import Qt

from briefer.gui.packs.pack_preview import PAGE_ROLE

pytestmark = pytest.mark.gui


def _built(make_window, qtbot):
    win = make_window()
    packs = win.go("packs")
    row = packs.model.row_of_key(MINISTER)
    packs.ui.people.setCurrentIndex(packs.proxy.mapFromSource(packs.model.index(row, 0)))
    qtbot.mouseClick(packs.ui.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: packs.task is None, timeout=60000)
    assert packs.last_outcome == "built"
    return packs


def _pdf_outline(data: bytes) -> list[tuple[str, int, int]]:
    """(title, level, 0-based page) of every outline entry of the PDF, as pypdf reads them."""
    from pypdf import PdfReader

    reader = PdfReader(BytesIO(data))
    out = []

    def walk(entries, level):
        for e in entries:
            if isinstance(e, list):
                walk(e, level + 1)
            else:
                out.append((e.title, level, reader.get_destination_page_number(e)))

    walk(reader.outline, 0)
    return out


def _tree(model) -> list[tuple[str, int, int]]:
    out = []

    def walk(parent, level):
        for r in range(model.rowCount(parent)):
            index = model.index(r, 0, parent)
            out.append((index.data(), level, index.data(PAGE_ROLE)))
            walk(index, level + 1)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex(), 0)
    return out


def test_the_outline_beside_the_pages_is_the_pdfs_own(make_window, qtbot, answers):
    packs = _built(make_window, qtbot)
    shown = _tree(packs.preview.bookmark_model)
    assert len(shown) > 5 and any(level == 1 for _t, level, _p in shown)
    assert shown == _pdf_outline(packs.preview.data)
    assert packs.preview.view.document() is packs.preview.document  # a short pack is shown at once


def test_a_long_pack_reaches_the_view_after_its_page_sizes_are_read(make_window, qtbot, answers, monkeypatch):
    packs = _built(make_window, qtbot)
    preview, data = packs.preview, packs.preview.data
    outline = _pdf_outline(data)
    monkeypatch.setattr(type(preview), "SIZES_APART_FROM", 2)  # the demo pack stands for 2,000 pages
    with qtbot.waitSignal(preview.shown, timeout=30000):
        pages = preview.load(data, None, outline)
        # the outline and the count are there at once; the view waits for the worker's answer
        assert pages == packs.built.pages and _tree(preview.bookmark_model) == outline
        assert preview.view.document() is None
    assert preview.view.document() is preview.document and preview.document.pageCount() == pages

    # a click on an outline entry shows its page (in a view wide enough to scroll a page to its top)
    packs.window().resize(1600, 1000)
    preview.view.setMinimumWidth(500)
    qtbot.wait(50)
    model = preview.bookmark_model
    title, _level, page = next(e for e in outline if e[2] > 1)
    index = next(i for i in model.match(model.index(0, 0), PAGE_ROLE, page, -1,
                                        Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
                 if i.data() == title)
    preview.bookmarks.scrollTo(index)
    jumps = []
    preview.view.pageNavigator().jumped.connect(lambda link: jumps.append(link.page()))
    qtbot.mouseClick(preview.bookmarks.viewport(), Qt.MouseButton.LeftButton,
                     pos=preview.bookmarks.visualRect(index).center())
    assert jumps[0] == page and preview.view.pageNavigator().currentPage() == page


def test_a_pack_replaced_while_its_sizes_are_read_is_never_shown(make_window, qtbot, answers, monkeypatch):
    packs = _built(make_window, qtbot)
    preview, data = packs.preview, packs.preview.data
    monkeypatch.setattr(type(preview), "SIZES_APART_FROM", 2)
    shown = []
    preview.shown.connect(lambda: shown.append(preview.page_count()))
    preview.load(data, None, ())
    preview.clear()  # waits for the worker before the document is closed
    assert preview._reader is None and preview.page_count() == 0
    qtbot.wait(300)
    assert shown == [] and preview.view.document() is None


def test_reading_a_long_packs_sizes_gives_the_window_its_turns(make_window, qtbot, answers, monkeypatch):
    """The sizes are calls into PDFium that keep the interpreter; the worker sleeps between slices of
    them, or the window waits (half a second on the busiest pack, benchmarks/README.md)."""
    import threading
    import time

    import briefer.interpreter_turns as turns

    packs = _built(make_window, qtbot)
    preview, data = packs.preview, packs.preview.data
    monkeypatch.setattr(type(preview), "SIZES_APART_FROM", 2)
    monkeypatch.setattr(turns, "SLICE", 0.0)  # a turn after every page read
    real_sleep, slept = time.sleep, []

    def sleep(seconds):
        slept.append((threading.current_thread().name, seconds))
        real_sleep(seconds)

    monkeypatch.setattr(time, "sleep", sleep)
    with qtbot.waitSignal(preview.shown, timeout=30000):
        pages = preview.load(data, None, ())
    by_reader = [s for name, s in slept if name == "pdf-page-sizes"]
    assert pages > 2 and len(by_reader) == pages and set(by_reader) == {turns.PAUSE}
