"""Search latency on the large synthetic conference: ``python benchmarks/search.py --data-dir DIR``.

Runs 100 queries through ``Store.search`` (ranked, with snippets, as the GUI's
search box and ``briefer search`` call it): the most common terms, mid and rare
terms, names, two-word queries, and the one- to four-letter prefixes a
search-as-you-type box sends while the user types. Reports median, p95 and max
over all timed runs, after one untimed warm-up pass (whose own figures are
printed too: the first query after opening pays for reading pages from disk).

Target (benchmarks/README.md): p95 < 20 ms and max < 30 ms.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.synthetic_text import COMMON as REAL_WORDS  # noqa: E402
from benchmarks.synthetic_text import build_vocabulary  # noqa: E402
from briefer.store import Store  # noqa: E402

COMMON = [
    "the", "and", "antimicrobial", "resistance", "surveillance", "stewardship", "health", "One Health",
    "action plan", "national action plan", "antimicrobial resistance", "minister", "countries", "support",
    "agreed", "data", "use",
]
NAMES = [
    "García", "Garcia", "Nguyen", "Ødegaard", "Sorensen", "Müller", "Muller", "Okafor", "Yilmaz", "Jiménez",
    "Indonesia", "Indonesie", "Curacao", "Brazil", "Duitsland", "Eva Bakker", "WHO", "FAO",
]
TWO_WORDS = [
    "surveillance poultry", "stewardship hospital", "resistance livestock", "antibiotics sales",
    "twinning programme", "funding gap", "One Health coordination", "laboratory capacity",
    "minister agreed", "action plan costed",
]
PREFIXES = [
    "a", "an", "ant", "anti", "antim", "r", "re", "res", "resi", "cu", "s", "st", "ste", "stew", "su", "sur",
    "surv", "h", "he", "hea", "o", "on", "one h", "m", "mi", "min", "p", "pl", "c", "co", "con", "cont", "t",
    "tr", "w", "wh",
]


def build_queries(seed: int) -> list[str]:
    """100 queries: 17 common, 9 mid, 10 rare, 18 names, 10 two-word, 36 prefixes."""
    vocab = build_vocabulary(random.Random(seed))
    n_real = len(dict.fromkeys(REAL_WORDS))
    rng = random.Random(1000 + seed)
    mid_real = rng.sample(vocab[60:n_real], 4)  # in a few per cent to a third of the notes
    mid_made = rng.sample(vocab[600:3000], 5)  # in tens to hundreds of notes
    rare = rng.sample(vocab[15000:], 10)  # in a handful of notes
    queries = COMMON + mid_real + mid_made + rare + NAMES + TWO_WORDS + PREFIXES
    assert len(queries) == 100, len(queries)
    return queries


def timed(store: Store, query: str) -> tuple[float, float, int]:
    """Wall-clock and CPU milliseconds of one search, and how many hits it gave."""
    c, t = time.process_time(), time.perf_counter()
    hits = store.search(query)
    return (time.perf_counter() - t) * 1000, (time.process_time() - c) * 1000, len(hits)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--seed", type=int, default=1, help="the seed the data was generated with")
    parser.add_argument("--rounds", type=int, default=3, help="timed passes over the 100 queries")
    parser.add_argument("--show", type=int, default=8, help="list the N slowest queries")
    args = parser.parse_args(argv)
    from briefer.paths import DB_FILENAME

    path = args.data_dir / DB_FILENAME
    if not path.exists():
        print(f"search: no database at {path}; run benchmarks/generate.py first", file=sys.stderr)
        return 2
    queries = build_queries(args.seed)
    with Store.open(path, user="benchmark") as store:
        counts = store.counts()
        load_before = os.getloadavg()[0]
        first = [timed(store, q)[0] for q in queries]
        runs: dict[str, list[float]] = {q: [] for q in queries}
        cpu: dict[str, list[float]] = {q: [] for q in queries}
        found: dict[str, int] = {}
        for _ in range(args.rounds):
            for q in queries:
                ms, cpu_ms, n = timed(store, q)
                runs[q].append(ms)
                cpu[q].append(cpu_ms)
                found[q] = n
        load_after = os.getloadavg()[0]
    all_ms = [ms for v in runs.values() for ms in v]
    all_cpu = [ms for v in cpu.values() for ms in v]
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, "
          f"Python {platform.python_version()}; load average {load_before:.1f} before, {load_after:.1f} after")
    print(f"data: {counts['notes']:,} notes, {sum(counts.values()):,} records, {path.stat().st_size / 1e6:.0f} MB")
    print(f"warm-up pass (cold pages): median {statistics.median(first):.1f} ms, max {max(first):.1f} ms")
    print(f"{len(all_ms)} timed searches: median {statistics.median(all_ms):.2f} ms, "
          f"p95 {pct(all_ms, 95):.2f} ms, max {max(all_ms):.2f} ms (wall clock)")
    print(f"  CPU time of the same searches: median {statistics.median(all_cpu):.2f} ms, "
          f"p95 {pct(all_cpu, 95):.2f} ms, max {max(all_cpu):.2f} ms (what they cost on an idle machine)")
    print("slowest queries (worst wall clock / worst CPU of their runs):")
    for q in sorted(runs, key=lambda q: max(cpu[q]), reverse=True)[: args.show]:
        print(f"  {max(runs[q]):7.2f} / {max(cpu[q]):5.2f} ms  {found[q]:>3} hits  {q!r}")
    ok = pct(all_ms, 95) < 20 and max(all_ms) < 30
    print("target p95 < 20 ms, max < 30 ms:", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
