"""Benchmark: making a new, empty database (the schema script against replaying every migration).

    python benchmarks/new_database.py [--count 20] [--replay]

Opens ``--count`` new stores in a temporary folder, each a new file, and prints the median wall
time and the CPU time per database. ``--replay`` makes them the way every release before the
schema script did (``store/schema_snapshot.py``): every migration in turn. Timings are measured
here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefer.store import Store  # noqa: E402
from briefer.store import schema_snapshot  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=20)
    ap.add_argument("--replay", action="store_true", help="replay the migrations, as before the schema script")
    args = ap.parse_args()
    if args.replay:
        schema_snapshot._shipped = lambda: None
    with tempfile.TemporaryDirectory(prefix="briefer-new-db-") as tmp:
        Store.open(Path(tmp) / "warm.sqlite", user="bench").close()  # imports and the script read once
        walls, cpu = [], time.process_time()
        for i in range(args.count):
            t = time.perf_counter()
            Store.open(Path(tmp) / f"new{i}.sqlite", user="bench").close()
            walls.append(time.perf_counter() - t)
        cpu = time.process_time() - cpu
    how = "replaying the migrations" if args.replay else "from the schema script"
    print(f"{args.count} new databases {how}: median {statistics.median(walls) * 1000:.1f} ms wall, "
          f"{cpu * 1000 / args.count:.1f} ms CPU each")


if __name__ == "__main__":
    main()
