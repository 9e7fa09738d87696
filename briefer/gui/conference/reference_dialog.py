"""A list of one kind of reference record beside its form: new, save, delete — organisations and rooms.

Both keep little data and are edited rarely, so one small dialog shape serves
them; the form's fields come from each subclass's Designer form.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from briefer.errors import BrieferError
from briefer.gui.records.record_editor import FieldErrors
from briefer.gui.widgets.labels import ui_language
from briefer.gui.widgets.screen_fit import fit_to_screen
from briefer.model.base import Record
from briefer.store.reference_data import reference_record, reference_records
from briefer.store.repository import validate


class ReferenceDialog(QDialog):
    """Subclasses set ``FORM``, ``MODEL``, ``FIELDS`` and implement :meth:`fill` and :meth:`values`."""

    FORM: type
    MODEL: type[Record]
    FIELDS: tuple[str, ...] = ()

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.ui = self.FORM()
        self.ui.setupUi(self)
        self.setup()
        self.errors = FieldErrors({n: getattr(self.ui, n) for n in self.FIELDS})
        self.ui.banner.setProperty("tone", "error")
        self.ui.banner.hide()
        self.current: Record | None = None
        self.ui.records.currentItemChanged.connect(self._selected)
        self.ui.add_button.clicked.connect(self.new)
        self.ui.delete_button.clicked.connect(self.delete)
        self.ui.save_button.clicked.connect(self.save)
        self.ui.close_button.clicked.connect(self.accept)
        self.reload()
        if self.ui.records.count():
            self.ui.records.setCurrentRow(0)
        else:
            self.new()
        self.resize(max(self.width(), 900), max(self.height(), 480))  # long names beside the form
        fit_to_screen(self)

    @property
    def repo(self):
        return self.services.store.repo_for(self.MODEL)

    def setup(self) -> None:
        """Configure the form's widgets (combos, ranges) once."""

    def fill(self, record: Record | None) -> None:
        raise NotImplementedError

    def values(self) -> dict:
        raise NotImplementedError

    def after_save(self, record: Record) -> None:
        """Save what the form holds beside the record itself (walking times)."""

    def reload(self, select: str | None = None) -> None:
        self.ui.records.blockSignals(True)
        self.ui.records.clear()
        lang = ui_language()
        for r in reference_records(self.services.store, self.MODEL, lang):
            item = QListWidgetItem(r.label(lang))
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.ui.records.addItem(item)
            if r.id == select:
                self.ui.records.setCurrentItem(item)
        self.ui.records.blockSignals(False)

    def select(self, record_id: str) -> bool:
        """Show the record ``record_id`` (a search hit); False when it is not in the list."""
        for row in range(self.ui.records.count()):
            if self.ui.records.item(row).data(Qt.ItemDataRole.UserRole) == record_id:
                self.ui.records.setCurrentRow(row)
                return True
        return False

    def _selected(self, item, _previous=None) -> None:
        self.errors.clear()
        self.ui.banner.hide()
        self.current = (reference_record(self.services.store, self.MODEL, item.data(Qt.ItemDataRole.UserRole))
                        if item is not None else None)
        self.fill(self.current)

    def new(self) -> None:
        self.ui.records.blockSignals(True)
        self.ui.records.setCurrentRow(-1)
        self.ui.records.blockSignals(False)
        self.current = None
        self.errors.clear()
        self.fill(None)
        self.ui.name.setFocus()

    def save(self) -> bool:
        self.errors.clear()
        self.ui.banner.hide()
        try:
            data = self.current.model_dump() if self.current is not None else {}
            data.update(self.values())
            record = validate(self.MODEL, data, self.current.id if self.current else None)
            with self.services.store.write():
                saved = self.repo.save(record)
                self.after_save(saved)
        except BrieferError as exc:
            self._refused(exc)
            return False
        self.current = saved
        self.reload(select=saved.id)
        self.fill(saved)
        return True

    def delete(self) -> bool:
        if self.current is None:
            return False
        lang = ui_language()
        if not self.services.ask.confirm(self, self.tr("Delete"),
                                         self.tr("Delete “{0}”?").format(self.current.label(lang))):
            return False
        try:
            self.repo.delete(self.current.id, revision=self.current.revision)
        except BrieferError as exc:
            self._refused(exc)
            return False
        self.reload()
        if self.ui.records.count():
            self.ui.records.setCurrentRow(0)
        else:
            self.new()
        return True

    def _refused(self, exc: BrieferError) -> None:
        if not self.errors.show((exc.field or "").split(".")[0], exc.message):
            self.ui.banner.setText("⚠ " + exc.message)
            self.ui.banner.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
