"""The hold on a database: an OS lock on ``<database>.lock``, shared for use, exclusive to replace.

Why a separate lock file: the database file itself is replaced by the very
operations the lock guards (a new inode), and SQLite's locks on it do not
stop a WAL reader. The lock file is never deleted (deleting a lock file
races with the next process opening it); it holds, while an exclusive hold
lasts, the name of the operation, so a refused process can say what it waits for.

POSIX: ``fcntl.flock`` (released by the OS when the process dies, even by
SIGKILL). Windows: ``LockFileEx`` on the first byte (shared or exclusive).
A process that cannot get its hold retries for a short while, then refuses
with one line — it never goes on to write into a file about to be replaced.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from typing import Iterator

from briefer.errors import Refused

#: How long an ordinary open waits for a whole-file operation to finish (seconds).
SHARED_WAIT = 10.0
#: How long a whole-file operation waits for other windows and commands to close the database.
EXCLUSIVE_WAIT = 2.0
_POLL = 0.02

SHARED = "shared"
EXCLUSIVE = "exclusive"


class DatabaseBusy(Refused):
    """A whole-file operation (restore, encrypt, …) holds the database; try again when it is done."""


class DatabaseInUse(Refused):
    """Another Briefer window or command has the database open."""


def lock_path(database: Path) -> Path:
    database = Path(database)
    return database.with_name(database.name + ".lock")


if os.name == "nt":  # pragma: no cover — exercised on Windows only
    import ctypes
    import msvcrt
    from ctypes import wintypes

    class _OVERLAPPED(ctypes.Structure):
        _fields_ = [("Internal", ctypes.c_void_p), ("InternalHigh", ctypes.c_void_p),
                    ("Offset", wintypes.DWORD), ("OffsetHigh", wintypes.DWORD), ("hEvent", wintypes.HANDLE)]

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _LOCKED_BYTE = 0x40000000  # far past the text written into the file (Windows locks are mandatory)
    _LOCKFILE_FAIL_IMMEDIATELY = 0x1
    _LOCKFILE_EXCLUSIVE_LOCK = 0x2

    def _try_lock(fd: int, mode: str) -> bool:
        flags = _LOCKFILE_FAIL_IMMEDIATELY | (_LOCKFILE_EXCLUSIVE_LOCK if mode == EXCLUSIVE else 0)
        ov = _OVERLAPPED(Offset=_LOCKED_BYTE)
        handle = msvcrt.get_osfhandle(fd)
        return bool(_kernel32.LockFileEx(wintypes.HANDLE(handle), flags, 0, 1, 0, ctypes.byref(ov)))

    def _unlock(fd: int) -> None:
        ov = _OVERLAPPED(Offset=_LOCKED_BYTE)
        _kernel32.UnlockFileEx(wintypes.HANDLE(msvcrt.get_osfhandle(fd)), 0, 1, 0, ctypes.byref(ov))

else:
    import fcntl

    def _try_lock(fd: int, mode: str) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if mode == EXCLUSIVE else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class Hold:
    """One process's hold on one database (not shared between threads' stores: each Store has its own)."""

    def __init__(self, database: Path):
        self.database = Path(database)
        self.path = lock_path(self.database)
        self._fd: int | None = None
        self.mode: str | None = None

    # ------------------------------------------------------------ low level
    def _open(self) -> int:
        if self._fd is None:
            flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
            try:
                self._fd = os.open(self.path, flags, 0o600)
            except OSError as exc:
                from briefer.errors import StoreError

                raise StoreError(f"cannot open the database's lock file ({exc.strerror or exc})",
                                 file=str(self.path)) from None
        return self._fd

    def try_acquire(self, mode: str, wait: float = 0.0) -> bool:
        """Take the hold in ``mode``, retrying for ``wait`` seconds; False when it could not be had.

        Changing the kind of hold lets go of the old one first (flock would too, and Windows
        stacks locks), so after a False answer this process holds nothing on the database.
        """
        if self.mode == mode:
            return True
        fd = self._open()
        self._drop()
        deadline = time.monotonic() + max(wait, 0.0)
        while not _try_lock(fd, mode):
            if time.monotonic() >= deadline:
                return False
            time.sleep(_POLL)
        self.mode = mode
        return True

    def _drop(self) -> None:
        if self._fd is not None and self.mode is not None:
            _unlock(self._fd)
        self.mode = None

    # ------------------------------------------------------------ what callers use
    def share(self, wait: float | None = None) -> "Hold":
        """Hold the database for ordinary use; refuse in one line while a whole-file operation runs."""
        if not self.try_acquire(SHARED, SHARED_WAIT if wait is None else wait):
            raise DatabaseBusy(f"another Briefer is {self.busy_with()} this database; try again when it is done",
                               file=str(self.database))
        return self

    def take_exclusive(self, operation: str, wait: float | None = None) -> "Hold":
        """Hold the database alone for ``operation`` (e.g. "restoring"); refuse while anyone has it open."""
        if not self.try_acquire(EXCLUSIVE, EXCLUSIVE_WAIT if wait is None else wait):
            raise DatabaseInUse(
                "another Briefer window or command has the database open; close it and try again "
                "(nothing was changed)", file=str(self.database))
        self.announce(operation)
        return self

    def announce(self, operation: str) -> None:
        """Write what the exclusive holder is doing into the lock file (for others' refusal message)."""
        fd = self._open()
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, operation.encode("ascii", "replace"))

    def busy_with(self) -> str:
        try:
            with open(self.path, "rb") as fh:
                word = fh.read(40).decode("ascii", "replace").strip()
        except OSError:
            word = ""
        return word if word and all(c.isalpha() or c in " -" for c in word) else "replacing"

    def release(self) -> None:
        """Let go (the lock file stays)."""
        if self._fd is not None:
            if self.mode == EXCLUSIVE:
                with contextlib.suppress(OSError):
                    os.ftruncate(self._fd, 0)
            self._drop()
            os.close(self._fd)
            self._fd = None

    def __del__(self):  # a store that was never closed still lets go when collected
        with contextlib.suppress(Exception):
            self.release()


@contextlib.contextmanager
def exclusive(database: Path, operation: str, *, wait: float | None = None) -> Iterator[Hold]:
    """``with exclusive(db, "restoring"):`` — a whole-file operation's hold, released at the end."""
    hold = Hold(database).take_exclusive(operation, wait)
    try:
        yield hold
    finally:
        hold.release()
