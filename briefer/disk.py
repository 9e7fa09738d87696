"""A write the disk refused, told as such: "the disk is full", never "wrong passphrase" or a traceback.

A full disk reaches Briefer in several disguises. The operating system says
``ENOSPC`` (or ``EDQUOT``, a quota; ``EFBIG``, a file-size limit). SQLite says
``SQLITE_FULL`` ("database or disk is full") only when it notices the space
itself; when the write of a page, the WAL or the shared-memory file fails it
says ``SQLITE_IOERR`` ("disk I/O error") — the same words as a failing disk.
And a keyed open that cannot create its ``-shm`` file looks, to the code that
proves the key, exactly like a wrong passphrase. :func:`disk_problem` sorts
these out: it looks at the error (and what it was raised from), and for
SQLite's ambiguous "disk I/O error" at the free space where the file lives.

Both answers are :class:`DiskProblem` (exit code 5, as for an unusable data
folder): nothing was changed, and the message says what to do.
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from briefer.errors import BrieferError

#: OS errors that mean "no room": the disk, the user's quota, a file-size limit.
FULL_ERRNOS = frozenset(e for e in (getattr(errno, "ENOSPC", None), getattr(errno, "EDQUOT", None),
                                    getattr(errno, "EFBIG", None)) if e is not None)
#: Below this much free space, SQLite's "disk I/O error" is taken for a full disk: a WAL
#: page, a -shm file (32 KiB) or a backup's pages did not fit.
NEARLY_FULL_BYTES = 4 * 1024 * 1024

_SQLITE_FULL = "database or disk is full"
_SQLITE_IOERR = "disk i/o error"
_FULL_WORDS = ("no space left on device", "disk quota exceeded", "file too large", _SQLITE_FULL)


class DiskProblem(BrieferError):
    """The disk refused a write (full, or an input/output error); nothing was changed."""

    exit_code = 5


class DiskFull(DiskProblem):
    """No space left where Briefer writes."""


class DiskFailed(DiskProblem):
    """An input/output error with space to spare: the disk (or its connection) failed."""


def _chain(exc: BaseException | None):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def free_bytes(where: Path | str | None) -> int | None:
    """Free space on the file system holding ``where`` (its nearest existing folder); None if unknown."""
    if where is None:
        return None
    path = Path(where)
    for candidate in (path, *path.parents):
        try:
            if candidate.exists():
                return shutil.disk_usage(candidate).free
        except OSError:
            return None
    return None


def kind_of(exc: BaseException, where: Path | str | None = None) -> str | None:
    """``"full"``, ``"io"`` or None: what a failed write means, judged from the error and the free space."""
    io = False
    for e in _chain(exc):
        if isinstance(e, OSError) and e.errno in FULL_ERRNOS:
            return "full"
        if isinstance(e, OSError) and e.errno == errno.EIO:
            io = True
        text = str(e).lower()
        if any(word in text for word in _FULL_WORDS):
            return "full"
        if _SQLITE_IOERR in text or "input/output error" in text:
            io = True
    if not io:
        return None
    free = free_bytes(where)
    return "full" if free is not None and free < NEARLY_FULL_BYTES else "io"


def disk_problem(exc: BaseException, where: Path | str | None = None, *, what: str | None = None) -> DiskProblem | None:
    """The message for ``exc`` if the disk refused a write (None otherwise).

    ``where``: the file being written (its folder is named and its free space
    decides an ambiguous "disk I/O error"); ``what``: what could not be
    written, in a few words ("the backup", "the note").
    """
    if isinstance(exc, DiskProblem):
        return exc
    kind = kind_of(exc, where)
    if kind is None:
        return None
    if isinstance(exc, BrieferError):
        # already told in Briefer's words (what failed, that the original is unchanged): keep them, lead with the cause
        if kind == "full":
            return DiskFull(f"the disk is full: {exc} — free space and try again")
        return DiskFailed(f"the disk reported an input/output error: {exc} — check the disk and try again")
    folder = _folder(_filename(exc) or where)
    place = f" in {folder}" if folder else ""
    subject = f"{what} could not be written" if what else "nothing was written"
    if kind == "full":
        return DiskFull(f"the disk is full{place}: {subject} — free space and try again")
    return DiskFailed(f"the disk reported an input/output error{place}: {subject} — "
                      "check the disk (or copy the data folder to another one) and try again")


def _filename(exc: BaseException) -> str | None:
    """The file the operating system named in the error, if it did (an export on another disk)."""
    for e in _chain(exc):
        if isinstance(e, OSError) and e.filename:
            return str(e.filename)
    return None


def _folder(where: Path | str | None) -> str | None:
    if where is None:
        return None
    path = Path(where)
    return str(path if path.is_dir() else path.parent)
