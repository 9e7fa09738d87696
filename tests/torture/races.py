"""Every writer against a restore, started at random offsets from each other; and the issue's doubles.

A restore replaces the database on purpose; what it replaces is kept as a backup. So a write
that was acknowledged (exit 0, an ``ACK`` line) must be in the database afterwards or in one of
the backups — never written into the old file after its backup was taken and then dropped by the
swap. A refusal must be one line. The races:

* note saver, ``autolock``, archive import (merge), ``backup``, a second ``restore`` — each
  against ``briefer restore``;
* two archive imports into one empty store, and a note saver against an archive fill.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

from . import world as w
from .kills import ACTOR, ROOT
from .tally import Tally
from tests.cheap_kdf import child_pythonpath


def _start(*args: str) -> subprocess.Popen:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith(("RACE_", "BRIEFER_"))}
    env.update(PYTHONPATH=child_pythonpath(ROOT), BRIEFER_USER="race")
    return subprocess.Popen([sys.executable, str(ACTOR), "-", "-", *args], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(proc: subprocess.Popen, tally: Tally, what: str) -> tuple[int, str]:
    out, err = proc.communicate(timeout=300)
    if "Traceback" in err:
        tally.fail("tracebacks", 1, f"{what}: {err.strip().splitlines()[-1]}")
    elif proc.returncode != 0 and len(err.strip().splitlines()) != 1:
        tally.fail("other", 1, f"{what} refused in more than one line: {err.strip()[:300]}")
    return proc.returncode, out


def _meta(path: Path, key: str) -> str | None:
    from briefer.store.db import open_keyed

    try:
        conn = open_keyed(path, None, readonly=True)
    except Exception:  # noqa: BLE001
        return None
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None
    except Exception:  # noqa: BLE001
        return None
    finally:
        conn.close()


def _everywhere(data: Path) -> list[Path]:
    return [data / w.DB, *w.backups(data)]


def _ids_everywhere(data: Path) -> set[str]:
    found: set[str] = set()
    for place in _everywhere(data):
        found |= w.note_ids(place) or set()
    return found


def _pair(first: Callable[[], subprocess.Popen], second: Callable[[], subprocess.Popen],
          rng: random.Random) -> tuple[subprocess.Popen, subprocess.Popen]:
    """Start two processes with a random gap (either may go first)."""
    gap = rng.uniform(-0.8, 0.8)
    if gap < 0:
        b = second()
        time.sleep(-gap)
        return first(), b
    a = first()
    time.sleep(gap)
    return a, second()


def _restore_args(data: Path) -> list[str]:
    return ["cli", str(data), "restore", w.backups(data)[0].name]


def saver_vs_restore(world: w.World, data: Path, rng: random.Random, tally: Tally) -> None:
    saver, restore = _pair(lambda: _start("saver", str(data / w.DB), "60"), lambda: _start(*_restore_args(data)), rng)
    _finish(restore, tally, "restore")
    _, out = _finish(saver, tally, "saver")
    acked = {line.split()[1] for line in out.splitlines() if line.startswith("ACK ")}
    gone = acked - _ids_everywhere(data)
    tally.fail("lost", len(gone), f"{len(gone)} of {len(acked)} acknowledged notes gone")


def autolock_vs_restore(world: w.World, data: Path, rng: random.Random, tally: Tally) -> None:
    minutes = str(rng.randint(5, 59))
    lock, restore = _pair(lambda: _start("cli", str(data), "autolock", minutes), lambda: _start(*_restore_args(data)),
                          rng)
    _finish(restore, tally, "restore")
    code, _ = _finish(lock, tally, "autolock")
    if code == 0 and not any(_meta(p, "auto_lock_minutes") == minutes for p in _everywhere(data)):
        tally.fail("lost", 1, f"autolock {minutes} exited 0 and is nowhere")


def import_vs_restore(world: w.World, data: Path, rng: random.Random, tally: Tally) -> None:
    imp, restore = _pair(lambda: _start("cli", str(data), "import", str(world.archive_two)),
                         lambda: _start(*_restore_args(data)), rng)
    _finish(restore, tally, "restore")
    code, _ = _finish(imp, tally, "import")
    if code == 0:
        places = [w.note_ids(p) or set() for p in _everywhere(data)]
        if not any(world.two_only <= ids for ids in places):
            tally.fail("lost", len(world.two_only), "an import said 'added' and is whole nowhere")


def backup_vs_restore(world: w.World, data: Path, rng: random.Random, tally: Tally) -> None:
    backup, restore = _pair(lambda: _start("cli", str(data), "backup"), lambda: _start(*_restore_args(data)), rng)
    _finish(restore, tally, "restore")
    code, out = _finish(backup, tally, "backup")
    if code == 0:
        name = out.split("backup written: ")[1].split()[0]
        path = data / "backups" / name
        if not (path.exists() and w.opens_with(path, None)):
            tally.fail("lost", 1, f"backup {name} was written and is gone")


def restore_vs_restore(world: w.World, data: Path, rng: random.Random, tally: Tally) -> None:
    first, second = _pair(lambda: _start(*_restore_args(data)), lambda: _start(*_restore_args(data)), rng)
    _finish(first, tally, "restore")
    _finish(second, tally, "restore")
    gone = world.current - _ids_everywhere(data)
    tally.fail("lost", len(gone), f"{len(gone)} notes of the replaced state gone")


def two_fills(world: w.World, data: Path, rng: random.Random, tally: Tally) -> None:
    one, two = _pair(lambda: _start("cli", str(data), "import", str(world.archive_one)),
                     lambda: _start("cli", str(data), "import", str(world.archive_two)), rng)
    codes = {"one": _finish(one, tally, "import one")[0], "two": _finish(two, tally, "import two")[0]}
    now = w.note_ids(data / w.DB) or set()
    expected = {"one": world.current, "two": world.current | world.two_only}
    for name, code in codes.items():
        if code == 0:
            gone = expected[name] - now
            tally.fail("lost", len(gone), f"import {name} said 'added'; {len(gone)} of its notes are gone")


def saver_vs_fill(world: w.World, data: Path, rng: random.Random, tally: Tally) -> None:
    data.mkdir()
    saver, imp = _pair(lambda: _start("saver", str(data / w.DB), "60"),
                       lambda: _start("cli", str(data), "import", str(world.archive_one)), rng)
    code, _ = _finish(imp, tally, "import")
    _, out = _finish(saver, tally, "saver")
    acked = {line.split()[1] for line in out.splitlines() if line.startswith("ACK ")}
    now = w.note_ids(data / w.DB) or set()
    gone = (acked - now) | ((world.current - now) if code == 0 else set())
    tally.fail("lost", len(gone), f"{len(gone)} acknowledged notes gone")


RACES: list[tuple[str, Callable, bool]] = [  # name, race, starts from the plain folder (else: no folder)
    ("saver vs restore", saver_vs_restore, True),
    ("autolock vs restore", autolock_vs_restore, True),
    ("import vs restore", import_vs_restore, True),
    ("backup vs restore", backup_vs_restore, True),
    ("restore vs restore", restore_vs_restore, True),
    ("two archive fills", two_fills, False),
    ("saver vs archive fill", saver_vs_fill, False),
]


def run(world: w.World, work: Path, rounds: int, *, seed: int = 14, only: list[str] | None = None,
        log: Callable[[str], None] = print) -> list[Tally]:
    rng = random.Random(seed)
    tallies = []
    for name, race, plain in RACES:
        if only and name not in only:
            continue
        tally = Tally(f"race: {name}")
        started = time.monotonic()
        for i in range(rounds):
            data = w.fresh_copy(world.plain if plain else None, work / "data")
            tally.rounds += 1
            race(world, data, rng, tally)
            w.fresh_copy(None, work / "data")
        tally.seconds = time.monotonic() - started
        log(f"  {name}: {rounds} rounds, {tally.failures} failures")
        tallies.append(tally)
    return tallies
