"""Bytes per note on disk: ``python benchmarks/storage.py --data-dir DIR [--upgrade-copy DIR2]``.

Prints the database file's size and the pages each table and index occupies (SQLite's ``dbstat``,
read through Python's own sqlite3 — a plain, unencrypted file only), per note. With
``--upgrade-copy``, DIR is first copied to DIR2 (which must not exist) and the copy opened once by
Briefer — the upgrade a user's first start runs (backup, check, migrations) — timed, then measured;
DIR itself is never written. See benchmarks/README.md, "Storage per note".
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def measure(path: Path, top: int = 14) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        notes = conn.execute("SELECT count(*) FROM notes").fetchone()[0] or 1
        page, pages, free = (conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_size", "page_count",
                                                                                 "freelist_count"))
        size = path.stat().st_size
        print(f"{path}: {notes:,} notes; file {size / 1e6:.1f} MB = {size / notes / 1000:.2f} KB per note; "
              f"pages in use {(pages - free) * page / 1e6:.1f} MB = {(pages - free) * page / notes / 1000:.2f} KB "
              f"per note; free pages {free * page / 1e6:.1f} MB")
        rows = conn.execute("SELECT name, sum(pgsize), sum(payload) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
        for name, used, payload in rows[:top]:
            print(f"  {name:48s} {used / 1e6:7.1f} MB  {used / notes:6.0f} B per note  (payload {payload / 1e6:.1f} MB)")
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--upgrade-copy", type=Path, help="copy DATA_DIR here, open (upgrade) the copy, measure it")
    args = parser.parse_args(argv)
    from briefer.paths import DB_FILENAME

    path = args.data_dir / DB_FILENAME
    measure(path)
    if args.upgrade_copy is None:
        return 0
    from briefer.store import Store

    shutil.copytree(args.data_dir, args.upgrade_copy)
    copy = args.upgrade_copy / DB_FILENAME
    load = os.getloadavg()[0]
    wall, cpu = time.perf_counter(), time.process_time()
    with Store.open(copy, user="benchmark", backup_dir=args.upgrade_copy / "backups"):
        pass
    print(f"first open of the copy (backup, check, migrations): {time.perf_counter() - wall:.1f} s wall, "
          f"{time.process_time() - cpu:.1f} s CPU; load average {load:.1f} before, {os.getloadavg()[0]:.1f} after")
    measure(copy)
    return 0


if __name__ == "__main__":
    sys.exit(main())
