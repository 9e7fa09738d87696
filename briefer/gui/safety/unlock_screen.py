"""The passphrase screen: at start for an encrypted database, and as the face of the lock page.

One widget (``ui/unlock_screen.ui``) serves both: it never echoes what is
typed, Enter submits, and a refusal is shown under the field while the screen
stays. For a plain database locked by idleness there is nothing to ask: the
field is hidden and any click or Enter unlocks.

:class:`UnlockDialog` is the start-up screen: it calls
``briefer.store.access.unlock`` and returns the Store, or None if the user
quits. A damaged database (``DamagedDatabase``) is not shown here: it is
raised to the caller, which offers to restore a backup.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from briefer import APP_NAME
from briefer.errors import BrieferError
from briefer.gui.forms.unlock_screen import Ui_UnlockScreen


class UnlockScreen(QWidget):
    """Passphrase field + Unlock/Quit; emits ``submitted(text)`` (``""`` for a plain database)."""

    submitted = Signal(str)
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, needs_passphrase: bool = True, at_start: bool = False):
        super().__init__(parent)
        self.ui = Ui_UnlockScreen()
        self.ui.setupUi(self)
        self.at_start = at_start
        self.ui.unlock_button.clicked.connect(self.submit)
        self.ui.passphrase.returnPressed.connect(self.submit)
        self.ui.quit_button.clicked.connect(self.quit_requested)
        self.set_needs_passphrase(needs_passphrase)

    def set_needs_passphrase(self, on: bool) -> None:
        self.needs_passphrase = on
        self.ui.passphrase.setVisible(on)
        self.ui.passphrase_label.setVisible(on)
        self.ui.quit_button.setVisible(self.at_start)
        self.show_error("")
        self.retranslate()

    def submit(self) -> None:
        text = self.ui.passphrase.text() if self.needs_passphrase else ""
        if self.needs_passphrase and not text:
            self.show_error(self.tr("Type the passphrase."))
            return
        self.submitted.emit(text)

    def show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.setVisible(bool(text))
        if text and self.needs_passphrase:
            self.ui.passphrase.selectAll()
            self.ui.passphrase.setFocus()

    def clear(self) -> None:
        """Forget what was typed (after an unlock, or before showing the lock again)."""
        self.ui.passphrase.clear()
        self.show_error("")

    def focus(self) -> None:
        (self.ui.passphrase if self.needs_passphrase else self.ui.unlock_button).setFocus()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        if self.at_start:
            self.ui.title.setText(self.tr("This database is encrypted"))
            self.ui.explanation.setText(self.tr("Type the passphrase to open it."))
        elif self.needs_passphrase:
            self.ui.explanation.setText(self.tr("Briefer is locked (Ctrl+L, or a time without use). "
                                                "Type the passphrase to continue where you were."))
        else:
            self.ui.explanation.setText(self.tr("Briefer hid its content (Ctrl+L, or a time without use). "
                                                "Click or press Enter to continue."))
        # a wrapped label inside a centred panel gets no height-for-width: give it its lines
        label = self.ui.explanation
        label.setMinimumHeight(label.heightForWidth(self.ui.panel.minimumWidth() - 20))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.needs_passphrase:
            self.submit()
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:
        if not self.needs_passphrase and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.submit()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class UnlockDialog(QDialog):
    """The start-up unlock screen; ``store`` holds the opened Store after ``exec()`` accepted."""

    def __init__(self, database: Path, opener: Callable[[str], object], parent: QWidget | None = None):
        """``opener(passphrase)`` opens the store or raises a BrieferError (WrongPassphrase stays here)."""
        super().__init__(parent)
        self.database = Path(database)
        self.opener = opener
        self.store = None
        self.passphrase: str | None = None
        self.raised: BrieferError | None = None
        self.setWindowTitle(APP_NAME)
        self.screen_widget = UnlockScreen(self, at_start=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.screen_widget)
        self.screen_widget.submitted.connect(self.try_unlock)
        self.screen_widget.quit_requested.connect(self.reject)
        self.resize(520, 320)
        self.screen_widget.focus()

    def try_unlock(self, passphrase: str) -> bool:
        from briefer.store.access import DamagedDatabase, WrongPassphrase

        try:
            self.store = self.opener(passphrase)
        except WrongPassphrase:
            self.screen_widget.show_error(self.tr("Wrong passphrase (or not a Briefer database). Try again."))
            return False
        except DamagedDatabase as exc:
            self.raised = exc  # the caller offers the restore (the passphrase is right)
            self.passphrase = passphrase
            self.screen_widget.clear()
            self.accept()
            return False
        except BrieferError as exc:
            self.screen_widget.show_error(str(exc))
            return False
        self.passphrase = passphrase
        self.screen_widget.clear()
        self.accept()
        return True
