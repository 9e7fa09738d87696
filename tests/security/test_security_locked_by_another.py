"""A database another program holds locked is named as such: never a wrong passphrase, never damage.

A database tool (or an older Briefer, whose fill held the file in SQLite's exclusive locking mode) can hold
the file past SQLite's busy timeout. The key's proof then fails with "database is locked": an encrypted
database was refused as "wrong passphrase or not a Briefer database" — the user retypes a right passphrase —
and a plain one as "cannot read the database (database is locked)", exit 5 as for a broken file.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from security_helpers import held_locked

from briefer.cli import main
from briefer.model import Note
from briefer.store import Store

PASS = "correct horse battery"



def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_a_database_another_program_holds_locked_is_refused_as_in_use(tmp_path, monkeypatch, capsys, encrypted):
    import briefer.store.db as db_module

    data = tmp_path / "data"
    data.mkdir()
    db = data / "briefer.sqlite"
    with Store.open(db) as store:
        store.notes.add(Note(author="me", body="kept"))
    if encrypted:
        from briefer.store.wholefile.crypto import encrypt

        encrypt(db, PASS)
        monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 300)  # SQLite's wait for the lock; 10 s in the product
    with held_locked(db, PASS if encrypted else None):
        before = _digest(db)
        capsys.readouterr()
        assert main(["--data-dir", str(data), "list", "notes"]) == 6
        err = capsys.readouterr().err
        assert err.strip().splitlines() == [
            f"briefer: error: {db}: another program holds the database locked (a database tool, or an older "
            "Briefer); close it and try again (nothing was changed)"]
        assert "passphrase" not in err and "damaged" not in err
        assert _digest(db) == before
    assert main(["--data-dir", str(data), "list", "notes"]) == 0  # once it lets go, the same command works
    assert "kept" in capsys.readouterr().out
