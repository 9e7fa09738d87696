"""Packs: choose whom a briefing pack is for and what it holds, build it, preview, print or save it.

Building runs in a child process (``briefer.packs.apart``): composing and
rendering 2,000 pages is seconds of pure Python, and on a thread of the
window's own interpreter it froze the window for seconds at a time. The child
reads the database read-only and sends the plan and the PDF bytes back
(progress and Cancel in the view; Cancel stops the child), and the preview
shows them. The pack stays in memory until it is printed or saved — no
plaintext copy on disk for an encrypted database — and the print register
records it at the first print or save of that build (one build, one copy
number: the number is printed on its pages). An addendum is built the same
way from a copy chosen in the register.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QHeaderView, QListWidgetItem, QStyle, QTableWidgetItem, QWidget

from briefer.model.counterparts import counterpart_name
from briefer.errors import BrieferError
from briefer.gui.records import record_page
from briefer.gui.widgets.date_fields import refuse_unreadable
from briefer.gui.forms.packs_view import Ui_PacksView
from briefer.gui.widgets.labels import label
from briefer.gui.packs.pack_preview import PdfPreview, write_atomically
from briefer.gui.packs.printing import ask_printer, print_pdf
from briefer.gui.records.fresh_read import FreshRead, ReadsFresh
from briefer.gui.tasks import run_in_background
from briefer.gui.widgets.fields import ui_language
from briefer.gui.records.record_list import ListProxy
from briefer.gui.records.table_models import RESIZE_PRECISION, SORT_ROLE, Directory
from briefer.gui.packs.recipient_model import Recipient, RecipientTableModel
from briefer.schedule.workload import workloads


def recipients(store, directory: Directory, meetings: list | None = None) -> list[Recipient]:
    """Ministers and members of the host delegation, with their bilaterals and sessions counted, worded for the list."""
    return [Recipient(w.person, label(w.role) if w.role is not None else w.title, directory.person(w.serves_id),
                      w.bilaterals, w.sessions, w.meetings)
            for w in workloads(store, directory.people, meetings)]


def _import_packs() -> None:
    import briefer.packs.apart  # noqa: F401 — and with it the package: compose, render, reportlab


#: The sections a user may leave out, with their names in the interface.
SECTION_NAMES = (
    ("programme", QT_TRANSLATE_NOOP("PacksView", "Programme")),
    ("meetings", QT_TRANSLATE_NOOP("PacksView", "Bilateral meetings")),
    ("country-briefs", QT_TRANSLATE_NOOP("PacksView", "Country briefs")),
    ("biographies", QT_TRANSLATE_NOOP("PacksView", "Biographies")),
    ("attachments", QT_TRANSLATE_NOOP("PacksView", "Attached documents")),
    ("speaking-notes", QT_TRANSLATE_NOOP("PacksView", "Speaking notes")),
    ("contacts", QT_TRANSLATE_NOOP("PacksView", "Contacts")),
)


@dataclass
class BuiltPack:
    """The pack in the preview: its plan, size, and the register entry once printed or saved."""

    plan: object
    pages: int
    missing_glyphs: tuple[str, ...] = ()
    registered: object = None
    #: part key → (first, last page), kept in the register so a later addendum can say what it replaces
    part_pages: dict | None = None


class PacksView(ReadsFresh, QWidget):
    TABLES = ()
    #: Tables whose size decides whether the recipients are read on a worker (as big lists are).
    SIZED_BY = ("meetings", "people")
    loaded = Signal()  # the recipients are shown

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.reader = FreshRead(
            self, services, read=self.read, show=lambda answer: self._show(*answer), again=self.refresh,
            in_background=lambda store: store.path is not None and sum(
                store.repo_for_table(t).count() for t in self.SIZED_BY) > record_page.BACKGROUND_ROWS,
            busy=self._loading, attach=lambda answer: answer[0].rebind(self.services.store))
        self.task = None
        #: What the child process runs (``briefer.packs.apart.build`` when None): tests give their own.
        self.build_target = None
        self._packs_imported = False
        self.built: BuiltPack | None = None
        self.last_outcome = ""  # "built", "cancelled" or "failed" — for the status line and tests
        self._cancel = threading.Event()
        cancel = self._cancel  # the view gone (window closed) stops its child, if one is building
        self.destroyed.connect(lambda *_: cancel.set())
        self.ui = Ui_PacksView()
        self.ui.setupUi(self)
        self.ui.register_label.setBuddy(self.ui.register)  # the heading names the table for screen readers
        for table in (self.ui.people, self.ui.register):  # Tab leaves a list; arrows move between rows
            table.setTabKeyNavigation(False)
        self.ui.left_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop: nothing to type into
        self.model = RecipientTableModel(self)
        self.proxy = ListProxy(self, sorts_here=True)  # names also by their Latin form
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.ui.people.setModel(self.proxy)
        self.ui.people.verticalHeader().hide()
        for header in (self.ui.people.horizontalHeader(), self.ui.people.verticalHeader()):
            header.setResizeContentsPrecision(RESIZE_PRECISION)  # size columns from the first rows only
        self.ui.people.horizontalHeader().setStretchLastSection(True)
        self.ui.people.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.people.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.ui.filter_edit.textChanged.connect(self.proxy.set_filter_text)
        self.ui.people.selectionModel().currentRowChanged.connect(self._person_changed)
        self.ui.build_button.clicked.connect(lambda: self.build_pack())
        self.ui.cancel_button.clicked.connect(self.cancel)
        self.ui.print_button.clicked.connect(lambda: self.print_pack())
        self.ui.save_button.clicked.connect(lambda: self.save_as())
        self.ui.addendum_button.clicked.connect(self.build_addendum)
        self.ui.register.itemSelectionChanged.connect(self._update_buttons)
        self.ui.lang_combo.addItem("Nederlands", "nl")
        self.ui.lang_combo.addItem("English", "en")
        self.ui.lang_combo.setCurrentIndex(0 if ui_language() == "nl" else 1)
        for value, _name in SECTION_NAMES:
            item = QListWidgetItem(self.ui.sections_list)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.ui.register.setColumnCount(7)
        self.ui.register.verticalHeader().hide()
        self.ui.register.horizontalHeader().setStretchLastSection(True)
        self.ui.people.doubleClicked.connect(lambda _i: self.build_pack())
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.preview_splitter.setStretchFactor(1, 4)
        self.preview = PdfPreview(self.ui.preview_host, self.ui.bookmarks, self)
        self._directory = Directory()
        self._retranslate()
        self._busy(False)

    # ---------------------------------------------------------------- loading
    @staticmethod
    def read(store) -> tuple[Directory, list[Recipient]]:
        """The names and the recipients with their bilaterals (any thread; the names read fully)."""
        directory = Directory.load(store)
        rows = recipients(store, directory)  # each with its bilaterals: none read again at a choice of person
        directory.preload(("people", "organisations"))
        return directory, rows

    def refresh(self) -> None:
        self.reader.refresh()

    def _loading(self, on: bool) -> None:
        if on:
            self.ui.summary_label.setText(self.tr("Loading…"))

    def _show(self, directory: Directory, rows: list[Recipient]) -> None:
        store = self.services.store
        self._directory = directory
        self.model.set_rows(rows, directory)
        conf = store.conference()
        if conf is not None:
            first, last = conf.start_date, conf.end_date
            for edit, value in ((self.ui.from_date, first), (self.ui.to_date, last)):
                edit.set_range(first, last)
                edit.set_anchor(first)
                shown = edit.value()
                if not isinstance(shown, date) or not first <= shown <= last:  # keep a period the user chose
                    edit.set_value(value)
        self._person_changed()
        self.loaded.emit()

    def current(self) -> Recipient | None:
        idx = self.ui.people.currentIndex()
        return self.model.row_at(self.proxy.mapToSource(idx).row()) if idx.isValid() else None

    def select_person(self, person_id: str) -> bool:
        row = self.model.row_of_key(person_id)
        if row is None or row < 0:
            return False
        self.ui.people.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
        return True

    def _person_changed(self, *_args) -> None:
        self._summarise()
        self.show_register()

    def _summarise(self, *_args) -> None:
        r = self.current()
        if r is None:
            self.ui.summary_label.setText(self.tr("{0} people can receive a pack.").format(self.model.rowCount()))
        else:
            d = self.model.directory
            with_whom = ", ".join(counterpart_name(m, d.organisations, ui_language(), article=False)
                                  for m in r.meetings)
            text = self.tr("The pack for {0}: the programme ({1} sessions) and {2} bilaterals").format(
                r.person.formal_name_in(ui_language()), r.sessions, r.bilaterals)
            self.ui.summary_label.setText(text + (f" ({with_whom})." if with_whom else "."))
        self._update_buttons()

    def show_register(self) -> None:
        """The print register for the chosen person: which copy, when, by whom, what version."""
        from briefer.store.print_register import PrintRegister

        r = self.current()
        rows = PrintRegister(self.services.store).list(r.person.id) if r is not None else []
        conf = self.services.store.conference()
        table = self.ui.register
        table.setRowCount(0)
        table.setRowCount(len(rows))
        kinds = {"pack": self.tr("pack"), "meeting": self.tr("meeting brief"), "addendum": self.tr("addendum")}
        for i, rec in enumerate(rows):
            when = conf.local(rec.printed_at).strftime("%Y-%m-%d %H:%M") if conf else rec.printed_at.isoformat()
            kind = kinds.get(rec.kind, rec.kind)
            if rec.base_number:
                kind += " " + self.tr("(since {0})").format(rec.base_number)
            values = (str(rec.number), when, rec.printed_by, kind, str(rec.version), str(rec.pages), rec.filename)
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, rec.number)
                table.setItem(i, col, item)
        table.resizeColumnsToContents()
        self._update_buttons()

    def selected_copy(self) -> int | None:
        items = self.ui.register.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    # ---------------------------------------------------------------- state
    def _update_buttons(self) -> None:
        idle = self.task is None
        self.ui.build_button.setEnabled(self.current() is not None and idle)
        self.ui.addendum_button.setEnabled(self.selected_copy() is not None and idle)
        has_pack = self.built is not None and idle
        self.ui.print_button.setEnabled(has_pack)
        self.ui.save_button.setEnabled(has_pack)

    def _busy(self, busy: bool) -> None:
        self.ui.progress.setVisible(busy)
        self.ui.cancel_button.setVisible(busy)
        self._update_buttons()

    def options(self, *, changes_since: int | None = None):
        """The PackOptions the form asks for (an addendum keeps the language, period and sections of its copy)."""
        from briefer.packs import PackOptions, Section

        from briefer.model import Classification

        r = self.current()
        chosen = self.ui.class_combo.currentData()
        common = dict(
            recipient_id=r.person.id if r is not None else None, draft=not self.ui.final_check.isChecked(),
            classification=Classification(chosen) if chosen else None, watermark=self.ui.watermark_check.isChecked(),
            password=self.ui.password_edit.text() or None,
        )
        if changes_since is not None:
            return PackOptions(**common, changes_since=changes_since)
        sections = frozenset(
            Section(self.ui.sections_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.ui.sections_list.count())
            if self.ui.sections_list.item(i).checkState() == Qt.CheckState.Checked
        )
        return PackOptions(**common, lang=self.ui.lang_combo.currentData(), sections=sections,
                           start=self.ui.from_date.value(), end=self.ui.to_date.value())

    # ---------------------------------------------------------------- building
    def build_addendum(self) -> None:
        """Build "changes since copy N" for the copy chosen in the register."""
        number = self.selected_copy()
        if number is not None:
            self.build_pack(changes_since=number)

    def build_pack(self, *, changes_since: int | None = None) -> None:
        """Compose and render the pack in a child process (``briefer.packs.apart``), show it in the preview."""
        from briefer.packs import compose
        from briefer.packs.apart import Request, build, build_apart

        if self.task is not None or (self.current() is None and changes_since is None):
            return
        try:
            refuse_unreadable({"from_date": self.ui.from_date.value(), "to_date": self.ui.to_date.value()})
        except BrieferError as exc:
            self.services.ask.error(self, exc)
            self.ui.from_date.setFocus() if exc.field == "from_date" else self.ui.to_date.setFocus()
            return
        options = self.options(changes_since=changes_since)
        if not options.sections:
            self.services.ask.error(self, BrieferError(self.tr("choose at least one section"), field="sections"))
            return
        store = self.services.store
        # the child reads the database from its own read-only connection; a store in memory (tests)
        # has no file to open, so its plan is composed here and only the render goes to the child
        if store.path is not None:
            request = Request(options, path=store.path, passphrase=store.passphrase, user=store.user)
        else:
            try:
                request = Request(options, plan=compose(store, options))
            except BrieferError as exc:
                self.services.ask.error(self, exc)
                return
        self._cancel.clear()
        self.ui.progress.setValue(0)
        self.task = True  # placeholder until the task exists, so the buttons are disabled at once
        self._busy(True)
        cancelled, target = self._cancel.is_set, self.build_target or build

        def work(report):  # a worker thread that only waits for the child: the window keeps the interpreter
            return build_apart(request, progress=lambda f: report(int(f * 100), 100, ""), cancelled=cancelled,
                               target=target)

        self.task = run_in_background(work, with_progress=True, owner=self)
        self.task.progress(lambda done_, _total, _t: self.ui.progress.setValue(done_))
        self.task.success(self._built).failure(self._failed)
        self._update_buttons()

    def cancel(self) -> None:
        self._cancel.set()

    def _built(self, built) -> None:
        """The child's answer (``briefer.packs.apart.Built``) in the preview."""
        self.task = None
        self._busy(False)
        plan = built.plan
        if built.data is None:  # an addendum with nothing to add
            self.last_outcome = "unchanged"
            self.ui.preview_label.setText(self.tr("Nothing has changed since copy {0}.").format(plan.base_number))
            return
        try:
            shown = self.preview.load(built.data, plan.password, built.outline)
        except BrieferError as exc:
            self.built = None
            self.services.ask.error(self, exc)
            return
        self.built = BuiltPack(plan, shown or built.pages, built.missing_glyphs, part_pages=built.part_pages)
        self.last_outcome = "built"
        self._describe_built()
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        from briefer.packs import PackCancelled

        self.task = None
        self._busy(False)
        if isinstance(exc, PackCancelled):
            self.last_outcome = "cancelled"
            self.ui.summary_label.setText(self.tr("Building was cancelled; nothing was made."))
            return
        self.last_outcome = "failed"
        self.services.ask.error(self, exc)

    def _describe_built(self) -> None:
        b = self.built
        if b is None:
            self.ui.preview_label.setText(self.tr("No pack built yet."))
            return
        kind = {"pack": self.tr("Pack"), "meeting": self.tr("Meeting brief"),
                "addendum": self.tr("Addendum")}.get(b.plan.kind, b.plan.kind)
        text = self.tr("{0} for {1}: {2} pages, copy {3}, version {4}").format(
            kind, b.plan.recipient_name, b.pages, b.plan.number, b.plan.version)
        text += " — " + (self.tr("printed or saved") if b.registered else self.tr("not yet printed"))
        if b.plan.kind == "addendum":
            text += "\n" + self.tr("{0} parts changed since copy {1}.").format(len(b.plan.changes), b.plan.base_number)
        if b.missing_glyphs:
            text += "\n" + self.tr("Warning: the pack font cannot print {0}; they show as boxes.").format(
                " ".join(b.missing_glyphs))
        self.ui.preview_label.setText(text)

    # ---------------------------------------------------------------- print, save, register
    def _register(self, filename: str) -> None:
        """Record the pack in the print register, once per build (its copy number is on its pages)."""
        from briefer.packs import register_print

        b = self.built
        if b is None or b.registered is not None:
            return
        try:
            b.registered = register_print(self.services.store, b.plan, b.pages, filename, b.part_pages)
        except BrieferError as exc:
            self.services.ask.error(self, exc)
            return
        self._describe_built()
        self.show_register()

    def print_pack(self, printer: QPrinter | None = None) -> bool:
        """Print the pack in the preview; without ``printer``, through the system print dialog."""
        b = self.built
        if b is None:
            return False
        title = f"{b.plan.title} — {b.plan.recipient_name}"
        if printer is None:
            printer = ask_printer(self, b.pages, title, self.services.settings)
            if printer is None:
                return False
        try:
            where = print_pdf(self.preview.data, printer, title, password=b.plan.password,
                              document=self.preview.document)
        except BrieferError as exc:
            self.services.ask.error(self, exc)
            return False
        self._register(printer.outputFileName() and Path(printer.outputFileName()).name
                       or self.tr("printed on {0}").format(where or self.tr("the printer")))
        return True

    def choose_path(self, default_name: str) -> Path | None:
        """Where to save the pack (a save dialog; tests answer it themselves)."""
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the pack"), default_name, self.tr("PDF files (*.pdf)"))
        return Path(name) if name else None

    def save_as(self, path: Path | None = None) -> Path | None:
        """Write the pack in the preview to a file of the user's choice (whole or not at all)."""
        b = self.built
        if b is None:
            return None
        if path is None:
            stem = b.plan.recipient_name.split()[-1] if b.plan.recipient_name else "pack"
            path = self.choose_path(f"{stem}-{b.plan.lang}-{b.plan.number}.pdf".replace(" ", "-"))
            if path is None:
                return None
        try:
            write_atomically(self.preview.data, path)
        except BrieferError as exc:
            self.services.ask.error(self, exc)
            return None
        self._register(path.name)
        self.ui.summary_label.setText(self.tr("Saved: {0} ({1} pages).").format(path, b.pages))
        return path

    # ---------------------------------------------------------------- language
    def _retranslate(self) -> None:
        for i, (_value, name) in enumerate(SECTION_NAMES):
            self.ui.sections_list.item(i).setText(QCoreApplication.translate("PacksView", name))
        from briefer.model import Classification

        current = self.ui.class_combo.currentIndex()
        self.ui.class_combo.clear()
        self.ui.class_combo.addItem(self.tr("Highest of the content"), None)
        for c in Classification:
            self.ui.class_combo.addItem(c.marking or label(c), c.value)  # a str enum would arrive as str
        self.ui.class_combo.setCurrentIndex(max(current, 0))
        self.ui.register.setHorizontalHeaderLabels([
            self.tr("Copy"), self.tr("Printed"), self.tr("By"), self.tr("Kind"), self.tr("Version"),
            self.tr("Pages"), self.tr("File")])
        self.preview.view.setAccessibleName(self.tr("Preview of the pack"))
        self._describe_built()

    def showEvent(self, event) -> None:
        if not self._packs_imported:
            # the pack modules (reportlab, pypdf: seconds on a busy machine) are imported on a worker
            # while the user chooses, not on the GUI thread at the first Build
            self._packs_imported = True
            run_in_background(_import_packs)
        # the options scroll up and down only, so their column is never narrower than they are (measured
        # when shown: the pickers are filled, and the language may have changed, since the form was built)
        scroll = self.ui.left_scroll
        scroll.setMinimumWidth(self.ui.left.minimumSizeHint().width() + 2 * scroll.frameWidth()
                               + scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, scroll))
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self._retranslate()
            if not self.stale:
                self._summarise()
                self.show_register()
        super().changeEvent(event)
