"""Windows that fit the laptop they open on.

Forms carry a comfortable default size (Qt Designer's ``geometry``), and the
main window restores the size it had last time; either can be taller than a
1366×768 laptop with a taskbar (728 px usable), or than any screen at 125 % or
150 % scaling, where the same screen holds 20–33 % fewer logical pixels. Qt
does not shrink a window to the screen on its own, so every top-level window
calls :func:`fit_to_screen` before it is shown: it keeps the size where it fits
and clamps it (and a remembered position) to the screen's *available* geometry
otherwise. The forms' minimum sizes are kept small enough (checked by
``tests/gui/test_gui_fit_screen.py`` at 1280×720 and 1366×728, 100–150 %) that
the clamp always succeeds.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room kept for the window manager's title bar and borders while a window's frame is still
#: unknown (before it is first shown): a title bar is 24–40 px, borders a few px each side.
DECORATION = QSize(16, 44)


def available_geometry(window: QWidget) -> QRect:
    """The part of the window's screen that windows may use (without taskbars and docks)."""
    return (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()


def decoration(window: QWidget) -> QSize:
    """How much the window's frame adds to its client area (estimated until it has been shown)."""
    if window.isVisible() and window.frameGeometry() != window.geometry():
        frame, inner = window.frameGeometry(), window.geometry()
        return QSize(frame.width() - inner.width(), frame.height() - inner.height())
    return DECORATION


def fit_to_screen(window: QWidget) -> QSize:
    """Shrink ``window`` (a top-level) to its screen's available geometry if it is larger, and move it
    back inside when it was placed (a remembered position) partly off it; returns the new size.

    A window that fits is left exactly as it is, so a remembered size survives where it still fits.
    One that was never given a size is left to Qt, which sizes it to its contents (at most 2/3 of
    the screen) when it is shown.
    """
    if not window.isVisible() and not window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        return window.size()
    avail = available_geometry(window)
    deco = decoration(window)
    room = QSize(avail.width() - deco.width(), avail.height() - deco.height())
    size = window.size().boundedTo(room)
    if size != window.size():
        window.resize(size)
    if window.isVisible() or window.testAttribute(Qt.WidgetAttribute.WA_Moved):
        frame = QRect(window.frameGeometry().topLeft(), window.size() + deco)
        x = min(max(frame.left(), avail.left()), avail.right() + 1 - frame.width())
        y = min(max(frame.top(), avail.top()), avail.bottom() + 1 - frame.height())
        if (x, y) != (frame.left(), frame.top()):
            window.move(max(x, avail.left()), max(y, avail.top()))
    return window.size()
