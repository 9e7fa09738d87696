"""Field widgets for the editors: pickers with completion, list editors, conference-time pickers.

Every widget here offers ``value()`` and ``set_value(v)`` in the model's own
terms (ISO codes, person ids, aware datetimes, lists of dicts), so an editor
can read and fill a form field by field without knowing the widget. They are
promoted widgets in the ``ui/*.ui`` forms, hence the no-argument constructors
and the ``configure``/``set_choices`` calls made afterwards.
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QSignalBlocker, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefer.gui.labels import label

NO_DATE = QDate(2000, 1, 1)


def fold(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in norm if not unicodedata.combining(ch)).casefold().strip()


def ui_language() -> str:
    """The interface language ('nl' or 'en'), as set by the app on QLocale's default."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


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
        idx = self.findData(value) if value else 0
        if idx < 0:
            self.setEditText(str(value))
        else:
            self.setCurrentIndex(idx)


class CountryPicker(_ChoiceCombo):
    """Every ISO 3166 country by name in the interface language; the value is the alpha-3 code."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._fill()

    def _fill(self) -> None:
        import pycountry

        from briefer.model import country_name

        lang = ui_language()
        names = sorted(((c.alpha_3, f"{country_name(c.alpha_3, lang)} ({c.alpha_3})") for c in pycountry.countries),
                       key=lambda p: fold(p[1]))
        self.set_choices(names)

    def _unmatched(self, text: str) -> str:
        return text.upper() if len(text) == 3 else text

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)


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


class ConferenceDateTimeEdit(QDateTimeEdit):
    """A date and time as the conference's clock shows it; the value is an aware datetime.

    The widget holds the *local* wall-clock time of the conference timezone,
    whatever the laptop's own timezone is.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._tz = ZoneInfo("UTC")
        self.setCalendarPopup(True)
        self.setDisplayFormat("ddd d MMM yyyy  HH:mm")

    def set_timezone(self, name: str) -> None:
        self._tz = ZoneInfo(name)
        self.setToolTip(self.tr("Time in the conference timezone ({0})").format(name))

    def value(self) -> datetime:
        d, t = self.date(), self.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self._tz)

    def set_value(self, value: datetime | None) -> None:
        if value is None:
            return
        local = value.astimezone(self._tz)
        self.setDateTime(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)))


class OptionalDateEdit(QDateEdit):
    """A date that may be left empty (shown as —)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("—")
        self.setDisplayFormat("ddd d MMM yyyy")
        self.setDate(NO_DATE)

    def value(self) -> date | None:
        d = self.date()
        return None if d == NO_DATE else date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


class PeopleListEditor(QWidget):
    """An ordered list of people, added with a completing picker; the value is a list of ids."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(110)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.picker = PersonPicker(self)
        self.picker.lineEdit().setPlaceholderText(self.tr("Add a person…"))
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


@dataclass
class Column:
    """One column of a :class:`ListEditor`: a field of the listed item."""

    name: str
    title: str
    kind: str = "text"  # text | enum | bool | choice
    enum: type[enum.Enum] | None = None
    choices: list[tuple[str, str]] = field(default_factory=list)
    default: object = None


class _ChoiceDelegate(QStyledItemDelegate):
    """Edits enum and choice cells with a combo box; the cell keeps the value in UserRole."""

    def __init__(self, editor: "ListEditor"):
        super().__init__(editor)
        self._editor = editor

    def _options(self, col: int) -> list[tuple[object, str]]:
        c = self._editor.columns[col]
        if c.kind == "enum":
            return [(m.value, label(m)) for m in c.enum]
        return [(None, "—"), *c.choices]

    def createEditor(self, parent, option, index):
        if self._editor.columns[index.column()].kind not in ("enum", "choice"):
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, text in self._options(index.column()):
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor, index):
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.UserRole)), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)
            model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)
        else:
            super().setModelData(editor, model, index)


class ListEditor(QWidget):
    """An editable list of small items (talking points with priority, defensive lines, facts…).

    With one column and ``scalar=True`` the value is a list of strings;
    otherwise a list of dicts keyed by column name. Fields a row carries but
    does not show (an objective's id) are kept and given back unchanged.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns: list[Column] = []
        self.scalar = False
        self.table = QTableWidget(0, 0, self)
        self.table.setMinimumHeight(120)
        self.table.setWordWrap(True)
        self.table.setItemDelegate(_ChoiceDelegate(self))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.up_button = QPushButton("↑", self)
        self.down_button = QPushButton("↓", self)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table)
        lay.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self._retranslate()

    def _retranslate(self) -> None:
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button.setToolTip(self.tr("Move down"))
        if self.columns:
            self.table.setHorizontalHeaderLabels([QCoreApplicationTranslate(c.title) for c in self.columns])

    def configure(self, columns: list[Column], *, scalar: bool = False) -> None:
        self.columns = columns
        self.scalar = scalar
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels([QCoreApplicationTranslate(c.title) for c in columns])
        header = self.table.horizontalHeader()
        header.setVisible(not scalar)
        for i, c in enumerate(columns):
            mode = QHeaderView.ResizeMode.ResizeToContents if c.kind in ("enum", "bool") else QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(i, mode)

    def set_choices(self, column: str, choices: list[tuple[str, str]]) -> None:
        for c in self.columns:
            if c.name == column:
                c.choices = choices

    def add_row(self, data: dict | None = None) -> int:
        data = dict(data or {})
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, c in enumerate(self.columns):
            value = data.pop(c.name, c.default)
            item = QTableWidgetItem()
            if c.kind == "bool":
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            elif c.kind == "enum":
                member = c.enum(value) if value is not None else list(c.enum)[0]
                item.setData(Qt.ItemDataRole.UserRole, member.value)
                item.setText(label(member))
            elif c.kind == "choice":
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setText(dict(c.choices).get(value, value or "—"))
            else:
                item.setText("" if value is None else str(value))
            self.table.setItem(row, col, item)
        self.table.item(row, 0).setData(Qt.ItemDataRole.UserRole + 1, data)  # fields not shown
        self.changed.emit()
        return row

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for r in rows:
            self.table.removeRow(r)
        self.changed.emit()

    def _move(self, delta: int) -> None:
        r = self.table.currentRow()
        target = r + delta
        if r < 0 or not (0 <= target < self.table.rowCount()):
            return
        rows = self.value_rows()
        rows[r], rows[target] = rows[target], rows[r]
        self._load(rows)
        self.table.setCurrentCell(target, 0)
        self.changed.emit()

    def value_rows(self) -> list[dict]:
        out = []
        for r in range(self.table.rowCount()):
            row = dict(self.table.item(r, 0).data(Qt.ItemDataRole.UserRole + 1) or {})
            for col, c in enumerate(self.columns):
                item = self.table.item(r, col)
                if c.kind == "bool":
                    row[c.name] = item.checkState() == Qt.CheckState.Checked
                elif c.kind in ("enum", "choice"):
                    row[c.name] = item.data(Qt.ItemDataRole.UserRole)
                else:
                    row[c.name] = item.text().strip()
            out.append(row)
        return out

    def value(self) -> list:
        rows = [r for r in self.value_rows()
                if any(r[c.name] for c in self.columns if c.kind == "text")
                or not any(c.kind == "text" for c in self.columns)]
        if self.scalar:
            return [r[self.columns[0].name] for r in rows]
        return rows

    def _load(self, rows: list) -> None:
        self.table.setRowCount(0)
        for r in rows:
            self.add_row(r)

    def set_value(self, items: list | None) -> None:
        rows = []
        for it in items or []:
            if self.scalar:
                rows.append({self.columns[0].name: it})
            elif hasattr(it, "model_dump"):
                rows.append(it.model_dump(mode="json"))
            else:
                rows.append(dict(it))
        self._load(rows)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def QCoreApplicationTranslate(text: str) -> str:  # noqa: N802 — reads like the Qt call it wraps
    from briefer.gui.labels import tr

    return tr(text)
