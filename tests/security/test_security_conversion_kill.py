"""A conversion or backup killed at a known point: the next command finishes or undoes it.

``briefer encrypt`` (or ``passphrase``, ``decrypt``) rewrites the database and every
backup one file at a time; ``briefer backup`` writes a temporary file first. Each test
kills a real process with SIGKILL at one of those points (tests/security/race_actor.py,
RACE_PAUSE_AT), runs an ordinary command next, and checks what a user relies on: no
plaintext left anywhere in the data folder after an encryption, every backup opens with
the database's passphrase, no temporary copy or journal left, and ``briefer check`` ok.

The tests of a kill at a known point derive keys with fewer iterations (the ``cheap_kdf``
fixture, tests/cheap_kdf.py): their subject is the files, not the key derivation, which was
most of their time. The kill at a random moment keeps SQLCipher's real cost: how long an
encryption takes is what spreads its kills over the conversion.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from security_helpers import SECRET, files_containing

from briefer.cli import main
from briefer.store.wholefile.backup import list_backups, verify_backup
from briefer.store.db import is_encrypted
from briefer.store.wholefile.journal import journal_exists
from briefer.store.wholefile.strays import find_strays
from tests.cheap_kdf import child_env, child_pythonpath

ROOT = Path(__file__).resolve().parents[2]
ACTOR = Path(__file__).with_name("race_actor.py")
OLD = "correct horse battery"
NEW = "a different staple 42"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


def _kill_at(data: Path, pause_at: str, *args: str, **env: str) -> None:
    flag = data.parent / "paused"
    flag.unlink(missing_ok=True)
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("RACE_", "BRIEFER_"))}
    full_env.update(PYTHONPATH=child_pythonpath(ROOT), RACE_PAUSE_AT=pause_at, RACE_HOLD_FILE=str(flag), **child_env(), **env)
    proc = subprocess.Popen([sys.executable, str(ACTOR), "cli", str(data), *args], env=full_env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not flag.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, f"never reached {pause_at}"
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()


def _run(capsys, *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.fixture
def with_backups(loaded_data_dir, capsys) -> Path:
    """The mini demo (holding SECRET) in a plain database, with two backups."""
    _run(capsys, "backup")
    _run(capsys, "backup")
    return loaded_data_dir


def _all_under(data: Path, key: str | None) -> None:
    db = data / "briefer.sqlite"
    assert is_encrypted(db) == bool(key)
    backups = list_backups(data / "backups")
    assert len(backups) >= 2
    # a conversion leaves whole copies: no incremental backup of the old key stays
    assert [b.name for b in backups if not verify_backup(b, key) or (key and b.chunked)] == []
    assert not journal_exists(db)
    assert find_strays(db, data / "backups") == []


CRYPTO = "briefer.store.wholefile.crypto"


@pytest.mark.parametrize("pause_at", [
    f"{CRYPTO}:replace_database:before:1",  # the encrypted copy is written, not yet swapped in
    f"{CRYPTO}:_convert_database:after:1",  # the database is encrypted, no backup yet
    f"{CRYPTO}:_convert_chunked:after:1",  # one (incremental) backup encrypted, one still plain
])
def test_a_killed_encrypt_leaves_no_plaintext_once_the_next_command_ran(cheap_kdf, with_backups, capsys, monkeypatch,
                                                                        pause_at):
    data = with_backups
    _kill_at(data, pause_at, "encrypt", BRIEFER_PASSPHRASE=OLD)
    swapped = is_encrypted(data / "briefer.sqlite")
    monkeypatch.setenv("BRIEFER_PASSPHRASE", OLD)
    _run(capsys, "check")  # any command: it finishes (or drops) the interrupted encryption
    if swapped:
        _all_under(data, OLD)
        assert files_containing(data, SECRET) == []
    else:  # killed before the swap: nothing was encrypted, nothing left over; encrypting again works
        _all_under(data, None)
        _run(capsys, "encrypt")
        _all_under(data, OLD)
        assert files_containing(data, SECRET) == []


def test_encrypt_run_again_after_a_kill_finishes_instead_of_saying_already_encrypted(cheap_kdf, with_backups, capsys,
                                                                                      monkeypatch):
    data = with_backups
    _kill_at(data, f"{CRYPTO}:_convert_database:after:1", "encrypt", BRIEFER_PASSPHRASE=OLD)
    monkeypatch.setenv("BRIEFER_PASSPHRASE", OLD)
    out = _run(capsys, "encrypt")
    assert "encrypted:" in out
    _all_under(data, OLD)
    assert files_containing(data, SECRET) == []


@pytest.mark.parametrize("pause_at, next_key", [
    (f"{CRYPTO}:replace_database:before:1", OLD),  # not swapped: the old passphrase still opens everything
    (f"{CRYPTO}:_convert_database:after:1", NEW),  # swapped: the new one, for the backups too
    (f"{CRYPTO}:_convert_copy:after:1", NEW),
])
def test_a_killed_passphrase_change_ends_with_one_passphrase_for_everything(cheap_kdf, with_backups, capsys,
                                                                           monkeypatch, pause_at, next_key):
    data = with_backups
    monkeypatch.setenv("BRIEFER_PASSPHRASE", OLD)
    _run(capsys, "encrypt")
    _kill_at(data, pause_at, "passphrase", BRIEFER_PASSPHRASE=OLD, BRIEFER_NEW_PASSPHRASE=NEW)
    monkeypatch.setenv("BRIEFER_PASSPHRASE", next_key)
    _run(capsys, "list", "people")
    _all_under(data, next_key)


@pytest.mark.parametrize("pause_at", [
    f"{CRYPTO}:_convert_copy:after:1",  # one backup decrypted, the database still encrypted
    f"{CRYPTO}:_convert_database:after:1",  # all done but the journal
])
def test_a_killed_decrypt_is_finished_by_the_next_command(cheap_kdf, with_backups, capsys, monkeypatch, pause_at):
    data = with_backups
    monkeypatch.setenv("BRIEFER_PASSPHRASE", OLD)
    _run(capsys, "encrypt")
    _kill_at(data, pause_at, "decrypt", BRIEFER_PASSPHRASE=OLD)
    if not is_encrypted(data / "briefer.sqlite"):
        monkeypatch.delenv("BRIEFER_PASSPHRASE")
    _run(capsys, "list", "people")
    _all_under(data, None)


def test_a_killed_backup_leaves_a_copy_the_next_open_removes_and_check_names(with_backups, capsys):
    data = with_backups
    umask = os.umask(0o022)
    try:
        _kill_at(data, "briefer.store.wholefile.backup:quick_check_rows:before:1", "backup")
    finally:
        os.umask(umask)
    partial = list((data / "backups").glob(".partial-*"))
    assert partial  # a near-complete copy of the database …
    assert partial[0].stat().st_mode & 0o777 == 0o600  # … readable by its owner only, even so
    out = _run(capsys, "check")
    assert partial[0].name in out and "removed" in out
    assert not partial[0].exists()
    assert find_strays(data / "briefer.sqlite", data / "backups") == []


@pytest.mark.parametrize("pause_at, env", [
    # replaying the migrations (the schema script out of date): three tables made, the rest not
    ("sqlite_utils.db:Table.create:after:3", {"RACE_REPLAY_MIGRATIONS": "1"}),
    # from the schema script: the new file opened, nothing written yet
    ("briefer.store.schema_snapshot:create_schema:before:1", {}),
    # from the schema script: every table written (in the WAL), not yet checkpointed nor renamed
    ("briefer.store.schema_snapshot:create_schema:after:1", {}),
], ids=["replaying-migrations", "before-the-schema", "after-the-schema"])
def test_a_first_start_killed_half_way_leaves_no_unopenable_file(tmp_path, capsys, monkeypatch, pause_at, env):
    data = tmp_path / "data"
    data.mkdir()
    _kill_at(data, pause_at, "autolock", "3", **env)
    db = data / "briefer.sqlite"
    assert not db.exists()  # the half-made database is only ever beside it, under a temporary name
    assert any(p.name.startswith(".briefer.sqlite.creating-") for p in data.iterdir())  # killed while making it
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(data))
    assert "after 4 idle minute" in _run(capsys, "autolock", "4")
    assert "is sound" in _run(capsys, "check")
    assert find_strays(db, data / "backups") == []


def _half_made(db: Path, *, with_a_row: bool = False) -> str:
    """What an interrupted first start of an older Briefer left: some of its tables, no schema step recorded."""
    import sqlite3

    from briefer.store import Store
    from security_helpers import digest

    with Store.open(db):
        pass
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM _sqlite_migrations")
    for table in ("notes", "actions", "drafts", "meeting_checklist"):
        conn.execute(f"DROP TABLE {table}")
    if with_a_row:
        conn.execute("INSERT INTO meta (key, value) VALUES ('someone', 'wrote this')")
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return digest(db)


def test_a_half_made_file_of_an_older_briefer_is_built_anew_not_refused_for_ever(tmp_path, capsys, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    _half_made(data / "briefer.sqlite")
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(data))
    assert "after 4 idle minute" in _run(capsys, "autolock", "4")
    assert "is sound" in _run(capsys, "check")


def test_a_file_with_any_data_in_it_is_still_refused_and_left_alone(tmp_path, capsys, monkeypatch):
    from security_helpers import digest

    data = tmp_path / "data"
    data.mkdir()
    before = _half_made(data / "briefer.sqlite", with_a_row=True)
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(data))
    assert main(["autolock", "4"]) == 5
    assert "not a Briefer database" in capsys.readouterr()[1]
    assert digest(data / "briefer.sqlite") == before


KILL_ROUNDS = int(os.environ.get("BRIEFER_KILL_ROUNDS", "1"))


@pytest.mark.slow
@pytest.mark.real_kdf  # the kill's spread over the conversion depends on how long encryption takes
@pytest.mark.parametrize("round_", range(KILL_ROUNDS))
def test_encrypt_killed_at_a_random_moment_never_leaves_plaintext_behind(with_backups, capsys, monkeypatch, round_):
    """``BRIEFER_KILL_ROUNDS=N``: N kills at random moments of a real ``briefer encrypt``."""
    import random

    data = with_backups
    for _ in range(3):
        _run(capsys, "backup")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RACE_", "BRIEFER_"))}
    env.update(PYTHONPATH=str(ROOT), BRIEFER_PASSPHRASE=OLD)
    proc = subprocess.Popen([sys.executable, str(ACTOR), "cli", str(data), "encrypt"], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    time.sleep(random.uniform(0.2, 2.5))
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    monkeypatch.setenv("BRIEFER_PASSPHRASE", OLD)
    _run(capsys, "list", "people")  # the next command finishes or drops what the kill interrupted
    if not is_encrypted(data / "briefer.sqlite"):
        _all_under(data, None)
        _run(capsys, "encrypt")
    _all_under(data, OLD)
    assert files_containing(data, SECRET) == []


def test_a_passphrase_change_right_after_a_killed_encrypt_leaves_one_key_for_everything(cheap_kdf, with_backups,
                                                                                         capsys, monkeypatch):
    """The issue's case: backups still plain after the kill; 'passphrase' used to say they "keep their old key"."""
    data = with_backups
    _kill_at(data, f"{CRYPTO}:_convert_database:after:1", "encrypt", BRIEFER_PASSPHRASE=OLD)
    monkeypatch.setenv("BRIEFER_PASSPHRASE", OLD)
    monkeypatch.setenv("BRIEFER_NEW_PASSPHRASE", NEW)
    code = main(["passphrase"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "warning" not in err
    _all_under(data, NEW)
    assert files_containing(data, SECRET) == []


@pytest.mark.parametrize("how", ["from-the-schema-script", "replaying-migrations"])
def test_a_first_start_on_a_full_disk_leaves_nothing_that_would_be_refused_later(tmp_path, capsys, monkeypatch, how):
    import sqlcipher3

    from briefer.store import schema_snapshot
    from briefer.store.migrations import migrations

    data = tmp_path / "data"
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(data))
    real_apply, real_create = migrations.apply, schema_snapshot.create_schema

    def full_disk(db):
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")  # half-way through the first step
        raise sqlcipher3.OperationalError("database or disk is full")

    if how == "replaying-migrations":  # the shipped script out of date: each migration in turn
        monkeypatch.setattr(schema_snapshot, "_shipped", lambda: None)
        monkeypatch.setattr(migrations, "apply", full_disk)
    else:
        monkeypatch.setattr(schema_snapshot, "create_schema", full_disk)
    code = main(["autolock", "3"])
    err = capsys.readouterr()[1]
    assert code == 5 and "disk is full" in err and len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in data.iterdir() if p.is_file()) == ["briefer.sqlite.lock"]  # no half-made file
    monkeypatch.setattr(migrations, "apply", real_apply)  # space freed
    monkeypatch.setattr(schema_snapshot, "create_schema", real_create)
    assert "after 3 idle minute" in _run(capsys, "autolock", "3")
