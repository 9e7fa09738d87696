"""Who I am: the person of the host delegation using this copy of the app.

Chosen once — offered at the first start, changeable under Settings → Who I
am… — and remembered in the data folder's settings. The store then records
that person's name as the author of notes and the changer in the history,
instead of the computer's login name (often a number on a ministry laptop);
the Actions list's "Mine" shows the actions that person owns. ``BRIEFER_USER``
still names the author for scripts and tests, and then nobody is asked.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from briefer.gui.forms.who_i_am import Ui_WhoIAmDialog
from briefer.store.delegation_members import host_people, person

# Scripts name the author with this; it wins over the person chosen in the app.
ENV_USER = "BRIEFER_USER"


def host_members(store) -> list[tuple[str, str]]:
    """(person id, name) of everyone in the host delegation, in the delegation's order."""
    return [(p.id, p.full_name) for p in host_people(store)]


def apply_identity(store, settings) -> str | None:
    """Make the store record the chosen person's name; the name, or None when nobody (or a script) is named."""
    if os.environ.get(ENV_USER):
        return None
    me = settings.me
    chosen = person(store, me)
    if chosen is None:
        return None
    store.user = chosen.full_name
    return store.user


class WhoIAmDialog(QDialog):
    """A choice among the host delegation's members."""

    def __init__(self, members: list[tuple[str, str]], current: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_WhoIAmDialog()
        self.ui.setupUi(self)
        for pid, name in members:
            self.ui.person.addItem(name, pid)
        self.ui.person.setCurrentIndex(max(self.ui.person.findData(current), 0))
        self.ui.empty_label.setVisible(not members)
        self.ui.person.setEnabled(bool(members))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(members))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def chosen(self) -> str | None:
        return self.ui.person.currentData()


class WhoIAm(QObject):
    """The Settings menu's "Who I am…" and the question at the first start."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.triggered.connect(self.choose)
        window.settings_menu.insertAction(window.settings_menu.actions()[0], self.action)
        window.installEventFilter(self)
        self.retranslate()
        apply_identity(window.services.store, window.services.settings)

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("WhoIAm", "&Who I am…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def choose(self) -> str | None:
        """Ask who the user is and remember it; the person's id, or None when cancelled."""
        services = self.window.services
        members = host_members(services.store)
        pid = services.ask.who_am_i(self.window, members, services.settings.me)
        services.settings.identity_asked = True
        if not pid:
            return None
        services.settings.me = pid
        services.settings.sync()
        name = apply_identity(services.store, services.settings)
        if name:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("WhoIAm", "Your notes and changes are now recorded as {0}.").format(name), 8000)
        return pid

    def ask_at_first_start(self) -> None:
        """Ask once, when nobody has been chosen, the delegation has members and no script names the user."""
        services = self.window.services
        if os.environ.get(ENV_USER) or services.settings.me or services.settings.identity_asked:
            return
        if host_members(services.store):
            self.choose()


def install_who_i_am(window) -> WhoIAm:
    window.who_i_am = WhoIAm(window)
    return window.who_i_am
