"""Field widgets for the editors: pickers with completion, list editors (dates: :mod:`briefer.gui.widgets.date_fields`).

Every widget here offers ``value()`` and ``set_value(v)`` in the model's own
terms (ISO codes, person ids, aware datetimes, lists of dicts), so an editor
can read and fill a form field by field without knowing the widget. They are
promoted widgets in the ``ui/*.ui`` forms, hence the no-argument constructors
and the ``configure``/``set_choices`` calls made afterwards.
"""

from __future__ import annotations

import enum
import unicodedata

from PySide6.QtCore import QEvent, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefer.gui.widgets.combo_value import set_combo_value
from briefer.gui.widgets.country_picker import CountryPicker  # noqa: F401 (promoted in the forms from this module)
from briefer.gui.widgets.labels import label, ui_language  # noqa: F401 (ui_language: used by many modules from here)

def fold(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in norm if not unicodedata.combining(ch)).casefold().strip()


class _ChoiceCombo(QComboBox):
    """An editable combo box over (value, text) choices, completing on any part of the text."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        current = self.value()
        with QSignalBlocker(self):
            self.clear()
            self.addItem("", None)
            for value, text in choices:
                self.addItem(text, value)
        self.set_value(current)

    def value(self) -> str | None:
        text = self.currentText().strip()
        if not text:
            return None
        idx = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if idx > 0:
            return self.itemData(idx)
        want = fold(text)
        matches = [i for i in range(1, self.count()) if want in fold(self.itemText(i))]
        if len(matches) == 1:
            return self.itemData(matches[0])
        return self._unmatched(text)

    def _unmatched(self, text: str) -> str:
        return text  # the model or the store names what is wrong with it

    def set_value(self, value: str | None) -> None:
        set_combo_value(self, value)


class PersonPicker(_ChoiceCombo):
    """A person by (part of) their name; the value is the person's id."""


class TimezoneCombo(_ChoiceCombo):
    """IANA timezone names, typed with completion."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        import zoneinfo

        self.set_choices([(z, z) for z in sorted(zoneinfo.available_timezones())])


class RecordCombo(QComboBox):
    """A choice among a few records (rooms, organisations, meetings); the value is the id."""

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        current = self.value()
        with QSignalBlocker(self):
            self.clear()
            self.addItem("—", None)
            for value, text in choices:
                self.addItem(text, value)
        self.set_value(current)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value: str | None) -> None:
        idx = self.findData(value) if value else 0
        self.setCurrentIndex(max(idx, 0))


class EnumCombo(QComboBox):
    """One member of an enum, shown in words; optionally empty."""

    def configure(self, enum_cls: type[enum.Enum], *, optional: bool = False, words=None) -> None:
        self._enum = enum_cls
        self._optional = optional
        self._words = words
        self._fill()

    def _fill(self) -> None:
        current = self.value() if self.count() else None
        with QSignalBlocker(self):
            self.clear()
            if self._optional:
                self.addItem("—", None)
            for member in self._enum:
                text = self._words(member) if self._words else label(member)
                self.addItem(text, member.value)
        self.set_value(current)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value) -> None:
        if isinstance(value, enum.Enum):
            value = value.value
        idx = self.findData(value)
        self.setCurrentIndex(max(idx, 0))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_enum"):
            self._fill()
        super().changeEvent(event)


class CommaListEdit(QLineEdit):
    """A short list typed as comma-separated words (languages)."""

    def value(self) -> list[str]:
        return [p.strip() for p in self.text().split(",") if p.strip()]

    def set_value(self, value: list[str] | None) -> None:
        self.setText(", ".join(value or []))


class PeopleListEditor(QWidget):
    """An ordered list of people, added with a completing picker; the value is a list of ids."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(110)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.picker = PersonPicker(self)
        self.picker.lineEdit().setPlaceholderText(self.tr("Add a person…"))
        # it shares its row with two buttons: narrower than a lone picker, so a form fits a laptop's width
        self.picker.setMinimumWidth(self.picker.fontMetrics().averageCharWidth() * 16)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.list)
        lay.addLayout(row)
        self._names: dict[str, str] = {}
        self.add_button.clicked.connect(self.add_current)
        self.picker.lineEdit().returnPressed.connect(self.add_current)
        self.remove_button.clicked.connect(self._remove_selected)

    def set_accessible_name(self, name: str) -> None:
        """Name the list and its picker after the field's label ("Attendees"), for screen readers."""
        self.list.setAccessibleName(name)
        self.picker.setAccessibleName(self.tr("Add a person to {0}").format(name))
        self.add_button.setAccessibleName(self.tr("Add to {0}").format(name))
        self.remove_button.setAccessibleName(self.tr("Remove from {0}").format(name))

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        self._names = dict(choices)
        self.picker.set_choices(choices)
        self.set_value(self.value())

    def add_current(self) -> None:
        pid = self.picker.value()
        if pid and pid not in self.value():
            self._append(pid)
            self.picker.set_value(None)

    def _append(self, pid: str) -> None:
        item = QListWidgetItem(self._names.get(pid, pid))
        item.setData(Qt.ItemDataRole.UserRole, pid)
        self.list.addItem(item)

    def _remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def value(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def set_value(self, ids: list[str] | None) -> None:
        self.list.clear()
        for pid in ids or []:
            self._append(pid)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.add_button.setText(self.tr("Add"))
            self.remove_button.setText(self.tr("Remove"))
            self.picker.lineEdit().setPlaceholderText(self.tr("Add a person…"))
        super().changeEvent(event)


# Promoted in the editors' forms as briefer.gui.widgets.fields.ListEditor; it lives in its own module.
from briefer.gui.widgets.list_editor import Column, ListEditor  # noqa: E402,F401
