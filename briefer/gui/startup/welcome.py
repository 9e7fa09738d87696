"""First start on an empty database: open the bundled demo, or create a new conference.

Loading the demo runs in the background on its own connection, with a busy
bar; the new-conference form is validated by the Conference model and shows
any refusal under the field it concerns.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from briefer.demo import demo_name
from briefer.errors import BrieferError
from briefer.gui.widgets.date_fields import refuse_unreadable
from briefer.gui.forms.welcome import Ui_Welcome
from briefer.gui.records.record_editor import FieldErrors
from briefer.gui.tasks import run_in_background
from briefer.model import Conference
from briefer.store import Store
from briefer.store.repository import validate

if TYPE_CHECKING:  # annotations only: the dialog is imported when first opened
    from briefer.gui.startup.based_on_dialog import BasedOnDialog


class Welcome(QWidget):
    conference_ready = Signal()

    def __init__(self, store: Store, demo_loader: Callable[[Store], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.demo_loader = demo_loader
        self.ui = Ui_Welcome()
        self.ui.setupUi(self)
        self._name_demo()
        start = date.today() + timedelta(days=60)
        self.ui.start_date.set_value(start)
        self.ui.end_date.set_value(start + timedelta(days=1))
        self.ui.timezone.set_value("Europe/Amsterdam")
        self.errors = FieldErrors({n: getattr(self.ui, n) for n in ("name", "start_date", "end_date", "city", "venue", "timezone")})
        self.ui.banner.hide()
        self.ui.progress.hide()
        self.ui.demo_button.clicked.connect(self.load_demo)
        self.ui.create_button.clicked.connect(self.create_conference)
        self.ui.based_on_button.clicked.connect(self.create_based_on)
        # Enter does what it does in a dialog: on a focused button it presses it (a QPushButton outside
        # a QDialog ignores Enter), in a text field it creates the conference as typed
        for button in (self.ui.demo_button, self.ui.create_button, self.ui.based_on_button):
            button.setAutoDefault(True)
        for line in (self.ui.name, self.ui.city, self.ui.venue):
            line.returnPressed.connect(self.create_conference)
        self.task = None
        #: The earlier conference's folder to propose in the based-on step (set by "Next conference based on this one").
        self.earlier_folder: Path | None = None

    def load_demo(self) -> None:
        """Load the demo off the GUI thread (its own connection), then announce the conference."""
        self._busy(True)
        path = self.store.path
        loader = self.demo_loader

        def work():
            if path is None:
                return None
            with Store.open(path, user=self.store.user) as own:
                return loader(own)

        if path is None:  # an in-memory store has no second connection: load here
            try:
                loader(self.store)
            except BrieferError as exc:
                self._failed(exc)
                return
            self._loaded(None)
            return
        self.task = run_in_background(work, owner=self).success(self._loaded).failure(self._failed)

    def _loaded(self, _result) -> None:
        self._busy(False)
        self.conference_ready.emit()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.ui.banner.setText("⚠ " + (str(exc) if isinstance(exc, BrieferError) else f"{type(exc).__name__}: {exc}"))
        self.ui.banner.show()

    def _busy(self, busy: bool) -> None:
        self.ui.progress.setVisible(busy)
        self.ui.demo_button.setEnabled(not busy)
        self.ui.create_button.setEnabled(not busy)
        self.ui.based_on_button.setEnabled(not busy)

    def _typed_conference(self) -> Conference | None:
        """The conference as typed in the form, or None after showing what is wrong with it."""
        self.errors.clear()
        self.ui.banner.hide()
        u = self.ui
        data = {
            "name": u.name.text().strip(), "start_date": u.start_date.value(),
            "end_date": u.end_date.value(), "city": u.city.text().strip(),
            "venue": u.venue.text().strip(), "timezone": u.timezone.value() or "",
        }
        try:
            refuse_unreadable(data)
            return validate(Conference, {k: v for k, v in data.items() if v is not None})
        except BrieferError as exc:
            if not self.errors.show((exc.field or "").split(".")[0], exc.message):
                self._failed(exc)
            return None

    def create_conference(self) -> None:
        conference = self._typed_conference()
        if conference is None:
            return
        try:
            self.store.conference_repo.add(conference)
        except BrieferError as exc:
            if not self.errors.show((exc.field or "").split(".")[0], exc.message):
                self._failed(exc)
            return
        self.conference_ready.emit()

    def create_based_on(self) -> "BasedOnDialog | None":
        """The conference as typed, with what the advisor brings from an earlier one (a dialog)."""
        from briefer.gui.startup.based_on_dialog import BasedOnDialog

        conference = self._typed_conference()
        if conference is None:
            return None
        dialog = BasedOnDialog(self.store, conference, self)
        if self.earlier_folder is not None:
            dialog.ui.folder.setText(str(self.earlier_folder))
        dialog.accepted.connect(self.conference_ready.emit)
        dialog.open()
        return dialog

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._name_demo()
        super().changeEvent(event)

    def _name_demo(self) -> None:
        """Name the bundled demo as its data names it (the form's own words name no conference)."""
        name, city, year = demo_name()
        if not name:
            return
        place = " ".join(x for x in (city, year) if x)
        self.ui.intro.setText(self.tr("This database is empty. Explore the bundled demo, {0} ({1}), or create "
                                      "your own conference.").format(name, place) if place else
                              self.tr("This database is empty. Explore the bundled demo, {0}, or create your own "
                                      "conference.").format(name))
        if place:
            self.ui.demo_button.setText(self.tr("Open the {0} &demo").format(place))
