"""Work around PySide6 6.12.0 dropping a reference to ``None`` on every void method call (CPython < 3.12).

Measured here (PySide6/shiboken6 6.12.0, Python 3.11): each call of a method
returning void — ``QLabel.setText``, ``QPainter.setPen``, ``drawRoundedRect``… —
lowers ``sys.getrefcount(None)`` by one. ``None`` is not immortal before Python
3.12, so after some tens of thousands of such calls (a busy timetable repainted
while dragging reaches that in seconds) the interpreter aborts with "Fatal Python
error: none_dealloc: deallocating None". Giving ``None`` a huge reference count
makes it as good as immortal, which is what Python 3.12 does by design. The real
fix is a PySide6 without the bug or Python ≥ 3.12; this can then go.
"""

from __future__ import annotations

import ctypes
import sys

#: Far more void calls than any session makes, still far from overflowing a Py_ssize_t.
HEADROOM = 1 << 40


def protect_none() -> None:
    """Raise None's reference count once, so leaked references cannot bring it to zero (idempotent)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < HEADROOM:
        count.value += HEADROOM
