"""A file Briefer refuses is never modified: another application's database, a damaged one with its WAL.

"Never written to" covers the ``-wal`` too: a read-write connection that closes last
checkpoints a WAL into the file — so a crash image (file + WAL) of a damaged database
must come out of ``briefer check`` and ``briefer restore`` byte for byte as it went in,
and another application's SQLite file must not be switched to WAL or encrypted.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from security_helpers import digest

from briefer.cli import main
from briefer.model import Note
from briefer.store import Store


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def foreign(data_dir) -> Path:
    """Another application's SQLite file where Briefer's database should be (rollback journal)."""
    data_dir.mkdir(parents=True)
    db = data_dir / "briefer.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    conn.executemany("INSERT INTO invoices (amount) VALUES (?)", [(i * 1.5,) for i in range(100)])
    conn.commit()
    conn.close()
    return db


@pytest.mark.parametrize("command", [["list", "people"], ["check"], ["autolock", "3"], ["backup"], ["encrypt"]])
def test_another_applications_file_is_refused_and_left_exactly_as_it_was(foreign, capsys, monkeypatch, command):
    monkeypatch.setenv("BRIEFER_PASSPHRASE", "correct horse battery")
    before = digest(foreign)
    code, _, err = _run(capsys, *command)
    assert code == 5 and "not a Briefer database" in err
    assert len(err.strip().splitlines()) == 1
    assert digest(foreign) == before  # not encrypted, not switched to WAL, not migrated
    assert not Path(f"{foreign}-wal").exists()


def _crash_image(data_dir: Path) -> tuple[Path, str]:
    """A database as a crash leaves it: its last saves only in the -wal; then a bad sector in the file."""
    data_dir.mkdir(parents=True)
    source = data_dir.parent / "live.sqlite"
    db = data_dir / "briefer.sqlite"
    with Store.open(source) as s:
        for i in range(200):
            s.notes.add(Note(body=f"note {i} " + "text " * 40))
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        s.db.execute("PRAGMA wal_autocheckpoint = 0")
        s.notes.add(Note(body="the last save, only in the WAL"))
        shutil.copyfile(source, db)  # copied while open: what a power cut leaves on disk
        shutil.copyfile(f"{source}-wal", f"{db}-wal")
    data = bytearray(db.read_bytes())
    page = 4096
    for p in range(2, len(data) // page - 1):
        data[p * page + 100: p * page + 400] = b"\xff" * 300
    db.write_bytes(bytes(data))
    return db, digest(db) + digest(Path(f"{db}-wal"))


def test_check_on_a_damaged_file_does_not_fold_its_wal_into_it(data_dir, capsys):
    db, before = _crash_image(data_dir)
    code, _, err = _run(capsys, "check")
    assert code == 5 and "damaged" in err
    assert digest(db) + digest(Path(f"{db}-wal")) == before


def test_restore_keeps_the_damaged_file_and_its_wal_byte_for_byte(data_dir, capsys):
    db, before = _crash_image(data_dir)
    with Store.open(data_dir / "other.sqlite", backup_dir=data_dir / "backups") as s:
        s.notes.add(Note(body="a good state"))
        from briefer.store.wholefile.backup import create_backup

        good = create_backup(s, "manual")
    code, out, err = _run(capsys, "restore", good.name)
    assert code == 0, err
    kept = next((data_dir / "backups").glob("*-damaged.sqlite"))
    assert digest(kept) + digest(Path(f"{kept}-wal")) == before


def test_the_desktop_app_refuses_another_applications_file_without_touching_it(foreign):
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    before = digest(foreign)
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "BRIEFER_DATA_DIR": str(foreign.parent),
           "BRIEFER_GUI_EXIT_AFTER_START": "1", "HOME": str(foreign.parent), "PYTHONPATH": os.environ.get("PYTHONPATH", "")}
    proc = subprocess.run([sys.executable, "-m", "briefer"], capture_output=True, text=True, env=env, cwd=root,
                          timeout=120)
    assert proc.returncode == 5 and "not a Briefer database" in proc.stderr and "Traceback" not in proc.stderr
    assert digest(foreign) == before  # its probe did not switch it to WAL


def test_a_reading_command_after_a_crash_does_not_fold_the_wal_into_a_damaged_file(data_dir, capsys):
    """Reading commands skip the integrity check — but not when a crash left a WAL behind."""
    db, before = _crash_image(data_dir)
    code, _, err = _run(capsys, "list", "notes")
    assert code == 5 and "damaged" in err and "Traceback" not in err
    assert digest(db) + digest(Path(f"{db}-wal")) == before
