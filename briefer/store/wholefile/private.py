"""Owner-only files: every copy of the database is as confidential as the database.

Permissions are set when a file is *created* (``os.open`` with mode 0600, then
``chmod``: a umask only ever takes bits away, and one that takes the owner's own
write away would leave a 0400 file SQLite opens read-only), never afterwards: a
file that was briefly readable by others may already have been read. Folders
Briefer creates are 0700 (``paths.py``, ``backup.py`` and ``chunks.py`` say so where
they make them; ``FOLDER_MODE`` names the rule). On Windows the user's profile ACLs
protect the data folder instead.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from briefer.store.wholefile.dbfiles import database_files

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def new_private_file(path: Path) -> None:
    """Create the empty file ``path`` readable by its owner only, whatever the umask."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), FILE_MODE)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, FILE_MODE)


def copy_private(src: Path, dst: Path) -> None:
    """Copy ``src`` to the new file ``dst``, owner-only from its first byte."""
    new_private_file(dst)
    with open(src, "rb") as fin, open(dst, "r+b") as fout:
        shutil.copyfileobj(fin, fout, 1024 * 1024)


def tighten(path: Path) -> None:
    """Owner-only permissions on a database (and its WAL) made by an older Briefer or another tool."""
    if os.name != "posix":
        return
    for p in database_files(path):
        with contextlib.suppress(OSError):
            st = p.stat()
            if st.st_uid == os.getuid() and st.st_mode & 0o077:
                os.chmod(p, st.st_mode & 0o700 | FILE_MODE)
