"""File → "Back up now" and "Restore a backup…": the app's face of ``briefer.store.wholefile.backup``.

The list comes from ``list_backups`` (newest first; copies kept because they
were damaged cannot be chosen). Restoring is done by the composition root
(:func:`briefer.gui.app.reopen`): it closes every connection, calls
``restore_backup`` — which backs the current file up first — and opens a new
window on the restored database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from briefer.gui.forms.backups_dialog import Ui_BackupsDialog
from briefer.gui.widgets.screen_fit import fit_to_screen
from briefer.store.wholefile.backup import BackupInfo, list_backups

def reason_text(reason: str) -> str:
    return {
        "manual": QCoreApplication.translate("BackupsDialog", "made by hand"),
        "daily": QCoreApplication.translate("BackupsDialog", "daily"),
        "migration": QCoreApplication.translate("BackupsDialog", "before an update of the database"),
        "import": QCoreApplication.translate("BackupsDialog", "before an import"),
        "restore": QCoreApplication.translate("BackupsDialog", "before a restore"),
        "damaged": QCoreApplication.translate("BackupsDialog", "damaged copy, kept"),
    }.get(reason, reason)


def describe(b: BackupInfo) -> str:
    local = b.created.astimezone()
    size = f"{b.size / 1_048_576:.1f} MB" if b.size >= 1_048_576 else f"{max(1, b.size // 1024)} kB"
    return f"{local:%Y-%m-%d %H:%M} — {reason_text(b.reason)} — {size}"


class BackupsDialog(QDialog):
    """Pick one backup to restore; ``chosen()`` is its name."""

    def __init__(self, backup_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        self.backup_dir = Path(backup_dir)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.backups.itemDoubleClicked.connect(lambda _item: self.accept())
        self.ui.backups.currentItemChanged.connect(lambda *_: self._update())
        self.reload()
        fit_to_screen(self)  # a laptop screen, 125–150 % scaling: never taller than the screen

    def reload(self) -> None:
        self.ui.backups.clear()
        for b in list_backups(self.backup_dir):
            item = QListWidgetItem(describe(b))
            item.setData(Qt.ItemDataRole.UserRole, b.name)
            item.setToolTip(b.name)
            if b.reason == "damaged":
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
            self.ui.backups.addItem(item)
        first = next((i for i in range(self.ui.backups.count())
                      if self.ui.backups.item(i).flags() & Qt.ItemFlag.ItemIsEnabled), None)
        if first is not None:
            self.ui.backups.setCurrentRow(first)
        self.ui.error_label.setText("" if self.ui.backups.count() else self.tr("There are no backups yet."))
        self._update()

    def chosen(self) -> str | None:
        item = self.ui.backups.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def choose(self, name: str) -> bool:
        for i in range(self.ui.backups.count()):
            if self.ui.backups.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.ui.backups.setCurrentRow(i)
                return True
        return False

    def _update(self) -> None:
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen() is not None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
