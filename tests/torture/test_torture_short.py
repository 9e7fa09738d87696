"""The short version of the crash-and-race suite, for CI (``python -m tests.torture`` is the long one).

One SIGKILL at a random moment of each whole-file operation and of a note saver, and one round
of the races that lost data in issue 14, on a small data folder: every count must be 0. And the
counters themselves are checked against folders known to be bad, so a suite that reports 0
does so because nothing was lost, not because it looked away.
"""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import pytest

from . import kills, races
from . import world as w
from .tally import Tally, table

pytestmark = [pytest.mark.skipif(os.name != "posix", reason="SIGKILL and POSIX file locks"),
              # kills at random moments: where they land depends on how long encryption takes
              pytest.mark.real_kdf]


@pytest.fixture(scope="module")
def small_world(tmp_path_factory) -> w.World:
    return w.build(tmp_path_factory.mktemp("torture") / "world", notes=200)


def test_a_kill_in_every_whole_file_operation_loses_nothing(small_world, tmp_path):
    tallies = kills.run(small_world, tmp_path / "kill", 1, seed=int.from_bytes(os.urandom(2), "big"), span=0.4,
                        log=lambda line: None)
    assert {t.name for t in tallies} >= {"kill: encrypt", "kill: passphrase", "kill: decrypt", "kill: restore",
                                         "kill: archive restore", "kill: backup", "kill: first start"}
    assert sum(t.rounds for t in tallies) == len(tallies)
    assert sum(t.failures for t in tallies) == 0, table(tallies)


@pytest.mark.parametrize("race", ["saver vs restore", "two archive fills"])
def test_the_races_of_issue_14_lose_nothing(small_world, tmp_path, race):
    tallies = races.run(small_world, tmp_path / "race", 1, seed=int.from_bytes(os.urandom(2), "big"), only=[race],
                        log=lambda line: None)
    assert [t.rounds for t in tallies] == [1]
    assert tallies[0].failures == 0, table(tallies)


def _round(world: w.World, data: Path) -> kills.Round:
    return kills.Round(world, data, Tally("probe"), "", None)


def test_the_counters_see_plaintext_strays_and_lost_notes(small_world, tmp_path):
    """Folders known to be bad are counted as bad: the zeros above mean something."""
    data = w.fresh_copy(small_world.encrypted, tmp_path / "data")
    plain_backup = w.backups(small_world.plain)[0]
    shutil.copy(plain_backup, data / "backups" / plain_backup.name.replace("-manual", "-daily"))
    (data / "backups" / ".partial-0123.sqlite").write_bytes(b"left by a killed backup")
    r = _round(small_world, data)
    r.all_under(w.OLD)
    assert r.tally.plaintext >= plain_backup.stat().st_size
    assert r.tally.other == 2  # the plain backup is not under the key; the stray is left
    ids = sorted(small_world.current)
    r.lost(frozenset(ids) | {"no-such-note"}, data / w.DB, key=w.OLD)
    assert r.tally.lost == 1


def test_a_traceback_and_a_file_that_does_not_open_are_counted(small_world, tmp_path):
    data = w.fresh_copy(small_world.plain, tmp_path / "data")
    (data / w.DB).write_bytes(b"this is not a database at all" * 100)
    for suffix in ("-wal", "-shm"):
        Path(str(data / w.DB) + suffix).unlink(missing_ok=True)
    r = _round(small_world, data)
    assert not r.checked(None)
    assert r.tally.unopenable == 1
    tally = Tally("probe")
    races._finish(races._start("cli", str(data), "no-such-command-" + str(random.random())), tally, "probe")
    assert tally.tracebacks + tally.other == 1  # argparse's usage: more than one line
