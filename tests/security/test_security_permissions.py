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



@pytest.mark.parametrize("left", [0o601, 0o755, 0o640, 0o604])
def test_a_database_others_may_do_anything_with_is_made_owner_only(umask_022, tmp_path, left):
    """Any permission for the group or others is taken away, execute too: a database copied from a USB stick
    or a shared drive often arrives 0755 (or 0601 after a half-done chmod); after the next open nobody but its
    owner may do anything with it, and the owner keeps what they had (read and write at least)."""
    db = tmp_path / "copied.sqlite"
    with Store.open(db):
        pass
    os.chmod(db, left)
    with Store.open(db) as s:
        s.counts()
    assert mode(db) == (left & 0o700) | 0o600, oct(mode(db))
    assert mode(db) & 0o077 == 0


@pytest.fixture
def umask_277():
    """A umask that takes the owner's own write permission away (set by a hardening script, a shared machine)."""
    old = os.umask(0o277)
    yield
    os.umask(old)


def test_under_a_umask_that_takes_write_away_the_database_and_its_backup_are_still_the_owners_to_write(
        umask_277, tmp_path):
    """The umask can only narrow a new file's mode: under 0277 a file created 0600 would be 0400, and a
    database the owner cannot write is one SQLite opens read-only — every edit refused. Briefer's own files
    are set to exactly 0600 after they are created."""
    from briefer.store.wholefile.backup import create_backup

    db = tmp_path / "briefer.sqlite"
    with Store.open(db) as s:  # first start: the new database is built beside it and renamed into place
        s.notes.add(Note(author="me", body="written under umask 0277"))
        info = create_backup(s)
    assert mode(db) == 0o600
    assert mode(s.backup_dir / info.name) == 0o600


def test_a_wal_left_readable_by_others_is_made_owner_only_with_its_database(umask_022, tmp_path):
    """An older Briefer (or a SQLite browser) left the database and its WAL 0644: both are owner-only
    after the next open — the WAL holds the latest notes in clear."""
    db = tmp_path / "old.sqlite"
    wal = Path(f"{db}-wal")
    with Store.open(db) as s:
        s.notes.add(Note(author="me", body="only in the WAL"))
        os.chmod(db, 0o644)
        os.chmod(wal, 0o644)
        os.chmod(Path(f"{db}-shm"), 0o640)
        crash = {p.name: p.read_bytes() for p in (db, wal)}
    for name, data in crash.items():  # the crash image: the file and its WAL as the older program left them
        (tmp_path / name).write_bytes(data)
        os.chmod(tmp_path / name, 0o644)
    os.chmod(tmp_path, 0o755)
    with Store.open(db) as s:
        assert [n.body for n in s.notes.list()] == ["only in the WAL"]
        assert mode(db) == 0o600 and mode(wal) == 0o600
    assert mode(tmp_path) == 0o755  # the folder is the user's: not Briefer's to change


def test_a_database_already_owner_only_keeps_the_mode_its_owner_gave_it(umask_022, tmp_path):
    """Tightening takes permissions away from others, never gives any: a database its owner made read-only
    (0400, a finished conference kept for reference) is not made writable again by being opened."""
    db = tmp_path / "archive.sqlite"
    with Store.open(db):
        pass
    os.chmod(db, 0o400)
    with Store.open(db) as s:
        s.counts()
    assert mode(db) == 0o400


def test_a_file_already_at_the_name_is_never_written_through(tmp_path):
    """A private file is made new or not at all: a file or a link someone left under the name (in a shared
    backup folder, say) is refused, never opened, truncated or followed to what it points at."""
    from briefer.store.wholefile.private import copy_private, new_private_file

    victim = tmp_path / "victim.txt"
    victim.write_text("someone else's file")
    victim.chmod(0o644)
    (tmp_path / "planted").symlink_to(victim)
    (tmp_path / "left").write_text("left over")
    source = tmp_path / "source.sqlite"
    source.write_bytes(b"briefs" * 1000)
    for name in ("planted", "left"):
        with pytest.raises(FileExistsError):
            new_private_file(tmp_path / name)
        with pytest.raises(FileExistsError):
            copy_private(source, tmp_path / name)
    assert victim.read_text() == "someone else's file" and stat.S_IMODE(victim.stat().st_mode) == 0o644
    assert (tmp_path / "left").read_text() == "left over"


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="counts the process's writes in /proc/self/io")
def test_a_copy_of_the_database_is_written_in_large_pieces(tmp_path):
    """Every backup and conversion copies the whole database: byte by byte, a 600 MB file is 600 million
    writes (it still ends right, so only the count of writes shows it)."""
    from briefer.store.wholefile.private import copy_private

    def writes() -> int:
        return int(next(line for line in Path("/proc/self/io").read_text().splitlines() if line.startswith("syscw")).split()[1])

    source = tmp_path / "big.sqlite"
    source.write_bytes(os.urandom(3 * 1024 * 1024))
    before = writes()
    copy_private(source, tmp_path / "copy.sqlite")
    assert writes() - before < 64
    assert (tmp_path / "copy.sqlite").read_bytes() == source.read_bytes()
