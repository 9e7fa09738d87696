"""Atomic file writes: an export is either complete at its path or not there at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable

from briefer.errors import BrieferError


def atomic_write(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Call ``write`` with a temporary file next to ``path``, then move it into place."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise BrieferError("the folder does not exist", file=str(folder))
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        _unlink(tmp)
        raise BrieferError(f"cannot write the file ({exc.strerror or exc})", file=str(path)) from None
    except BaseException:
        _unlink(tmp)
        raise


def atomic_write_bytes(path: Path, content: bytes) -> None:
    atomic_write(path, lambda fh: fh.write(content))


def _unlink(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass
