"""Where Briefer keeps its files — the only user of appdirs.

Resolution order for the data directory: an explicit ``--data-dir``, then the
``BRIEFER_DATA_DIR`` environment variable, then the platform's user data
directory. Nothing is created at import time; :func:`ensure_data_dir` creates
the directory on demand and turns permission problems into a clear error.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from briefer import APP_AUTHOR, APP_NAME
from briefer.errors import DataDirError, StoreError
from briefer.files import file_kind

ENV_DATA_DIR = "BRIEFER_DATA_DIR"
DB_FILENAME = "briefer.sqlite"


@dataclass(frozen=True)
class Paths:
    """The resolved locations of one Briefer installation's files."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def attachments(self) -> Path:
        return self.data_dir / "attachments"


def database_in(folder: str | os.PathLike[str]) -> Path:
    """The database of a data folder (an earlier conference's, say), or the file itself when given one."""
    folder = Path(folder).expanduser()
    return folder if folder.is_file() else folder / DB_FILENAME


def default_data_dir() -> Path:
    import appdirs  # imported lazily: nothing happens at import time

    return Path(appdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def resolve(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """Return the paths for ``data_dir``, ``$BRIEFER_DATA_DIR`` or the platform default."""
    if data_dir:
        chosen = Path(data_dir)
    elif os.environ.get(ENV_DATA_DIR):
        chosen = Path(os.environ[ENV_DATA_DIR])
    else:
        chosen = default_data_dir()
    return Paths(chosen.expanduser().resolve())


def ensure_data_dir(paths: Paths) -> Paths:
    """Create the data directory if needed and check that it is writable."""
    d = paths.data_dir
    try:
        d.mkdir(mode=0o700, parents=True, exist_ok=True)  # owner only: it holds confidential briefs
    except OSError as exc:
        raise DataDirError(
            f"cannot create the data directory ({exc.strerror or exc})", file=str(d)
        ) from None
    if not d.is_dir():
        raise DataDirError("the data directory is not a directory", file=str(d))
    if not os.access(d, os.W_OK | os.X_OK):
        raise DataDirError(
            "the data directory is not writable; choose another with --data-dir "
            f"or {ENV_DATA_DIR}",
            file=str(d),
        )
    return paths


def check_special_files(paths: Paths) -> Paths:
    """Refuse a data folder that is not a folder, or a database (or its -wal, -shm, -journal) that is not a file.

    Opening a named pipe waits for a writer that never comes, so every command
    would hang; a device or a folder there is no database either. Checked once,
    when a command or the app resolves its paths, before anything is opened.
    """
    try:
        found = os.stat(paths.data_dir)
    except OSError:
        found = None  # missing (made later) or unreadable (ensure_data_dir says so)
    if found is not None and not stat.S_ISDIR(found.st_mode):
        raise DataDirError(f"the data directory is {file_kind(found.st_mode) or 'a file'}, not a folder",
                           file=str(paths.data_dir))
    from briefer.store.wholefile.dbfiles import database_files  # which files a database is: said once, there

    for path in database_files(paths.database):
        try:
            found = os.stat(path)
        except OSError:
            continue
        kind = file_kind(found.st_mode)
        if kind is not None:
            raise StoreError(f"is {kind}, not a database file; move it away or choose another --data-dir",
                             file=str(path))
    return paths
