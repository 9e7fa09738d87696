"""The database's hold as Windows gives it: ``LockFileEx``/``UnlockFileEx`` as Microsoft documents them.

hold.py takes its lock with ``fcntl.flock`` on POSIX and with ``LockFileEx`` on the lock file's
first far byte on Windows. The two differ where it matters: Windows locks are per handle and
*stack* — a handle that holds a shared lock is refused an exclusive one on the same byte until it
lets go of the first, and a shared lock taken over the handle's own exclusive one leaves that
exclusive lock in place — where ``flock`` converts a lock in one call. No Windows machine runs
this suite, so the Windows branch is loaded here (hold.py's own source, read again with
``os.name`` "nt") against a stand-in for the two kernel32 calls and ``msvcrt.get_osfhandle``
that follows their documentation (docs.microsoft.com, "LockFileEx", "UnlockFileEx"):

- ``dwReserved`` must be zero;
- an exclusive lock may not overlap any locked range (the same handle's included); a shared lock
  may overlap shared ones, and an exclusive one only of the same handle;
- without ``LOCKFILE_FAIL_IMMEDIATELY`` a conflicting request waits until the range is free —
  here, where nothing else would free it, that is a wait for ever, raised as a failure;
- ``UnlockFileEx`` must name exactly a range the handle locked, else it fails;
- closing a handle lets go of its locks.

Two ``Hold`` objects on one database are two handles, as two Briefer processes are.
What is not modelled: a real file's mandatory locking of the bytes (hold.py locks a byte far past
what it writes) and timing. A Windows CI run would be the real check; this is the contract.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import sys
import types

import pytest

from briefer.store.wholefile import hold as posix_hold

ERROR_INVALID_PARAMETER = 87
ERROR_NOT_LOCKED = 158
ERROR_LOCK_VIOLATION = 33
LOCKFILE_FAIL_IMMEDIATELY = 0x1
LOCKFILE_EXCLUSIVE_LOCK = 0x2


class WouldWaitForEver(AssertionError):
    """A blocking LockFileEx on a range held by a handle nothing will close."""


class Kernel32:
    """The two calls hold.py makes, over this machine's real files (a file is its device and inode)."""

    def __init__(self) -> None:
        self.handles: dict[int, tuple[int, tuple[int, int]]] = {}  # handle → (fd, the file it was opened on)
        self.locks: list[dict] = []
        self.last_error = 0

    # msvcrt.get_osfhandle
    def handle_of(self, fd: int) -> int:
        st = os.fstat(fd)
        handle = 0x1000 + 4 * fd  # a HANDLE is not the descriptor: the code must pass what it was given
        self.handles[handle] = (fd, (st.st_dev, st.st_ino))
        return handle

    def _open_file(self, handle: int) -> tuple[int, int]:
        """The file behind a handle still open; a handle whose descriptor was closed has let go of its locks."""
        fd, file = self.handles[handle]
        try:
            st = os.fstat(fd)
            same = (st.st_dev, st.st_ino) == file
        except OSError:
            same = False
        if not same:
            raise AssertionError(f"handle {handle:#x} used after its file was closed")
        return file

    def _forget_closed_handles(self) -> None:
        alive = []
        for lock in self.locks:
            fd, file = self.handles[lock["handle"]]
            try:
                st = os.fstat(fd)
                still = (st.st_dev, st.st_ino) == file
            except OSError:
                still = False
            if still:
                alive.append(lock)
        self.locks = alive

    def _fail(self, error: int) -> int:
        self.last_error = error
        return 0

    def LockFileEx(self, hFile, dwFlags, dwReserved, nNumberOfBytesToLockLow, nNumberOfBytesToLockHigh,
                   lpOverlapped) -> int:
        handle = hFile.value
        ov = lpOverlapped._obj
        if dwReserved != 0 or dwFlags & ~(LOCKFILE_FAIL_IMMEDIATELY | LOCKFILE_EXCLUSIVE_LOCK):
            return self._fail(ERROR_INVALID_PARAMETER)
        self._forget_closed_handles()
        file = self._open_file(handle)
        start = ov.Offset | (ov.OffsetHigh << 32)
        end = start + (nNumberOfBytesToLockLow | (nNumberOfBytesToLockHigh << 32))
        exclusive = bool(dwFlags & LOCKFILE_EXCLUSIVE_LOCK)
        for lock in self.locks:
            if lock["file"] != file or not (lock["start"] < end and start < lock["end"]):
                continue
            if exclusive or (lock["exclusive"] and lock["handle"] != handle):
                if dwFlags & LOCKFILE_FAIL_IMMEDIATELY:
                    return self._fail(ERROR_LOCK_VIOLATION)
                raise WouldWaitForEver(f"LockFileEx without FAIL_IMMEDIATELY waits for {lock}")
        self.locks.append({"handle": handle, "file": file, "start": start, "end": end, "exclusive": exclusive})
        return 1

    def UnlockFileEx(self, hFile, dwReserved, nNumberOfBytesToUnlockLow, nNumberOfBytesToUnlockHigh,
                     lpOverlapped) -> int:
        handle = hFile.value
        ov = lpOverlapped._obj
        if dwReserved != 0:
            return self._fail(ERROR_INVALID_PARAMETER)
        file = self._open_file(handle)
        start = ov.Offset | (ov.OffsetHigh << 32)
        end = start + (nNumberOfBytesToUnlockLow | (nNumberOfBytesToUnlockHigh << 32))
        for lock in reversed(self.locks):  # the newest of a stack first
            if (lock["handle"], lock["file"], lock["start"], lock["end"]) == (handle, file, start, end):
                self.locks.remove(lock)
                return 1
        return self._fail(ERROR_NOT_LOCKED)

    def held(self) -> list[tuple[int, bool]]:
        """(handle, exclusive) of every lock still in force."""
        self._forget_closed_handles()
        return [(lock["handle"], lock["exclusive"]) for lock in self.locks]


@pytest.fixture
def windows(monkeypatch):
    """hold.py's Windows branch, loaded from its source against the stand-in; gives (module, kernel32)."""
    kernel = Kernel32()
    msvcrt = types.ModuleType("msvcrt")
    msvcrt.get_osfhandle = kernel.handle_of
    monkeypatch.setitem(sys.modules, "msvcrt", msvcrt)
    monkeypatch.setattr(ctypes, "WinDLL", lambda name, use_last_error=False: kernel, raising=False)
    monkeypatch.delattr(os, "O_CLOEXEC", raising=False)  # Windows' os module has no O_CLOEXEC
    spec = importlib.util.spec_from_file_location("briefer_hold_as_on_windows", posix_hold.__file__)
    module = importlib.util.module_from_spec(spec)
    with monkeypatch.context() as m:  # only while the module is read: pathlib chooses WindowsPath by os.name
        m.setattr(os, "name", "nt")
        spec.loader.exec_module(module)
    assert not hasattr(module, "fcntl"), "the Windows branch was not the one loaded"
    return module, kernel


def test_two_windows_open_the_same_database_side_by_side(windows, tmp_path):
    hold, kernel = windows
    db = tmp_path / "briefer.sqlite"
    first, second = hold.Hold(db).share(wait=0), hold.Hold(db).share(wait=0)
    assert [exclusive for _, exclusive in kernel.held()] == [False, False]
    first.release()
    second.release()
    assert kernel.held() == []


def test_a_restore_is_refused_while_a_window_has_the_database_open_and_goes_once_it_is_closed(windows, tmp_path):
    hold, kernel = windows
    db = tmp_path / "briefer.sqlite"
    window = hold.Hold(db).share(wait=0)

    with pytest.raises(hold.DatabaseInUse, match="another Briefer window or command has the database open"):
        hold.Hold(db).take_exclusive("restoring", wait=0)

    window.release()
    with hold.exclusive(db, "restoring", wait=0):
        assert [exclusive for _, exclusive in kernel.held()] == [True]
    assert kernel.held() == []


def test_a_window_opened_during_a_restore_is_refused_and_told_what_holds_the_database(windows, tmp_path):
    hold, kernel = windows
    db = tmp_path / "briefer.sqlite"
    with hold.exclusive(db, "restoring", wait=0):
        with pytest.raises(hold.DatabaseBusy, match="another Briefer is restoring this database"):
            hold.Hold(db).share(wait=0)
    assert hold.Hold(db).share(wait=0).mode == hold.SHARED  # and once the restore is over, it opens


def test_a_window_alone_with_the_database_may_take_it_whole_for_a_moment_and_let_others_in_again(windows, tmp_path):
    """As a closing window marks its file checked, or a first start tidies before it creates the file:
    shared → exclusive → shared on one handle. Windows stacks locks on a handle, so each change of kind
    must let go of the old lock first — or the exclusive one is refused by the window's own shared lock,
    and the shared one taken after it leaves the exclusive lock in force."""
    hold, kernel = windows
    db = tmp_path / "briefer.sqlite"
    window = hold.Hold(db).share(wait=0)

    assert window.try_acquire(hold.EXCLUSIVE, 0)
    assert [exclusive for _, exclusive in kernel.held()] == [True]
    assert window.try_acquire(hold.SHARED, 0)
    assert [exclusive for _, exclusive in kernel.held()] == [False]

    other = hold.Hold(db).share(wait=0)  # another window opens meanwhile
    assert [exclusive for _, exclusive in kernel.held()] == [False, False]
    assert not window.try_acquire(hold.EXCLUSIVE, 0)  # not alone any more: refused …
    assert window.mode is None and [h for h, _ in kernel.held()] == [kernel.handle_of(other._fd)]  # … holding nothing
    other.release()
    window.release()
    assert kernel.held() == []
