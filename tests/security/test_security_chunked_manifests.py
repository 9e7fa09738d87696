"""Damaged, foreign and vanished manifests of incremental backups (issue 22, twelfth session's mutation
run of ``briefer/store/wholefile/chunks.py``).

A manifest (``briefer-…-REASON.json``) is the backup: if it is cut short, is not Briefer's, or no
longer matches its parts, the backup is refused with a message that says so and nothing is
changed; the other backups, the listing and rotation go on working, and no chunk another backup
may need is deleted. Real database files, real backups and restores; the data read back through
the store.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlcipher3

from briefer.cli import main
from briefer.disk import DiskFull
from briefer.errors import NotFound
from briefer.store import Store
from briefer.store.wholefile import backup as backup_mod
from briefer.store.wholefile import chunks
from briefer.store.wholefile.backup import (
    backup_file,
    create_backup,
    list_backups,
    newest_good_backup,
    prune_backups,
    restore_backup,
    verify_backup,
)
from tests.security.test_security_incremental_backups import _change, _fill, _rows
from tests.small_disk import small_disk_or_skip

MARCH = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "briefer.sqlite"
    _fill(path, notes=700)  # ~1 MB: four chunks
    return path


@pytest.fixture
def db(tmp_path, template) -> Path:
    target = tmp_path / "data" / "briefer.sqlite"
    target.parent.mkdir()
    target.write_bytes(template.read_bytes())
    return target


def _backup(db: Path, now: datetime):
    with Store.open(db, user="tester") as store:
        return create_backup(store, "manual", now=now)


def _two_backups(db: Path):
    older = _backup(db, MARCH)
    _change(db, ["n00100", "n00600"], "edited the next day")
    newer = _backup(db, MARCH + timedelta(days=1))
    assert len(json.loads(newer.path.read_text())["chunks"]) >= 3
    return older, newer


def _refused(db: Path, name: str, message: str) -> None:
    """Restoring ``name`` is refused as damaged, saying ``message``, and changes nothing."""
    before = _sha(db)
    folder = db.parent / "backups"
    files = sorted(p.name for p in folder.rglob("*"))
    with pytest.raises(chunks.BackupDamaged) as err:
        restore_backup(db, name, None)
    assert message in err.value.message and "nothing was changed" in err.value.message, err.value.message
    assert _sha(db) == before and sorted(p.name for p in folder.rglob("*")) == files


def test_a_manifest_cut_short_is_refused_clearly_and_the_other_backups_and_rotation_go_on(db, capsys):
    at_first = _rows(db)
    older, newer = _two_backups(db)
    folder = db.parent / "backups"
    newer.path.write_bytes(newer.path.read_bytes()[:100])  # a copy of the folder interrupted, a bad sector

    assert {b.name for b in list_backups(folder)} == {older.name, newer.name}  # still listed …
    assert main(["--data-dir", str(db.parent), "backups"]) == 0 and newer.name in capsys.readouterr().out
    assert not verify_backup(newer, None)  # … never offered as good
    assert newest_good_backup(folder, None).name == older.name
    _refused(db, newer.name, "the backup's manifest cannot be read")

    # Rotation cannot tell which parts the damaged manifest names: it deletes none of them.
    chunk_files = {p.name for p in chunks.chunk_dir(folder).iterdir()}
    prune_backups(folder, now=MARCH + timedelta(days=2))
    assert {p.name for p in chunks.chunk_dir(folder).iterdir()} == chunk_files
    # The older backup lost nothing: it restores exactly its own moment.
    assert verify_backup(older, None)
    restore_backup(db, older.name, None)
    assert _rows(db) == at_first


@pytest.mark.parametrize("content", [b"[]", b'"briefer"', b"\xff\xfe not text"], ids=["a list", "a string", "not text"])
def test_a_file_named_like_a_backup_that_is_not_a_manifest_is_refused_clearly(db, content):
    older, newer = _two_backups(db)
    newer.path.write_bytes(content)
    folder = db.parent / "backups"
    assert newest_good_backup(folder, None).name == older.name
    expected = ("the backup's manifest cannot be read" if content.startswith(b"\xff")
                else "the backup's manifest is not one Briefer can read")
    _refused(db, newer.name, expected)
    prune_backups(folder, now=MARCH + timedelta(days=2))  # rotation goes on, deleting no part
    assert verify_backup(older, None)


@pytest.mark.parametrize("change", [
    {"format": "another-programs-backup"},
    {"chunks": "not a list"},
    {"size": "1048576"},
    {"sha256": None},
    {"compression": "lzma"},
], ids=["another format", "parts not a list", "size as text", "no checksum", "unknown compression"])
def test_a_manifest_of_another_shape_is_refused_as_not_briefers_before_anything_is_rebuilt(db, change):
    older, newer = _two_backups(db)
    body = json.loads(newer.path.read_text())
    body.update(change)
    newer.path.write_text(json.dumps(body))
    assert not verify_backup(newer, None)
    _refused(db, newer.name, "the backup's manifest is not one Briefer can read")


def test_a_manifest_whose_parts_or_size_no_longer_match_its_checksum_is_refused(db):
    older, newer = _two_backups(db)
    text = newer.path.read_text()
    body, good = json.loads(text), json.loads(text)

    body["chunks"][0], body["chunks"][1] = body["chunks"][1], body["chunks"][0]  # each part intact, wrong order
    newer.path.write_text(json.dumps(body))
    assert not verify_backup(newer, None)
    _refused(db, newer.name, "the rebuilt file does not match its checksum")

    body = dict(good, size=good["size"] + 1)  # the size alone damaged
    newer.path.write_text(json.dumps(body))
    assert not verify_backup(newer, None)
    _refused(db, newer.name, "the rebuilt file does not match its checksum")

    newer.path.write_text(text)  # put back: the same parts restore exactly again
    assert verify_backup(newer, None)


def test_a_backup_removed_since_it_was_listed_is_reported_as_not_good_not_as_a_crash(db):
    older, newer = _two_backups(db)
    folder = db.parent / "backups"
    listed = list_backups(folder)
    newer.path.unlink()  # another Briefer's rotation, between the listing and the check
    assert [verify_backup(b, None) for b in listed] == [False, True]
    assert newest_good_backup(folder, None).name == older.name
    with pytest.raises(NotFound):
        restore_backup(db, newer.name, None)


def test_the_manifest_is_format_1_and_names_the_page_size_of_the_database(db, tmp_path):
    """The on-disk format every Briefer since incremental backups reads: a Briefer writing another
    version would make its backups unreadable by the Briefer before it."""
    older, newer = _two_backups(db)
    body = json.loads(newer.path.read_text())
    assert (body["format"], body["version"], body["compression"]) == ("briefer-chunked-backup", 1, "zlib")
    assert body["page_size"] == 4096 and body["size"] == db.stat().st_size

    big = tmp_path / "large-pages.sqlite"  # SQLite writes 65536 as 1 in the header
    conn = sqlcipher3.connect(str(big))
    conn.execute("PRAGMA page_size = 65536")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES ('a row')")
    conn.commit()
    conn.close()
    info = backup_file(big, None, tmp_path / "big-backups")
    assert json.loads(info.path.read_text())["page_size"] == 65536

    newer.path.write_text(json.dumps(dict(body, version=2)))
    _refused(db, newer.name, "the backup was made by a newer Briefer (format 2)")


def test_a_backup_onto_a_full_disk_leaves_no_half_written_part_behind(tmp_path, db):
    with small_disk_or_skip(tmp_path / "disk", size_mb=12) as disk:
        folder = disk.root / "backups"
        folder.mkdir()
        # Room for the checked copy of the database, not for all of its compressed parts as well.
        disk.fill(leave=db.stat().st_size + 400_000)
        with Store.open(db, user="tester") as store, pytest.raises(DiskFull):
            backup_mod.backup_connection(store.db.conn, db, None, folder, now=MARCH)
        assert any(chunks.chunk_dir(folder).iterdir())  # it failed while writing the parts
        assert [p.name for p in folder.rglob(".partial-*")] == []  # the space is given back at once
        assert list_backups(folder) == []


def test_an_encrypted_backup_missing_its_first_part_is_passed_over_and_refused_naming_the_part(tmp_path):
    from briefer.model import Note
    from briefer.store.wholefile.crypto import encrypt

    passphrase = "correct horse battery"
    db = tmp_path / "data" / "briefer.sqlite"
    db.parent.mkdir()
    with Store.open(db, user="tester") as store:
        store.notes.add(Note(author="tester", body="kept in the older backup"))
    encrypt(db, passphrase)
    folder = db.parent / "backups"
    with Store.open(db, user="tester", passphrase=passphrase) as store:
        older = create_backup(store, "manual", now=MARCH)
        store.notes.add(Note(author="tester", body="only in the newer backup"))
        newer = create_backup(store, "manual", now=MARCH + timedelta(days=1))
    first = json.loads(newer.path.read_text())["chunks"][0]
    assert first not in json.loads(older.path.read_text())["chunks"]  # page 1 changed: a part of its own
    chunks.chunk_path(folder, first).unlink()  # lost (a partial copy of the folder, a disk error)

    assert not verify_backup(newer, passphrase)
    assert newest_good_backup(folder, passphrase).name == older.name
    before = _sha(db)
    with pytest.raises(chunks.BackupDamaged) as err:
        restore_backup(db, newer.name, passphrase)
    assert "its part 1 of" in err.value.message and "is missing" in err.value.message
    assert "nothing was changed" in err.value.message and _sha(db) == before
    with Store.open(db, user="tester", passphrase=passphrase) as store:  # the next backup is whole again
        again = create_backup(store, "manual", now=MARCH + timedelta(days=2))
    assert verify_backup(again, passphrase)
