"""File → Next conference based on this one…: the welcome form over a new, empty data folder.

The next conference lives in its own folder (one conference per database, see
docs/design-notes.md); this dialog creates it there with the welcome screen's
form and its "based on an earlier conference" step, with this conference's
folder already chosen as the earlier one. This conference's file is only read.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from briefer.gui.startup.welcome import Welcome
from briefer.paths import database_in
from briefer.store import Store


class NextConferenceDialog(QDialog):
    def __init__(self, store: Store, earlier_folder: Path, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.folder = folder
        self.created = False
        self.new_store = Store.open(database_in(folder), user=store.user)
        self.welcome = Welcome(self.new_store, lambda _store: None, self)
        self.welcome.earlier_folder = earlier_folder
        self.welcome.ui.demo_button.hide()
        self.welcome.ui.create_button.hide()
        self.welcome.conference_ready.connect(self._created)
        layout = QVBoxLayout(self)
        layout.addWidget(self.welcome)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Next conference based on this one"))
        self.welcome.ui.heading.setText(self.tr("The next conference"))
        self.welcome.ui.intro.setText(self.tr("It is created in {0}. Type its name, dates and place, then choose "
                                              "what comes along from this conference.").format(str(self.folder)))

    def _created(self) -> None:
        self.created = True
        self.accept()

    def done(self, result: int) -> None:
        self.new_store.close()
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
