"""SIGKILL at a random moment of every whole-file operation and of a writer, then the next command.

Each round copies a data folder from :mod:`.world`, starts the operation as a real process
(a fork of this process running :mod:`.actor`), waits until the operation itself has begun (its exclusive hold, or the first
call of its working function), sleeps a random time drawn from the operation's own measured
duration and kills it. Then it does what a user does next — ``briefer check`` with the
passphrase that opens the database (and ``encrypt`` again when an encryption was cut off
before its swap) — and counts what a user would lose (see :mod:`.tally`).
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import world as w
from .tally import Tally
from tests.cheap_kdf import child_pythonpath

ROOT = Path(__file__).resolve().parents[2]
ACTOR = Path(__file__).with_name("actor.py")
#: where the backup is written (the kill aims at it; it takes no exclusive hold)
BACKUP_AT = "briefer.store.wholefile.backup:backup_connection"


@dataclass
class Operation:
    name: str
    template: Callable[[w.World], Path | None]
    args: Callable[[w.World, Path], list[str]]
    check: Callable[["Round"], None]
    env: dict[str, str] = field(default_factory=dict)
    announce: str | None = None  # the exclusive hold's name, when it takes one
    start_at: str = "-"  # else: the function whose first call starts the clock
    weight: int = 5  # share of the kills; a conversion round costs several key derivations, so 1


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


def _env(op: Operation, flag: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RACE_", "BRIEFER_"))}
    env.update(PYTHONPATH=child_pythonpath(ROOT), BRIEFER_USER="torture", **op.env)
    if op.announce:
        env.update(RACE_HOLD_OPERATION=op.announce, RACE_HOLD_FILE=str(flag), RACE_HOLD_SECONDS="0")
    return env


def _started(op: Operation, flag: Path, out: Path) -> bool:
    if op.name == "note saves":
        return out.exists() and "ACK " in out.read_text()
    return flag.exists()


class Child:
    """A forked copy of this process running the operation: no interpreter start-up per round.

    The suite has Briefer imported already, so a fork starts the operation at once — a round
    costs the operation, not Python's start-up (a spawned ``actor.py`` took seconds on a busy
    machine). The child installs the same hooks as tests/security/race_actor.py.
    """

    def __init__(self, argv: list[str], env: dict[str, str], out: Path, err: Path, start_at: str, flag: Path):
        self.err_path = err
        self.returncode: int | None = None
        pid = os.fork()
        if pid == 0:  # the child: never returns
            code = 70
            try:
                fd_out = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                fd_err = os.open(err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                os.dup2(fd_out, 1)
                os.dup2(fd_err, 2)
                # Python's own streams onto those (under pytest they are its capture objects)
                sys.stdout = open(1, "w", buffering=1, closefd=False)  # noqa: SIM115
                sys.stderr = open(2, "w", buffering=1, closefd=False)  # noqa: SIM115
                os.environ.clear()
                os.environ.update(env)
                sys.path.insert(0, str(ROOT / "tests" / "security"))
                from . import actor

                code = actor.main([str(flag), start_at, *argv])
            except BaseException:  # noqa: BLE001 — shown in the child's stderr, counted by the parent
                import traceback

                traceback.print_exc()
            finally:
                with contextlib.suppress(Exception):
                    sys.stdout.flush()
                    sys.stderr.flush()
                os._exit(int(code or 0) & 0xFF)
        self.pid = pid

    def poll(self) -> int | None:
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def kill(self) -> None:
        os.kill(self.pid, signal.SIGKILL)

    def wait(self, timeout: float = 300) -> int:
        deadline = time.monotonic() + timeout
        while self.poll() is None:
            if time.monotonic() > deadline:
                self.kill()
            time.sleep(0.005)
        return self.returncode

    def stderr(self) -> str:
        return self.err_path.read_text(errors="replace") if self.err_path.exists() else ""


def _launch(op: Operation, world: w.World, work: Path) -> tuple[Child, Path, Path, Path]:
    data = w.fresh_copy(op.template(world), work / "data")
    flag, out = work / "started", work / "stdout"
    flag.unlink(missing_ok=True)
    argv = (["saver", str(data / w.DB), "100000"] if op.name == "note saves"
            else ["cli", str(data), *op.args(world, data)])
    return Child(argv, _env(op, flag), out, work / "stderr", op.start_at, flag), data, flag, out


def _wait_started(op: Operation, proc: Child, flag: Path, out: Path) -> float:
    deadline = time.monotonic() + 60
    while not _started(op, flag, out):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.wait()
            raise RuntimeError(f"{op.name}: never started ({proc.stderr()[-500:]})")
        time.sleep(0.002)
    return time.monotonic()


def calibrate(op: Operation, world: w.World, work: Path) -> float:
    """How long the operation runs from its start to the process's end, unkilled (the saver: a fixed span)."""
    if op.name == "note saves":
        return 1.5
    proc, data, flag, out = _launch(op, world, work)
    began = _wait_started(op, proc, flag, out)
    proc.wait()
    took = time.monotonic() - began
    if proc.returncode != 0:
        raise RuntimeError(f"{op.name}: exited {proc.returncode} unkilled: {proc.stderr()[-500:]}")
    return took


def kill_round(op: Operation, world: w.World, work: Path, span: float, rng: random.Random, tally: Tally) -> None:
    proc, data, flag, out = _launch(op, world, work)
    _wait_started(op, proc, flag, out)
    time.sleep(rng.uniform(0, span))
    killed = proc.poll() is None
    if killed:
        proc.kill()
    proc.wait()
    err = proc.stderr()
    tally.rounds += 1
    tally.kills += killed
    if "Traceback" in err:
        tally.fail("tracebacks", 1, f"the {op.name} itself: {err.strip().splitlines()[-1]}")
    op.check(Round(world, data, tally, out.read_text(), None if killed else proc.returncode))


def run(world: w.World, work: Path, kills: int, *, seed: int = 14, only: list[str] | None = None,
        span: float | None = None, log: Callable[[str], None] = print) -> list[Tally]:
    """``kills`` rounds spread over the operations (at least one each); one tally per operation.

    ``span``: kill within this many seconds of the start instead of within each operation's
    measured duration (the short CI run saves the measuring).
    """
    ops = [op for op in operations() if not only or op.name in only]
    rng = random.Random(seed)
    tallies = []
    weights = sum(op.weight for op in ops)
    for op in ops:
        per_op = max(1, -(-kills * op.weight // weights))
        tally = Tally(f"kill: {op.name}")
        started = time.monotonic()
        took = span if span is not None else calibrate(op, world, work)
        for i in range(per_op):
            kill_round(op, world, work, took, rng, tally)
            if (i + 1) % 10 == 0:
                log(f"  {op.name}: {i + 1}/{per_op} rounds, {tally.kills} kills, {tally.failures} failures")
        tally.seconds = time.monotonic() - started
        tallies.append(tally)
    return tallies
