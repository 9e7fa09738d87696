"""The open conflicts of exchange imports: both versions side by side, resolved by keeping one or merging.

A conflict is a record changed on this laptop and on another since they last
exchanged (``briefer.exchange``); this laptop's version stayed current and the
other was kept as a copy. Resolving goes through ``briefer.exchange.conflicts``
— the same as ``briefer conflicts resolve`` — so nothing is thrown away: the
copy stays in the conflict history and the resolution travels with the next
bundle.
"""

from __future__ import annotations

import json
from typing import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from briefer.errors import BrieferError
from briefer.gui.forms.conflicts_dialog import Ui_ConflictsDialog
from briefer.gui.widgets.fields import ui_language
from briefer.gui.widgets.screen_fit import fit_to_screen
from briefer.i18n import counted

_META = ("id", "revision", "created_at", "updated_at")


class ConflictsDialog(QDialog):
    def __init__(self, services, parent: QWidget | None = None, *, on_resolved: Callable[[], None] | None = None):
        super().__init__(parent)
        self.services = services
        self.on_resolved = on_resolved or (lambda: None)
        self.views = []
        self.ui = Ui_ConflictsDialog()
        self.ui.setupUi(self)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.mine_label.setBuddy(self.ui.mine_text)  # the headings name the two sides for screen readers
        self.ui.theirs_label.setBuddy(self.ui.theirs_text)
        self.ui.conflict_list.currentRowChanged.connect(self._show)
        self.ui.keep_mine_button.clicked.connect(lambda: self.resolve("local"))
        self.ui.keep_theirs_button.clicked.connect(lambda: self.resolve("theirs"))
        self.ui.merge_button.clicked.connect(lambda: self.resolve("merged"))
        self.ui.close_button.clicked.connect(self.accept)
        self._retranslate()
        self.refresh()
        fit_to_screen(self)  # a laptop screen, 125–150 % scaling: never taller than the screen

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicts"))

    def refresh(self) -> None:
        from briefer.exchange.conflicts import list_conflicts

        row = max(self.ui.conflict_list.currentRow(), 0)
        self.views = list_conflicts(self.services.store)
        self.ui.conflict_list.clear()
        for v in self.views:
            fields = ", ".join(v.fields) or self.tr("time stamps only")
            item = QListWidgetItem(self.tr("{0} “{1}” — differs in: {2}").format(v.kind, v.label, fields))
            item.setData(Qt.ItemDataRole.UserRole, v.copy.id)
            self.ui.conflict_list.addItem(item)
        if not self.views:
            self.ui.heading.setText(self.tr("No open conflicts"))
        else:
            self.ui.heading.setText(counted("open_conflicts", len(self.views), ui_language()))
        self.ui.conflict_list.setCurrentRow(min(row, len(self.views) - 1))
        self._show()

    def current(self):
        row = self.ui.conflict_list.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def select(self, record_id: str) -> bool:
        for row, v in enumerate(self.views):
            if v.copy.record_id == record_id:
                self.ui.conflict_list.setCurrentRow(row)
                return True
        return False

    def _show(self, *_args) -> None:
        v = self.current()
        for b in (self.ui.keep_mine_button, self.ui.keep_theirs_button, self.ui.merge_button):
            b.setEnabled(v is not None)
        if v is None:
            self.ui.mine_text.setPlainText("")
            self.ui.theirs_text.setPlainText("")
            return
        mine = v.current.model_dump(mode="json") if v.current is not None else {}
        theirs = v.copy.data
        names = list(v.fields) or [k for k in theirs if k not in _META]
        self.ui.mine_text.setPlainText(_side(mine, names) if v.current is not None
                                       else self.tr("(deleted on this laptop)"))
        self.ui.theirs_text.setPlainText(_side(theirs, names))
        self.ui.theirs_label.setText(self.tr("The other laptop (imported {0})").format(
            v.copy.imported_at[:16].replace("T", " ")))

    def resolve(self, keep: str) -> bool:
        from briefer.exchange.conflicts import resolve

        v = self.current()
        if v is None:
            return False
        try:
            resolve(self.services.store, v.copy.id, keep)
        except BrieferError as exc:
            self.services.ask.error(self, exc)
            return False
        self.refresh()
        self.on_resolved()
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            if hasattr(self, "views"):
                self.refresh()
        super().changeEvent(event)


def _side(data: dict, names: list[str]) -> str:
    """The fields that differ, one block each, in words a reader can compare across the two panes."""
    out = []
    for name in names:
        value = data.get(name)
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, indent=1)
        out.append(f"■ {name}\n{text}\n")
    return "\n".join(out)
