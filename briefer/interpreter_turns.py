"""Long loops on a worker thread that leave the window's thread its turns at the interpreter.

A worker that spends a loop in C++ calls (PDFium reading a page's size, ``pickle.loads`` of a
large piece) hands the interpreter back only when CPython asks it to, and the thread that asked
does not always win it: the window, whose every timer and paint goes through Python, froze for
up to half a second while the preview read a 2,236-page pack's page sizes on a worker
(benchmarks/README.md, item 7's fourth pass). A real sleep hands the interpreter over;
``time.sleep(0)`` may take it straight back. One rule for every such loop: after each ``SLICE``
of work, sleep ``PAUSE``. It costs the worker at most a fifth more time (the busiest pack's sizes
were shown as soon as before, the window's thread working while the worker slept) and keeps the
window's longest wait near the slice.
"""

from __future__ import annotations

import time
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")

#: Seconds of work between turns: well under a frame, and well over what a sleep costs.
SLICE = 0.005
#: Seconds the worker sleeps to give the interpreter up (the shortest sleep Linux honours reliably).
PAUSE = 0.001


def taking_turns(items: Iterable[T], *, slice_s: float | None = None, pause: float | None = None,
                 clock: Callable[[], float] = time.perf_counter,
                 sleep: Callable[[float], None] | None = None) -> Iterator[T]:
    """``items`` one by one; whenever the caller has worked ``slice_s`` since the last turn, sleep ``pause``
    before the next item (the defaults are read at call time, so a test can change them)."""
    slice_s = SLICE if slice_s is None else slice_s
    pause = PAUSE if pause is None else pause
    sleep = time.sleep if sleep is None else sleep
    since = clock()
    for item in items:
        yield item
        if clock() - since >= slice_s:
            sleep(pause)
            since = clock()
