"""A REAL full disk for tests: a small tmpfs mounted for the test, then filled up.

Why tmpfs and not a mock: SQLite's answer to a full disk depends on *where* the
write fails (a page → SQLITE_FULL, the WAL or the -shm file → "disk I/O error",
a keyed open → what looks like a wrong key), and only a real file system gives
each of them. Mounting needs root (CI runs as root); elsewhere the tests using
it are skipped with that reason. ``fill(leave=N)`` writes a filler file until
ENOSPC and then gives back ``N`` bytes; ``free()`` removes it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest


class SmallDisk:
    def __init__(self, root: Path):
        self.root = root
        self.filler = root / f"filler-{uuid.uuid4().hex}"

    def fill(self, leave: int = 0) -> None:
        """Fill the disk up, then give back ``leave`` bytes (rounded down by the file system's blocks)."""
        # Unbuffered, halving the write on ENOSPC down to one byte: a buffered file keeps what did not fit and
        # raises ENOSPC again when it is closed (seen when the free space was not a multiple of the chunk).
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            size = 1 << 16
            while size:
                try:
                    os.write(fd, b"\0" * size)
                except OSError:
                    size //= 2
        finally:
            os.close(fd)
        if leave:
            size = self.filler.stat().st_size
            os.truncate(self.filler, max(0, size - leave))

    def free(self) -> None:
        try:
            self.filler.unlink()
        except FileNotFoundError:
            pass

    def free_bytes(self) -> int:
        return shutil.disk_usage(self.root).free


def mount_small_disk(where: Path, size_mb: int = 16) -> SmallDisk | str:
    """Mount a ``size_mb`` tmpfs at ``where``; the reason as a string when it cannot be done."""
    where.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "a real full disk needs a tmpfs mount, which needs root (CI runs as root)"
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_mb}m,mode=0700", "tmpfs", str(where)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        return f"cannot mount a tmpfs here ({r.stderr.strip() or r.returncode})"
    return SmallDisk(where)


def unmount(disk: SmallDisk) -> None:
    subprocess.run(["umount", "-l", str(disk.root)], capture_output=True)


@contextmanager
def small_disk_or_skip(where: Path, size_mb: int = 16) -> Iterator[SmallDisk]:
    """A mounted small disk for one test (skipped, with the reason, where none can be mounted); freed
    and unmounted afterwards. Each test file's ``disk`` fixture is ``with`` this around its ``yield``."""
    mounted = mount_small_disk(where, size_mb=size_mb)
    if isinstance(mounted, str):
        pytest.skip(mounted)
    try:
        yield mounted
    finally:
        mounted.free()
        unmount(mounted)
