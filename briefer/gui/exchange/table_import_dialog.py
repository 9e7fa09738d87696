"""File → Import from a spreadsheet…: the organisers' and advisors' tables, previewed row by row, then imported.

The same engine as ``briefer import-table`` (``briefer.exchange.tables``): the
user picks what the sheet holds and the file; every row is shown with its action
(add, update, unchanged, refused) and the reason, and for meetings the conflicts
the programme would have. *Import* writes all rows in one transaction — only
when no row is refused, so what the user saw is what is written; refused rows are
corrected in the sheet and the file is previewed again (re-importing updates,
never duplicates). The preview is read on a worker with its own connection
(5,000 rows take up to 2 s), so the window stays responsive. Ticking *Leave out
the refused rows* imports the others (as ``--skip-refused`` does): a choice the
user makes, never the default. *Save a template…* writes an empty sheet in the
interface's language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from briefer.errors import BrieferError
from briefer.gui.forms.table_import_dialog import Ui_TableImportDialog
from briefer.gui.widgets.screen_fit import fit_to_screen
from briefer.gui.widgets.tones import set_tone, tones_for

KINDS = ("people", "delegations", "countries", "meetings", "organisations", "rooms")


class TableImportDialog(QDialog):
    def __init__(self, services, parent: QWidget | None = None, *, on_imported=None, lang: str = "en"):
        super().__init__(parent)
        self.services = services
        self.on_imported = on_imported or (lambda: None)
        self.lang = lang
        self.plan = None
        self.task = None
        self._generation = 0
        self.ui = Ui_TableImportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        names = {"people": self.tr("People"), "delegations": self.tr("Delegation members (people and their roles)"),
                 "countries": self.tr("Countries and their briefs"), "meetings": self.tr("Bilateral meetings"),
                 "organisations": self.tr("Organisations"), "rooms": self.tr("Rooms")}
        for kind in KINDS:
            ui.kind_combo.addItem(names[kind], kind)
        ui.rows_table.setColumnCount(4)
        ui.rows_table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Action"), self.tr("What"), self.tr("Reason")])
        ui.rows_table.verticalHeader().setVisible(False)
        ui.rows_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        ui.kind_combo.currentIndexChanged.connect(lambda _: self.preview())
        ui.file_edit.editingFinished.connect(self.preview)
        ui.choose_button.clicked.connect(self.choose_file)
        ui.template_button.clicked.connect(lambda: self.save_template())
        ui.import_button.clicked.connect(self.accept_import)
        ui.cancel_button.clicked.connect(self.reject)
        ui.import_button.setEnabled(False)
        ui.skip_refused_check.toggled.connect(lambda _: self._fill(self.plan) if self.plan is not None else None)
        self._show_conflicts([])
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        fit_to_screen(self)

    # ---------------------------------------------------------------- choosing
    @property
    def kind(self) -> str:
        return self.ui.kind_combo.currentData()

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import from a spreadsheet"), "",
                                              self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"))
        if name:
            self.ui.file_edit.setText(name)
            self.preview()

    def set_file(self, path: Path | str, kind: str | None = None):
        """Choose the kind and file as a user would (for tests and drag-and-drop) and preview them (the task)."""
        if kind:
            self.ui.kind_combo.blockSignals(True)
            self.ui.kind_combo.setCurrentIndex(self.ui.kind_combo.findData(kind))
            self.ui.kind_combo.blockSignals(False)
        self.ui.file_edit.setText(str(path))
        return self.preview()

    # ---------------------------------------------------------------- preview
    def preview(self):
        """Read and plan the chosen file on a worker (its own connection); the rows show when it is done.

        Returns the background task (None when no file is chosen). A choice made while a file
        is being read wins: an older answer is dropped.
        """
        from briefer.exchange.tables.catalogue import preview_file
        from briefer.gui.tasks import run_in_background

        text = self.ui.file_edit.text().strip()
        self.plan = None
        self._generation += 1
        generation = self._generation
        self.ui.import_button.setEnabled(False)
        self.ui.rows_table.setRowCount(0)
        self._show_conflicts([])
        if not text:
            self.ui.summary_label.setText("")
            return None
        kind, path, connect, lang = self.kind, Path(text), self.services.open_connection, self.lang
        set_tone(self.ui.summary_label, "")
        self.ui.summary_label.setText(self.tr("Reading {0}…").format(path.name))

        def work():
            with connect() as own:
                return preview_file(own, kind, path, lang=lang)

        def done(plan) -> None:
            if generation == self._generation:
                self.plan = plan
                self._fill(plan)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            if isinstance(exc, BrieferError):
                self._problem(self.tr("This file cannot be imported: {0}").format(exc.message))
            else:
                self._problem(self.tr("This file cannot be imported: {0}").format(f"{type(exc).__name__}: {exc}"))

        self.task = run_in_background(work, owner=self).success(done).failure(failed)
        return self.task

    def _fill(self, plan) -> None:
        from briefer.exchange.tables.plan import ADD, REFUSED, UNCHANGED, UPDATE

        words = {ADD: self.tr("add"), UPDATE: self.tr("update"), UNCHANGED: self.tr("unchanged"),
                 REFUSED: self.tr("refused")}
        table = self.ui.rows_table
        table.setRowCount(len(plan.rows))
        refused_colour = QColor(tones_for(self.palette()).error)  # the palette's readable error colour
        for i, r in enumerate(plan.rows):
            cells = [str(r.row), words.get(r.action, r.action), r.what, r.reason]
            for j, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if r.action == REFUSED:
                    item.setForeground(refused_colour)
                table.setItem(i, j, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        counts = self.tr("{0} to add, {1} to update, {2} unchanged, {3} refused").format(
            plan.count(ADD), plan.count(UPDATE), plan.count(UNCHANGED), plan.count(REFUSED))
        skip = self.ui.skip_refused_check.isChecked()
        self.ui.import_button.setEnabled(False)
        if plan.refused and skip and plan.writes:
            self._problem(counts + " — " + self.tr("the refused rows are left out; correct them in the sheet and "
                                                   "import the file again later (that updates, never duplicates)."))
            self.ui.import_button.setEnabled(True)
        elif plan.refused:
            self._problem(counts + " — " + self.tr("correct the refused rows in the sheet and choose the file again; "
                                                   "nothing is imported while a row is refused."))
        elif not plan.writes:
            set_tone(self.ui.summary_label, "")
            self.ui.summary_label.setText(counts + " — " + self.tr("nothing to import."))
        else:
            set_tone(self.ui.summary_label, "")
            self.ui.summary_label.setText(counts + " — " + self.tr("a backup is made first."))
            self.ui.import_button.setEnabled(True)
        self._show_conflicts(plan.conflicts)

    def _problem(self, text: str) -> None:
        set_tone(self.ui.summary_label, "error")
        self.ui.summary_label.setText(text)

    def _show_conflicts(self, conflicts: list[str]) -> None:
        self.ui.conflicts_label.setVisible(bool(conflicts))
        self.ui.conflicts_text.setVisible(bool(conflicts))
        self.ui.conflicts_text.setPlainText("\n".join(conflicts))

    # ---------------------------------------------------------------- import
    def accept_import(self) -> bool:
        from briefer.exchange.tables.plan import apply_plan

        skip = self.ui.skip_refused_check.isChecked()
        if self.plan is None or (self.plan.refused and not skip) or not self.plan.writes:
            return False
        try:
            written = apply_plan(self.services.store, self.plan, skip_refused=skip)
        except BrieferError as exc:
            self._problem(self.tr("Nothing was imported: {0}").format(exc.message))
            return False
        self.imported = written
        self.on_imported()
        self.accept()
        return True

    # ---------------------------------------------------------------- template
    def save_template(self, path: Path | str | None = None) -> Path | None:
        from briefer.exchange.tables.catalogue import kind
        from briefer.exchange.tables.template import write_template

        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save a template"), f"{self.kind}.xlsx",
                                                  self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
            if not name:
                return None
            path = name
        try:
            written = write_template(kind(self.kind), Path(path), self.lang)
        except (BrieferError, OSError) as exc:
            self._problem(self.tr("The template was not saved: {0}").format(getattr(exc, "message", str(exc))))
            return None
        set_tone(self.ui.summary_label, "")
        self.ui.summary_label.setText(self.tr("Template saved: {0}").format(written.name))
        return written
