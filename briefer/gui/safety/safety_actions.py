"""The menu entries that protect the data: Lock now (Ctrl+L), Back up now, Restore a backup…, Auto-lock….

Added to the main window's File and Settings menus from outside, so the main
window does not grow with every feature; they retranslate themselves on a
language switch.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from briefer.errors import BrieferError, Refused
from briefer.lock import LockPolicy


class SafetyActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.lock_action = QAction(window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # meeting mode too
        self.lock_action.triggered.connect(lambda: window.lock_guard.lock_now())
        self.backup_action = QAction(window)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(window)
        self.restore_action.triggered.connect(self.restore)
        self.auto_lock_action = QAction(window)
        self.auto_lock_action.triggered.connect(self.set_auto_lock)
        self.encrypt_action = QAction(window)  # "Encrypt the database…", or "Change the passphrase…" once it is
        self.encrypt_action.triggered.connect(self.encrypt_or_change)
        window.addAction(self.lock_action)  # the shortcut works wherever the focus is in the window
        menu = window.file_menu
        menu.insertActions(window.quit_action, [self.backup_action, self.restore_action])
        menu.insertSeparator(window.quit_action)
        menu.insertAction(window.quit_action, self.lock_action)
        menu.insertSeparator(window.quit_action)
        window.settings_menu.addAction(self.auto_lock_action)
        window.settings_menu.addAction(self.encrypt_action)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.lock_action.setText(QCoreApplication.translate("SafetyActions", "&Lock now"))
        self.backup_action.setText(QCoreApplication.translate("SafetyActions", "&Back up now"))
        self.restore_action.setText(QCoreApplication.translate("SafetyActions", "&Restore a backup…"))
        self.auto_lock_action.setText(QCoreApplication.translate("SafetyActions", "&Auto-lock…"))
        self.encrypt_action.setText(
            QCoreApplication.translate("SafetyActions", "Change the &passphrase…") if self.window.services.store.passphrase
            else QCoreApplication.translate("SafetyActions", "&Encrypt the database…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def back_up_now(self):
        """A backup of the database as it is now, taken on a worker (same key when encrypted)."""
        from briefer.store.wholefile.backup import create_backup

        connect = self.window.services.open_connection

        def work():
            with connect() as own:
                return create_backup(own, "manual")

        def done(info) -> None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("SafetyActions", "Backed up: {0}").format(info.name), 8000)

        self.backup_task = self.window.run_busy(
            work, QCoreApplication.translate("SafetyActions", "Backing up…"), done)
        return self.backup_task

    def restore(self):
        """Choose a backup, confirm, then let the composition root close, restore and reopen."""
        w = self.window
        ask = w.services.ask
        name = ask.choose_backup(w, w.paths.backups)
        if not name:
            return None
        question = QCoreApplication.translate(
            "SafetyActions", "Replace the database with the backup {0}? The database as it is now is backed up first.")
        if not ask.confirm(w, QCoreApplication.translate("SafetyActions", "Restore a backup"), question.format(name)):
            return None
        return w.reopen(restore=name)

    def set_auto_lock(self) -> None:
        w = self.window
        guard = w.lock_guard
        minutes = w.services.ask.auto_lock_minutes(w, guard.idle.policy.idle_minutes,
                                                   plain=not guard.needs_passphrase)
        if minutes is None:
            return
        try:
            policy = LockPolicy(minutes)
            policy.save(w.services.store)
        except BrieferError as exc:
            w.services.ask.error(w, exc)
            return
        guard.idle.policy = policy
        guard.idle.activity()


    def encrypt_or_change(self):
        """Encrypt the database (or change its passphrase) as ``briefer encrypt`` / ``passphrase`` do.

        The same core functions, so the same safety: a backup first, copies converted too, an
        interrupted conversion finished on the next try. A passphrase that protects nothing, or a
        wrong current one, is refused before the file is touched. The window closes the file,
        converts it and reopens it with the new passphrase (the new window, or None).
        """
        from briefer.store.wholefile.backup import backup_file
        from briefer.store.wholefile.crypto import change_passphrase, check_new_passphrase, encrypt

        w = self.window
        current = w.services.store.passphrase
        answer = w.services.ask.new_passphrase(w, change=bool(current))
        if answer is None:
            return None
        old, new = answer
        try:
            check_new_passphrase(new)
            if current and old != current:
                raise Refused("the current passphrase is not the one this database opens with")
            if current and new == current:
                raise Refused("the new passphrase is the same as the current one")
        except BrieferError as exc:
            w.services.ask.error(w, exc)
            return None

        def convert(database, passphrase):
            backup_file(database, passphrase, w.paths.backups)  # the file as it was, whatever the day's backup did
            if passphrase:
                change_passphrase(database, passphrase, new, backup_dir=w.paths.backups)
            else:
                encrypt(database, new, backup_dir=w.paths.backups)
            return new

        return w.reopen(convert=convert)


def install_safety_actions(window) -> SafetyActions:
    window.safety_actions = SafetyActions(window)
    return window.safety_actions
