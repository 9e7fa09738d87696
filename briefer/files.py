"""Atomic file writes: a pack, an export or a calendar is either complete at its path or not there.

Every file Briefer writes for the user goes through :func:`write_atomic`: the
bytes go to a temporary file in the same folder, are flushed to disk, and only
then renamed over the target — so a crash, a full disk or a cancel never leaves
a half-written file where the old one was.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable

from briefer.errors import BrieferError, NotFound


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
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise BrieferError("is a folder; give a file name", file=str(path))
    if not folder.is_dir():
        raise NotFound("the folder does not exist", file=str(folder))
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
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
