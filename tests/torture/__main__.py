"""``python -m tests.torture [--kills N] [--races N] [--fuzz N]`` from the checkout.

Runs the kills (:mod:`.kills`), the races (:mod:`.races`) and the long fuzz
(tests/fuzz_long.py: ``--fuzz`` examples per property) and prints one table. Exit code 0
only when every count but rounds and kills is 0 and every fuzz case passed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.torture", description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=80, help="SIGKILLs, spread over the operations (default 80)")
    parser.add_argument("--races", type=int, default=2, help="rounds of each race (default 2)")
    parser.add_argument("--fuzz", type=int, default=0, help="examples per fuzz property (default 0: no fuzz)")
    parser.add_argument("--only", action="append", help="only this kill operation or race (repeatable)")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args(argv)

    from . import kills, races
    from .tally import table
    from .world import build

    started = time.monotonic()
    tallies = []
    with tempfile.TemporaryDirectory(prefix="briefer-torture-") as tmp:
        root = Path(tmp)
        print(f"building the data folders in {root} …", flush=True)
        world = build(root / "world")
        log = lambda line: print(line, flush=True)  # noqa: E731
        if args.kills:
            tallies += kills.run(world, root / "kill", args.kills, seed=args.seed, only=args.only, log=log)
        if args.races:
            tallies += races.run(world, root / "race", args.races, seed=args.seed, only=args.only, log=log)
    print()
    print(table(tallies), flush=True)
    failed = any(t.failures for t in tallies)
    if args.fuzz:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        import fuzz_long

        print()
        failed |= fuzz_long.main([str(args.fuzz)]) != 0
    print(f"\ntorture: {'FAILED' if failed else 'passed'} in {time.monotonic() - started:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
