"""Helpers of the lock tests: damaged database files made the way disks damage them."""

from __future__ import annotations

from pathlib import Path

from briefer.store import Store


def damage(path: Path) -> bytes:
    """Overwrite pages in the middle of ``path`` (header intact): it opens, but fails quick_check.

    Returns the damaged bytes, to prove later that nothing wrote to the file.
    """
    with Store.open(path) as s:  # fold the WAL into the file first
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    pages = len(data) // page
    for n in range(pages - 3, pages - 1):  # the last pages: data and search index, not the schema
        data[n * page + 8: n * page + 200] = b"\xa5" * 192
    path.write_bytes(bytes(data))
    return bytes(data)
