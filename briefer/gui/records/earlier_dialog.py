"""A country, person or organisation at earlier conferences: bilaterals, outcomes, open actions, the brief then.

Read from the earlier conferences' own files, never written (``schedule/memory.py``),
on a worker thread: an earlier conference of thousands of bilaterals takes a second or more
to read, and the window must not freeze meanwhile. A locked (encrypted) earlier conference is named as locked, with a passphrase
field to read it; the passphrase is kept only while the dialog is open. An
earlier conference not yet known is added with its data folder and remembered.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from briefer.errors import BrieferError, Refused
from briefer.gui.forms.earlier_dialog import Ui_EarlierDialog
from briefer.gui.tasks import run_in_background
from briefer.gui.widgets.screen_fit import fit_to_screen
from briefer.paths import database_in
from briefer.schedule.memory import History, Subject, history
from briefer.store.earlier import earlier_folders, remember_earlier


class EarlierDialog(QDialog):
    def __init__(self, services, subject: Subject, parent: QWidget | None = None, *,
                 passphrases: dict[Path, str] | None = None):
        super().__init__(parent)
        self.services = services
        self.subject = subject
        # typed already (in the search box): the folders they open are read at once
        self.passphrases: dict[Path, str] = dict(passphrases or {})
        self.found: History | None = None
        #: True while the earlier conferences are being read; each refresh supersedes the one before.
        self.reading = False
        self._reads = 0
        self.ui = Ui_EarlierDialog()
        self.ui.setupUi(self)
        self.ui.unlock_button.clicked.connect(self.unlock)
        self.ui.passphrase.returnPressed.connect(self.unlock)
        self.ui.add_button.clicked.connect(self._choose_folder)
        self.ui.close_button.clicked.connect(self.reject)
        self.refresh()
        fit_to_screen(self)

    def _lang(self) -> str:
        settings = getattr(self.services, "settings", None)
        return "nl" if settings is not None and settings.language == "nl" else "en"

    def refresh(self) -> None:
        """Read the earlier conferences again (off the GUI thread) and show what they hold about the subject."""
        lang = self._lang()
        self.ui.heading.setText(self.tr("{0} at earlier conferences").format(self.subject.name(lang)))
        folders = earlier_folders(self.services.store)
        passphrases = dict(self.passphrases)
        subject = self.subject
        self._reads += 1
        read = self._reads
        self.reading = True
        self.ui.unlock_button.setEnabled(False)
        self.ui.report.setHtml("<p>" + escape(self.tr("Reading the earlier conferences…")) + "</p>")

        def work() -> History:  # worker thread: opens each earlier file itself, read only
            return history(subject, folders, lambda f: passphrases.get(Path(f)), lang=lang)

        def arrived(found: History) -> None:
            if read == self._reads:
                self._show(found, lang)

        def failed(exc: BaseException) -> None:
            if read != self._reads:
                return
            self.reading = False
            self.ui.unlock_button.setEnabled(True)
            self.ui.report.setHtml("<p>⚠ " + escape(getattr(exc, "message", None) or str(exc)) + "</p>")

        run_in_background(work, owner=self).success(arrived).failure(failed)

    def _show(self, found: History, lang: str) -> None:
        self.found = found
        self.reading = False
        self.ui.unlock_button.setEnabled(True)
        locked = any(c.locked for c in found.conferences)
        for widget in (self.ui.passphrase_label, self.ui.passphrase, self.ui.unlock_button):
            widget.setVisible(locked)
        self.ui.report.setHtml(self._html(lang))

    def unlock(self) -> None:
        """Try the typed passphrase on every locked earlier conference."""
        text = self.ui.passphrase.text()
        if not text or self.found is None:
            return
        for c in self.found.conferences:
            if c.locked:
                self.passphrases[Path(c.folder)] = text
        self.ui.passphrase.clear()
        self.refresh()

    def add_folder(self, folder: Path) -> None:
        """Remember ``folder`` as an earlier conference (refused, with the reason, when it holds none)."""
        try:
            if not database_in(folder).is_file():
                raise Refused(self.tr("There is no Briefer conference in {0}.").format(str(folder)))
            remember_earlier(self.services.store, folder)
        except BrieferError as exc:
            self.services.ask.error(self, exc)
            return
        self.refresh()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("An earlier conference's data folder"))
        if folder:
            self.add_folder(Path(folder))

    def _html(self, lang: str) -> str:
        assert self.found is not None
        if not self.found.conferences:
            return "<p>" + escape(self.tr("This conference knows no earlier ones. Add an earlier conference's "
                                          "data folder, or create the next conference based on this one.")) + "</p>"
        parts = []
        for c in self.found.conferences:
            if c.locked:
                parts.append(f"<h3>{escape(c.folder)}</h3><p>🔒 "
                             + escape(self.tr("Locked: type its passphrase below to read it.")) + "</p>")
                continue
            if c.problem:
                parts.append(f"<h3>{escape(c.folder)}</h3><p>⚠ " + escape(c.problem) + "</p>")
                continue
            parts.append(f"<h3>{escape(c.name)}</h3><p><i>{escape(c.dates)}</i></p>")
            if c.is_empty():
                parts.append("<p>" + escape(self.tr("Nothing recorded.")) + "</p>")
            if c.meetings:
                parts.append("<h4>" + escape(self.tr("Bilaterals")) + "</h4><ul>")
                for m in c.meetings:
                    outcomes = "".join(f"<li>{escape(o)}</li>" for o in m.outcomes)
                    parts.append(f"<li>{escape(m.day)} — {escape(m.title)} ({escape(self._status(m.status))})"
                                 + (f"<ul>{outcomes}</ul>" if outcomes else "") + "</li>")
                parts.append("</ul>")
            if c.open_actions:
                parts.append("<h4>" + escape(self.tr("Open actions")) + "</h4><ul>"
                             + "".join(f"<li>{escape(a)}</li>" for a in c.open_actions) + "</ul>")
            if c.brief is not None:
                b = c.brief
                parts.append("<h4>" + escape(self.tr("The brief then ({0}, revision {1})").format(
                    self._status(b.status.value), b.revision)) + "</h4>")
                if b.summary:
                    parts.append(f"<p>{escape(b.summary)}</p>")
                if b.key_messages:
                    parts.append("<ul>" + "".join(f"<li>{escape(k)}</li>" for k in b.key_messages) + "</ul>")
        return "".join(parts)

    def _status(self, value: str) -> str:
        words = {"requested": self.tr("requested"), "confirmed": self.tr("confirmed"), "held": self.tr("held"),
                 "cancelled": self.tr("cancelled"), "draft": self.tr("draft"), "reviewed": self.tr("reviewed"),
                 "final": self.tr("final")}
        return words.get(value, value)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.refresh()
        super().changeEvent(event)
