"""While locked, a covered window's content is taken out of it, so no screen reader can reach it.

The lock cover only paints over a window. Qt's accessibility interface (what
screen readers, AT-SPI and UI Automation clients read) lists a window's child
widgets whether they are covered or hidden, with their names, values and text:
a note typed in meeting mode, the record names in a list. Hiding the widgets
is not enough for the same reason, and clearing them would lose unsaved typing.

So the content is *moved*, not changed: into a holder that is a window of its
own (a child widget that is a window is not listed among its parent's
accessible children) and is never shown (so it has no window-system window
and is not listed by the application either). Every widget keeps its text,
undo history, cursor and unsaved values; the unlock moves it back into the
same place and shows what was shown before.

* a main window: its central widget (the views) — the menu bar is disabled by
  the lock and names only commands; the status bar's message is cleared
  (it may name a record: "Saved: …");
* any other window (meeting mode, dialogs): its layout, with every widget in
  it (an empty layout stands in: a window's own code may lay itself out while
  locked), and any child widget outside the layout — everything but the cover;
* a message box also says its text itself (its accessible value and
  description): the texts are blanked and put back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenuBar, QMessageBox, QStatusBar, QToolBar, QVBoxLayout, QWidget

#: A main window's own bars, held in place by its layout (the app has no content in them).
_BARS = (QMenuBar, QStatusBar, QToolBar, QDockWidget)


class HeldContent:
    """The content of one covered window, out of it until :meth:`give_back`."""

    def __init__(self, window: QWidget, cover: QWidget):
        self.window = window
        self.holder = QWidget(window)
        self.holder.setObjectName("lock_held_content")
        self.holder.setWindowFlag(Qt.WindowType.Window, True)  # out of the window's accessible tree
        self._central: tuple[QWidget, QWidget] | None = None  # (content, the blank put in its place)
        self._layout = None
        self._loose: list[QWidget] = []
        self._hidden: dict[QWidget, bool] = {}  # each moved widget: was it hidden before the lock?
        self._message: tuple[str, str, str] | None = None
        if isinstance(window, QMessageBox):
            self._take_message(window)
        if isinstance(window, QMainWindow):
            self._take_central(window)
        elif window.layout() is not None:
            self._take_layout(window)
        kept = {cover, self.holder, *(w for w in (self._central or ()) if w is not None)}
        for child in window.children():
            if not isinstance(child, QWidget) or child in kept or child.isWindow() or child in self._hidden:
                continue
            if isinstance(window, QMainWindow) and (isinstance(child, _BARS) or child.objectName().startswith("qt_")):
                if isinstance(child, QStatusBar):
                    child.clearMessage()
                continue
            self._hidden[child] = child.isHidden()
            self._loose.append(child)
            child.setParent(self.holder)
        _forget_accessible(self.holder)

    def _take_central(self, window: QMainWindow) -> None:
        central = window.centralWidget()
        if central is None:
            return
        self._hidden[central] = central.isHidden()
        window.takeCentralWidget()
        central.setParent(self.holder)
        blank = QWidget()
        window.setCentralWidget(blank)  # the window keeps its size and shape
        self._central = (central, blank)

    def _take_message(self, box: QMessageBox) -> None:
        # a message box reads out its own text, not only its label's
        self._message = (box.text(), box.informativeText(), box.detailedText())
        box.setText("")
        box.setInformativeText("")
        if box.detailedText():
            box.setDetailedText("")

    def _take_layout(self, window: QWidget) -> None:
        layout = window.layout()
        before = {w: w.isHidden() for w in window.children() if isinstance(w, QWidget) and not w.isWindow()}
        self._layout = layout
        self.holder.setLayout(layout)  # moves the layout with every widget in it, nested layouts included
        # Qt would show them again only later (queued): the unlock shows them at once, for the focus to go back
        self._hidden.update({w: hidden for w, hidden in before.items() if w.parentWidget() is self.holder})
        QVBoxLayout(window)  # an empty one in its place: a window's own code may lay itself out while locked

    def give_back(self) -> None:
        """Put everything back where it was, shown as it was (at once: the focus goes back to it next)."""
        try:
            window = self.window
            if self._central is not None:
                central, blank = self._central
                if window.centralWidget() is blank:
                    window.takeCentralWidget()
                    blank.deleteLater()
                    window.setCentralWidget(central)
                else:  # the app put new content in meanwhile: the old would have been deleted by that
                    del self._hidden[central]
                    central.deleteLater()
            if self._layout is not None:
                QWidget().setLayout(window.layout())  # takes the empty stand-in away (deleted with that widget)
                window.setLayout(self._layout)
            if self._message is not None:
                text, informative, detailed = self._message
                window.setText(text)
                window.setInformativeText(informative)
                if detailed:
                    window.setDetailedText(detailed)
            for child in self._loose:
                child.setParent(window)
            for w, hidden in self._hidden.items():
                if w.parentWidget() is window:
                    w.setVisible(not hidden)
            self.holder.deleteLater()
        except RuntimeError:
            pass  # the window was deleted while locked: its content went with it
        self._hidden = {}
        self._loose = []


def _forget_accessible(root: QWidget) -> None:
    """Drop the accessibility interfaces Qt made for the held widgets.

    A screen reader keeps references to what it has read (the note field it was
    reading) and may ask them again without walking the tree; dropped, they
    answer nothing while locked. New ones are made when asked for after the
    unlock (asking makes one when there was none; it is dropped at once).
    """
    for w in root.findChildren(QWidget):
        iface = QAccessible.queryAccessibleInterface(w)
        if iface is not None:
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(iface))
