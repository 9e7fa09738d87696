"""A brief as one page to read: the pack's sections, in the pack's order, set in reading type.

Forms show a brief through three-line boxes in a scrolling pane; this shows it
the way the printed chapter does (``briefer.schedule.reading``, laid out from
``briefer.brief_outline`` like the pack), in a column of a comfortable width,
with the marking at the top and the bottom, because a screen is seen by others
too. A search hit opened here is scrolled to and its words are highlighted
(the tones module's marker colour), as extra selections: the text itself is
never changed.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetricsF, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from briefer.gui.widgets.tones import tones_for
from briefer.store.search import word_spans

# The column's widest measure, in average characters: lines longer than this are hard to follow.
MEASURE = 78


def _paras(text: str) -> str:
    return "".join(f"<p>{escape(chunk.strip()).replace(chr(10), '<br>')}</p>"
                   for chunk in (text or "").split("\n\n") if chunk.strip())


def _list(items, numbered: bool = False) -> str:
    tag = "ol" if numbered else "ul"
    return f"<{tag}>" + "".join(f"<li>{escape(x).replace(chr(10), '<br>')}</li>" for x in items if x.strip()) + f"</{tag}>"


def block_html(block, tones) -> str:
    """One block of ``briefer.brief_outline`` as HTML (the pack's ``StoryBuilder.block`` on paper)."""
    kind, items, h = block.kind, block.items, escape(block.heading)
    head = f"<h2>{h}</h2>" if h else ""
    if kind == "point":
        return (f"<table width='100%' cellpadding='8' style='margin: 6px 0 10px 0; background-color: {tones.alternate};'>"
                f"<tr><td style='border-left: 4px solid {tones.accent};'><b>{h}:</b> {escape(items[0])}</td></tr></table>")
    if kind == "rows":
        rows = "".join(f"<tr><td nowrap style='color: {tones.muted}; padding-right: 10px;'><b>{escape(k)}</b></td>"
                       f"<td>{escape(v).replace(chr(10), '<br>')}</td></tr>" for k, v in items)
        return f"<table width='100%' cellspacing='0' cellpadding='3'>{rows}</table>"
    if kind in ("note", "small"):
        return f"<p style='color: {tones.muted};'><i>{escape(items[0])}</i></p>"
    if kind in ("bullets", "numbered"):
        return head + _list(items, kind == "numbered")
    if kind == "groups":
        return head + "".join(f"<h3>{escape(g)}</h3>{_list(points)}" for g, points in items)
    if kind == "qa":
        return head + "".join(f"<p style='margin-bottom: 2px;'><b><i>{escape(q)}</i></b></p>"
                              f"<blockquote>{_paras(a)}</blockquote>" for q, a in items)
    if kind == "background":
        out = head + "".join(_paras(x) for x in items)
        if block.secret:
            out += (f"<h3 style='color: {tones.error};'>{escape(block.secret_heading)}</h3>"
                    + "".join(_paras(x) for x in block.secret))
        return out
    if kind == "text":
        return head + _paras(items[0])
    if kind == "dated":
        return head + "<ul>" + "".join(f"<li><b>{escape(w)}</b>: {escape(t)}</li>" for w, t in items) + "</ul>"
    if kind == "facts":
        cols = "".join(f"<th align='left'>{escape(c)}</th>" for c in block.columns)
        rows = "".join(f"<tr><td>{escape(a)}</td><td>{escape(b)}</td><td style='color: {tones.muted};'>{escape(c)}</td></tr>"
                       for a, b, c in items)
        return f"{head}<table width='100%' cellspacing='0' cellpadding='3' border='0'><tr>{cols}</tr>{rows}</table>"
    if kind == "topic":
        line = items[0]
        if not line.value:
            return f"{head}<p style='color: {tones.muted};'>{escape(line.missing)}</p>"
        if line.code:
            value = f"<p><b>{escape(line.code)}</b>{escape(line.value[len(line.code):])}</p>"
        else:
            value = _paras(line.value)
        source = f"<p style='color: {tones.muted};'><small>{escape(line.source)}</small></p>" if line.source else ""
        return head + value + source
    if kind == "sources":
        return head + "<ul>" + "".join(f"<li><small>{escape(x)}</small></li>" for x in items) + "</ul>"
    if kind == "bios":
        out = head
        for name, sub, say, bio in items:
            out += f"<h3>{escape(name)}</h3>"
            out += "".join(f"<p style='color: {tones.muted}; margin: 0;'>{escape(x)}</p>" for x in (sub, say) if x)
            out += _paras(bio)
        return out
    raise ValueError(f"no layout for a brief block of kind {kind!r}")


def reading_html(reading, tones) -> str:
    """A whole :class:`briefer.schedule.reading.Reading` as one page of HTML, the marking above and below."""
    marking = reading.marking
    mark = (f"<p align='center' style='color: {tones.error}; letter-spacing: 1px;'><b>{escape(marking)}</b></p>"
            if marking else "")
    out = [mark]
    for i, part in enumerate(reading.parts):
        if part.title:
            if i:
                out.append("<hr>")
            out.append(f"<h1>{escape(part.title)}</h1>")
        if part.banner:
            out.append(f"<p style='color: {tones.error};'><b>{escape(part.banner)}</b></p>")
        if part.title:
            line = (f"<b>{escape(reading.marking_label)}: <span style='color: {tones.error};'>"
                    f"{escape(reading.classification.marking or '—')}</span></b>")
            if part.release:
                line += f"<br>{escape(part.release)}"
            out.append(f"<p style='color: {tones.muted};'>{line}</p>")
        out += [block_html(b, tones) for b in part.blocks]
    out.append(mark)
    return "".join(out)


class ReadingView(QTextBrowser):
    """A read-only page holding one brief; :meth:`highlight` marks and scrolls to a search's words."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reading_view")
        self.setOpenLinks(False)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 1.2, 11.0))  # reading type, not form type
        self.document().setDefaultFont(font)
        self.document().setDefaultStyleSheet(
            "h1 { font-size: x-large; margin-top: 6px; margin-bottom: 2px; }"
            "h2 { font-size: large; margin-top: 14px; margin-bottom: 4px; }"
            "h3 { font-size: medium; margin-top: 8px; margin-bottom: 2px; }"
            "p { margin-top: 3px; margin-bottom: 5px; } li { margin-bottom: 3px; }")
        self.words: list[str] = []
        self._html = ""

    def show_reading(self, reading) -> None:
        """Show ``reading`` (a :class:`briefer.schedule.reading.Reading`) from its top; None clears the page.
        The same page again is left as it is, scrolled where it was, its search marks kept."""
        html = reading_html(reading, tones_for(self.palette())) if reading is not None else ""
        if html == self._html:
            return  # a list refreshed around the same brief: keep the place read and the marks
        self._html = html
        self.words = []
        self.setExtraSelections([])
        self.setHtml(html)
        self._fit_measure()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def highlight(self, words: list[str]) -> int:
        """Mark every place the query ``words`` match (as search matched them) and scroll to the first;
        the number of places marked."""
        self.words = list(words)
        doc = self.document()
        text = doc.toRawText()
        tones = tones_for(self.palette())
        fmt = QTextCharFormat()
        fmt.setBackground(tones.q("match_back"))
        fmt.setForeground(tones.q("match_text"))
        selections = []
        for start, end in word_spans(text, self.words):
            sel = QTextEdit.ExtraSelection()
            sel.cursor = QTextCursor(doc)
            sel.cursor.setPosition(start)
            sel.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel.format = fmt
            selections.append(sel)
        self.setExtraSelections(selections)
        if selections:
            cursor = QTextCursor(doc)
            cursor.setPosition(selections[0].cursor.selectionStart())
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
            # the match a little below the top, with the heading over it in view
            bar = self.verticalScrollBar()
            bar.setValue(max(0, self.cursorRect().top() + bar.value() - self.viewport().height() // 4))
        return len(selections)

    def _fit_measure(self) -> None:
        """Centre a column no wider than :data:`MEASURE` characters in the viewport."""
        widest = QFontMetricsF(self.document().defaultFont()).averageCharWidth() * MEASURE
        side = max(12.0, (self.viewport().width() - widest) / 2)
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        if abs(fmt.leftMargin() - side) > 0.5:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(10)
            fmt.setBottomMargin(10)
            root.setFrameFormat(fmt)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_measure()

    def sizeHint(self) -> QSize:
        return QSize(480, 400)
