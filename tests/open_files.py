"""The files this test process holds open, for tests of what is closed before a file is renamed, removed or
refused (Windows cannot do either to an open file; on Linux only the process's own list shows it)."""

from __future__ import annotations

import os


def open_paths() -> set[str]:
    """The paths of this process's open file descriptors (Linux: /proc/self/fd)."""
    found = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            found.add(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:
            pass  # the listing's own descriptor, closed already
    return found
