"""Python's cycle collector held back for the length of one bulk operation — two ways, and why.

CPython's collector walks young objects every few hundred allocations and, whenever the
heap has grown by a quarter, walks *everything* the process holds (a full pass). A bulk
operation that builds a big heap pays for many full passes over objects that are not
garbage: a 500 MB pack layout ran 15 of them, 30 % of its CPU; a restore walked its
66,000 records again and again. While the pass runs it holds the interpreter lock, so a
layout on a worker thread also stalls the window that much at a time.

- :func:`paused` switches the collector off. For work that makes no cyclic garbage (a
  restore's validated records): reference counting frees everything as before.
- :func:`full_passes_held` keeps the young and middle passes as they were, which free the
  cyclic garbage reportlab makes while it lays out (40 MB on the busiest pack if nobody
  collects it), and holds back the full ones. Nested and concurrent holds (two packs built at once on two threads)
  share one hold: the thresholds go back when the last one ends, also after an error.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from typing import Iterator

#: A full pass only after this many middle passes (CPython's default: 10) — with the usual young
#: and middle thresholds, ~7,000 million allocations: none during any pack, none left out after.
HELD_FULL = 1_000_000


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The collector off; switched back on even when the work fails, left alone if it was off."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _Hold:
    """The process's one hold on full passes (the collector's thresholds are the process's too)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holders = 0
        self._saved: tuple[int, int, int] | None = None

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        with self._lock:
            if self._holders == 0:
                self._saved = gc.get_threshold()
                young, middle, _ = self._saved
                gc.set_threshold(young, middle, HELD_FULL)
            self._holders += 1
        try:
            yield
        finally:
            with self._lock:
                self._holders -= 1
                if self._holders == 0:
                    gc.set_threshold(*self._saved)


_HOLD = _Hold()


def full_passes_held() -> contextlib.AbstractContextManager[None]:
    """Young passes only while the block runs (see the module's docstring)."""
    return _HOLD.held()
