"""Defining the conference's topic profiles in the app: their names and indicators.

The same definitions as ``briefer topic`` on the command line (``briefer.model.topics``):
a profile named in English and Dutch, and per indicator its names, scale, levels, whether
levels print as a chart, and whether it shows in briefs and in the Countries list. An
indicator that countries already have values for is not removed from under them: the
values would be orphaned, so the dialog says how many there are instead.
"""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from briefer.errors import BrieferError, InvalidRecord, Refused
from briefer.gui.forms.topic_profiles_dialog import Ui_TopicProfilesDialog
from briefer.gui.widgets.fields import ui_language
from briefer.model.topics import Indicator, Scale, TopicProfile, format_levels, parse_levels
from briefer.store import topics
from briefer.store.repository import validate

COL_EN, COL_NL, COL_SCALE, COL_LEVELS, COL_CHART, COL_BRIEF, COL_LIST = range(7)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TopicProfilesDialog(QDialog):
    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.store = services.store
        self.ui = Ui_TopicProfilesDialog()
        self.ui.setupUi(self)
        self.profile: TopicProfile | None = None
        table = self.ui.indicators
        table.setColumnCount(7)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(False)
        table.horizontalHeader().setSectionResizeMode(COL_LEVELS, QHeaderView.ResizeMode.Stretch)
        self.ui.profile.currentIndexChanged.connect(self._pick)
        self.ui.new_profile_button.clicked.connect(self.new_profile)
        self.ui.delete_profile_button.clicked.connect(self.delete_profile)
        self.ui.add_button.clicked.connect(lambda: self._add_row(None))
        self.ui.remove_button.clicked.connect(self.remove_indicator)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        # Enter finishes typing a cell, it does not save the profile half-typed
        for button in self.ui.buttons.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)
        self._headers()
        self.reload()

    # ------------------------------------------------------------ showing
    def _headers(self) -> None:
        self.ui.indicators.setHorizontalHeaderLabels([
            self.tr("English name"), self.tr("Dutch name"), self.tr("Scale"), self.tr("Levels"), self.tr("Chart"),
            self.tr("In briefs"), self.tr("In list")])

    def _scale_words(self) -> dict[Scale, str]:
        return {Scale.TEXT: self.tr("text"), Scale.LEVELS: self.tr("levels"), Scale.YES_NO: self.tr("yes/no"),
                Scale.YEAR: self.tr("year"), Scale.NUMBER: self.tr("number")}

    def reload(self, select: str | None = None) -> None:
        profiles = topics.profiles(self.store)
        combo = self.ui.profile
        combo.blockSignals(True)
        combo.clear()
        for p in profiles:
            combo.addItem(p.name(ui_language()), p.id)
        combo.blockSignals(False)
        combo.setEnabled(bool(profiles))
        self.ui.delete_profile_button.setEnabled(bool(profiles))
        if profiles:
            combo.setCurrentIndex(max(0, combo.findData(select)) if select else 0)
            self._pick()
        else:
            self.show_profile(None)

    def _pick(self) -> None:
        pid = self.ui.profile.currentData()
        self.show_profile(topics.profile(self.store, pid) if pid else None)

    def show_profile(self, profile: TopicProfile | None) -> None:
        self.profile = profile
        self._say("")
        self.ui.name_en.setText(profile.name_en if profile else "")
        self.ui.name_nl.setText(profile.name_nl if profile else "")
        self.ui.indicators.setRowCount(0)
        for ind in (profile.indicators if profile else []):
            self._add_row(ind)

    def _add_row(self, ind: Indicator | None) -> None:
        table = self.ui.indicators
        row = table.rowCount()
        table.insertRow(row)
        first = QTableWidgetItem(ind.name_en if ind else "")
        first.setData(ID_ROLE, ind.id if ind else None)
        table.setItem(row, COL_EN, first)
        table.setItem(row, COL_NL, QTableWidgetItem(ind.name_nl if ind else ""))
        scale = QComboBox(table)
        for value, words in self._scale_words().items():
            scale.addItem(words, value.value)
        scale.setCurrentIndex(scale.findData((ind.scale if ind else Scale.TEXT).value))
        scale.setAccessibleName(self.tr("Scale"))
        table.setCellWidget(row, COL_SCALE, scale)
        table.setItem(row, COL_LEVELS, QTableWidgetItem("; ".join(format_levels(ind.levels)) if ind else ""))
        for col, on in ((COL_CHART, ind.chart if ind else False), (COL_BRIEF, ind.in_brief if ind else True),
                        (COL_LIST, ind.in_list if ind else False)):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            table.setItem(row, col, item)
        if ind is None:  # a new row: the keyboard is on its name, typing starts it
            table.setCurrentCell(row, COL_EN)
            table.setFocus()

    def _say(self, text: str) -> None:
        self.ui.banner.setText(f"⚠ {text}" if text else "")
        self.ui.banner.setVisible(bool(text))

    # ------------------------------------------------------------ reading the form
    def _text(self, row: int, col: int) -> str:
        item = self.ui.indicators.item(row, col)
        return item.text().strip() if item else ""

    def _on(self, row: int, col: int) -> bool:
        return self.ui.indicators.item(row, col).checkState() == Qt.CheckState.Checked

    def candidate(self) -> TopicProfile:
        """The profile as the form has it, validated by the model (InvalidRecord naming what is wrong)."""
        table = self.ui.indicators
        indicators = []
        for row in range(table.rowCount()):
            name = self._text(row, COL_EN)
            if not name and not self._text(row, COL_NL) and not self._text(row, COL_LEVELS):
                continue  # an empty row added and left: nothing to keep
            try:
                levels = parse_levels(self._text(row, COL_LEVELS).split(";"))
            except ValueError as exc:
                raise InvalidRecord(self.tr("Row {0}: {1}").format(row + 1, exc)) from None
            data = {"name_en": name, "name_nl": self._text(row, COL_NL),
                    "scale": table.cellWidget(row, COL_SCALE).currentData(), "levels": levels,
                    "chart": self._on(row, COL_CHART), "in_brief": self._on(row, COL_BRIEF),
                    "in_list": self._on(row, COL_LIST)}
            iid = table.item(row, COL_EN).data(ID_ROLE)
            if iid:
                data["id"] = iid
            try:
                indicators.append(Indicator.model_validate(data))
            except ValidationError as exc:
                words = "; ".join(e["msg"].removeprefix("Value error, ") for e in exc.errors())
                raise InvalidRecord(self.tr("Row {0}: {1}").format(row + 1, words)) from None
        base = self.profile.model_dump() if self.profile else {}
        base.update(name_en=self.ui.name_en.text().strip(), name_nl=self.ui.name_nl.text().strip(),
                    indicators=[i.model_dump() for i in indicators])
        return validate(TopicProfile, base, self.profile.id if self.profile else None)

    def _orphaned(self, after: TopicProfile) -> list[tuple[Indicator, int]]:
        """Indicators of the stored profile that the form dropped while countries have values for them."""
        if self.profile is None:
            return []
        kept = {i.id for i in after.indicators}
        out = []
        for ind in self.profile.indicators:
            if ind.id not in kept:
                n = len(topics.values_of_indicator(self.store, ind.id))
                if n:
                    out.append((ind, n))
        return out

    # ------------------------------------------------------------ actions
    def save(self) -> bool:
        self._say("")
        try:
            after = self.candidate()
            dropped = self._orphaned(after)
            if dropped:
                ind, n = dropped[0]
                raise Refused(self.tr("“{0}” has values for {1} countries; clear them before removing the "
                                      "indicator").format(ind.name(ui_language()), n))
            saved = self.services.saver.save(self.profile, after)
        except BrieferError as exc:
            self._say(exc.message)
            return False
        self.reload(select=saved.id)
        return True

    def new_profile(self) -> None:
        self.ui.profile.setCurrentIndex(-1)
        self.show_profile(None)
        self.ui.name_en.setFocus()

    def remove_indicator(self) -> None:
        row = self.ui.indicators.currentRow()
        if row >= 0:
            self.ui.indicators.removeRow(row)

    def delete_profile(self) -> None:
        profile = self.profile
        if profile is None:
            return
        values = topics.values_of_profile(self.store, profile.id)
        text = (self.tr("Delete the topic profile “{0}” and the values of {1} countries?").format(
                    profile.name(ui_language()), len({v.country for v in values})) if values
                else self.tr("Delete the topic profile “{0}”?").format(profile.name(ui_language())))
        if not self.services.ask.confirm(self, self.tr("Delete topic profile"), text):
            return
        try:
            with self.store.write():
                for v in values:
                    self.store.topic_values.delete(v.id)
                self.store.topic_profiles.delete(profile.id)
        except BrieferError as exc:
            self._say(exc.message)
            return
        self.services.saver.on_changed(profile)
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._headers()
        super().changeEvent(event)
