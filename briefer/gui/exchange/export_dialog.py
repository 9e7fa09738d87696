"""File → Export: meeting reports, the action list, an exchange bundle or a person's calendar, written in the background.

One dialog for the exports of ``briefer.exchange`` and the calendar file (the same options as
``briefer export notes|actions|bundle`` and ``briefer ics``). The export runs on a worker with its
own database connection, so a 50,000-note archive never freezes the window;
every writer writes atomically, so a failed export leaves no half file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from briefer.model.counterparts import counterpart_name
from briefer.gui.forms.export_dialog import Ui_ExportDialog
from briefer.gui.widgets.screen_fit import fit_to_screen
from briefer.gui.widgets.fields import ui_language
from briefer.exchange.report_choices import bilaterals_in_order, countries_met
from briefer.model import Classification, country_name

#: what -> (format value, label, file suffix)
FORMATS = {
    "notes": (("docx", "Word (.docx)", ".docx"), ("pdf", "PDF (.pdf)", ".pdf"), ("md", "Markdown (.md)", ".md"),
              ("json", "JSON (.json)", ".json")),
    "actions": (("csv", "CSV (.csv)", ".csv"), ("xlsx", "Excel (.xlsx)", ".xlsx")),
    "bundle": (("briefer", "Briefer bundle (.briefer)", ".briefer"),),
    "calendar": (("ics", "iCalendar (.ics)", ".ics"),),
}


class ExportDialog(QDialog):
    """Options for one export; :meth:`options` gives them, :func:`run_export` does the work."""

    def __init__(self, services, what: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.what = what
        self._names: dict[str, str] = {}  # a calendar's people: id → name, for the file's name
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        for value, text, _suffix in FORMATS[what]:
            self.ui.format_combo.addItem(text, value)
        self.ui.lang_combo.addItem("Nederlands", "nl")
        self.ui.lang_combo.addItem("English", "en")
        self.ui.lang_combo.setCurrentIndex(0 if ui_language() == "nl" else 1)
        self.ui.since_edit.set_value(date.today())
        self.ui.since_edit.setEnabled(False)
        self.ui.since_check.toggled.connect(self.ui.since_edit.setEnabled)
        self.ui.scope_combo.currentIndexChanged.connect(self._fill_targets)
        self.ui.format_combo.currentIndexChanged.connect(self._suffix_changed)
        self.ui.browse_button.clicked.connect(self._browse)
        self.ui.buttons.accepted.connect(self._accept)
        self.ui.buttons.rejected.connect(self.reject)
        notes, bundle, calendar = what == "notes", what == "bundle", what == "calendar"
        for w in (self.ui.scope_label, self.ui.scope_combo):
            w.setVisible(notes)
        for w in (self.ui.target_label, self.ui.target_combo):
            w.setVisible(notes or calendar)
        self.ui.target_combo.currentIndexChanged.connect(self._target_changed)
        for w in (self.ui.lang_label, self.ui.lang_combo, self.ui.leave_out_check):
            w.setVisible(not bundle)
        for w in (self.ui.only_notes_check, self.ui.since_check, self.ui.since_edit):
            w.setVisible(bundle)
        self._retranslate()
        self.ui.path_edit.setText(str(Path.home() / self._default_name()))
        fit_to_screen(self)  # a laptop screen, 125–150 % scaling: never taller than the screen

    # ---------------------------------------------------------------- options
    def _retranslate(self) -> None:
        titles = {"notes": self.tr("Export meeting reports"), "actions": self.tr("Export the action list"),
                  "bundle": self.tr("Export an exchange bundle"), "calendar": self.tr("Export a person's calendar")}
        self.setWindowTitle(titles[self.what])
        self.ui.heading.setText(titles[self.what])
        if self.what == "calendar":
            self.ui.target_label.setText(self.tr("&Person"))
            self.ui.leave_out_check.setText(self.tr("Leave &out classified text (for a shared or phone calendar)"))
        self.ui.since_edit.setAccessibleName(self.tr("Changed since"))  # its label is the check box beside it
        scope = self.ui.scope_combo.currentIndex()
        self.ui.scope_combo.blockSignals(True)
        self.ui.scope_combo.clear()
        self.ui.scope_combo.addItem(self.tr("All meetings"), "all")
        self.ui.scope_combo.addItem(self.tr("With one country"), "country")
        self.ui.scope_combo.addItem(self.tr("One meeting"), "meeting")
        self.ui.scope_combo.setCurrentIndex(max(scope, 0))
        self.ui.scope_combo.blockSignals(False)
        self._fill_targets()

    def _fill_targets(self, *_args) -> None:
        scope = self.ui.scope_combo.currentData()
        combo = self.ui.target_combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.blockSignals(False)
        if self.what == "calendar":
            self._fill_people(chosen)
            return
        combo.setEnabled(scope in ("country", "meeting"))
        self.ui.target_label.setEnabled(combo.isEnabled())
        if self.what != "notes" or scope == "all":
            return
        store = self.services.store
        lang = ui_language()
        if scope == "country":
            codes = sorted(countries_met(store), key=lambda c: country_name(c, lang))
            for code in codes:
                combo.addItem(country_name(code, lang), code)
        else:
            conf = store.conference()
            meetings, orgs = bilaterals_in_order(store)
            for m in meetings:
                when = conf.local(m.start).strftime("%d-%m %H:%M") if conf else ""
                name = m.title or counterpart_name(m, orgs, lang, article=False)
                combo.addItem(f"{when}  {name}", m.id)

    def _fill_people(self, chosen: str | None) -> None:
        """Everyone who may carry a programme: the host delegation in its order, then principals outside it."""
        from briefer.gui.widgets.labels import label
        from briefer.schedule.calendar_file import calendar_people

        combo = self.ui.target_combo
        combo.setEnabled(True)
        self.ui.target_label.setEnabled(True)
        for w in calendar_people(self.services.store):
            role = label(w.role) if w.role is not None else w.title
            combo.addItem(f"{w.person.full_name} ({role})" if role else w.person.full_name, w.person.id)
            self._names[w.person.id] = w.person.full_name
        if chosen is not None and combo.findData(chosen) >= 0:
            combo.setCurrentIndex(combo.findData(chosen))

    def _target_changed(self, *_args) -> None:
        """A calendar's file is named after its person; a folder the user chose is kept."""
        text = self.ui.path_edit.text().strip()
        if self.what == "calendar" and text:
            self.ui.path_edit.setText(str(Path(text).with_name(self._default_name())))

    def _default_name(self) -> str:
        conf = self.services.store.conference()
        base = (conf.name if conf else "briefer").replace("/", "-").replace(" ", "-")
        stem = {"notes": f"{base}-reports", "actions": f"{base}-actions", "bundle": base,
                "calendar": f"{base}-{self._person_slug()}"}[self.what]
        return stem + self._suffix()

    def _person_slug(self) -> str:
        name = self._names.get(self.ui.target_combo.currentData(), "calendar")
        return name.replace("/", "-").replace(" ", "-")

    def _suffix(self) -> str:
        return next(s for v, _t, s in FORMATS[self.what] if v == self.ui.format_combo.currentData())

    def _suffix_changed(self, *_args) -> None:
        text = self.ui.path_edit.text().strip()
        if text:
            self.ui.path_edit.setText(str(Path(text).with_suffix(self._suffix())))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.ui.path_edit.text(),
                                              self.ui.format_combo.currentText())
        if name:
            self.ui.path_edit.setText(name)

    def _accept(self) -> None:
        since = self.ui.since_edit.value()
        if self.what == "bundle" and self.ui.since_check.isChecked() and not isinstance(since, date):
            self.ui.status_label.setText(self.ui.since_edit.problem() or self.tr("Type the date to export changes since."))
            self.ui.since_edit.setFocus()
            return
        if not self.ui.path_edit.text().strip():
            self.ui.status_label.setText(self.tr("Choose where to save the export."))
            return
        if self.ui.target_combo.isEnabled() and self.ui.target_combo.currentData() is None:
            self.ui.status_label.setText(self.tr("There is nothing to choose from for this selection."))
            return
        self.accept()

    def options(self) -> dict:
        """The choices made, as plain values for :func:`run_export` (safe to hand to a worker)."""
        scope = self.ui.scope_combo.currentData() if self.what == "notes" else "all"
        since = None
        if self.what == "bundle" and self.ui.since_check.isChecked():
            d = self.ui.since_edit.value()
            since = datetime.combine(d, time()).astimezone().astimezone(timezone.utc)  # this laptop's midnight
        return {
            "what": self.what,
            "format": self.ui.format_combo.currentData(),
            "path": Path(self.ui.path_edit.text().strip()).expanduser(),
            "meeting": self.ui.target_combo.currentData() if scope == "meeting" else None,
            "person": self.ui.target_combo.currentData() if self.what == "calendar" else None,
            "country": self.ui.target_combo.currentData() if scope == "country" else None,
            "lang": self.ui.lang_combo.currentData(),
            "ceiling": Classification.ONGERUBRICEERD if self.ui.leave_out_check.isChecked() else None,
            "only": "notes" if self.ui.only_notes_check.isChecked() else "all",
            "since": since,
        }

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)


@dataclass(frozen=True)
class Exported:
    """What one export wrote, for the status bar to word in the interface's language (the worker has none)."""

    what: str
    name: str
    #: meetings, actions, records or sessions — what ``what`` counts
    count: int
    #: a bundle's size in bytes
    size: int = 0
    #: a calendar's bilaterals, and whose calendar it is
    bilaterals: int = 0
    person: str = ""


def run_export(store, opts: dict, progress=None) -> Exported:
    """Write one export from ``store`` (the worker's own connection); returns what was written.

    ``progress(done, total)``: meetings written so far, reported by the Word export (the slow one).
    """
    path: Path = opts["path"]
    if opts["what"] == "calendar":
        from briefer.schedule.calendar_file import write_person_calendar

        w = write_person_calendar(store, opts["person"], path, lang=opts["lang"], public=opts["ceiling"] is not None)
        return Exported("calendar", path.name, w.sessions, bilaterals=w.bilaterals, person=w.person)
    if opts["what"] == "bundle":
        from briefer.exchange.bundle import export_bundle

        summary = export_bundle(store, path, since=opts["since"], only=opts["only"])
        return Exported("bundle", path.name, sum(summary.counts.values()), size=summary.size)
    if opts["what"] == "actions":
        from briefer.exchange.actions_export import write_actions
        from briefer.exchange.report import build_action_list

        lines = build_action_list(store, lang=opts["lang"], ceiling=opts["ceiling"])
        write_actions(lines, path, opts["format"], opts["lang"])
        return Exported("actions", path.name, len(lines))
    from briefer.exchange.report import build_notes_report

    report = build_notes_report(store, meeting=opts["meeting"], country=opts["country"], lang=opts["lang"],
                                ceiling=opts["ceiling"])
    fmt = opts["format"]
    if fmt == "docx":
        from briefer.exchange.docx_report import write_docx
        write_docx(report, path, progress=progress)
    elif fmt == "pdf":
        from briefer.exchange.pdf_report import write_pdf
        write_pdf(report, path)
    elif fmt == "json":
        from briefer.exchange.json_report import write_json
        write_json(report, path)
    else:
        from briefer.exchange.markdown_report import write_markdown
        write_markdown(report, path, split=False)
    return Exported("notes", path.name, len(report.meetings))
