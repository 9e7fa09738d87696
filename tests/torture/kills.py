"""SIGKILL at a random moment of every whole-file operation and of a writer, then the next command.

Each round copies a data folder from :mod:`.world`, starts the operation as a real process
(:mod:`.actor`), waits until the operation itself has begun (its exclusive hold, or the first
call of its working function), sleeps a random time drawn from the operation's own measured
duration and kills it. Then it does what a user does next — ``briefer check`` with the
passphrase that opens the database (and ``encrypt`` again when an encryption was cut off
before its swap) — and counts what a user would lose (see :mod:`.tally`).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import world as w
from .tally import Tally

ROOT = Path(__file__).resolve().parents[2]
ACTOR = Path(__file__).with_name("actor.py")
#: where the backup is written (the kill aims at it; it takes no exclusive hold)
BACKUP_AT = "briefer.store.wholefile.backup:backup_connection|briefer.store.backup:backup_connection"


@dataclass
class Operation:
    name: str
    template: Callable[[w.World], Path | None]
    args: Callable[[w.World, Path], list[str]]
    check: Callable[["Round"], None]
    env: dict[str, str] = field(default_factory=dict)
    announce: str | None = None  # the exclusive hold's name, when it takes one
    start_at: str = "-"  # else: the function whose first call starts the clock
    weight: int = 3  # share of the kills; a conversion round costs several key derivations, so 1


@dataclass
class Round:
    world: w.World
    data: Path
    tally: Tally
    stdout: str
    code: int | None  # the killed process's exit code (None when SIGKILL got it)

    def next_command(self, *args: str, key: str | None = None, new: str | None = None) -> tuple[int, str, str]:
        code, out, err = w.cli(self.data, *args, passphrase=key, new=new)
        if code == -1 or "Traceback" in err:
            self.tally.fail("tracebacks", 1, f"{' '.join(args)}: {err.strip().splitlines()[-1]}")
        return code, out, err

    def checked(self, key: str | None) -> bool:
        """``briefer check``: the database opens and is sound (else counted unopenable)."""
        code, out, err = self.next_command("check", key=key)
        if code != 0:
            self.tally.fail("unopenable", 1, f"check exited {code}: {err.strip()[:200]}")
            return False
        return True

    def all_under(self, key: str | None) -> None:
        """Database and every backup under one key, nothing left over."""
        wrong = [b.name for b in w.backups(self.data) if not w.opens_with(b, key)]
        self.tally.fail("other", len(wrong), f"backups not under the database's key: {wrong}")
        left = w.leftovers(self.data)
        self.tally.fail("other", len(left), f"left behind: {left}")
        if key:
            self.tally.fail("plaintext", w.plaintext_bytes(self.data), "plaintext after the encryption")

    def lost(self, expected: frozenset[str], *places: Path, key: str | None = None) -> None:
        found: set[str] = set()
        for place in places:
            found |= w.note_ids(place, key) or set()
        self.tally.fail("lost", len(expected - found), f"{len(expected - found)} notes gone")


def _db(r: Round) -> Path:
    return r.data / w.DB


def check_encrypt(r: Round) -> None:
    key = w.key_of(_db(r), [w.OLD])
    if not r.checked(key):
        return
    if key is None:  # cut off before the swap: nothing encrypted, nothing left; encrypting again works
        r.all_under(None)
        code, _, err = r.next_command("encrypt", key=w.OLD)
        r.tally.fail("other", code != 0, f"encrypt again exited {code}: {err.strip()[:200]}")
    r.all_under(w.OLD)
    r.lost(r.world.current, _db(r), key=w.OLD)


def check_passphrase(r: Round) -> None:
    key = w.key_of(_db(r), [w.NEW, w.OLD])
    if key is None:
        r.tally.fail("unopenable", 1, "neither passphrase opens the database")
        return
    if r.checked(key):
        r.all_under(key)
        r.lost(r.world.current, _db(r), key=key)


def check_decrypt(r: Round) -> None:
    key = w.key_of(_db(r), [w.OLD])
    if r.checked(key):
        key = w.key_of(_db(r), [w.OLD])  # a resumed decryption may have finished
        r.all_under(key)
        r.lost(r.world.current, _db(r), key=key)


def check_backup(r: Round) -> None:
    if r.checked(None):
        r.all_under(None)
        r.lost(r.world.current, _db(r))


def check_restore(r: Round) -> None:
    if not r.checked(None):
        return
    r.all_under(None)
    now = w.note_ids(_db(r)) or set()
    if now not in (set(r.world.current), set(r.world.backed_up)):
        r.tally.fail("other", 1, f"the database holds neither state ({len(now)} notes)")
    # what the restore replaced is kept as a backup: nothing acknowledged is gone
    r.lost(r.world.current, _db(r), *w.backups(r.data))


def check_fill(r: Round) -> None:
    if not r.checked(None):
        return
    r.all_under(None)
    now = w.note_ids(_db(r)) or set()
    if now and now != set(r.world.current):
        r.tally.fail("other", 1, f"a partial archive restore: {len(now)} of {len(r.world.current)} notes")
    if r.code == 0:  # it said "added" before the kill came
        r.lost(r.world.current, _db(r))


def check_first_start(r: Round) -> None:
    if r.checked(None):
        code, out, err = r.next_command("autolock", "4")
        if code != 0:
            r.tally.fail("unopenable", 1, f"autolock after a killed first start: {err.strip()[:200]}")
        r.all_under(None)


def check_saves(r: Round) -> None:
    acked = frozenset(line.split()[1] for line in r.stdout.splitlines() if line.startswith("ACK "))
    if r.checked(None):
        r.lost(acked | r.world.current, _db(r))
        r.all_under(None)


def operations() -> list[Operation]:
    plain = lambda world: world.plain  # noqa: E731
    encrypted = lambda world: world.encrypted  # noqa: E731
    first_backup = lambda world, data: ["restore", w.backups(data)[0].name]  # noqa: E731
    return [
        Operation("encrypt", plain, lambda world, data: ["encrypt"], check_encrypt,
                  env={"BRIEFER_PASSPHRASE": w.OLD}, announce="encrypting", weight=1),
        Operation("passphrase", encrypted, lambda world, data: ["passphrase"], check_passphrase,
                  env={"BRIEFER_PASSPHRASE": w.OLD, "BRIEFER_NEW_PASSPHRASE": w.NEW}, announce="re-keying", weight=1),
        Operation("decrypt", encrypted, lambda world, data: ["decrypt"], check_decrypt,
                  env={"BRIEFER_PASSPHRASE": w.OLD}, announce="decrypting", weight=1),
        Operation("restore", plain, first_backup, check_restore, announce="restoring"),
        Operation("archive restore", lambda world: None, lambda world, data: ["import", str(world.archive_one)],
                  check_fill, announce="restoring"),
        Operation("backup", plain, lambda world, data: ["backup"], check_backup, start_at=BACKUP_AT),
        Operation("first start", lambda world: None, lambda world, data: ["autolock", "3"], check_first_start,
                  announce="creating"),
        Operation("note saves", plain, lambda world, data: [], check_saves),
    ]


def _command(op: Operation, world: w.World, data: Path, flag: Path) -> list[str]:
    if op.name == "note saves":
        return [sys.executable, str(ACTOR), str(flag), "-", "saver", str(data / w.DB), "100000"]
    return [sys.executable, str(ACTOR), str(flag), op.start_at, "cli", str(data), *op.args(world, data)]


def _env(op: Operation, flag: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RACE_", "BRIEFER_"))}
    env.update(PYTHONPATH=str(ROOT), BRIEFER_USER="torture", **op.env)
    if op.announce:
        env.update(RACE_HOLD_OPERATION=op.announce, RACE_HOLD_FILE=str(flag), RACE_HOLD_SECONDS="0")
    return env


def _started(op: Operation, flag: Path, out: Path) -> bool:
    if op.name == "note saves":
        return out.exists() and "ACK " in out.read_text()
    return flag.exists()


def _launch(op: Operation, world: w.World, work: Path) -> tuple[subprocess.Popen, Path, Path, Path]:
    data = w.fresh_copy(op.template(world), work / "data")
    flag, out = work / "started", work / "stdout"
    flag.unlink(missing_ok=True)
    with open(out, "w") as fh:
        proc = subprocess.Popen(_command(op, world, data, flag), env=_env(op, flag), cwd=ROOT,
                                stdout=fh, stderr=subprocess.PIPE, text=True)
    return proc, data, flag, out


def _wait_started(op: Operation, proc: subprocess.Popen, flag: Path, out: Path) -> float:
    deadline = time.monotonic() + 120
    while not _started(op, flag, out):
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"{op.name}: never started ({proc.communicate()[1][-500:]})")
        time.sleep(0.002)
    return time.monotonic()


def calibrate(op: Operation, world: w.World, work: Path) -> float:
    """How long the operation runs from its start to the process's end, unkilled (the saver: a fixed span)."""
    if op.name == "note saves":
        return 1.5
    proc, data, flag, out = _launch(op, world, work)
    began = _wait_started(op, proc, flag, out)
    _, err = proc.communicate(timeout=300)
    took = time.monotonic() - began
    if proc.returncode != 0:
        raise RuntimeError(f"{op.name}: exited {proc.returncode} unkilled: {err[-500:]}")
    return took


def kill_round(op: Operation, world: w.World, work: Path, span: float, rng: random.Random, tally: Tally) -> None:
    proc, data, flag, out = _launch(op, world, work)
    _wait_started(op, proc, flag, out)
    time.sleep(rng.uniform(0, span))
    killed = proc.poll() is None
    if killed:
        os.kill(proc.pid, signal.SIGKILL)
    _, err = proc.communicate(timeout=60)
    tally.rounds += 1
    tally.kills += killed
    if "Traceback" in err:
        tally.fail("tracebacks", 1, f"the {op.name} itself: {err.strip().splitlines()[-1]}")
    op.check(Round(world, data, tally, out.read_text(), None if killed else proc.returncode))


def run(world: w.World, work: Path, kills: int, *, seed: int = 14, only: list[str] | None = None,
        log: Callable[[str], None] = print) -> list[Tally]:
    """``kills`` rounds spread over the operations (at least one each); one tally per operation."""
    ops = [op for op in operations() if not only or op.name in only]
    rng = random.Random(seed)
    tallies = []
    weights = sum(op.weight for op in ops)
    for op in ops:
        per_op = max(1, -(-kills * op.weight // weights))
        tally = Tally(f"kill: {op.name}")
        started = time.monotonic()
        span = calibrate(op, world, work)
        for i in range(per_op):
            kill_round(op, world, work, span, rng, tally)
            if (i + 1) % 10 == 0:
                log(f"  {op.name}: {i + 1}/{per_op} rounds, {tally.kills} kills, {tally.failures} failures")
        tally.seconds = time.monotonic() - started
        tallies.append(tally)
    return tallies
