"""Pack-specific flowables: anchors (bookmark, outline, running header, progress) and contents lines.

Page numbers in the contents are drawn as PDF form XObjects that are defined
only when the document is saved (see ``render.PackCanvas``), so a single
layout pass gives correct numbers — no second build as with reportlab's
``multiBuild``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from reportlab.platypus import Flowable, PageBreak, Table
from reportlab.platypus.doctemplate import ActionFlowable

from briefer.errors import BrieferError
from briefer.packs.paragraphs import Paragraph


class PackCancelled(BrieferError):
    """The user cancelled a pack while it was being rendered; nothing was written."""

    exit_code = 130


@dataclass
class RenderState:
    """What the layout learns while drawing: chapter titles, anchor pages, attachment slots."""

    chapter: str = ""
    pages: int = 0
    anchor_pages: dict[str, int] = field(default_factory=dict)
    #: part key → the anchored key whose pages it fills (a one-meeting brief is its meeting sheet)
    same_pages: dict[str, str] = field(default_factory=dict)
    #: Every outline entry as the PDF has it: (title, level, 0-based page), in order — a viewer can
    #: show the outline from this instead of walking the PDF's
    outline: list[tuple[str, int, int]] = field(default_factory=list)
    #: (0-based page index, attachment content, page number inside the attachment)
    slots: list[tuple[int, bytes, int]] = field(default_factory=list)
    steps: int = 1
    done: int = 0
    progress: Callable[[float], None] | None = None
    cancel: Callable[[], bool] | None = None

    def check_cancel(self) -> None:
        if self.cancel is not None and self.cancel():
            raise PackCancelled("the pack was cancelled; no file was written")

    def step(self) -> None:
        self.done += 1
        self.check_cancel()
        if self.progress is not None:
            self.progress(min(0.9, 0.9 * self.done / max(1, self.steps)))


def form_name(index: int) -> str:
    return f"BrieferPg{index}"


TOTAL_FORM = "BrieferPgTotal"


class Anchor(Flowable):
    """Zero-size mark: a bookmark and outline entry here; optionally a new running-header chapter."""

    _ZEROSIZE = 1

    def __init__(self, state: RenderState, key: str, title: str, level: int, chapter: str | None = None):
        super().__init__()
        self.state, self.key, self.title, self.level, self.chapter = state, key, title, level, chapter
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        canv = self.canv
        canv.bookmarkPage(self.key)
        canv.addOutlineEntry(self.title, self.key, level=self.level, closed=self.level > 0)
        self.state.outline.append((self.title, self.level, canv.getPageNumber() - 1))
        self.state.anchor_pages.setdefault(self.key, canv.getPageNumber())
        if self.chapter is not None:
            self.state.chapter = self.chapter
        self.state.step()


class Slot(Flowable):
    """Marks the current page as the place of one page of an attached PDF (merged afterwards)."""

    def __init__(self, state: RenderState, content: bytes, page: int):
        super().__init__()
        self.state, self.content, self.page = state, content, page

    def wrap(self, aw, ah):
        return 0, 1

    def draw(self):
        self.state.slots.append((self.canv.getPageNumber() - 1, self.content, self.page))


class ToOddPage(ActionFlowable):
    """After a page break: if the new page is a left-hand (even) one, leave it blank and go on.

    Placed after ``PageBreakIfNotEmpty`` so a duplex-printed chapter opens on a right-hand page;
    the blank page still gets its marking and folio (page furniture is drawn on every page)."""

    def __init__(self):
        super().__init__()

    def apply(self, doc):
        if doc.page % 2 == 0:
            doc.handle_pageBreak()


class TocLine(Flowable):
    """One contents line: the title (a link to its anchor) and the page number, right-aligned."""

    NUMBER_WIDTH = 36

    def __init__(self, text: str, key: str, index: int, style, space_before: float = 0, pad: float = 3):
        super().__init__()
        self.para = Paragraph(text, style)
        self.key, self.index, self.indent = key, index, style.leftIndent
        self.space_before, self.pad = space_before, pad

    def wrap(self, aw, ah):
        self.width = aw
        _, h = self.para.wrap(aw - self.NUMBER_WIDTH, ah)
        self.height = h + self.pad + self.space_before
        return aw, self.height

    def draw(self):
        canv = self.canv
        self.para.drawOn(canv, 0, self.pad)
        first_line_top = self.para.height + self.pad
        canv.saveState()
        canv.translate(self.width, first_line_top - self.para.style.fontSize)  # on the title's first baseline
        canv.doForm(form_name(self.index))
        canv.restoreState()
        canv.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


class RunOnTable(Table):
    """A table that, split over pages, goes on at the top of the next page under ``continued()``
    (the day's heading and "continued"): a busy day's overview never shares a page with the next day.

    The split parts are of this class too, so a day longer than two pages says "continued" on each.

    A row is cut (``splitInRow``) only where every cell that has text keeps some of it on the page:
    reportlab would cut a row whose time fits at the foot of a page and whose title does not, or
    leave an empty slice of it there and "(continued)" over the whole row overleaf. Such a cut is
    made between whole rows instead, or the table goes to the next page."""

    continued: Callable[[], list] | None = None

    def split(self, aw, ah):
        parts = super().split(aw, ah)
        if not parts and 0 < getattr(self, "_height", 0) - ah < self.splitInRow:
            # less than a point over the room: reportlab will not leave so thin a slice for the next page and
            # moves the whole table on, leaving the page with a heading alone on it. Cut a point earlier:
            # what goes on is then the row's bottom padding alone, dropped below.
            parts = super().split(aw, ah - 2 * self.splitInRow)
        if len(parts) == 2 and self._cut_leaves_a_cell_behind(parts[0]):
            self.splitInRow = 0
            try:
                parts = super().split(aw, ah)
            finally:
                self.splitInRow = 1
        if len(parts) == 2 and _blank(parts[1]):
            # a row a point or two taller than a page: what is left after the cut is its bottom padding
            # alone, which would take a page of its own under "(continued)"; every word is on this page
            return parts[:1]
        if len(parts) != 2 or self.continued is None:
            return parts
        first, rest = parts
        rest.continued = self.continued
        return [first, PageBreak(), *self.continued(), rest]

    def _cut_leaves_a_cell_behind(self, first) -> bool:
        """Whether the last row of ``first`` (a cut row, if any) lacks a cell whose row has text there."""
        last = len(first._cellvalues) - 1
        return any(_empty(part) and not _empty(whole)
                   for part, whole in zip(first._cellvalues[last], self._cellvalues[last]))


def _blank(table) -> bool:
    """Whether no cell of ``table`` holds anything to print."""
    return all(_empty(cell) for row in table._cellvalues for cell in row)


def _empty(cell) -> bool:
    return cell is None or cell == "" or (isinstance(cell, (list, tuple)) and not cell)


class ChangeBar(Flowable):
    """A flowable with a bar in the left margin beside it: in an addendum, the lines that changed.

    The bar stands at ``margin_x`` on the page whatever the flowable sits in (a table cell too), so
    all bars line up in one column a reader runs an eye down; it splits with the text it marks."""

    WIDTH = 2.2

    def __init__(self, inner: Flowable, margin_x: float, color):
        super().__init__()
        self.inner, self.margin_x, self.color = inner, margin_x, color

    def wrap(self, aw, ah):
        self.width, self.height = self.inner.wrap(aw, ah)
        return self.width, self.height

    def split(self, aw, ah):
        return [ChangeBar(f, self.margin_x, self.color) for f in self.inner.split(aw, ah)]

    def getSpaceBefore(self):
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self):
        return self.inner.getSpaceAfter()

    def getKeepWithNext(self):
        # a barred question stays with its answer, as it would without the bar
        return self.inner.getKeepWithNext()

    def draw(self):
        canv = self.canv
        self.inner.drawOn(canv, 0, 0)
        # the canvas is only translated inside frames and cells: page x = local x + e
        x = self.margin_x - canv._currentMatrix[4]
        canv.saveState()
        canv.setFillColor(self.color)
        canv.rect(x, 0, self.WIDTH, self.height, stroke=0, fill=1)
        canv.restoreState()
