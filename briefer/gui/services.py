"""What the windows are given by the composition root: the store, the saver, the undo stack, dialogs.

One ``Services`` object is made in :mod:`briefer.gui.app` and passed into
each view's constructor — there is no global main window or store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from briefer.errors import BrieferError
from briefer.gui.settings import Settings

if TYPE_CHECKING:  # the window is drawn before these are imported (a light start: gui/startup/first_view.py)
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

    def keep_times(self, parent: QWidget, message: str) -> str | None:
        """A new conference timezone: 'wall-clock' (local times stay), 'instants' (moments stay) or None (cancel)."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("Asker", "Another timezone"))
        box.setText(message)
        wall = box.addButton(QCoreApplication.translate("Asker", "Keep the local times"),
                             QMessageBox.ButtonRole.AcceptRole)
        moments = box.addButton(QCoreApplication.translate("Asker", "Keep the moments"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return {wall: "wall-clock", moments: "instants"}.get(box.clickedButton())

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def recover_draft(self, parent: QWidget, what: str, text: str) -> str:
        """A note left unsaved by a crash: 'restore' (into the note), 'discard' or 'later'."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("Asker", "Recovered note"))
        box.setText(QCoreApplication.translate(
            "Asker", "Briefer found text of “{0}” that was typed but not saved (the app was closed "
            "unexpectedly).").format(what))
        box.setInformativeText(QCoreApplication.translate("Asker", "Restore it into the note, or discard it?"))
        box.setDetailedText(text)
        restore = box.addButton(QCoreApplication.translate("Asker", "&Restore into the note"),
                                QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(QCoreApplication.translate("Asker", "&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QCoreApplication.translate("Asker", "Ask me &later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        clicked = box.clickedButton()
        return "restore" if clicked is restore else "discard" if clicked is discard else "later"

    def damaged_database(self, parent: QWidget | None, exc) -> str:
        """The database failed its check: 'restore' (the newest good backup) or 'quit'."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Asker", "The database is damaged"))
        box.setText(QCoreApplication.translate(
            "Asker", "The database {0} is damaged. Briefer has not written to it.").format(exc.file or ""))
        box.setDetailedText(getattr(exc, "detail", str(exc)))
        restore = None
        if getattr(exc, "newest_backup", None):
            box.setInformativeText(QCoreApplication.translate(
                "Asker", "The newest good backup is {0}. Restoring it keeps a copy of the damaged file "
                "in the backups folder.").format(exc.newest_backup))
            restore = box.addButton(QCoreApplication.translate("Asker", "&Restore the newest good backup"),
                                    QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(restore)
        else:
            box.setInformativeText(QCoreApplication.translate(
                "Asker", "No good backup was found. Keep the file for a specialist to look at."))
        box.addButton(QCoreApplication.translate("Asker", "&Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return "restore" if restore is not None and box.clickedButton() is restore else "quit"

    def choose_backup(self, parent: QWidget, backup_dir) -> str | None:
        """The name of the backup to restore, or None."""
        from briefer.gui.safety.backups_dialog import BackupsDialog

        dialog = BackupsDialog(backup_dir, parent)
        return dialog.chosen() if dialog.exec() == BackupsDialog.DialogCode.Accepted else None

    def who_am_i(self, parent: QWidget, members: list[tuple[str, str]], current: str) -> str | None:
        """The person (id) of the host delegation the user says they are, or None."""
        from briefer.gui.people.who_i_am import WhoIAmDialog

        dialog = WhoIAmDialog(members, current, parent)
        return dialog.chosen() if dialog.exec() == WhoIAmDialog.DialogCode.Accepted else None

    def earlier_passphrase(self, parent: QWidget, folder: str) -> str | None:
        """The passphrase of the encrypted earlier conference in ``folder``, or None when cancelled."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("Asker", "A locked earlier conference"),
            QCoreApplication.translate("Asker", "Passphrase of the earlier conference in {0}:").format(folder),
            QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def new_passphrase(self, parent: QWidget, *, change: bool) -> tuple[str | None, str] | None:
        """(current passphrase or None, new passphrase) typed twice alike, or None when cancelled."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        title = (QCoreApplication.translate("Asker", "Change the passphrase") if change
                 else QCoreApplication.translate("Asker", "Encrypt the database"))
        old = None
        if change:
            old, ok = QInputDialog.getText(parent, title, QCoreApplication.translate("Asker", "Current passphrase:"),
                                           QLineEdit.EchoMode.Password)
            if not ok:
                return None
        new, ok = QInputDialog.getText(parent, title, QCoreApplication.translate(
            "Asker", "New passphrase (at least 8 characters; a backup is made first):"), QLineEdit.EchoMode.Password)
        if not ok:
            return None
        again, ok = QInputDialog.getText(parent, title, QCoreApplication.translate("Asker", "The new passphrase again:"),
                                         QLineEdit.EchoMode.Password)
        if not ok:
            return None
        if again != new:
            QMessageBox.warning(parent, title, QCoreApplication.translate(
                "Asker", "The two passphrases differ. Nothing was changed."))
            return None
        return old, new

    def auto_lock_minutes(self, parent: QWidget, current: int, *, plain: bool = False) -> int | None:
        """The new number of idle minutes before the lock (0 = never), or None."""
        from PySide6.QtWidgets import QInputDialog

        text = QCoreApplication.translate("Asker", "Lock after this many minutes without use (0 = never):")
        if plain:
            text = QCoreApplication.translate(
                "Asker", "This database is not encrypted: the lock hides the screen but does not protect "
                "the file. Encrypt it under Settings → Encrypt the database…") + "\n\n" + text
        value, ok = QInputDialog.getInt(
            parent, QCoreApplication.translate("Asker", "Auto-lock"), text, current, 0, 24 * 60)
        return value if ok else None

    def note_not_saved(self, parent: QWidget, message: str, *, encrypted: bool) -> str:
        """A note the disk refused, before its window closes: 'elsewhere', 'keep' (the window) or 'discard'."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Asker", "Note not saved"))
        box.setText(QCoreApplication.translate(
            "Asker", "The note is not saved: {0}. Its text is only in this window.").format(message))
        if encrypted:
            box.setInformativeText(QCoreApplication.translate(
                "Asker", "Save it elsewhere (for example on a USB stick) as a PDF that opens with the "
                "database's passphrase, or keep the window open and free space on the disk."))
        else:
            box.setInformativeText(QCoreApplication.translate(
                "Asker", "Save it elsewhere (for example on a USB stick) as a text file, or keep the "
                "window open and free space on the disk."))
        elsewhere = box.addButton(QCoreApplication.translate("Asker", "&Save elsewhere…"),
                                  QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(QCoreApplication.translate("Asker", "&Keep the window open"),
                             QMessageBox.ButtonRole.RejectRole)
        discard = box.addButton(QCoreApplication.translate("Asker", "Close &without saving"),
                                QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(elsewhere)
        box.setEscapeButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return "elsewhere" if clicked is elsewhere else "discard" if clicked is discard else "keep"

    def note_file(self, parent: QWidget, suggested: str, *, encrypted: bool) -> str | None:
        """Where to save a note the database could not take (None: cancelled)."""
        from PySide6.QtWidgets import QFileDialog

        kind = (QCoreApplication.translate("Asker", "PDF protected with the passphrase (*.pdf)") if encrypted
                else QCoreApplication.translate("Asker", "Text file (*.txt)"))
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("Asker", "Save the note elsewhere"), suggested, kind)
        return path or None

    def error(self, parent: QWidget, exc: BaseException) -> None:
        text = str(exc) if isinstance(exc, BrieferError) else f"{type(exc).__name__}: {exc}"
        QMessageBox.warning(parent, QCoreApplication.translate("Asker", "Briefer"), text)


@dataclass
class Services:
    #: None only while a light start's window shows Today's picture, before the store is opened (app.light_start)
    store: Store | None
    saver: RecordSaver | None
    undo_stack: QUndoStack
    settings: Settings
    ask: Asker
    #: A second connection to the same database, for work on another thread (already checked and migrated).
    open_connection: Callable[[], Store] = lambda: None  # type: ignore[assignment,return-value]
    #: Opens a record anywhere in the app: (table, id).
    open_record: Callable[[str, str], None] = lambda table, rid: None
    #: Shows a view of the rail by name ("people", "bilaterals"): an empty state's button goes there.
    go: Callable[[str], object] = lambda name: None
    #: The app's clock (UTC): the real time or a test's, moved by a rehearsal (Today sets it: it owns rehearsing).
    now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)
    #: Opens a bilateral in meeting mode (set by the Today view, which owns those windows): meeting id.
    open_meeting_mode: Callable[[str], object] = lambda meeting_id: None
    #: Shows the revision history of a record, with restore.
    show_history: Callable[[object], None] = lambda record: None

