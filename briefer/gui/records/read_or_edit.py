"""A brief shown as a page to read, or as its form to edit — one key (Ctrl+E) or one button between them.

The page is rendered from what the form holds, so an edit not saved yet shows
in the reading view at once; switching never saves, reverts or reloads the
form, so nothing typed is lost by it. The view decides when to read (a record
chosen in the list) and when to edit (a new record, Enter on a row, the key).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractSpinBox, QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton, QStackedWidget,
                               QTextEdit, QVBoxLayout, QWidget)

from briefer.errors import BrieferError
from briefer.gui.widgets.reading_view import ReadingView

# The key that switches between reading and editing a brief (documented in the user guide).
TOGGLE_KEY = "Ctrl+E"


class ReadOrEdit(QWidget):
    """A :class:`ReadingView` and a record editor on one stack, with the toggle button above them."""

    mode_changed = Signal(bool)  # True while reading

    def __init__(self, editor, render: Callable, parent: QWidget | None = None):
        """``render(candidate)`` gives the reading of the record (``candidate``: the form's unsaved
        version, or None for the stored one), or None when there is nothing to read yet."""
        super().__init__(parent)
        self.setObjectName("read_or_edit")
        self.editor, self._render = editor, render
        self.page = ReadingView(self)
        self.toggle_button = QPushButton(self)
        self.toggle_button.setObjectName("read_edit_button")
        self.toggle_button.clicked.connect(self.toggle)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.page)
        self.stack.addWidget(editor)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addStretch(1)
        top.addWidget(self.toggle_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.retranslate()

    @staticmethod
    def shortcut(owner: QWidget, fn: Callable[[], None]) -> QAction:
        """The toggle key on ``owner`` (a whole view: it works from the list too)."""
        action = QAction(owner)
        action.setShortcut(QKeySequence(TOGGLE_KEY))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: fn())
        owner.addAction(action)
        return action

    @staticmethod
    def behind_page(editor: QWidget) -> bool:
        """True when ``editor`` is the form of a brief whose page is on screen."""
        stack = editor.parentWidget()
        pane = stack.parentWidget() if stack is not None else None
        return isinstance(pane, ReadOrEdit) and pane.isVisible() and pane.reading()

    def reading(self) -> bool:
        return self.stack.currentWidget() is self.page

    def read(self) -> bool:
        """Show the page, from the form as it stands; False (and the form) when there is nothing to read."""
        reading = self._render(self._candidate())
        if reading is None:
            self.edit(focus=False)
            return False
        self.page.show_reading(reading)
        was = self.reading()
        self.stack.setCurrentWidget(self.page)
        self._name_button()
        if not was:
            self.mode_changed.emit(True)
        return True

    def edit(self, focus: bool = True) -> None:
        """Show the form (with whatever was typed in it), the cursor in its first field."""
        self._claim_key()
        was = self.reading()
        self.stack.setCurrentWidget(self.editor)
        self._name_button()
        if focus:
            first = self.editor.field_widget(self.editor.FIELDS[0])
            self.editor.reveal(first)
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if was:
            self.mode_changed.emit(False)

    def _claim_key(self) -> None:
        """Let the toggle key through the form's text fields: on Linux a line edit takes Ctrl+E as
        "end of line" (emacs keys) and would keep the shortcut from ever firing while typing."""
        for field in self.editor.findChildren(QWidget):
            if isinstance(field, (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit)):
                field.installEventFilter(self)  # once per field: Qt keeps one entry per filter

    def eventFilter(self, obj, event) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride
                and QKeySequence(event.keyCombination()) == QKeySequence(TOGGLE_KEY)):
            return True  # not overridden by the field: the key goes to the toggle's shortcut
        return super().eventFilter(obj, event)

    def toggle(self) -> None:
        if self.reading():
            self.edit()
        elif self.read():
            self.page.setFocus(Qt.FocusReason.ShortcutFocusReason)  # the arrows and Page Down scroll the page

    def _candidate(self):
        """The form's version when it holds unsaved edits that validate; else None (the stored one)."""
        if not self.editor.is_dirty():
            return None
        try:
            return self.editor.candidate()
        except BrieferError:
            return None  # not a valid brief yet: the page shows the stored one, the form keeps what was typed

    def _name_button(self) -> None:
        key = QKeySequence(TOGGLE_KEY).toString(QKeySequence.SequenceFormat.NativeText)
        if self.reading():
            self.toggle_button.setText(self.tr("Edit ({0})").format(key))
            self.toggle_button.setToolTip(self.tr("Edit this brief; the same key shows it as a page again"))
        else:
            self.toggle_button.setText(self.tr("Read ({0})").format(key))
            self.toggle_button.setToolTip(self.tr("Read this brief as one page, as the pack prints it"))
        self.toggle_button.setAccessibleName(self.toggle_button.text())

    def retranslate(self) -> None:
        self._name_button()
        self.page.setAccessibleName(self.tr("The brief as one page"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.reading():
                self.read()  # the page's headings are in the interface language
        super().changeEvent(event)
