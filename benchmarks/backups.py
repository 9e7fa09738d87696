"""Issue 19, item 4: time and space of the daily backup on the large data set, before and after.

    python benchmarks/backups.py --source /tmp/big/briefer.sqlite [--rounds 24] [--full-rounds 2]

The source (made by ``benchmarks/generate.py``, e.g. seed 1 with 50,000 notes) is copied into a
temporary folder first and never written. Then, in that copy:

* **after** (incremental backups, the default): the first backup; then ``--rounds`` rounds of
  "change 10–50 random notes, back up" (the first of them changes exactly 10), all kept
  (no rotation: 24 backups stand for 10 recent plus 14 daily ones); bytes on disk of the backup
  folder after each; then a restore of the oldest backup;
* **before** (whole ``.sqlite`` copies, ``backup.INCREMENTAL = False``): ``--full-rounds``
  backups timed the same way; a whole copy is always the file's size, so 24 of them take
  24 × that (computed, not written: 15 GB).

Each backup is taken as the app's daily one is: from a read snapshot on a second connection
(``backup_connection`` with a ``cancel`` callback, i.e. in steps).

``--passphrase P``: the copy is encrypted first (``crypto.encrypt``; minutes for 600 MB) and
every backup is of the encrypted database: **before** is then whole encrypted copies
(``backup.INCREMENTAL_ENCRYPTED = False``), **after** incremental encrypted backups. With
``--naive`` the "after" run chunks the encrypted copies *without* reusing the previous backup's
chunks (what plain chunking of SQLCipher copies would give: their fresh IVs make every chunk new).
``--change LO HI``: notes changed per round (default 10 50; the demo has 17 notes: use 1 3).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefer.store.db import open_keyed  # noqa: E402
from briefer.store.wholefile import backup as backup_mod  # noqa: E402
from briefer.store.wholefile import chunks  # noqa: E402
from briefer.store.wholefile.chunks import disk_usage  # noqa: E402


def _mb(n: float) -> str:
    return f"{n / 1_048_576:,.1f} MB"


PASSPHRASE: str | None = None


def snapshot_backup_of(database: Path, backup_dir: Path, reason: str = "daily"):
    conn = open_keyed(database, PASSPHRASE)
    try:
        conn.isolation_level = None
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        t = time.perf_counter()
        info = backup_mod.backup_connection(conn, database, PASSPHRASE, backup_dir, reason=reason, prune=False,
                                            cancel=lambda: False)
        return info, time.perf_counter() - t
    finally:
        conn.close()


def change_notes(database: Path, rng: random.Random, ids: list[str], count: int, round_: int) -> None:
    conn = open_keyed(database, PASSPHRASE)
    try:
        chosen = rng.sample(ids, min(count, len(ids)))
        with conn:
            conn.executemany("UPDATE notes SET body = coalesce(body, '') || ?, revision = revision + 1 WHERE id = ?",
                             [(f" (edited in round {round_})", i) for i in chosen])
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()


def rows_digest(database: Path) -> str:
    conn = open_keyed(database, PASSPHRASE, readonly=True)
    try:
        h = hashlib.sha256()
        for row in conn.execute("SELECT id, revision, body FROM notes ORDER BY id"):
            h.update(repr(row).encode())
        return h.hexdigest()
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", type=Path, required=True, help="a large briefer.sqlite (copied, never written)")
    ap.add_argument("--rounds", type=int, default=24)
    ap.add_argument("--full-rounds", type=int, default=2)
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--chunk-kib", type=int, default=chunks.CHUNK_SIZE // 1024,
                    help="chunk size to try (default: the one Briefer uses)")
    ap.add_argument("--interleave", type=int, default=0,
                    help="instead: N pairs of (whole copy, incremental backup) back to back, for times at one load")
    ap.add_argument("--passphrase", help="encrypt the copy with this passphrase first; back up the encrypted database")
    ap.add_argument("--naive", action="store_true",
                    help="encrypted: chunk each copy as it is, without reusing the previous backup's chunks")
    ap.add_argument("--change", type=int, nargs=2, default=[10, 50], metavar=("LO", "HI"),
                    help="notes changed per round (the first round: LO)")
    args = ap.parse_args(argv)
    chunks.CHUNK_SIZE = args.chunk_kib * 1024
    global PASSPHRASE
    PASSPHRASE = args.passphrase
    if args.naive:
        backup_mod._reuse_previous = lambda *_a, **_k: None
    if args.interleave:
        return interleave(args)

    work = Path(tempfile.mkdtemp(prefix="briefer-bench-backups-"))
    try:
        database = work / "briefer.sqlite"
        _encrypted_copy(args.source, database)
        size = database.stat().st_size
        rng = random.Random(args.seed)
        conn = open_keyed(database, PASSPHRASE, readonly=True)
        ids = [r[0] for r in conn.execute("SELECT id FROM notes")]
        conn.close()
        print(f"database: {_mb(size)} ({'encrypted' if PASSPHRASE else 'plain'}"
              f"{', naive chunking' if args.naive else ''}), {len(ids):,} notes; load average {open('/proc/loadavg').read().strip()}")

        # before: whole copies
        _whole(True)
        full_dir = work / "full-backups"
        full_times = []
        for n in range(args.full_rounds):
            if n:
                change_notes(database, rng, ids, 10, n)
            info, took = snapshot_backup_of(database, full_dir)
            full_times.append(took)
            print(f"before  whole copy {n + 1}: {took:6.1f} s, {_mb(info.size)}; folder {_mb(disk_usage(full_dir))}")
        if args.full_rounds:
            t = time.perf_counter()
            backup_mod.restore_backup(database, backup_mod.list_backups(full_dir)[-1].name, PASSPHRASE,
                                      backup_dir=full_dir)
            full_restore = time.perf_counter() - t
            print(f"before  restore of a whole copy (incl. the safety copy of the current file): {full_restore:.1f} s")
            shutil.rmtree(full_dir)
        print(f"before  24 whole copies: 24 x {_mb(size)} = {_mb(24 * size)} (computed)")

        # after: incremental
        _whole(False)
        inc_dir = work / "backups"
        info, took = snapshot_backup_of(database, inc_dir)
        digests = {info.name: rows_digest(database)}
        print(f"after   chunks of {args.chunk_kib} KiB, zlib level {chunks.LEVEL}")
        print(f"after   first backup: {took:6.1f} s, added {_mb(info.added)}; folder {_mb(disk_usage(inc_dir))}")
        times = []
        for n in range(1, args.rounds):
            count = args.change[0] if n == 1 else rng.randint(*args.change)
            change_notes(database, rng, ids, count, 100 + n)
            info, took = snapshot_backup_of(database, inc_dir)
            digests[info.name] = rows_digest(database)
            times.append(took)
            print(f"after   backup {n + 1:2d} ({count:2d} notes changed): {took:6.1f} s, added {_mb(info.added)}; "
                  f"folder {_mb(disk_usage(inc_dir))}")
        total = disk_usage(inc_dir)
        print(f"after   {args.rounds} backups: {_mb(total)} on disk ({total / size:.2f} x the database; "
              f"24 whole copies would be {_mb(24 * size)})")
        oldest = backup_mod.list_backups(inc_dir)[-1]
        t = time.perf_counter()
        backup_mod.restore_backup(database, oldest.name, PASSPHRASE, backup_dir=inc_dir)
        restore = time.perf_counter() - t
        exact = rows_digest(database) == digests[oldest.name]
        print(f"after   restore of the oldest (incl. the safety backup of the current file): {restore:.1f} s; "
              f"rows as at its time: {exact}")
        print(f"after   median backup after a change: {sorted(times)[len(times) // 2]:.1f} s; "
              f"load average {open('/proc/loadavg').read().strip()}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _whole(whole: bool) -> None:
    """Whole copies (before) or incremental backups (after), for the kind of database measured."""
    if PASSPHRASE:
        backup_mod.INCREMENTAL_ENCRYPTED = not whole
    else:
        backup_mod.INCREMENTAL = not whole


def _encrypted_copy(source: Path, database: Path) -> None:
    shutil.copyfile(source, database)
    if PASSPHRASE:
        from briefer.store.wholefile.crypto import encrypt

        t = time.perf_counter()
        encrypt(database, PASSPHRASE, backup_dir=database.parent / "none")
        print(f"encrypted the copy in {time.perf_counter() - t:.1f} s")


def interleave(args) -> int:
    """Whole copy and incremental backup alternately after the same kind of change: comparable times."""
    work = Path(tempfile.mkdtemp(prefix="briefer-bench-backups-"))
    try:
        database = work / "briefer.sqlite"
        _encrypted_copy(args.source, database)
        rng = random.Random(args.seed)
        conn = open_keyed(database, PASSPHRASE, readonly=True)
        ids = [r[0] for r in conn.execute("SELECT id FROM notes")]
        conn.close()
        _whole(False)
        info, took = snapshot_backup_of(database, work / "backups")
        print(f"first incremental backup: {took:.1f} s; load average {open('/proc/loadavg').read().strip()}")
        incs, wholes = [], []
        for n in range(args.interleave):
            change_notes(database, rng, ids, args.change[1] if args.change[1] < 30 else 30, n)
            _whole(True)
            _, whole = snapshot_backup_of(database, work / "whole")
            shutil.rmtree(work / "whole")
            _whole(False)
            info, inc = snapshot_backup_of(database, work / "backups")
            incs.append(inc)
            wholes.append(whole)
            print(f"pair {n + 1}: whole copy {whole:.2f} s, incremental {inc:.2f} s (added {_mb(info.added)}); "
                  f"load average {open('/proc/loadavg').read().strip()}")
        print(f"medians: whole copy {sorted(wholes)[len(wholes) // 2]:.2f} s, "
              f"incremental {sorted(incs)[len(incs) // 2]:.2f} s")
        newest = backup_mod.list_backups(work / "backups")[0]
        t = time.perf_counter()
        backup_mod.rebuild_backup(newest, work / "rebuilt.sqlite")
        print(f"rebuild of the newest (check every chunk and the whole file, write): "
              f"{time.perf_counter() - t:.1f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
