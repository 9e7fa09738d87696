"""Where things are on screen, for the real-input tests (``tests/e2e``) — only when asked for.

The end-to-end tests drive the real ``briefer`` process through the X server
(xdotool), as a person would: they cannot call into the app. To know where to
click they need the screen positions of named widgets, and to wait without
sleeping they need to see when a window or the focus changed. With the
environment variable ``BRIEFER_TEST_PROBE=/path/file.json`` set, the app writes
that file (atomically, only when something changed, checked every
:data:`INTERVAL_MS`):

* ``windows``: every visible top-level window — title, class, objectName,
  global geometry, whether it is the active one;
* ``focus``: the focus widget's objectName and class, its window's title and
  the objectNames of the widgets it is inside (a combo box's line edit is
  inside the named field);
* ``widgets``: ``{objectName: [x, y, width, height]}`` in global (screen)
  coordinates of every visible widget with an objectName in the active window
  (a lock cover's first, then the first one found when two share a name);
* ``texts``: ``{objectName: text}`` of those that are labels, buttons or line
  edits (never a password field's).

It reads and never changes anything, and is not even imported when the
variable is unset (``briefer.gui.app.run``), so it costs a normal start nothing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

ENV_PROBE = "BRIEFER_TEST_PROBE"
INTERVAL_MS = 150


class InputProbe(QObject):
    """Writes the screen positions of the app's windows and named widgets to ``path``."""

    def __init__(self, app: QApplication, path: Path):
        super().__init__(app)
        self.path = Path(path)
        self._last = ""
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.write)
        self.timer.start()

    def snapshot(self) -> dict:
        active = QApplication.activeWindow()
        windows = []
        for w in QApplication.topLevelWidgets():
            if not w.isVisible() or w.windowType() == Qt.WindowType.ToolTip:
                continue
            g = w.geometry()
            windows.append({"title": w.windowTitle(), "class": type(w).__name__, "name": w.objectName(),
                            "geometry": [g.x(), g.y(), g.width(), g.height()], "active": w is active})
        focus = QApplication.focusWidget()
        widgets: dict[str, list[int]] = {}
        texts: dict[str, str] = {}
        if active is None:  # nothing has the focus yet (no window manager gave it): the first window
            active = next((w for w in QApplication.topLevelWidgets()
                           if w.isVisible() and w.windowType() != Qt.WindowType.ToolTip), None)
        if active is not None:
            # a lock cover's widgets first: they are the ones on top
            covers = [c for c in active.findChildren(QWidget, "lock_cover") if c.isVisible()]
            for child in [*(w for c in covers for w in c.findChildren(QWidget)), active, *active.findChildren(QWidget)]:
                name = child.objectName()
                if not name or name.startswith("qt_") or name in widgets or not child.isVisible():
                    continue
                top_left = child.mapToGlobal(child.rect().topLeft())
                widgets[name] = [top_left.x(), top_left.y(), child.width(), child.height()]
                if isinstance(child, (QLabel, QAbstractButton)) or (
                        isinstance(child, QLineEdit) and child.echoMode() == QLineEdit.EchoMode.Normal):
                    texts[name] = child.text()
        return {
            "pid": os.getpid(),
            "windows": windows,
            "active": QApplication.activeWindow().windowTitle() if QApplication.activeWindow() else None,
            "focus": None if focus is None else {"name": focus.objectName(), "class": type(focus).__name__,
                                                 "window": focus.window().windowTitle(),
                                                 "within": _ancestor_names(focus)},
            "widgets": widgets,
            "texts": texts,
        }

    def write(self) -> None:
        text = json.dumps(self.snapshot(), ensure_ascii=False, sort_keys=True)
        if text == self._last:
            return
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, self.path)  # a reader never sees half a file
        self._last = text


def _ancestor_names(widget: QWidget) -> list[str]:
    names, w = [], widget.parentWidget()
    while w is not None:
        if w.objectName():
            names.append(w.objectName())
        w = w.parentWidget()
    return names


def start(app: QApplication) -> InputProbe | None:
    """Start the probe if ``BRIEFER_TEST_PROBE`` names a file (the caller checked it is set)."""
    path = os.environ.get(ENV_PROBE)
    return InputProbe(app, Path(path)) if path else None
