"""Showing a model value in an editable choice box: shared by the pickers (people, countries, records)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def set_combo_value(combo: QComboBox, value: str | None) -> None:
    """Choose the item holding ``value`` (none: the empty first item); an unknown value is shown as typed text.

    A long text too wide for the field shows its beginning (the name), not its tail.
    """
    idx = combo.findData(value) if value else 0
    if idx < 0:
        combo.setEditText(str(value))
    else:
        combo.setCurrentIndex(idx)
    combo.lineEdit().setCursorPosition(0)
