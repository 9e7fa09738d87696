"""Security paths: open (plain vs encrypted), quick_check, backup, encrypt conversion.

Usage: python benchmarks/bench_security.py [NOTES]   (default 5000 notes of ~1 KB)

Builds a database in a temporary folder, then times each path a few times
and prints the median. Figures go into benchmarks/README.md.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefer.model import Note  # noqa: E402
from briefer.store import Store  # noqa: E402
from briefer.store.access import open_store  # noqa: E402
from briefer.store.wholefile.backup import create_backup  # noqa: E402
from briefer.store.wholefile.crypto import decrypt, encrypt  # noqa: E402
from briefer.store.db import open_keyed, quick_check_rows  # noqa: E402

PASS = "benchmark passphrase"


def timed(fn, repeat=5):
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def build(path: Path, notes: int) -> None:
    now = datetime.now(timezone.utc)
    with Store.open(path) as s, s.write():
        for i in range(notes):
            s.notes.put(Note(author="bench", body=f"note {i} " + "lorem ipsum dolor " * 55, revision=1,
                             created_at=now, updated_at=now), action="import")


def main() -> None:
    notes = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "briefer.sqlite"
        build(db, notes)
        size = db.stat().st_size / 1e6
        print(f"database: {notes} notes, {size:.1f} MB")

        def op(passphrase):
            open_store(db, passphrase, daily_backup=False).close()

        def qc(passphrase):
            c = open_keyed(db, passphrase)
            assert quick_check_rows(c) == ["ok"]
            c.close()

        def bk(passphrase):
            with open_store(db, passphrase, daily_backup=False) as s:
                create_backup(s, "manual")

        results = {
            "open, plain (key, quick_check, migrations)": timed(lambda: op(None)),
            "quick_check alone, plain": timed(lambda: qc(None)),
            "backup, plain (online API + check)": timed(lambda: bk(None)),
        }
        t = time.perf_counter()
        encrypt(db, PASS)
        results["encrypt (export, verify, swap; + backups)"] = time.perf_counter() - t
        results["open, encrypted"] = timed(lambda: op(PASS))
        results["quick_check alone, encrypted (incl. key derivation)"] = timed(lambda: qc(PASS))
        results["backup, encrypted"] = timed(lambda: bk(PASS))
        t = time.perf_counter()
        decrypt(db, PASS)
        results["decrypt (+ backups)"] = time.perf_counter() - t
        for name, secs in results.items():
            print(f"{name:55s} {secs * 1000:8.0f} ms")


if __name__ == "__main__":
    main()
