"""Is the file encrypted? Answered from 16 bytes, with nothing imported.

Its own module so that the command line can ask before it knows whether it needs the store
(sqlite-utils, pydantic): ``briefer list meetings`` reads the light way (``briefer.store.listing``).
"""

from __future__ import annotations

from pathlib import Path

#: The first 16 bytes of a plain SQLite file (an encrypted one starts with its salt).
SQLITE_HEADER = b"SQLite format 3\x00"


def is_encrypted(path: Path) -> bool:
    """True when the file exists, is not empty and does not start with SQLite's plain header.

    Needs no key and reads 16 bytes, so the GUI can decide whether to show the
    unlock screen before touching the database.
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except FileNotFoundError:
        return False
    except OSError as exc:
        from briefer.errors import StoreError

        raise StoreError(f"cannot read the database ({exc.strerror or exc})", file=str(path)) from None
    return len(head) > 0 and head != SQLITE_HEADER
