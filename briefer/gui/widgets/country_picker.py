"""The country field: type any name of a country (English, Dutch, old or common) and get the one meant.

Qt's own completion filters the combo's items by their text, in the order of
the list: "India" then offered *British Indian Ocean Territory* first, and
"Turkey" nothing at all. Here the popup holds the candidates ranked by
:mod:`briefer.model.country_lookup` (exact code or name first, so Down+Enter
after "India" picks India), shown in the interface language with the code;
text typed without choosing is resolved the same way when the field is left,
and what names no country, or several, is refused with a message that says to
choose from the list (``input_error``, shown by the editor under the field).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from briefer.gui.widgets.combo_value import set_combo_value
from briefer.gui.widgets.labels import ui_language
from briefer.model import country_name
from briefer.model.country_lookup import CountryNotFound, find_countries, fold, resolve_country, suggest_countries


class _RankedCompleter(QCompleter):
    """A completer that shows its model's rows as they are: the ranking was done before."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt's name)
        # An empty path matches every row, keeps their order and preselects none, so the first
        # Down selects the best candidate (Qt's unfiltered mode would preselect a prefix match).
        return [""]


#: Per language: code → "Name (ISO)", and the same in alphabetical order — worded once, not by every
#: picker at every language switch (each sorted 250 folded names: 10–25 ms of the switch per picker).
_WORDED: dict[str, tuple[dict[str, str], tuple[tuple[str, str], ...]]] = {}


def _countries_in(lang: str) -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    found = _WORDED.get(lang)
    if found is None:
        import pycountry

        texts = {c.alpha_3: f"{country_name(c.alpha_3, lang)} ({c.alpha_3})" for c in pycountry.countries}
        found = _WORDED[lang] = texts, tuple(sorted(texts.items(), key=lambda p: fold(p[1])))
    return dict(found[0]), found[1]


class CountryPicker(QComboBox):
    """Every ISO 3166 country by name in the interface language; the value is the alpha-3 code."""

    input_checked = Signal(str)  # on leaving the field: why its text is no country, or "" when it is one

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self._texts: dict[str, str] = {}
        self._offered = QStringListModel(self)
        completer = _RankedCompleter(self._offered, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._offer)
        self.lineEdit().editingFinished.connect(self._settle)
        self._fill()

    def _fill(self) -> None:
        lang = ui_language()
        self._texts, ordered = _countries_in(lang)
        current = self.value() if self.count() else None
        with QSignalBlocker(self):
            self.clear()
            self.addItem("", None)
            for code, text in ordered:
                self.addItem(text, code)
        self.set_value(current)

    def _offer(self, text: str) -> None:
        """Put the countries ``text`` may mean in the popup, likeliest first (or the nearest spellings)."""
        codes = find_countries(text, ui_language()) or suggest_countries(text)
        self._offered.setStringList([self._texts[c] for c in codes if c in self._texts])

    def _settle(self) -> None:
        """Text typed without choosing becomes the country it names, when it names exactly one."""
        text = self.currentText().strip()
        if text and self._exact_item(text) <= 0:
            try:
                self.set_value(resolve_country(text))
            except CountryNotFound:
                pass  # left as typed, to be corrected; input_error says why
        self.input_checked.emit(self.input_error())

    def _exact_item(self, text: str) -> int:
        return self.findText(text, Qt.MatchFlag.MatchFixedString)

    # ---------------------------------------------------------------- the field's value
    def value(self) -> str | None:
        text = self.currentText().strip()
        if not text:
            return None
        idx = self._exact_item(text)
        if idx > 0:
            return self.itemData(idx)
        try:
            return resolve_country(text)
        except CountryNotFound:
            return text  # never saved: input_error refuses it first

    def set_value(self, value: str | None) -> None:
        set_combo_value(self, value)

    def input_error(self) -> str:
        """Why the typed text is no country, in the interface language; empty when it is one."""
        text = self.currentText().strip()
        if not text or self._exact_item(text) > 0:
            return ""
        try:
            resolve_country(text)
        except CountryNotFound as exc:
            return self._explain(exc)
        return ""

    def _explain(self, exc: CountryNotFound) -> str:
        if exc.ambiguous:
            names = ", ".join(self._texts.get(c, c) for c in exc.candidates[:6])
            return self.tr("“{0}” could be {1}: choose one from the list").format(exc.shown, names)
        message = self.tr("“{0}” is not a country: choose one from the list").format(exc.shown)
        if exc.suggestions:
            names = ", ".join(self._texts.get(c, c) for c in exc.suggestions)
            message += ". " + self.tr("Did you mean {0}?").format(names)
        return message

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)
