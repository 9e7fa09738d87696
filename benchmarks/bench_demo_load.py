"""How long a fresh install takes to load the bundled demo into a new database file.

Run from the repository root:  python benchmarks/bench_demo_load.py
Target: well under a second, so the first start of the app still opens in about a second.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefer.demo import load_demo  # noqa: E402
from briefer.store import Store  # noqa: E402


def once(folder: Path, n: int) -> float:
    start = time.perf_counter()
    with Store.open(folder / f"bench-{n}.sqlite", user="bench") as store:
        load_demo(store)
    return time.perf_counter() - start


def main(runs: int = 5) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        times = [once(Path(tmp), n) for n in range(runs)]
    print(f"demo load into a new file (open + migrate + load + commit): median {statistics.median(times) * 1000:.0f} ms, "
          f"min {min(times) * 1000:.0f} ms over {runs} runs")


if __name__ == "__main__":
    main()
