"""Which commands pay for the integrity check at open: those that write, not those that only read.

``PRAGMA quick_check`` takes seconds on a large file. A command that only reads opens
without it (and cannot write); one that writes, or a file that must be migrated, is
checked first, so a damaged file is still never written to. The damaged-file messages
for both kinds are in ``tests/security/test_security_backups.py``.
"""

from __future__ import annotations

import pytest

from briefer.cli import main
from briefer.store import db as db_module
from briefer.store.wholefile.backup import list_backups
from briefer.store.db import DamagedDatabase, open_database
from briefer.store.wholefile.opening import open_checked


@pytest.fixture
def checks(monkeypatch):
    """Count the integrity checks run at open."""
    calls = []
    real = db_module.quick_check

    def counting(*args, **kwargs):
        calls.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(db_module, "quick_check", counting)
    return calls


def _demo(capsys) -> None:
    assert main(["demo"]) == 0
    capsys.readouterr()


@pytest.mark.parametrize("argv", [
    ["list", "meetings"], ["search", "Indonesia"], ["show", "person", "Bruins"], ["prints"],
    ["conflicts"], ["walking"], ["backups"],
])
def test_a_reading_command_opens_without_the_integrity_check(argv, checks, capsys):
    _demo(capsys)
    checks.clear()
    assert main(argv) == 0, capsys.readouterr().err
    assert checks == []


def test_a_writing_command_is_checked_first_and_takes_the_days_backup(checks, capsys, data_dir):
    _demo(capsys)
    for b in list_backups(data_dir / "backups"):
        b.path.unlink()
    checks.clear()
    assert main(["list", "notes"]) == 0
    assert list_backups(data_dir / "backups") == []  # a reading command backs nothing up
    assert main(["walking", "set", "Bilateral room 1 (illustrative)", "Press room (illustrative)", "4"]) == 0
    assert checks == [data_dir / "briefer.sqlite"]
    assert [b.reason for b in list_backups(data_dir / "backups")] == ["daily"]  # after the check


def test_a_file_that_must_be_migrated_is_checked_even_when_opened_unchecked(tmp_path, checks, monkeypatch):
    path = tmp_path / "db.sqlite"
    open_database(path).close()
    checks.clear()
    monkeypatch.setattr(db_module, "pending_migrations", lambda db: ["m999_pretend"])
    monkeypatch.setattr(db_module.migrations, "apply", lambda db: None)
    open_checked(path, readonly_check=False, backup_dir=tmp_path / "backups").close()
    assert checks == [path]


def test_an_unchecked_open_never_migrates_a_damaged_file(tmp_path, monkeypatch):
    path = tmp_path / "db.sqlite"
    db = open_database(path)
    db["padding"].insert_all(({"n": i, "text": "x" * 400} for i in range(400)))
    db.close()
    data = bytearray(path.read_bytes())
    for p in range(2, len(data) // 4096 - 1):
        data[p * 4096 + 100:p * 4096 + 400] = b"\xff" * 300
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    monkeypatch.setattr(db_module, "pending_migrations", lambda db: ["m999_pretend"])
    with pytest.raises(DamagedDatabase):
        open_checked(path, readonly_check=False, backup_dir=tmp_path / "backups")
    assert path.read_bytes() == before
