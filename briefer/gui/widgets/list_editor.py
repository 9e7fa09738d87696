"""An editable list of small structured items — talking points with priority, defensive lines, facts.

Used by the editors (as a promoted widget in ``ui/*.ui``) for every list field
of a brief. A QTableWidget suits here: the lists are short and edited in place.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefer.gui.widgets.labels import label, tr


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
        # Tab leaves the list (it is one field of a form); while a cell is being typed in, Tab still
        # commits it and moves to the next cell (the delegate's own handling), as in a spreadsheet
        self.table.setTabKeyNavigation(False)
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
        self.up_button.setAccessibleName(self.tr("Move up"))  # a screen reader would say "upwards arrow"
        self.down_button.setAccessibleName(self.tr("Move down"))
        if self.columns:
            self.table.setHorizontalHeaderLabels([tr(c.title) for c in self.columns])

    def set_accessible_name(self, name: str) -> None:
        """Name the table and its buttons after the field's label ("Talking points"), for screen readers.

        The label is the buddy of this composite widget, which a screen reader never
        reaches: it lands on the table inside, and on four buttons that would all be "Add".
        """
        self.table.setAccessibleName(name)
        self.add_button.setAccessibleName(self.tr("Add to {0}").format(name))
        self.remove_button.setAccessibleName(self.tr("Remove from {0}").format(name))

    def configure(self, columns: list[Column], *, scalar: bool = False) -> None:
        self.columns = columns
        self.scalar = scalar
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels([tr(c.title) for c in columns])
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
