"""A new conference based on an earlier one: which data folder, and what comes along.

The welcome screen validates the new conference's own settings first, then this
dialog reads the earlier folder (read only: ``store/earlier.py``) and creates the
conference with what was ticked in one transaction (``store/carry.py``). An
encrypted earlier folder asks for its passphrase here; a wrong one or a folder
without a conference is said under the choices, and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from briefer.errors import BrieferError
from briefer.gui.forms.based_on_dialog import Ui_BasedOnDialog
from briefer.model import Conference
from briefer.paths import database_in
from briefer.store import Store
from briefer.store.carry import start_from
from briefer.store.db import PassphraseRequired, WrongPassphrase
from briefer.store.earlier import is_locked, open_earlier


class BasedOnDialog(QDialog):
    def __init__(self, store: Store, conference: Conference, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.conference = conference
        self.result_counts: dict[str, int] = {}
        self.ui = Ui_BasedOnDialog()
        self.ui.setupUi(self)
        self.boxes = {"briefs": self.ui.bring_briefs, "organisations": self.ui.bring_organisations,
                      "people": self.ui.bring_people, "rooms": self.ui.bring_rooms, "topics": self.ui.bring_topics}
        self.ui.problem.hide()
        self._show_passphrase(False)
        self.ui.browse_button.clicked.connect(self._browse)
        self.ui.folder.textChanged.connect(self._folder_changed)
        self.ui.buttons.accepted.connect(self.create)
        self.ui.buttons.rejected.connect(self.reject)

    def bring(self) -> set[str]:
        return {what for what, box in self.boxes.items() if box.isChecked()}

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("The earlier conference's data folder"),
                                                  self.ui.folder.text())
        if folder:
            self.ui.folder.setText(folder)

    def _folder(self) -> Path | None:
        text = self.ui.folder.text().strip()
        return Path(text).expanduser().resolve() if text else None

    def _folder_changed(self) -> None:
        folder = self._folder()
        self._show_passphrase(folder is not None and database_in(folder).is_file() and is_locked(database_in(folder)))

    def _show_passphrase(self, on: bool) -> None:
        self.ui.passphrase_label.setVisible(on)
        self.ui.passphrase.setVisible(on)

    def _refuse(self, text: str) -> None:
        self.ui.problem.setText("⚠ " + text)
        self.ui.problem.show()

    def create(self) -> None:
        """Read the earlier folder and create the conference; on any refusal say why and write nothing."""
        self.ui.problem.hide()
        folder = self._folder()
        if folder is None:
            self._refuse(self.tr("Choose the data folder of the earlier conference."))
            return
        if self.store.path is not None and folder == Path(self.store.path).resolve().parent:
            self._refuse(self.tr("That is this conference's own folder; choose the earlier conference's folder."))
            return
        path = database_in(folder)
        if not path.is_file():
            self._refuse(self.tr("There is no Briefer conference in {0}.").format(str(folder)))
            return
        passphrase = self.ui.passphrase.text() or None
        try:
            with open_earlier(path, passphrase, user=self.store.user) as earlier:
                result = start_from(earlier, self.store, self.conference, self.bring(), folder)
        except PassphraseRequired:
            self._show_passphrase(True)
            self._refuse(self.tr("The earlier conference is locked: type its passphrase."))
            return
        except WrongPassphrase:
            self._refuse(self.tr("That passphrase does not open the earlier conference."))
            return
        except BrieferError as exc:
            self._refuse(str(exc))
            return
        self.result_counts = result.counts
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
