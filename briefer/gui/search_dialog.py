"""Global search (Ctrl+K / Ctrl+F): results as you type, grouped by kind, with snippets.

Each keystroke (after a short pause) asks the store's full-text index; the
index is built for search-as-you-type, so this stays on the GUI thread.
Enter opens the selected result — the first one unless arrows moved on.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QStandardItem, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from briefer.gui.forms.search_dialog import Ui_SearchDialog
from briefer.gui.widgets.tones import tones_for
from briefer.gui.widgets.labels import label, record_label, ui_language
from briefer.gui.widgets.screen_fit import fit_to_screen
from briefer.model import country_name
from briefer.store.search import SearchHit

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
DELAY_MS = 120


def adds_to(snippet: str, title: str) -> bool:
    """Whether the snippet says more than the title ("[India]" under "India" would only repeat it)."""
    return bool(snippet) and snippet.replace("[", "").replace("]", "") != title


def hit_html(title: str, snippet: str) -> str:
    """The title, and the snippet with the matched words (FTS marks them [like this]) in bold."""
    body = html.escape(snippet).replace("[", "<b>").replace("]", "</b>")
    out = f"{html.escape(title)}"
    if adds_to(snippet, title):
        out += f"<br><span class='snippet'>{body}</span>"  # coloured by the delegate, for the palette and the selection
    return out


class _HitDelegate(QStyledItemDelegate):
    """Draws a result as rich text: title, then the snippet with the matches in bold."""

    def _doc(self, option: QStyleOptionViewItem, index: QModelIndex, width: int) -> QTextDocument | None:
        text = index.data(HTML_ROLE)
        if not text:
            return None
        doc = QTextDocument()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        snippet = option.palette.color(QPalette.ColorRole.HighlightedText).name() if selected else tones_for().muted
        doc.setDefaultStyleSheet(f".snippet {{ color: {snippet}; }}")
        doc.setDocumentMargin(2)
        doc.setDefaultFont(option.font)
        doc.setHtml(text)
        doc.setTextWidth(max(width, 200))
        return doc

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._doc(opt, index, opt.rect.width())
        if doc is None:
            return super().paint(painter, option, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        painter.translate(opt.rect.topLeft())
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = opt.widget
        width = view.viewport().width() - 2 * view.indentation() if view is not None else 600
        doc = self._doc(opt, index, width)
        if doc is None:
            return super().sizeHint(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)


class SearchDialog(QDialog):
    open_requested = Signal(object)  # SearchHit

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.ui = Ui_SearchDialog()
        self.ui.setupUi(self)
        self.model = QStandardItemModel(self)
        self.ui.results.setModel(self.model)
        self.ui.results.setItemDelegate(_HitDelegate(self.ui.results))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.run_query)
        self.ui.query_edit.textChanged.connect(lambda _t: self._timer.start())
        self.ui.query_edit.returnPressed.connect(self.open_selected)
        self.ui.query_edit.installEventFilter(self)
        self.ui.results.activated.connect(lambda _i: self.open_selected())
        self.hits: list[SearchHit] = []
        fit_to_screen(self)  # a laptop screen, 125–150 % scaling: never taller than the screen

    def begin(self, text: str = "") -> None:
        self.ui.query_edit.setText(text)
        self.ui.query_edit.selectAll()
        self.ui.query_edit.setFocus()

    def run_query(self) -> None:
        text = self.ui.query_edit.text()
        self._timer.stop()
        self.hits = self.store.search(text, limit=30) if text.strip() else []
        self.model.clear()
        groups: dict[str, QStandardItem] = {}
        first = None
        for hit in self.hits:
            group = groups.get(hit.kind)
            if group is None:
                group = QStandardItem(label(hit.kind))
                group.setSelectable(False)
                font = group.font()
                font.setBold(True)
                group.setFont(font)
                self.model.appendRow(group)
                groups[hit.kind] = group
            title = self._title(hit)
            snippet = " ".join(hit.snippet.split())
            item = QStandardItem(f"{title}\n    {snippet}" if adds_to(snippet, title) else title)
            item.setData(hit_html(title, snippet), HTML_ROLE)
            item.setData(hit, HIT_ROLE)
            item.setToolTip(snippet)
            group.appendRow(item)
            first = first or item
        self.ui.results.expandAll()
        if first is not None:
            self.ui.results.setCurrentIndex(first.index())
        n = len(self.hits)
        self.ui.hint_label.setText(
            self.tr("{0} results — Enter opens the selected one.").format(n) if text.strip() and n
            else self.tr("Nothing found for “{0}”.").format(text) if text.strip()
            else self.tr("Type to search; Enter opens the selected result; Esc closes."))

    def _title(self, hit: SearchHit) -> str:
        if hit.record_table == "meeting_briefs":
            brief = self.store.meeting_briefs.find(hit.record_id)
            meeting = self.store.meetings.find(brief.meeting_id) if brief else None
            if meeting is not None:
                return self.tr("Brief: {0}").format(record_label(meeting)) + f" — {label(brief.status)}"
        if hit.record_table == "country_briefs":
            brief = self.store.country_briefs.find(hit.record_id)
            if brief is not None:
                return f"{country_name(brief.country, ui_language())} — {label(brief.status)}"
        if hit.record_table in ("meetings", "countries", "delegations"):
            record = self.store.repo_for_table(hit.record_table).find(hit.record_id)
            if record is not None:
                return record_label(record)
        if hit.record_table == "outcomes":
            outcome = self.store.outcomes.find(hit.record_id)
            meeting = self.store.meetings.find(outcome.meeting_id) if outcome else None
            if meeting is not None:
                return self.tr("Outcome of {0}").format(record_label(meeting))
        if hit.record_table == "notes" and hit.title:
            return self.tr("Note by {0}").format(hit.title)
        return hit.title or label(hit.kind)

    def selected_hit(self) -> SearchHit | None:
        idx = self.ui.results.currentIndex()
        return idx.data(HIT_ROLE) if idx.isValid() else None

    def open_selected(self) -> None:
        if self._timer.isActive():
            self.run_query()
        hit = self.selected_hit()
        if hit is not None:
            self.accept()
            self.open_requested.emit(hit)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.ui.query_edit and event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._step(1 if event.key() == Qt.Key.Key_Down else -1)
            return True
        return super().eventFilter(obj, event)

    def _step(self, delta: int) -> None:
        items: list[QModelIndex] = []
        for g in range(self.model.rowCount()):
            group = self.model.item(g)
            items += [group.child(r).index() for r in range(group.rowCount())]
        if not items:
            return
        cur = self.ui.results.currentIndex()
        pos = next((i for i, idx in enumerate(items) if idx == cur), -1)
        self.ui.results.setCurrentIndex(items[max(0, min(len(items) - 1, pos + delta))])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
