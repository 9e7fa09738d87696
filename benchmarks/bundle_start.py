"""Cold start of the frozen app (dist/Briefer): process start → main window shown and filled.

    python benchmarks/bundle_start.py [--runs 5] [BUNDLE_DIR ...]   # default: dist/Briefer

Each run starts ``briefer`` from the bundle with an empty HOME, a minimal
environment and QT_QPA_PLATFORM=offscreen, on the demo conference (loaded once by
the bundle itself into a temporary data folder), with BRIEFER_GUI_EXIT_AFTER_START=1:
the app prints "ready" when the window is shown with its first view filled, and
quits. The time is taken from just before the spawn to that line. ``briefer
--version`` (interpreter + command-line start, no Qt) is timed the same way.
With several bundles the runs alternate between them, so that the load of a
shared machine hits each alike. Needs nothing but the standard library.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def environment(work: Path, **extra: str) -> dict[str, str]:
    home = work / "home"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir()
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
            "BRIEFER_DATA_DIR": str(work / "data"), **extra}


def timed(command: list[str], env: dict[str, str], until: str | None) -> tuple[float, float]:
    """Seconds until a line starting with ``until`` (or the end of output), and until the process ended."""
    start = time.perf_counter()
    seen = None
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as proc:
        for line in proc.stdout:
            if seen is None and until and line.startswith(until):
                seen = time.perf_counter() - start
        proc.wait(timeout=60)
    ended = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{command[0]} exited with {proc.returncode}")
    return (ended if seen is None else seen), ended


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundles", nargs="*", type=Path, default=[ROOT / "dist" / "Briefer"])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="briefer-bundle-start-"))
    try:
        exes = [str((b / "briefer").resolve()) for b in args.bundles]
        subprocess.run([exes[0], "demo"], env=environment(work), check=True, stdout=subprocess.DEVNULL)
        gui = {e: [] for e in exes}
        gui_exit = {e: [] for e in exes}
        version = {e: [] for e in exes}
        for _ in range(args.runs):
            for exe in exes:
                version[exe].append(timed([exe, "--version"], environment(work), None)[1])
                env = environment(work, QT_QPA_PLATFORM="offscreen", BRIEFER_GUI_EXIT_AFTER_START="1")
                ready, ended = timed([exe], env, "ready")
                gui[exe].append(ready)
                gui_exit[exe].append(ended)
        for exe in exes:
            print(exe)
            for label, times in (("window ready", gui), ("…and quit", gui_exit), ("--version", version)):
                print(f"  {label:<13}" + " / ".join(f"{t:.2f}" for t in times[exe])
                      + f" s (median {statistics.median(times[exe]):.2f})")
        print(f"load average: {os.getloadavg()[0]:.1f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
