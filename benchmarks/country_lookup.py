"""Benchmark: a country field's search at each keystroke, and the one-off index behind it.

    python benchmarks/country_lookup.py [--rounds 5]

A country field (and every spreadsheet cell read as a country) asks
``find_countries`` at each keystroke. Prints the first call of the process (it
gathers every country's names from pycountry, its Dutch translation and CLDR)
and the median per keystroke afterwards, typing "india" and "ver" letter by
letter in Dutch, as a user does. The figures go in benchmarks/README.md under
"Country field"; a test checks only that the names are gathered once.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefer.model.country_lookup import find_countries  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    started = time.perf_counter()
    find_countries("i")
    first = time.perf_counter() - started
    typed = [word[:n] for word in ("india", "ver", "zuid-korea") for n in range(1, len(word) + 1)]
    rounds = []
    for _ in range(args.rounds):
        started = time.perf_counter()
        for text in typed:
            find_countries(text, "nl")
        rounds.append((time.perf_counter() - started) / len(typed))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"first call (names gathered): {first * 1000:.0f} ms")
    print(f"per keystroke, median of {args.rounds} rounds of {len(typed)}: {statistics.median(rounds) * 1000:.2f} ms "
          f"(max round {max(rounds) * 1000:.2f} ms); load average {load:.1f}")


if __name__ == "__main__":
    main()
