"""A real Briefer process for the whole-file race tests (tests/security/test_security_wholefile_races.py).

    python race_actor.py cli DATA_DIR ARGS...   run ``briefer --data-dir DATA_DIR ARGS...``
    python race_actor.py saver DATABASE N       save N notes, one open-save-close each; print
                                                "ACK <id>" only after a save returned

A known point to race against: with RACE_HOLD_OPERATION (e.g. "restoring") set, the
process touches RACE_HOLD_FILE as soon as it holds the database alone for that
operation, and waits RACE_HOLD_SECONDS just before it puts the new file in place —
so the test can start the other process exactly while the file is about to be replaced.

A known point to kill at: RACE_PAUSE_AT="module:function:before|after:N" makes the
N-th call of that function touch RACE_HOLD_FILE and then sleep (before or after the
real call), so the test can SIGKILL the process exactly there.

With RACE_KDF_ITER set, keys are derived with that many iterations (tests/cheap_kdf.py).

With RACE_REPLAY_MIGRATIONS set, a new database is made the way it is when the shipped
schema script is out of date: every migration replayed in turn (store/schema_snapshot.py).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def _install_hook() -> None:
    operation = os.environ.get("RACE_HOLD_OPERATION")
    if not operation:
        return
    from briefer.store.wholefile import crypto, fresh, swap
    from briefer.store.wholefile import hold as hold_mod

    real_announce = hold_mod.Hold.announce
    real_replace = swap.replace_database
    holding = []

    def announce_and_tell(self, what: str) -> None:
        real_announce(self, what)
        if what == operation:
            holding.append(what)
            Path(os.environ["RACE_HOLD_FILE"]).touch()

    def linger_then_replace(*args, **kwargs):
        if holding:
            time.sleep(float(os.environ.get("RACE_HOLD_SECONDS", "1.0")))
        return real_replace(*args, **kwargs)

    hold_mod.Hold.announce = announce_and_tell
    for module in (swap, fresh, crypto):
        module.replace_database = linger_then_replace


def _install_pause() -> None:
    spec = os.environ.get("RACE_PAUSE_AT")
    if not spec:
        return
    import importlib

    module_name, function, when, nth = spec.split(":")
    owner = importlib.import_module(module_name)
    *path, function = function.split(".")  # "Class.method" too
    for name in path:
        owner = getattr(owner, name)
    real = getattr(owner, function)
    calls = []

    def pause() -> None:
        Path(os.environ["RACE_HOLD_FILE"]).touch()
        time.sleep(120)

    def wrapper(*args, **kwargs):
        calls.append(1)
        here = len(calls) == int(nth)
        if here and when == "before":
            pause()
        result = real(*args, **kwargs)
        if here and when == "after":
            pause()
        return result

    setattr(owner, function, wrapper)


def _install_replay() -> None:
    if not os.environ.get("RACE_REPLAY_MIGRATIONS"):
        return
    from briefer.store import schema_snapshot

    schema_snapshot._shipped = lambda: None


def _saver(database: Path, count: int) -> int:
    from briefer.errors import BrieferError
    from briefer.model import Note
    from briefer.store import Store

    for i in range(count):
        try:
            with Store.open(database, user="saver") as store:
                note = store.notes.add(Note(author="saver", body=f"saver note {i}"))
        except BrieferError as exc:  # refused (e.g. busy): not acknowledged, so not a loss
            print(f"REFUSED {exc}", flush=True)
            continue
        print(f"ACK {note.id}", flush=True)
    return 0


def main(argv: list[str]) -> int:
    _install_hook()
    _install_pause()
    _install_replay()
    if argv[0] == "cli":
        from briefer.cli import main as cli_main

        return cli_main(["--data-dir", argv[1], *argv[2:]])
    if argv[0] == "saver":
        return _saver(Path(argv[1]), int(argv[2]))
    raise SystemExit(f"unknown mode {argv[0]!r}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
