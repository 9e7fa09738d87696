"""Whole-file operations against real processes: nothing a command acknowledged is lost.

A restore, an archive filled into an empty store, an encryption — each puts a new
file at the database's path. Every other process must either wait for it and then
work on the new file, or refuse in one line; never write into the file about to be
replaced (briefer/store/wholefile/hold.py). Each test races real ``briefer``
processes (tests/security/race_actor.py) and then checks what a user would: every
command that exited 0 did what it said, in the database as it is now.

``BRIEFER_RACE_ROUNDS=N`` repeats the randomly timed races N times (default 1).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefer.exchange.bundle import export_bundle
from briefer.exchange.merge import import_bundle
from briefer.model import Note
from tests.conftest import backup_copy
from briefer.store import Store
from tests.cheap_kdf import child_pythonpath

ROOT = Path(__file__).resolve().parents[2]
ACTOR = Path(__file__).with_name("race_actor.py")
ROUNDS = int(os.environ.get("BRIEFER_RACE_ROUNDS", "1"))
NOTES_PER_ARCHIVE = 300

pytestmark = pytest.mark.skipif(os.name != "posix", reason="races real processes with POSIX file locks")


def _env(**extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RACE_")}
    env.update(PYTHONPATH=child_pythonpath(ROOT), BRIEFER_USER="race", **extra)
    return env


def _start(*args: str, **extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(ACTOR), *args], env=_env(**extra), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(proc: subprocess.Popen) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=120)
    assert "Traceback" not in err, err
    return proc.returncode, out, err


def _wait_for(flag: Path, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while not flag.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the operation never reached its exclusive hold"
        time.sleep(0.005)


def _note_bodies(database: Path) -> set[str]:
    with Store.open(database, user="check") as s:
        return {n.body for n in s.notes.list()}


@pytest.fixture(scope="module")
def archives(tmp_path_factory) -> tuple[Path, Path]:
    """Two laptops' archives of one conference, each with notes the other lacks."""
    folder = tmp_path_factory.mktemp("archives")
    sys.path.insert(0, str(ROOT / "tests" / "exchange"))
    from exchange_world import build_world

    base = folder / "base.briefer"
    with Store.open(folder / "one.sqlite", user="one") as one:
        build_world(one)
        export_bundle(one, base)
    out = []
    for n, name in ((1, "one"), (2, "two")):
        with Store.open(folder / f"{name}.sqlite", user=name) as s:
            if n == 2:
                import_bundle(s, base)
            s.notes.put_many([Note(author=name, body=f"laptop {name} note {i}") for i in range(NOTES_PER_ARCHIVE)])
            export_bundle(s, folder / f"{name}.briefer")
        out.append(folder / f"{name}.briefer")
    return out[0], out[1]


def _laptop_notes(name: str) -> set[str]:
    return {f"laptop {name} note {i}" for i in range(NOTES_PER_ARCHIVE)}


def _check_imports(database: Path, results: dict[str, int]) -> None:
    bodies = _note_bodies(database)
    assert any(code == 0 for code in results.values())
    for name, code in results.items():
        if code == 0:  # it said "N added": they are there
            assert _laptop_notes(name) <= bodies, f"the import of laptop {name} exited 0 but its notes are gone"


def test_a_second_import_during_an_archive_restore_waits_and_merges(archives, tmp_path):
    """The second ``briefer import`` starts while the first holds the empty store to fill it."""
    data = tmp_path / "data"
    flag = tmp_path / "holding"
    first = _start("cli", str(data), "import", str(archives[0]),
                   RACE_HOLD_OPERATION="restoring", RACE_HOLD_FILE=str(flag), RACE_HOLD_SECONDS="1.0")
    _wait_for(flag, first)
    second = _start("cli", str(data), "import", str(archives[1]))
    results = {"one": _finish(first)[0], "two": _finish(second)[0]}
    assert results == {"one": 0, "two": 0}
    _check_imports(data / "briefer.sqlite", results)


@pytest.mark.slow
@pytest.mark.parametrize("round_", range(ROUNDS))
def test_two_archive_imports_started_together_lose_nothing(archives, tmp_path, round_):
    data = tmp_path / "data"
    procs = {"one": _start("cli", str(data), "import", str(archives[0])),
             "two": _start("cli", str(data), "import", str(archives[1]))}
    results = {}
    for name, proc in procs.items():
        code, _, err = _finish(proc)
        assert code == 0 or len(err.strip().splitlines()) == 1, err  # refused: one line
        results[name] = code
    _check_imports(data / "briefer.sqlite", results)


def _check_saver(database: Path, out: str) -> int:
    acked = [line.split()[1] for line in out.splitlines() if line.startswith("ACK ")]
    with Store.open(database, user="check") as s:
        missing = [i for i in acked if s.notes.find(i) is None] if hasattr(s.notes, "find") else \
            [i for i in acked if i not in {n.id for n in s.notes.list()}]
    assert missing == [], f"{len(missing)} of {len(acked)} acknowledged notes were lost"
    return len(acked)


def test_notes_saved_during_an_archive_restore_survive_it(archives, tmp_path):
    data = tmp_path / "data"
    flag = tmp_path / "holding"
    imp = _start("cli", str(data), "import", str(archives[0]),
                 RACE_HOLD_OPERATION="restoring", RACE_HOLD_FILE=str(flag), RACE_HOLD_SECONDS="1.0")
    _wait_for(flag, imp)
    saver = _start("saver", str(data / "briefer.sqlite"), "40")
    assert _finish(imp)[0] == 0
    code, out, _ = _finish(saver)
    assert code == 0
    assert _check_saver(data / "briefer.sqlite", out) == 40  # they waited for the restore, then saved
    _check_imports(data / "briefer.sqlite", {"one": 0})


@pytest.mark.slow
@pytest.mark.parametrize("round_", range(ROUNDS))
def test_a_note_saver_and_an_archive_import_started_together_lose_nothing(archives, tmp_path, round_):
    data = tmp_path / "data"
    data.mkdir()
    saver = _start("saver", str(data / "briefer.sqlite"), "60")
    imp = _start("cli", str(data), "import", str(archives[0]))
    imp_code, _, err = _finish(imp)
    assert imp_code == 0 or len(err.strip().splitlines()) == 1, err
    code, out, _ = _finish(saver)
    assert code == 0
    _check_saver(data / "briefer.sqlite", out)
    if imp_code == 0:
        _check_imports(data / "briefer.sqlite", {"one": 0})


def _autolock(data: Path) -> str:
    code, out, _ = _finish(_start("cli", str(data), "autolock"))
    assert code == 0
    return out


@pytest.mark.parametrize("operation", ["restore", "import"])
def test_autolock_set_during_a_whole_file_operation_is_kept(archives, tmp_path, operation):
    data = tmp_path / "data"
    flag = tmp_path / "holding"
    if operation == "restore":
        data.mkdir()
        with Store.open(data / "briefer.sqlite", user="setup", backup_dir=data / "backups") as s:
            s.notes.add(Note(author="setup", body="before the backup"))
        code, out, _ = _finish(_start("cli", str(data), "backup"))
        assert code == 0
        name = out.split("backup written: ")[1].split()[0]
        args = ("restore", name)
    else:
        args = ("import", str(archives[0]))
    whole = _start("cli", str(data), *args, RACE_HOLD_OPERATION="restoring", RACE_HOLD_FILE=str(flag),
                   RACE_HOLD_SECONDS="1.0")
    _wait_for(flag, whole)
    code, out, err = _finish(_start("cli", str(data), "autolock", "3"))
    assert code == 0, err
    assert "3 idle minute" in out
    assert _finish(whole)[0] == 0
    assert "after 3 idle minute" in _autolock(data)  # it exited 0, so it is there


def test_a_command_refuses_in_one_line_while_a_restore_takes_long(tmp_path, capsys, monkeypatch):
    from briefer.cli import main
    from briefer.store.wholefile import hold
    from briefer.store.wholefile.hold import exclusive

    data = tmp_path / "data"
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(data))
    assert main(["autolock", "5"]) == 0
    db = data / "briefer.sqlite"
    before = db.read_bytes()
    monkeypatch.setattr(hold, "SHARED_WAIT", 0.2)
    with exclusive(db, "restoring"):  # as another process's restore would
        code = main(["autolock", "3"])
        _, err = capsys.readouterr()
    assert code == 6
    assert err.strip().splitlines() == [
        f"briefer: error: {db}: another Briefer is restoring this database; try again when it is done"]
    assert db.read_bytes() == before
    assert main(["autolock"]) == 0 and "after 5 idle minute" in capsys.readouterr()[0]


def test_a_restore_refuses_while_another_window_has_the_database_open(tmp_path, capsys, monkeypatch):
    from briefer.cli import main
    from briefer.store.wholefile import hold

    data = tmp_path / "data"
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(data))
    assert main(["autolock", "5"]) == 0 and main(["backup"]) == 0
    name = capsys.readouterr()[0].split("backup written: ")[1].split()[0]
    monkeypatch.setattr(hold, "EXCLUSIVE_WAIT", 0.2)
    with Store.open(data / "briefer.sqlite") as window:  # the desktop app, say
        window.notes.add(Note(author="me", body="typed in the window"))
        window.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # no WAL to give it away: only the hold
        assert main(["restore", name]) == 6
        assert "another Briefer window or command has the database open" in capsys.readouterr()[1]
        assert [n.body for n in window.notes.list()] == ["typed in the window"]


def test_demo_force_does_not_move_a_database_another_window_has_open(tmp_path, capsys, monkeypatch, mini_demo):
    from briefer.cli import main
    from briefer.store.wholefile import hold

    data = tmp_path / "data"
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(data))
    monkeypatch.setattr(hold, "EXCLUSIVE_WAIT", 0.2)
    data.mkdir()
    with Store.open(data / "briefer.sqlite") as window:
        window.notes.add(Note(author="me", body="typed in the window"))
        assert main(["demo", "--force"]) == 6
        assert "another Briefer window or command has the database open" in capsys.readouterr()[1]
        window.notes.add(Note(author="me", body="and still saved where it belongs"))
    assert sorted(_note_bodies(data / "briefer.sqlite")) == ["and still saved where it belongs", "typed in the window"]
    assert list(data.glob("briefer-before-demo-*")) == []


def test_two_restores_at_once_run_one_after_the_other(tmp_path):
    """The second restore waits for the first to finish, then replaces its result (which is kept as a backup)."""
    data = tmp_path / "data"
    data.mkdir()
    names = []
    for body in ("state A", "state B"):
        with Store.open(data / "briefer.sqlite", user="setup") as s:
            for n in s.notes.list():
                s.notes.delete(n.id)
            s.notes.add(Note(author="setup", body=body))
        code, out, _ = _finish(_start("cli", str(data), "backup"))
        assert code == 0
        names.append(out.split("backup written: ")[1].split()[0])
    flag = tmp_path / "holding"
    first = _start("cli", str(data), "restore", names[0], RACE_HOLD_OPERATION="restoring",
                   RACE_HOLD_FILE=str(flag), RACE_HOLD_SECONDS="1.0")
    _wait_for(flag, first)
    second = _start("cli", str(data), "restore", names[1])
    assert _finish(first)[0] == 0
    assert _finish(second)[0] == 0
    assert "state B" in _note_bodies(data / "briefer.sqlite") and "state A" not in _note_bodies(data / "briefer.sqlite")
    from briefer.store.wholefile.backup import list_backups

    kept = [b for b in list_backups(data / "backups") if b.reason == "restore"]
    assert len(kept) == 2  # what each restore replaced is kept: nothing is lost, only set aside
    with Store.open(backup_copy(kept[0], tmp_path), user="check", backup_dir=tmp_path / "elsewhere") as s:
        assert [n.body for n in s.notes.list()] == ["state A"]  # the newest: the first restore's result


def _ids_in(path: Path) -> set[str]:
    from briefer.store.db import open_keyed

    conn = open_keyed(path, None, readonly=True)
    try:
        return {r[0] for r in conn.execute("SELECT id FROM notes")}
    finally:
        conn.close()


@pytest.mark.parametrize("timing", ["known"] + [f"random-{i}" for i in range(ROUNDS)])
def test_notes_saved_while_a_backup_is_restored_are_kept_or_set_aside_never_lost(tmp_path, timing):
    """A restore replaces the database on purpose: what it replaces is kept as a backup. A save that
    exited 0 must be in the restored database (it waited) or in that backup (it came first) — never
    written into the old file after the backup was taken and then dropped by the swap."""
    import random

    data = tmp_path / "data"
    data.mkdir()
    with Store.open(data / "briefer.sqlite", user="setup") as s:
        s.notes.add(Note(author="setup", body="in the backup"))
    code, out, _ = _finish(_start("cli", str(data), "backup"))
    name = out.split("backup written: ")[1].split()[0]
    saver = _start("saver", str(data / "briefer.sqlite"), "60")
    if timing == "known":
        flag = tmp_path / "holding"
        time.sleep(0.5)
        restore = _start("cli", str(data), "restore", name, RACE_HOLD_OPERATION="restoring",
                         RACE_HOLD_FILE=str(flag), RACE_HOLD_SECONDS="1.0")
        _wait_for(flag, restore)
    else:
        time.sleep(random.uniform(0.3, 1.5))
        restore = _start("cli", str(data), "restore", name)
    assert _finish(restore)[0] == 0
    code, out, _ = _finish(saver)
    assert code == 0
    acked = {line.split()[1] for line in out.splitlines() if line.startswith("ACK ")}
    from briefer.store.wholefile.backup import list_backups

    set_aside = [backup_copy(b, tmp_path) for b in list_backups(data / "backups") if b.reason == "restore"]
    kept = _ids_in(data / "briefer.sqlite").union(*(_ids_in(p) for p in set_aside))
    assert acked - kept == set(), f"{len(acked - kept)} of {len(acked)} acknowledged notes were lost"
