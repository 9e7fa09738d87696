"""Owner-only from creation on: the data folder 0700, the database and every copy of it 0600.

Checked with ``os.stat`` under a permissive umask (022, the usual default), through
every whole-file operation: first start, backup, encrypt, passphrase, restore,
decrypt, an archive restored into an empty store, and a database made by an older
Briefer with wider permissions.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.exchange.bundle import export_bundle
from briefer.exchange.merge import import_bundle
from briefer.model import Note
from briefer.store import Store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions (Windows: profile ACLs)")

PASS = "correct horse battery"


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _files_modes(folder: Path) -> dict[str, int]:
    return {p.name: mode(p) for p in folder.iterdir() if p.is_file() and not p.name.endswith(".lock")}


def _run(capsys, *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_every_copy_of_the_database_is_owner_only(umask_022, tmp_path, mini_demo, monkeypatch, capsys):
    data = tmp_path / "new" / "data"  # not there yet: Briefer creates it
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(data))
    _run(capsys, "demo")
    db = data / "briefer.sqlite"
    assert mode(data) == 0o700
    assert mode(db) == 0o600
    with Store.open(db) as s:  # while open: the WAL and its index too
        s.notes.add(Note(author="me", body="open"))
        assert mode(Path(f"{db}-wal")) == 0o600 and mode(Path(f"{db}-shm")) == 0o600
    name = _run(capsys, "backup").split("backup written: ")[1].split()[0]
    backups = data / "backups"
    assert mode(backups) == 0o700
    assert set(_files_modes(backups).values()) == {0o600}

    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
    _run(capsys, "encrypt")
    assert mode(db) == 0o600 and set(_files_modes(backups).values()) == {0o600}
    monkeypatch.setenv("BRIEFER_NEW_PASSPHRASE", PASS + " 2")
    _run(capsys, "passphrase")
    assert mode(db) == 0o600 and set(_files_modes(backups).values()) == {0o600}
    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS + " 2")
    _run(capsys, "backup")
    _run(capsys, "restore", name)  # an older, plain backup: the current file is kept as a backup first
    assert mode(db) == 0o600 and set(_files_modes(backups).values()) == {0o600}
    _run(capsys, "decrypt")
    assert mode(db) == 0o600 and set(_files_modes(data).values()) == {0o600}


def test_an_archive_restored_into_a_new_store_is_owner_only(umask_022, tmp_path):
    with Store.open(tmp_path / "source.sqlite") as source:
        source.notes.add(Note(author="me", body="to carry over"))
        export_bundle(source, tmp_path / "all.briefer")
    target = tmp_path / "restore" / "briefer.sqlite"
    target.parent.mkdir()
    with Store.open(target) as fresh:
        inode = target.stat().st_ino
        import_bundle(fresh, tmp_path / "all.briefer")
        assert target.stat().st_ino != inode  # the filled file was swapped in
    assert mode(target) == 0o600


def test_a_database_left_readable_by_others_is_made_owner_only(umask_022, tmp_path):
    db = tmp_path / "old.sqlite"
    with Store.open(db):
        pass
    os.chmod(db, 0o644)  # as an older Briefer left it
    with Store.open(db):
        pass
    assert mode(db) == 0o600
