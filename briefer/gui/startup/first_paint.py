"""Work that waits until the window has been painted with its first view: the start's background check,
the first start's question.

Qt runs a zero timer before the paint that a change asked for (the paint is itself an event
that comes later), so work queued "at once" after Today's rows delayed the moment they reached
the screen. Here the work runs after the window's next paint — or after ``at_most_ms``, for a
window that is not on screen and so never painted (a test's, a script's).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

#: A window not painted by then (hidden, minimised) does not hold the work back longer.
PAINT_WAIT_MS = 1000


class _AfterPaint(QObject):
    def __init__(self, window, then: Callable[[], None], at_most_ms: int):
        super().__init__(window)
        self._window = window
        self._then = then
        window.installEventFilter(self)
        QTimer.singleShot(at_most_ms, self, self._run)  # dropped with the window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # after the whole paint, children included
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        self._window.removeEventFilter(self)
        then()  # (this small object stays a child of the window: deleting it here crashed Qt now and then)


def after_next_paint(window, then: Callable[[], None], *, at_most_ms: int = PAINT_WAIT_MS) -> None:
    """Call ``then`` once, after ``window``'s next paint (or after ``at_most_ms``, whichever comes first)."""
    _AfterPaint(window, then, at_most_ms)
