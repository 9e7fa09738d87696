"""The conference's topic indicators as fields of the country brief form.

Which fields there are is data (the topic profiles, ``briefer.model.topics``), so the form
cannot hold them: they are made here, one row per indicator printed in briefs — a value
(text, a choice of levels, yes/no, a year or a number), its source and its year — and none at
all for a conference without a profile.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from briefer.errors import InvalidRecord
from briefer.gui.widgets.fields import ui_language
from briefer.model.topics import Indicator, Scale, TopicProfile, TopicValue


class IndicatorField:
    """The controls of one indicator: its value, where the value comes from, and of which year."""

    def __init__(self, profile: TopicProfile, indicator: Indicator, parent: QWidget):
        self.profile, self.indicator = profile, indicator
        lang = ui_language()
        name = indicator.name(lang)
        self.label = QLabel(name, parent)
        self.label.setWordWrap(True)
        if indicator.scale is Scale.TEXT:
            self.value: QWidget = QPlainTextEdit(parent)
            self.value.setTabChangesFocus(True)
            self.value.setMaximumHeight(self.value.fontMetrics().lineSpacing() * 6)
        elif indicator.scale in (Scale.LEVELS, Scale.YES_NO):
            combo = QComboBox(parent)
            combo.addItem(QCoreApplication.translate("TopicFields", "— not known —"), "")
            if indicator.scale is Scale.YES_NO:
                combo.addItem(indicator.display("yes", lang), "yes")
                combo.addItem(indicator.display("no", lang), "no")
            else:
                for lv in indicator.levels:
                    combo.addItem(indicator.display(lv.code, lang), lv.code)
            self.value = combo
        else:
            self.value = QLineEdit(parent)
            self.value.setPlaceholderText(
                QCoreApplication.translate("TopicFields", "a year, e.g. 2050") if indicator.scale is Scale.YEAR
                else QCoreApplication.translate("TopicFields", "a number"))
        self.value.setObjectName(f"topic_value_{indicator.id}")
        self.value.setAccessibleName(name)
        self.label.setBuddy(self.value)
        self.source = QLineEdit(parent)
        self.source.setPlaceholderText(QCoreApplication.translate("TopicFields", "Source"))
        self.source.setAccessibleName(QCoreApplication.translate("TopicFields", "{0}: source").format(name))
        self.year = QLineEdit(parent)
        self.year.setPlaceholderText(QCoreApplication.translate("TopicFields", "Year"))
        self.year.setAccessibleName(
            QCoreApplication.translate("TopicFields", "{0}: year of the value").format(name))
        self.year.setMaximumWidth(self.year.fontMetrics().averageCharWidth() * 10)
        self.row = QWidget(parent)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.source, 1)
        line.addWidget(self.year)
        if indicator.scale is Scale.TEXT:
            box = QVBoxLayout(self.row)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(self.value)
            box.addLayout(line)
        else:
            line.insertWidget(0, self.value, 1)
            self.row.setLayout(line)

    # ------------------------------------------------------------ values
    def text(self) -> str:
        w = self.value
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip()
        if isinstance(w, QComboBox):
            return w.currentData() or ""
        return w.text().strip()

    def state(self) -> tuple[str, str, str]:
        return self.text(), self.source.text().strip(), self.year.text().strip()

    def show(self, value: TopicValue | None) -> None:
        text = value.value if value else ""
        w = self.value
        if isinstance(w, QPlainTextEdit):
            w.setPlainText(text)
        elif isinstance(w, QComboBox):
            i = w.findData(text)
            if i < 0:  # a value from before the levels changed: shown as it is, not lost on the next save
                w.addItem(text, text)
                i = w.count() - 1
            w.setCurrentIndex(i)
        else:
            w.setText(text)
        self.source.setText(value.source if value else "")
        self.year.setText(str(value.year) if value and value.year else "")

    def checked(self) -> tuple[str, str, int | None]:
        """The typed value, source and year as they will be stored (InvalidRecord naming the indicator)."""
        value, source, year = self.state()
        name = self.indicator.name(ui_language())
        try:
            value = self.indicator.check(value)
        except ValueError as exc:
            # the fields that take typed text say so in the window's language; the model's words otherwise
            words = {
                Scale.YEAR: QCoreApplication.translate("TopicFields", "{0}: “{1}” is not a year such as 2050"),
                Scale.NUMBER: QCoreApplication.translate("TopicFields", "{0}: “{1}” is not a number such as 42 or 3.5"),
            }.get(self.indicator.scale)
            raise InvalidRecord(words.format(name, value) if words else str(exc), record="topic value") from None
        if year and (not year.isdigit() or not 1900 <= int(year) <= 2200):
            words = QCoreApplication.translate("TopicFields", "{0}: “{1}” is not a year such as 2024")
            raise InvalidRecord(words.format(name, year), record="topic value")
        return value, source, int(year) if year else None

    def widgets(self) -> list[QWidget]:
        return [self.value, self.source, self.year]


class TopicFields:
    """The rows of every profile's brief indicators, inserted into ``form`` from row ``at``."""

    def __init__(self, form: QFormLayout, at: int, parent: QWidget):
        self.form, self.at, self.parent = form, at, parent
        self.fields: list[IndicatorField] = []
        self.failed: IndicatorField | None = None
        self._shape: list[tuple] = []

    def rebuild(self, profiles: list[TopicProfile]) -> None:
        """Rows for these profiles; kept when the profiles' indicators are the ones shown already."""
        shape = [(p.id, i.model_dump_json()) for p in profiles for i in p.indicators if i.in_brief]
        if shape == self._shape:
            return
        for f in self.fields:
            self.form.removeRow(f.row)  # deletes the row's label and widgets too
        self.fields = []
        row = self.at
        for p in profiles:
            for ind in p.indicators:
                if not ind.in_brief:
                    continue
                f = IndicatorField(p, ind, self.parent)
                self.form.insertRow(row, f.label, f.row)
                self.fields.append(f)
                row += 1
        self._shape = shape

    def show(self, values: dict[str, TopicValue]) -> None:
        for f in self.fields:
            f.show(values.get(f.indicator.id))

    def state(self) -> list[tuple[str, str, str]]:
        return [f.state() for f in self.fields]

    def checked(self) -> list[tuple[IndicatorField, tuple[str, str, int | None]]]:
        """Every field's value as stored; the first refused one is kept in ``failed``."""
        self.failed = None
        out = []
        for f in self.fields:
            try:
                out.append((f, f.checked()))
            except InvalidRecord:
                self.failed = f
                raise
        return out
