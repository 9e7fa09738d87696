"""File-menu items after the conference: Export (reports, actions, bundle, a person's calendar), Import a bundle or a spreadsheet, Conflicts.

Kept out of ``main_window.py``: the main window creates one :class:`ExchangeMenu`
and calls :meth:`retranslate` and :meth:`set_enabled`. Exports and imports run
on a worker with their own database connection (``services.open_connection``).
An import shows what it would change first (a dry run) and asks before it
merges — all of the bundle or, on any problem, nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

if TYPE_CHECKING:  # imported when first opened, not at start-up
    from briefer.gui.exchange.conflicts_dialog import ConflictsDialog
    from briefer.gui.exchange.export_dialog import ExportDialog
    from briefer.gui.exchange.table_import_dialog import TableImportDialog


class ExchangeMenu(QObject):
    def __init__(self, window, before: QAction):
        super().__init__(window)
        self.window = window
        self.services = window.services
        self.import_task = self.export_task = None
        self.last_report = None
        menu = window.file_menu
        self.export_menu = QMenu(window)
        menu.insertMenu(before, self.export_menu)
        self.export_notes_action = QAction(window)
        self.export_notes_action.triggered.connect(lambda: self.export("notes"))
        self.export_actions_action = QAction(window)
        self.export_actions_action.triggered.connect(lambda: self.export("actions"))
        self.export_bundle_action = QAction(window)
        self.export_bundle_action.triggered.connect(lambda: self.export("bundle"))
        self.export_calendar_action = QAction(window)
        self.export_calendar_action.triggered.connect(lambda: self.export("calendar"))
        self.export_menu.addActions([self.export_notes_action, self.export_actions_action,
                                     self.export_bundle_action, self.export_calendar_action])
        self.import_action = QAction(window)
        self.import_action.triggered.connect(lambda: self.import_bundle())
        self.table_action = QAction(window)
        self.table_action.triggered.connect(lambda: self.import_table())
        self.conflicts_action = QAction(window)
        self.conflicts_action.triggered.connect(lambda: self.show_conflicts())
        menu.insertActions(before, [self.import_action, self.table_action, self.conflicts_action])
        menu.insertSeparator(before)

    def retranslate(self) -> None:
        self.export_menu.setTitle(self.tr("E&xport"))
        self.export_notes_action.setText(self.tr("&Meeting reports…"))
        self.export_actions_action.setText(self.tr("&Action list…"))
        self.export_bundle_action.setText(self.tr("&Exchange bundle…"))
        self.export_calendar_action.setText(self.tr("A person's &calendar (.ics)…"))
        self.import_action.setText(self.tr("Import a b&undle…"))
        self.table_action.setText(self.tr("Import from a s&preadsheet…"))
        self.conflicts_action.setText(self.tr("&Conflicts…"))

    def set_enabled(self, on: bool) -> None:
        """Exports and conflicts need a conference; an archive can be imported into an empty database."""
        self.export_menu.setEnabled(on)
        self.conflicts_action.setEnabled(on)

    # ---------------------------------------------------------------- export
    def export(self, what: str, *, ask: bool = True) -> "ExportDialog":
        """Open the export dialog; on OK, write the export in the background (``ask=False``: tests accept it)."""
        from briefer.gui.exchange.export_dialog import ExportDialog

        dialog = ExportDialog(self.services, what, self.window)
        self.export_dialog = dialog
        if ask:
            dialog.accepted.connect(lambda: self.start_export(dialog.options()))
            dialog.open()
        return dialog

    def start_export(self, opts: dict):
        from briefer.gui.exchange.export_dialog import run_export

        connect = self.services.open_connection

        def work(report):
            with connect() as own:
                return run_export(own, opts, progress=lambda done, total: report(done, total))

        def done(exported) -> None:
            self.window.statusBar().showMessage(self.tr("Exported: {0}").format(self.worded(exported)), 8000)

        self.export_task = self.window.run_busy(work, self.tr("Exporting…"), done,
                                                progress_text=self.tr("Exporting… {0} of {1} meetings"))
        return self.export_task

    def worded(self, e) -> str:
        """What an export wrote, in the interface's language (``e``: an ``export_dialog.Exported``)."""
        n = QLocale().toString(e.count)
        if e.what == "calendar":
            return self.tr("{0}: {1}'s calendar — sessions: {2}, bilaterals: {3}").format(
                e.name, e.person, n, QLocale().toString(e.bilaterals))
        if e.what == "bundle":
            return self.tr("{0}: {1} records, {2} bytes").format(e.name, n, QLocale().toString(e.size))
        if e.what == "actions":
            return self.tr("{0}: 1 action").format(e.name) if e.count == 1 else \
                self.tr("{0}: {1} actions").format(e.name, n)
        return self.tr("{0}: 1 meeting").format(e.name) if e.count == 1 else \
            self.tr("{0}: {1} meetings").format(e.name, n)

    # ---------------------------------------------------------------- import
    def choose_bundle(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import a bundle"), "",
                                              self.tr("Briefer bundles (*.briefer);;All files (*)"))
        return Path(name) if name else None

    def import_bundle(self, path: Path | None = None):
        """Dry run first (what would change), then — if the user agrees — the import itself."""
        path = path or self.choose_bundle()
        if path is None:
            return None
        connect = self.services.open_connection

        def dry_run():
            from briefer.exchange.merge import import_bundle
            with connect() as own:
                return import_bundle(own, path, dry_run=True)

        def confirm(report) -> None:
            if not report.changed:
                self.window.statusBar().showMessage(
                    self.tr("Nothing to import: this database already holds everything in {0}.").format(path.name),
                    8000)
                self.last_report = report
                return
            text = self.tr("Importing {0} will change this database:\n\n"
                           "{1} added, {2} updated, {3} conflicts, {4} deleted, {5} kept despite a deletion.\n\n"
                           "A backup is made first. Import now?").format(
                path.name, len(report.added), len(report.updated), len(report.conflicted), len(report.deleted),
                len(report.kept))
            if self.services.ask.confirm(self.window, self.tr("Import a bundle"), text):
                self._import(path)

        self.import_task = self.window.run_busy(dry_run, self.tr("Reading the bundle…"), confirm)
        return self.import_task

    def _import(self, path: Path) -> None:
        connect = self.services.open_connection

        def work():
            from briefer.exchange.merge import import_bundle
            with connect() as own:
                return import_bundle(own, path)

        def done(report) -> None:
            self.last_report = report
            self.window.refresh_all()
            message = self.tr("Imported {0}: {1} added, {2} updated, {3} conflicts, {4} deleted.").format(
                path.name, len(report.added), len(report.updated), len(report.conflicted), len(report.deleted))
            self.window.statusBar().showMessage(message, 10000)
            if report.conflicted:
                self.show_conflicts()

        self.import_task = self.window.run_busy(work, self.tr("Importing {0}…").format(path.name), done)

    # ---------------------------------------------------------------- spreadsheets
    def import_table(self) -> "TableImportDialog":
        """File → Import from a spreadsheet…: the preview dialog (kind, file, every row), then Import."""
        from briefer.gui.exchange.table_import_dialog import TableImportDialog
        from briefer.gui.widgets.labels import ui_language

        dialog = TableImportDialog(self.services, self.window, on_imported=self._table_imported, lang=ui_language())
        self.table_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _table_imported(self) -> None:
        self.window.refresh_all()
        dialog = self.table_dialog
        plan = dialog.plan
        self.window.statusBar().showMessage(
            self.tr("Imported from {0}: {1} rows added, {2} updated.").format(
                Path(plan.file).name, plan.count("add"), plan.count("update")), 10000)

    # ---------------------------------------------------------------- conflicts
    def show_conflicts(self) -> "ConflictsDialog":
        from briefer.gui.exchange.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.services, self.window, on_resolved=self.window.refresh_all)
        self.conflicts_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
