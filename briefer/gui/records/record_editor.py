"""What every record editor shares: fill a form from a record, validate, save, show errors by the field.

A subclass names its model, its generated form and its fields (the form's
widgets carry the field names). Values are read with the widgets' ``value()``
(see :mod:`briefer.gui.widgets.fields`) or the plain Qt getters, merged into the
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

from briefer.errors import BrieferError, InvalidRecord
from briefer.gui.widgets.date_fields import refuse_unreadable
from briefer.gui.widgets.labels import record_label
from briefer.gui.records.table_models import Directory
from briefer.model.base import Record
from briefer.store.repository import validate

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
    """A line under each form field that shows, in words, why the field was refused.

    A field with its own problem line (a typed date: :class:`briefer.gui.widgets.date_fields.TypedDateField`)
    shows the refusal there, so a date that cannot be read and a date the model refuses are
    named in the same place.
    """

    def __init__(self, widgets: dict[str, QWidget]):
        self._labels: dict[str, tuple[QFormLayout, QLabel]] = {}
        self._own: dict[str, QWidget] = {}  # fields that show their problems under themselves (date fields)
        for name, w in widgets.items():
            if hasattr(w, "show_problem"):
                self._own[name] = w
                continue
            form = _form_of(w)
            if form is None:
                continue
            row, _role = form.getWidgetPosition(w)
            err = QLabel(w.parentWidget())
            err.setObjectName(f"{name}_error")
            err.setWordWrap(True)
            err.setProperty("tone", "error")  # coloured for the palette in use (briefer.gui.widgets.tones)
            form.insertRow(row + 1, "", err)
            form.setRowVisible(err, False)
            self._labels[name] = (form, err)

    def show(self, name: str, message: str) -> bool:
        """Show ``message`` under field ``name``; False when the form has no such field."""
        if name in self._own:
            self._own[name].show_problem(message)
            return True
        if name not in self._labels:
            return False
        form, err = self._labels[name]
        err.setText("⚠ " + message[:1].upper() + message[1:])
        form.setRowVisible(err, True)
        return True

    def hide(self, name: str) -> None:
        if name in self._own:
            self._own[name].show_problem(None)
        elif name in self._labels:
            form, err = self._labels[name]
            err.setText("")
            form.setRowVisible(err, False)

    def text(self, name: str) -> str:
        if name in self._own:
            return self._own[name].problem()
        form, err = self._labels.get(name, (None, None))
        return err.text() if err is not None and form.isRowVisible(err) else ""

    def clear(self) -> None:
        for w in self._own.values():
            w.show_problem(None)
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
        for name in self.FIELDS:  # a field that reads typed text says at once when it cannot
            checked = getattr(self.field_widget(name), "input_checked", None)
            if checked is not None:
                checked.connect(lambda message, name=name: self._input_checked(name, message))
        self._name_composite_fields()
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
        # the form scroll sideways on a laptop; it still grows with the form, and its list shows whole names.
        # Set whatever the choices are now: they arrive later (set_choices), and widen the hint then.
        for combo in self.findChildren(QComboBox):
            narrow = combo.fontMetrics().averageCharWidth() * 24  # layouts take an explicit minimum over the hint
            if combo.minimumWidth() == 0:
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
        self._check_input()
        data = self._record.model_dump() if self._record is not None else dict(self._defaults)
        data.update(self.values())
        refuse_unreadable(data)  # a date typed so it cannot be read is refused as typed, never replaced
        for name in self.FIELDS:  # an empty required field reads "is required", not "not a valid string"
            if data.get(name) is None and self.MODEL.model_fields[name].is_required():
                data.pop(name)
        return validate(self.MODEL, data, self._record.id if self._record else None)

    def _check_input(self) -> None:
        """Refuse text a field could not read (a country name that fits none or several) in the
        field's own words, before the model would name it an invalid code."""
        for name in self.FIELDS:
            problem = getattr(self.field_widget(name), "input_error", None)
            message = problem() if problem is not None else ""
            if message:
                raise InvalidRecord(message, record=self.MODEL.kind, field=name)

    def _input_checked(self, name: str, message: str) -> None:
        if message:
            self.errors.show(name, message)
        else:
            self.errors.hide(name)

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

    def _name_composite_fields(self) -> None:
        """Give a field made of several controls (a list with Add/Remove) the name of its label.

        A label's buddy names a plain field for a screen reader; a composite field is
        never reached itself, only the list and buttons inside it.
        """
        for label in self.findChildren(QLabel):
            field = label.buddy()
            if field is not None and hasattr(field, "set_accessible_name"):
                field.set_accessible_name(plain_label(label.text()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.ui.heading.setText(self.heading(self._record))
            self._name_composite_fields()
        super().changeEvent(event)


def plain_label(text: str) -> str:
    """A label's words as a name: without the mnemonic's "&" and the trailing colon ("&Attendees:" → "Attendees")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":").strip()


def translate(text: str) -> str:
    return QCoreApplication.translate("RecordEditor", text)
