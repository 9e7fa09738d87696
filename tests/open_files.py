"""What this process holds open on a file — for tests that a refusal or a finished read lets go of it.

Linux only (``/proc/self/fd``): an error whose traceback keeps a connection alive, or a hold left
behind, shows here while the test still holds the error; on Windows such a handle blocks the restore
or encryption offered next.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

needs_proc = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs Linux's /proc/self/fd")


def handles_on(path: Path) -> list[str]:
    """This process's open files that are ``path`` or its -wal / -shm."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(path)):
            found.append(target)
    return found
