"""What every record editor shares: fill a form from a record, validate, save, show errors by the field.

A subclass names its model, its generated form and its fields (the form's
widgets carry the field names). Values are read with the widgets' ``value()``
(see :mod:`briefer.gui.widgets`) or the plain Qt getters, merged into the
record and validated by the model itself; a refusal (from the model or the
store) is shown next to the field it names, in words, and nothing is saved.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from pydantic_core import PydanticUndefined

from briefer.errors import BrieferError
from briefer.gui.labels import record_label
from briefer.gui.table_models import Directory
from briefer.model.base import Record
from briefer.store.repository import validate

ERROR_STYLE = "color: #a0141e;"


def widget_value(w: QWidget) -> Any:
    if hasattr(w, "set_value"):
        return w.value()
    if isinstance(w, QLineEdit):
        return w.text().strip()
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText().strip()
    if isinstance(w, QCheckBox):
        return w.isChecked()
    raise TypeError(f"no value for {type(w).__name__}")


def set_widget_value(w: QWidget, value: Any) -> None:
    if hasattr(w, "set_value"):
        w.set_value(value)
    elif isinstance(w, QLineEdit):
        w.setText("" if value is None else str(value))
    elif isinstance(w, QPlainTextEdit):
        w.setPlainText(value or "")
    elif isinstance(w, QCheckBox):
        w.setChecked(bool(value))
    else:
        raise TypeError(f"cannot set {type(w).__name__}")


class FieldErrors:
    """A line under each form field that shows, in words, why the field was refused."""

    def __init__(self, widgets: dict[str, QWidget]):
        self._labels: dict[str, tuple[QFormLayout, QLabel]] = {}
        for name, w in widgets.items():
            form = _form_of(w)
            if form is None:
                continue
            row, _role = form.getWidgetPosition(w)
            err = QLabel(w.parentWidget())
            err.setObjectName(f"{name}_error")
            err.setWordWrap(True)
            err.setStyleSheet(ERROR_STYLE)
            form.insertRow(row + 1, "", err)
            form.setRowVisible(err, False)
            self._labels[name] = (form, err)

    def show(self, name: str, message: str) -> bool:
        """Show ``message`` under field ``name``; False when the form has no such field."""
        if name not in self._labels:
            return False
        form, err = self._labels[name]
        err.setText("⚠ " + message[:1].upper() + message[1:])
        form.setRowVisible(err, True)
        return True

    def text(self, name: str) -> str:
        form, err = self._labels.get(name, (None, None))
        return err.text() if err is not None and form.isRowVisible(err) else ""

    def clear(self) -> None:
        for form, err in self._labels.values():
            err.setText("")
            form.setRowVisible(err, False)


def _form_of(w: QWidget) -> QFormLayout | None:
    parent = w.parentWidget()
    layouts = parent.findChildren(QFormLayout) if parent is not None else []
    if parent is not None and isinstance(parent.layout(), QFormLayout):
        layouts.insert(0, parent.layout())
    for form in layouts:
        row, _ = form.getWidgetPosition(w)
        if row >= 0:
            return form
    return None


class RecordEditor(QWidget):
    """Base of the editors; subclasses set MODEL, FORM and FIELDS and fill their pickers."""

    MODEL: ClassVar[type[Record]]
    FORM: ClassVar[type]
    FIELDS: ClassVar[tuple[str, ...]]

    saved = Signal(object)
    history_requested = Signal(object)

    def __init__(self, saver, parent: QWidget | None = None):
        super().__init__(parent)
        self.saver = saver
        self.ui = self.FORM()
        self.ui.setupUi(self)
        self._record: Record | None = None
        self._defaults: dict = {}
        self._baseline: dict = {}
        self.directory = Directory()
        self.errors = FieldErrors({name: self.field_widget(name) for name in self.FIELDS})
        self.configure()
        self.ui.save_button.clicked.connect(self.save)
        self.ui.revert_button.clicked.connect(self.revert)
        self.ui.history_button.clicked.connect(lambda: self._record and self.history_requested.emit(self._record))
        self.ui.banner.hide()
        # a long record name ("Gespreksnotitie: bilateraal met …") wraps instead of widening the window
        self.ui.heading.setWordWrap(True)
        # the form scrolls, but the scroll area itself is no stop for Tab/Shift+Tab: nothing there to type into
        for area in self.findChildren(QScrollArea):
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # a picker as wide as its longest entry ("South Georgia and the South Sandwich Islands") would make
        # the form scroll sideways on a laptop; it still grows with the form, and its list shows whole names
        for combo in self.findChildren(QComboBox):
            narrow = combo.fontMetrics().averageCharWidth() * 24  # layouts take an explicit minimum over the hint
            if combo.minimumWidth() == 0 and combo.minimumSizeHint().width() > narrow:
                combo.setMinimumWidth(narrow)
        self.load(None)  # an editor nobody typed into is never "unsaved"

    # ---------------------------------------------------------------- for subclasses
    def configure(self) -> None:
        """Set up enum combos and list editors (called once)."""

    def set_directory(self, directory: Directory) -> None:
        """Fill pickers from a fresh snapshot of people, rooms and organisations."""
        self.directory = directory

    def heading(self, record: Record | None) -> str:
        return record_label(record) if record else self.windowTitle()

    # ---------------------------------------------------------------- state
    def field_widget(self, name: str) -> QWidget:
        return getattr(self.ui, name)

    def record(self) -> Record | None:
        return self._record

    def load(self, record: Record | None, defaults: dict | None = None) -> None:
        """Show ``record`` (or a new one with ``defaults``) and forget unsaved changes."""
        self._record = record
        self._defaults = dict(defaults or {})
        self.clear_errors()
        source: dict = record.model_dump() if record is not None else self._defaults
        for name in self.FIELDS:
            value = source.get(name, self.MODEL.model_fields[name].get_default(call_default_factory=True))
            if value is PydanticUndefined:
                value = None
            set_widget_value(self.field_widget(name), value)
        self._baseline = self.values()
        self.ui.heading.setText(self.heading(record))
        self._update_buttons()

    def values(self) -> dict[str, Any]:
        return {name: widget_value(self.field_widget(name)) for name in self.FIELDS}

    def rebaseline(self) -> None:
        """Take what the form shows now as its unchanged state (after pickers were refilled)."""
        self._baseline = self.values()
        self._update_buttons()

    def is_dirty(self) -> bool:
        return self.values() != self._baseline

    def is_new(self) -> bool:
        return self._record is None

    def revert(self) -> None:
        self.load(self._record, self._defaults)

    def candidate(self) -> Record:
        """The record as the form has it, validated by the model (raises InvalidRecord)."""
        data = self._record.model_dump() if self._record is not None else dict(self._defaults)
        data.update(self.values())
        for name in self.FIELDS:  # an empty required field reads "is required", not "not a valid string"
            if data.get(name) is None and self.MODEL.model_fields[name].is_required():
                data.pop(name)
        return validate(self.MODEL, data, self._record.id if self._record else None)

    def save(self) -> bool:
        """Validate and save; on refusal show the reason by the field and keep the form as typed."""
        self.clear_errors()
        try:
            saved = self.saver.save(self._record, self.candidate())
        except BrieferError as exc:
            self.show_error(exc)
            return False
        self.load(saved)
        self.saved.emit(saved)
        return True

    # ---------------------------------------------------------------- errors
    def field_error(self, name: str) -> str:
        return self.errors.text(name)

    def clear_errors(self) -> None:
        self.errors.clear()
        self.ui.banner.hide()
        self.ui.banner.setText("")

    def show_error(self, exc: BrieferError) -> None:
        top = (exc.field or "").split(".")[0]
        if self.errors.show(top, exc.message):
            self._reveal(self.field_widget(top))
            self.field_widget(top).setFocus()
        else:
            self.ui.banner.setText("⚠ " + str(exc))
            self.ui.banner.show()

    def _reveal(self, w: QWidget) -> None:
        tabs = getattr(self.ui, "tabs", None)
        if tabs is None:
            return
        for i in range(tabs.count()):
            if tabs.widget(i).isAncestorOf(w):
                tabs.setCurrentIndex(i)

    def _update_buttons(self) -> None:
        self.ui.history_button.setEnabled(self._record is not None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.ui.heading.setText(self.heading(self._record))
        super().changeEvent(event)


def translate(text: str) -> str:
    return QCoreApplication.translate("RecordEditor", text)
