"""The long run of every hostile-input fuzz: ``python -m tests.fuzz_long [EXAMPLES]`` from the checkout.

CI runs the same properties with their small default example counts; this runs
each with ``EXAMPLES`` (default 3,000) and prints how many generated inputs
passed, so the figures in docs/reliability.md can be reproduced. Exit code:
pytest's (0 when every case passed).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

#: The properties that generate hostile input (bundles, CLI arguments and paths, calendars, demo JSON).
FUZZ = [
    "tests/security/test_security_bundle_fuzz.py::test_mutated_bundles_are_refused_cleanly",
    "tests/security/test_security_fuzz.py",
    "tests/schedule/test_schedule_ics_hostile.py",
]


def main(argv: list[str]) -> int:
    examples = int(argv[0]) if argv else 3000
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--hypothesis-show-statistics", *FUZZ],
        env={**os.environ, "BRIEFER_FUZZ_EXAMPLES": str(examples)}, capture_output=True, text=True)
    cases = sum(int(n) for n in re.findall(r"- (\d+) passing, 0 failing", done.stdout))
    failing = sum(int(n) for n in re.findall(r"- \d+ passing, (\d+) failing", done.stdout))
    print(done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr)
    print(f"fuzz: {cases:,} generated cases passed, {failing} failing, {time.monotonic() - started:.0f} s "
          f"({examples:,} per property)")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
