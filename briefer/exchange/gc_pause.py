"""Python's cycle collector paused for the length of one bulk exchange.

A restore keeps ~66,000 validated records (and their dicts and strings) alive
until they are written; every few thousand allocations the collector walks
all of them again, and a full pass walks everything else the process holds
too (an open store's caches, the GUI). Measured on the 50,000-note archive:
restore 13.3 s with the collector, 9.0 s without (benchmarks/README.md,
Exchange). The records hold no reference cycles, so reference counting frees
them as before; whatever cyclic garbage there is, is collected once the
collector runs again after the import. It is switched back on even when the
import fails, and left alone if something else had switched it off.
"""

from __future__ import annotations

import contextlib
import gc
from typing import Iterator


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
