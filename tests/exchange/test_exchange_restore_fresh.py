"""Restoring an archive into an EMPTY store fills a new file and swaps it in (briefer/store/wholefile/fresh.py).

What a user relies on: the data arrive complete and searchable, encrypted stays
encrypted, a refused bundle or a killed process leaves the store as it was,
and a store another window has open is still imported into (the usual way).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefer.errors import ImportFailed
from briefer.exchange.bundle import export_bundle
from briefer.exchange.merge import import_bundle
from briefer.model import Note
from briefer.store import Store
from briefer.store.search import index_agrees
from briefer.store.db import connect, is_encrypted
from exchange_world import build_world, snapshot

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def archive(tmp_path):
    with Store.open(tmp_path / "source.sqlite", user="anouk") as s:
        w = build_world(s)
        export_bundle(s, tmp_path / "all.briefer")
        yield s, w, tmp_path / "all.briefer"


def _strays(folder: Path) -> list[Path]:
    return sorted(folder.glob(".briefer-fill-*"))


def _fts_ok(store: Store) -> None:
    for index in ("records", "notes"):
        assert index_agrees(store.db.conn, index), index


def test_restore_into_an_empty_store_swaps_in_a_complete_file(archive, tmp_path):
    source, w, bundle = archive
    target = tmp_path / "restore" / "briefer.sqlite"
    target.parent.mkdir()
    with Store.open(target, user="restore") as fresh:
        install = fresh.install_id()
        os.chmod(target, 0o600)  # a user who keeps the database readable by the owner only
        inode = target.stat().st_ino
        report = import_bundle(fresh, bundle)
        assert len(report.added) == sum(source.counts().values())
        assert target.stat().st_ino != inode  # a new file was put in place
        assert target.stat().st_mode & 0o777 == 0o600  # with the same permissions
        # the same (reconnected) store object sees everything, and search works on it
        assert snapshot(fresh) == snapshot(source)
        assert [h.record_id for h in fresh.search("Moeloek twinning")] == [w["note2"].id]
        assert fresh.install_id() == install  # what the empty store held (its identity) is kept
        assert fresh.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        _fts_ok(fresh)
        fresh.notes.add(Note(meeting_id=w["m1"].id, author="Pieter", body="Written after the restore."))
    assert _strays(target.parent) == []
    with Store.open(target, user="check") as again:  # a normal open: quick_check, schema, WAL
        assert again.notes.count() == source.notes.count() + 1
        assert not import_bundle(again, bundle).changed


def test_an_encrypted_empty_store_stays_encrypted(archive, tmp_path):
    source, w, bundle = archive
    target = tmp_path / "secret.sqlite"
    with Store.open(target, passphrase="correct horse", user="restore") as fresh:
        import_bundle(fresh, bundle)
        assert snapshot(fresh) == snapshot(source)
    assert is_encrypted(target) and b"Moeloek" not in target.read_bytes()
    with Store.open(target, passphrase="correct horse") as again:
        assert again.notes.get(w["note2"].id).body == source.notes.get(w["note2"].id).body


def test_a_store_open_elsewhere_is_imported_into_the_usual_way(archive, tmp_path):
    source, _, bundle = archive
    target = tmp_path / "shared.sqlite"
    with Store.open(target, user="restore") as fresh:
        other = connect(target)  # another window: its connection keeps the WAL
        try:
            inode = target.stat().st_ino
            import_bundle(fresh, bundle)
            assert target.stat().st_ino == inode  # no file swapped under the other window
            assert other.execute("SELECT count(*) FROM notes").fetchone()[0] == source.notes.count()
        finally:
            other.close()
        assert snapshot(fresh) == snapshot(source)


def test_a_refused_bundle_leaves_the_empty_store_as_it_was(archive, tmp_path):
    source, w, bundle = archive
    # a bundle whose notes refer to a meeting it does not carry (only notes): refused during the merge
    notes_only = tmp_path / "notes.briefer"
    export_bundle(source, notes_only, only="notes")
    target = tmp_path / "empty.sqlite"
    with Store.open(target, user="restore"):
        pass
    before = target.read_bytes()
    with Store.open(target, user="restore") as fresh:
        with pytest.raises(ImportFailed, match="refers to an unknown meeting"):
            import_bundle(fresh, notes_only)
        assert fresh.is_empty() and fresh.counts()["conference"] == 0  # still usable: reconnected to the original
    assert _strays(tmp_path) == []
    assert target.read_bytes() == before


KILL_SCRIPT = """
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from briefer.exchange.merge import import_bundle
from briefer.store import Store
from briefer.store.repository import Repository

real = Repository.put_many

def put_many_then_hang(self, objs, **kwargs):
    result = real(self, objs, **kwargs)
    if self.spec.table == "notes":  # the notes are in the new file: the fill is half-way
        Path(sys.argv[4]).touch()
        time.sleep(60)
    return result

Repository.put_many = put_many_then_hang
with Store.open(Path(sys.argv[1]), user="restore") as s:
    import_bundle(s, Path(sys.argv[2]))
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_restore_killed_half_way_leaves_the_empty_store_intact(archive, tmp_path):
    source, w, _ = archive
    # enough notes that filling the file takes a while
    source.notes.put_many([Note(meeting_id=w["m1"].id, author=f"Advisor {i}", body=f"Note {i} " + "word " * 300)
                           for i in range(4000)])
    big = tmp_path / "big.briefer"
    export_bundle(source, big)
    folder = tmp_path / "victim"
    folder.mkdir()
    target = folder / "briefer.sqlite"
    with Store.open(target, user="restore") as s:
        install = s.install_id()
    halfway = tmp_path / "halfway"
    proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(target), str(big), str(ROOT), str(halfway)])
    deadline = time.monotonic() + 60
    while not halfway.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert halfway.exists() and proc.poll() is None, "the import never reached its notes"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert _strays(folder)  # killed while filling the new file
    # a fill of another database in the same folder, in progress elsewhere: not ours to remove
    other = folder / ".briefer-fill-other.sqlite-0123.sqlite"
    other.write_bytes(b"another process's work")
    with Store.open(target, user="restore") as s:
        assert s.is_empty() and s.install_id() == install
        assert s.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        import_bundle(s, big)  # and the next restore works, and tidies up
        assert s.notes.count() == source.notes.count()
    assert _strays(folder) == [other]
