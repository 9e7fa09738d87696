"""What the windows are given by the composition root: the store, the saver, the undo stack, dialogs.

One ``Services`` object is made in :mod:`briefer.gui.app` and passed into
each view's constructor — there is no global main window or store.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from briefer.errors import BrieferError
from briefer.gui.settings import Settings
from briefer.gui.undo import RecordSaver
from briefer.store import Store


class Asker:
    """The questions the app asks the user; a test may answer them instead."""

    def unsaved_changes(self, parent: QWidget, what: str) -> str:
        """'save', 'discard' or 'cancel'."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Asker", "Unsaved changes"))
        box.setText(QCoreApplication.translate("Asker", "“{0}” has changes that are not saved.").format(what))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(QMessageBox.StandardButton(answer), "cancel")

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def error(self, parent: QWidget, exc: BaseException) -> None:
        text = str(exc) if isinstance(exc, BrieferError) else f"{type(exc).__name__}: {exc}"
        QMessageBox.warning(parent, QCoreApplication.translate("Asker", "Briefer"), text)


@dataclass
class Services:
    store: Store
    saver: RecordSaver
    undo_stack: QUndoStack
    settings: Settings
    ask: Asker
    #: A second connection to the same database, for work on another thread (already checked and migrated).
    open_connection: Callable[[], Store] = lambda: None  # type: ignore[assignment,return-value]
    #: Opens a record anywhere in the app: (table, id).
    open_record: Callable[[str, str], None] = lambda table, rid: None
    #: Shows the revision history of a record, with restore.
    show_history: Callable[[object], None] = lambda record: None
