"""Global search (Ctrl+K / Ctrl+F): results as you type, grouped by kind, with snippets.

Each keystroke (after ``DELAY_MS``) asks the store for a *preview*: each index
ranked over its newest matches, fast enough for every key (p95 ≤ 20 ms on
50,000 notes, benchmarks/README.md). When a word is so common that the preview
could not see every match, the exact answer — bm25 over all matches, what
``briefer search`` prints — replaces it once typing pauses (``SETTLE_MS``), or
at once when Enter is pressed, so the results a user settles on are always the
best ones, however old (issue 19). The preview runs on the GUI thread; the exact one
costs 10–50 ms of CPU on that data and runs on a worker with its own connection. "Newest first"
is an order the user can choose, over every match.
Enter opens the selected result — the first one unless arrows moved on.

"Include earlier conferences" (shown when this conference knows earlier ones) adds each earlier
conference's matches below, under its name and dates: searched on a worker that opens each earlier
file read only (``schedule.memory.search_earlier``, what ``briefer search --earlier`` prints), opened
as that subject's history at earlier conferences — never in an editor, never written. A locked
(encrypted) earlier conference is a row that asks for its passphrase.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QStandardItem, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import (QApplication, QDialog, QMessageBox, QStyle, QStyledItemDelegate, QStyleOptionViewItem,
                               QWidget)

from briefer.gui.forms.search_dialog import Ui_SearchDialog
from briefer.gui.tasks import run_in_background
from briefer.gui.widgets.tones import tones_for
from briefer.gui.widgets.labels import label, record_label, ui_language
from briefer.gui.widgets.screen_fit import fit_to_screen
from briefer.i18n import format_date
from briefer.model import country_name
from briefer.schedule.memory import PastHit, PastSearch, search_earlier
from briefer.store.earlier import earlier_folders
from briefer.store.search import SearchHit, mark_words, query_words
from briefer.store.search_subjects import hit_subject

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
EARLIER_ROLE = Qt.ItemDataRole.UserRole + 3  # a PastHit: a match at an earlier conference
LOCKED_ROLE = Qt.ItemDataRole.UserRole + 4  # the folder of a locked earlier conference (Enter asks its passphrase)
FOLDER_ROLE = Qt.ItemDataRole.UserRole + 5  # the data folder of the earlier conference a match is from
DELAY_MS = 120
# How long typing must pause before a preview that missed matches gives way to the exact answer.
SETTLE_MS = 350
BEST, NEWEST = 0, 1  # rows of the order combo


def adds_to(snippet: str, title: str) -> bool:
    """Whether the snippet says more than the title ("[India]" under "India" would only repeat it)."""
    return bool(snippet) and snippet.replace("[", "").replace("]", "") != title


def hit_html(title: str, snippet: str, words: list[str] | None = None) -> str:
    """The title, and the snippet with the matched words (FTS marks them [like this]) in bold; with the
    query's ``words``, the words of the title that matched are bold too, as written ("Kovalenko" → **Коваленко**)."""
    body = html.escape(snippet).replace("[", "<b>").replace("]", "</b>")
    out = _bold_marks(title, words) if words else html.escape(title)
    if adds_to(snippet, title):
        out += f"<br><span class='snippet'>{body}</span>"  # coloured by the delegate, for the palette and the selection
    return out


def _bold_marks(title: str, words: list[str]) -> str:
    marked = mark_words(title, words, mark=("\x00", "\x01"))
    return html.escape(marked).replace("\x00", "<b>").replace("\x01", "</b>")


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

    def __init__(self, store, parent: QWidget | None = None, *, open_connection=None, services=None):
        super().__init__(parent)
        self.store = store
        # the app's services: earlier conferences are searched, unlocked and opened only with them
        self.services = services
        self._folders: list[Path] = []  # the earlier conferences' data folders (read at ``begin``)
        self._passphrases: dict[Path, str] = {}  # typed for locked earlier conferences while the app runs
        self._tried: set[Path] = set()  # folders whose typed passphrase did not open them
        #: each earlier conference's matches for ``_earlier_text`` (None: not asked, or under way)
        self.earlier: list[PastSearch] | None = None
        self.earlier_pending = False
        self._earlier_text = ""
        self._earlier_generation = 0
        self.opened: QDialog | None = None  # what an earlier match last opened (its history, read only)
        # a second connection for the exact answer on a worker (None: it is computed here, on the GUI thread)
        self._open_connection = open_connection
        self._generation = 0  # moves with every new query; an exact answer for an older one is dropped
        self.ui = Ui_SearchDialog()
        self.ui.setupUi(self)
        self.model = QStandardItemModel(self)
        self.ui.results.setModel(self.model)
        self.ui.results.setItemDelegate(_HitDelegate(self.ui.results))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.run_query)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.settle)
        # whether the hits shown are the exact best matches (else a preview awaiting ``settle``)
        self.exact = True
        self._moved = False  # the user chose another result than the first
        self.ui.query_edit.textChanged.connect(self._typed)
        self.ui.order_combo.currentIndexChanged.connect(lambda _i: self.run_query())
        self.ui.earlier_check.hide()
        self.ui.earlier_check.toggled.connect(lambda _on: self.run_query())
        self.ui.query_edit.returnPressed.connect(self.open_selected)
        self.ui.query_edit.installEventFilter(self)
        self.ui.results.activated.connect(self._open_index)
        self.ui.results.pressed.connect(lambda _i: setattr(self, "_moved", True))
        self.hits: list[SearchHit] = []
        fit_to_screen(self)  # a laptop screen, 125–150 % scaling: never taller than the screen

    def begin(self, text: str = "") -> None:
        self._folders = earlier_folders(self.store) if self.services is not None else []
        self.ui.earlier_check.setVisible(bool(self._folders))
        self.ui.query_edit.setText(text)
        self.ui.query_edit.selectAll()
        self.ui.query_edit.setFocus()

    def _typed(self, _text: str) -> None:
        self._settle.stop()
        self._generation += 1  # an exact answer under way is for a text no longer there
        self._timer.start()

    def run_query(self) -> None:
        """The answer for what is typed now: a preview while typing, or newest first when so chosen."""
        text = self.ui.query_edit.text()
        self._timer.stop()
        self._settle.stop()
        self._generation += 1
        if not text.strip():
            hits, self.exact = [], True
        elif self.ui.order_combo.currentIndex() == NEWEST:
            hits, self.exact = self.store.search(text, limit=30, order="newest"), True
        else:
            preview = self.store.search_preview(text, limit=30)
            hits, self.exact = preview.hits, preview.exact
            if not self.exact:
                self._settle.start()
        self._search_earlier(text)
        self._show(text, hits)

    def _search_earlier(self, text: str) -> None:
        """Search the earlier conferences for ``text`` on a worker (each file opened read only there)."""
        self._earlier_generation += 1
        self.earlier, self._earlier_text, self.earlier_pending = None, text, False
        if not (self._folders and self.ui.earlier_check.isChecked() and text.strip()):
            return
        generation = self._earlier_generation
        folders, keys, lang = list(self._folders), dict(self._passphrases), ui_language()

        def work() -> list[PastSearch]:
            return search_earlier(text, folders, keys.get, limit=30, with_about=True, lang=lang)

        def arrived(found: list[PastSearch]) -> None:
            if generation == self._earlier_generation:
                self.earlier_pending = False
                self.earlier = found
                self._show(self.ui.query_edit.text(), self.hits)

        def failed(exc: BaseException) -> None:
            if generation == self._earlier_generation:
                self.earlier_pending = False
                self.earlier = [PastSearch("", problem=str(exc))]
                self._show(self.ui.query_edit.text(), self.hits)

        self.earlier_pending = True
        run_in_background(work, owner=self).success(arrived).failure(failed)

    def settle(self, *, now: bool = False) -> None:
        """Replace a preview by the exact best matches over every note and record.

        On a worker with its own connection when the app gave one (10–50 ms of CPU on 50,000 notes,
        more on a busy laptop: never a pause in typing); ``now`` (Enter) computes it here, at once.
        """
        self._settle.stop()
        if self.exact:
            return
        text = self.ui.query_edit.text()
        if now or self._open_connection is None or not text.strip():
            self._generation += 1  # an answer still under way is no longer wanted
            self.exact = True
            self._show(text, self.store.search(text, limit=30) if text.strip() else [])
            return
        generation = self._generation
        connect = self._open_connection

        def work() -> list[SearchHit]:
            with connect() as own:
                return own.search(text, limit=30)

        def arrived(hits: list[SearchHit]) -> None:
            if generation == self._generation and not self.exact:
                self.exact = True
                self._show(text, hits)

        def failed(_exc: BaseException) -> None:
            if generation == self._generation:
                self.settle(now=True)  # the answer still counts: compute it here

        run_in_background(work, owner=self).success(arrived).failure(failed)

    def _show(self, text: str, hits: list[SearchHit]) -> None:
        chosen = _key(self.ui.results.currentIndex()) if self._moved else None
        words = query_words(text)
        self._moved = False
        self.hits = hits
        self.model.clear()
        groups: dict[str, QStandardItem] = {}
        first = keep = None
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
            item.setData(hit_html(title, snippet, words), HTML_ROLE)
            item.setData(hit, HIT_ROLE)
            item.setToolTip(snippet)
            group.appendRow(item)
            first = first or item
            if chosen is not None and _key(item.index()) == chosen:
                keep = item
        for item in self._show_earlier(text, words):
            first = first or item
            if chosen is not None and _key(item.index()) == chosen:
                keep = item
        self.ui.results.expandAll()
        if first is not None:
            self.ui.results.setCurrentIndex(first.index())
        if keep is not None:  # the result the user moved to stays selected when the exact answer arrives
            self.ui.results.setCurrentIndex(keep.index())
            self._moved = True
        n = len(self.hits)
        m = sum(len(p.hits) for p in self.earlier or [] if text == self._earlier_text)
        self.ui.hint_label.setText(
            self.tr("{0} results here, {1} at earlier conferences — Enter opens the selected one.").format(n, m)
            if text.strip() and m
            else self.tr("{0} results — Enter opens the selected one.").format(n) if text.strip() and n
            else self.tr("Searching earlier conferences…") if text.strip() and self.earlier_pending
            else self.tr("Nothing found for “{0}”.").format(text) if text.strip()
            else self.tr("Type to search; Enter opens the selected result; Esc closes."))

    def _show_earlier(self, text: str, words: list[str]) -> list[QStandardItem]:
        """Append each earlier conference's matches under its name and dates; the selectable rows added."""
        if not text.strip() or text != self._earlier_text or not (self.earlier_pending or self.earlier is not None):
            return []
        if self.earlier_pending:
            self.model.appendRow(_heading(self.tr("Searching earlier conferences…"), bold=False))
            return []
        lang = ui_language()
        rows: list[QStandardItem] = []
        for past in self.earlier or []:
            if past.locked or past.problem or not past.name:
                group = _heading(self.tr("Earlier conference in {0}").format(past.folder) if past.folder
                                 else self.tr("Earlier conferences"))
            else:
                # the dates first: a long conference name is cut at the list's edge, the dates never
                group = _heading(self.tr("Earlier ({0}): {1}").format(
                    f"{format_date(past.start, lang, fmt='medium')} – {format_date(past.end, lang, fmt='medium')}",
                    past.name) if past.start and past.end else self.tr("Earlier: {0}").format(past.name))
                group.setToolTip(group.text())
            self.model.appendRow(group)
            if past.locked:
                tried = Path(past.folder) in self._tried
                row = QStandardItem("🔒 " + (self.tr("That passphrase did not open it — press Enter to try again.")
                                            if tried else self.tr("Locked (encrypted) — press Enter to type its passphrase.")))
                row.setData(past.folder, LOCKED_ROLE)
                group.appendRow(row)
                rows.append(row)
                continue
            if past.problem:
                note = QStandardItem("⚠ " + self.tr("Not read: {0}").format(past.problem))
                note.setSelectable(False)
                group.appendRow(note)
                continue
            if not past.about:
                note = QStandardItem(self.tr("Nothing found there."))
                note.setSelectable(False)
                group.appendRow(note)
            for about in past.about:
                title = self._earlier_title(about)
                snippet = " ".join(about.hit.snippet.split())
                item = QStandardItem(f"{title}\n    {snippet}" if adds_to(snippet, title) else title)
                item.setData(hit_html(title, snippet, words), HTML_ROLE)
                item.setData(about, EARLIER_ROLE)
                item.setData(past.folder, FOLDER_ROLE)
                item.setToolTip(snippet)
                group.appendRow(item)
                rows.append(item)
        return rows

    def _earlier_title(self, about: PastHit) -> str:
        """A match at an earlier conference as its row reads: what it is and whose it is."""
        hit = about.hit
        if hit.record_table == "outcomes" and about.meeting:
            return self.tr("Outcome of {0}").format(about.meeting)
        if hit.record_table == "meeting_briefs" and about.meeting:
            return self.tr("Brief: {0}").format(about.meeting)
        if hit.record_table == "notes" and hit.title:
            return self.tr("Note by {0}").format(hit.title) + (f" — {about.meeting}" if about.meeting else "")
        if hit.record_table in ("countries", "country_briefs") and about.subject is not None and about.subject.country:
            return f"{country_name(about.subject.country, ui_language())} ({label(hit.kind)})"  # not "Indonesia Indonesië IDN"
        return f"{hit.title or label(hit.kind)} ({label(hit.kind)})"

    def _title(self, hit: SearchHit) -> str:
        subject = hit_subject(self.store, hit.record_table, hit.record_id)
        if hit.record_table == "meeting_briefs" and subject.meeting is not None:
            return self.tr("Brief: {0}").format(record_label(subject.meeting, self.store)) + f" — {label(subject.record.status)}"
        if hit.record_table == "country_briefs" and subject.record is not None:
            return f"{country_name(subject.record.country, ui_language())} — {label(subject.record.status)}"
        if hit.record_table in ("meetings", "countries", "delegations") and subject.record is not None:
            return record_label(subject.record, self.store)
        if hit.record_table == "outcomes" and subject.meeting is not None:
            return self.tr("Outcome of {0}").format(record_label(subject.meeting, self.store))
        if hit.record_table == "notes" and hit.title:
            return self.tr("Note by {0}").format(hit.title)
        return hit.title or label(hit.kind)

    def words(self) -> list[str]:
        """The query's words, as search reads them (what a record opened from a hit highlights)."""
        return query_words(self.ui.query_edit.text())

    def selected_hit(self) -> SearchHit | None:
        idx = self.ui.results.currentIndex()
        return idx.data(HIT_ROLE) if idx.isValid() else None

    def open_selected(self) -> None:
        if self._timer.isActive():
            self.run_query()
        if not self.exact and not self._moved:
            self.settle(now=True)  # Enter right after typing opens the best match, not the preview's
        self._activate(self.ui.results.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        """A result chosen in the list (double-click, Enter there) opens as chosen."""
        self._settle.stop()
        self._activate(index)

    def _activate(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit, past, locked = index.data(HIT_ROLE), index.data(EARLIER_ROLE), index.data(LOCKED_ROLE)
        if hit is not None:
            self.accept()
            self.open_requested.emit(hit)
        elif past is not None:
            self.accept()
            self.open_earlier(past, index.data(FOLDER_ROLE) or "")
        elif locked:
            self.unlock(Path(locked))

    def unlock(self, folder: Path) -> None:
        """Ask for a locked earlier conference's passphrase and search it again (kept while the app runs)."""
        text = self.services.ask.earlier_passphrase(self, str(folder))
        if not text:
            return
        self._passphrases[folder] = text
        self._tried.add(folder)  # named as "did not open" if it is still locked after this search
        self._search_earlier(self.ui.query_edit.text())
        self._show(self.ui.query_edit.text(), self.hits)

    def open_earlier(self, past: PastHit, folder: str = "") -> QDialog:
        """A match at an earlier conference, read only: its subject's history there, else the match itself."""
        parent = self.parentWidget() or self
        if past.subject is not None:
            from briefer.gui.records.earlier_dialog import EarlierDialog

            dialog: QDialog = EarlierDialog(self.services, past.subject, parent, passphrases=self._passphrases)
        else:
            title = past.hit.title or label(past.hit.kind)
            dialog = QMessageBox(QMessageBox.Icon.Information, self.tr("At an earlier conference"),
                                 f"{title}\n\n{' '.join(past.hit.snippet.replace('[', '').replace(']', '').split())}"
                                 + (f"\n\n{folder}" if folder else ""), QMessageBox.StandardButton.Close, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.opened = dialog
        return dialog

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
        self._moved = True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)


def _heading(text: str, *, bold: bool = True) -> QStandardItem:
    """A group's heading row: not selectable, bold (a note while searching: plain)."""
    item = QStandardItem(text)
    item.setSelectable(False)
    font = item.font()
    font.setBold(bold)
    font.setItalic(not bold)
    item.setFont(font)
    return item


def _key(index: QModelIndex) -> tuple | None:
    """What a row stands for, to keep it selected when the results are shown again."""
    if not index.isValid():
        return None
    hit, past, locked = index.data(HIT_ROLE), index.data(EARLIER_ROLE), index.data(LOCKED_ROLE)
    if hit is not None:
        return ("here", hit.record_table, hit.record_id)
    if past is not None:
        return (index.data(FOLDER_ROLE), past.hit.record_table, past.hit.record_id)
    return ("locked", locked) if locked else None
