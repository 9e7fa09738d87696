"""The files a user names: written atomically, read only when they are plain files of a sane size.

Every file Briefer writes for the user goes through :func:`write_atomic`: the
bytes go to a temporary file in the same folder, are flushed to disk, and only
then renamed over the target — so a crash, a full disk or a cancel never leaves
a half-written file where the old one was.

A name given on the command line or in a dialog can be anything: longer than
the file system allows, a folder, a named pipe (reading one waits forever for
a writer), a device (``/dev/zero`` never ends; writing "over" ``/dev/null``
would replace it). :func:`check_output_path` and :func:`open_input` refuse
these in one line before any work is done, so nothing changes.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable

from briefer.errors import BrieferError, NotFound

#: Longest file name (one path component) ext4, NTFS, APFS and most others accept, in bytes.
NAME_MAX = 255
#: Longest path Linux accepts in one system call, in bytes.
PATH_MAX = 4096
#: Room a temporary file's name needs beside its target's (".", ".", 8 random characters, ".tmp").
_TEMP_EXTRA = 14


def file_kind(mode: int) -> str | None:
    """What a file that is not a regular file is, in words ("a named pipe"); None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _check_name(path: Path, error: type[BrieferError]) -> None:
    """Refuse a path the operating system would refuse, with the reason instead of an OSError."""
    text = str(path)
    if "\0" in text:
        raise error("the file name contains a NUL character", file=text.replace("\0", "\\0"))
    try:
        name, whole = len(os.fsencode(path.name)), len(os.fsencode(text))
    except UnicodeError:
        raise error("the file name cannot be written on this system (invalid characters)", file=text) from None
    if name > NAME_MAX:
        raise error(f"the file name is too long ({name} bytes; at most {NAME_MAX})", file=text)
    if whole >= PATH_MAX:
        raise error(f"the path is too long ({whole} bytes; at most {PATH_MAX - 1})", file=text)


def _stat(path: Path, error: type[BrieferError]) -> os.stat_result | None:
    """``os.stat`` (following links), None when nothing is there, a clear error otherwise."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        raise error("a part of the path is a file, not a folder", file=str(path)) from None
    except OSError as exc:
        raise error(f"cannot use this path ({exc.strerror or exc})", file=str(path)) from None


def check_output_path(path: str | os.PathLike, *, folder: bool = False) -> Path:
    """``path`` if a file (with ``folder``: a folder of files, made if missing) can be written there; else refuse.

    Called before the work that produces the file, so a refusal costs nothing and
    changes nothing (a pack is not registered, a report not built). An existing
    special file (``/dev/null``, a pipe) is refused rather than replaced.
    """
    path = Path(path)
    _check_name(path, BrieferError)
    found = _stat(path, BrieferError)
    if found is not None:
        kind = file_kind(found.st_mode)
        if kind == "a folder" and not folder:
            raise BrieferError("is a folder; give a file name", file=str(path))
        if kind is not None and kind != "a folder":
            wanted = "a folder" if folder else "a file"
            raise BrieferError(f"is {kind}, not {wanted}; give the name of {wanted} to write", file=str(path))
        if kind is None and folder:
            raise BrieferError("is a file; give the name of a folder", file=str(path))
    if folder:
        return path  # made with its missing parents when written
    parent = path.parent if str(path.parent) else Path(".")
    found = _stat(parent, BrieferError)
    if found is None or not stat.S_ISDIR(found.st_mode):
        raise NotFound("the folder does not exist", file=str(parent))
    return path


def open_input(path: str | os.PathLike, *, error: type[BrieferError] = BrieferError,
               max_bytes: int | None = None) -> BinaryIO:
    """Open a file the user named for reading — only if it is a regular file (and not over ``max_bytes``).

    Checked before it is opened, then opened without blocking and checked again
    on the open descriptor, so a named pipe (or a file swapped for one between
    the two) never makes Briefer wait, and a device is never read. ``error`` is the refusal raised (``ImportFailed`` for
    imports); its message names the problem in one line.
    """
    path = Path(path)
    _check_name(path, error)
    found = _stat(path, error)
    kind = file_kind(found.st_mode) if found is not None else None
    if kind is not None:  # refused unopened: opening some devices already does something (a tape rewinds)
        raise error(f"is {kind}, not a file", file=str(path))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise error("no such file", file=str(path)) from None
    except IsADirectoryError:
        raise error("is a folder, not a file", file=str(path)) from None
    except NotADirectoryError:
        raise error("a part of the path is a file, not a folder", file=str(path)) from None
    except OSError as exc:
        raise error(f"cannot read the file ({exc.strerror or exc})", file=str(path)) from None
    try:
        found = os.fstat(fd)
        kind = file_kind(found.st_mode)
        if kind is not None:
            raise error(f"is {kind}, not a file", file=str(path))
        if max_bytes is not None and found.st_size > max_bytes:
            raise error(f"the file is too large ({_size(found.st_size)}; at most {_size(max_bytes)})",
                        file=str(path))
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_input(path: str | os.PathLike, *, max_bytes: int, error: type[BrieferError] = BrieferError) -> bytes:
    """The whole content of a regular file of at most ``max_bytes`` (see :func:`open_input`)."""
    with open_input(path, error=error, max_bytes=max_bytes) as fh:
        try:
            data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise error(f"cannot read the file ({exc.strerror or exc})", file=str(path)) from None
    if len(data) > max_bytes:  # it grew after the check
        raise error(f"the file is too large (more than {_size(max_bytes)})", file=str(path))
    return data


def _size(n: int) -> str:
    return f"{n / 1024**2:,.1f} MB" if n >= 1024**2 else f"{n:,} bytes"


def _temp_prefix(name: str) -> str:
    """A temporary file's prefix from its target's name, short enough that the file system takes it."""
    while len(os.fsencode(name)) > NAME_MAX - _TEMP_EXTRA:
        name = name[:-1]
    return f".{name}."


def write_atomic(
    path: str | os.PathLike,
    content: bytes | Callable[[BinaryIO], None],
    *,
    before_replace: Callable[[], None] | None = None,
) -> Path:
    """Write ``content`` (bytes, or a function writing to a binary file) to ``path`` atomically.

    ``before_replace`` runs after the data is on disk and before the rename; it may
    raise (e.g. a cancel) to abandon the write with the old file untouched.
    """
    path = check_output_path(path)
    folder = path.parent if str(path.parent) else Path(".")
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(path.name), suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            if callable(content):
                content(fh)
            else:
                fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        if before_replace is not None:
            before_replace()
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise BrieferError(f"cannot write the file ({exc.strerror or exc})", file=str(path)) from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return path
