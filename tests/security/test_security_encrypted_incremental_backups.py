"""Incremental backups of an encrypted database (issue 19, item 4): no plaintext on disk, ever.

Real SQLCipher files of ~12 MB, real backups and restores. What a user would check: a second
backup after a small edit costs a few chunks, not a whole copy; each backup restores exactly
its own moment and opens with the passphrase; a damaged chunk or a wrong passphrase is refused
clearly and changes nothing; no note text is anywhere in the backup folder; files are
owner-only; whole encrypted backups of earlier versions still restore; a passphrase change or
decryption leaves no chunk only the old passphrase opens.

Keys are derived with 4,000 iterations in this module, by SQLCipher and by the chunks' page comparison alike
(tests/cheap_kdf.py): the subject is the chunks; the real derivation and its agreement with SQLCipher are
tests/store/test_cipherpages.py and tests/security/test_security_kdf_cost.py.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.store import Store
from briefer.store.db import WrongPassphrase, is_encrypted, open_keyed
from briefer.store.wholefile import backup as backup_mod
from briefer.store.wholefile import chunks
from briefer.store.wholefile.backup import (
    create_backup,
    list_backups,
    newest_good_backup,
    rebuild_backup,
    restore_backup,
    verify_backup,
)
from briefer.store.wholefile.crypto import change_passphrase, decrypt, encrypt

from tests.security.test_security_incremental_backups import MARK, _fill, _grep, _keep

PASS = "correct horse battery"
NEW_PASS = "another long passphrase"
DAY = datetime(2026, 6, 1, 9, tzinfo=timezone.utc)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module", autouse=True)
def _cheap_kdf():
    from tests.cheap_kdf import cheaper_key_derivation

    with cheaper_key_derivation():
        yield


@pytest.fixture(scope="module")
def encrypted_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("enc-template") / "briefer.sqlite"
    _fill(path)
    encrypt(path, PASS, backup_dir=path.parent / "backups")
    return path


@pytest.fixture
def db(tmp_path, encrypted_template) -> Path:
    target = tmp_path / "data" / "briefer.sqlite"
    target.parent.mkdir()
    shutil.copyfile(encrypted_template, target)
    return target


def _backup(db: Path, n: int = 0, passphrase: str = PASS):
    with Store.open(db, user="tester", passphrase=passphrase) as store:
        return create_backup(store, "manual", now=DAY + timedelta(minutes=n))


def _change(db: Path, ids: list[str], text: str, passphrase: str = PASS) -> None:
    with Store.open(db, user="tester", passphrase=passphrase) as store:
        with store.db.conn as conn:
            conn.executemany("UPDATE notes SET body = ?, revision = revision + 1 WHERE id = ?",
                             [(f"{text} {i}", i) for i in ids])


def _rows(db: Path, passphrase: str | None = PASS) -> list[tuple]:
    """Every note as a user would read it."""
    with Store.open(db, user="check", passphrase=passphrase, backup_dir=db.parent / "elsewhere") as store:
        return store.db.execute("SELECT id, revision, body FROM notes ORDER BY id").fetchall()


def _ids(info) -> list[str]:
    return json.loads(info.path.read_text())["chunks"]


def test_a_second_encrypted_backup_after_a_small_edit_reuses_all_but_a_few_chunks(db):
    size = db.stat().st_size
    first = _backup(db, 0)
    assert first.chunked and first.size == size
    folder = db.parent / "backups"
    after_first = chunks.disk_usage(folder)
    _change(db, ["n02000"], "edited after the first backup")
    second = _backup(db, 1)
    grown = chunks.disk_usage(folder) - after_first
    assert second.added == grown
    total = len(_ids(second))
    new = set(_ids(second)) - set(_ids(first))
    # page 1 (change counter) and the note's page (and maybe an index page): at most 3 of 45
    assert total >= 40 and len(new) <= 3, f"{len(new)} of {total} chunks are new"
    assert grown < 4 * chunks.CHUNK_SIZE


def test_each_encrypted_backup_restores_exactly_its_own_moment_and_opens_with_the_passphrase(db):
    made = []
    for n in range(3):
        if n:
            _change(db, [f"n{100 * n:05d}", f"n{1000 * n + 7:05d}"], f"round {n}")
        info = _backup(db, n)
        made.append((info, _rows(db), json.loads(info.path.read_text())["sha256"]))
    _change(db, ["n00001"], "after the last backup")
    assert len({repr(rows) for _, rows, _ in made}) == 3  # three different moments
    for info, rows, whole in made:
        restored, safety = restore_backup(db, info.name, PASS)
        assert restored.name == info.name and safety is not None and safety.chunked
        assert is_encrypted(db) and _sha(db) == whole  # byte for byte the encrypted image that was kept
        assert _rows(db) == rows
    assert _grep(db.parent, MARK) == []


def test_no_note_text_and_no_plaintext_page_is_anywhere_in_the_backup_folder(db):
    folder = db.parent / "backups"
    _backup(db, 0)
    _change(db, ["nmark"], MARK + " (gewijzigd)")
    _backup(db, 1)
    assert _grep(folder, MARK) == [] and _grep(folder, "gewijzigd") == []
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert len([p for p in files if p.parent.name == chunks.CHUNKS]) >= 40
    assert [p for p in files if p.read_bytes().startswith(b"SQLite format 3")] == []
    for manifest in folder.glob("*.json"):
        body = json.loads(manifest.read_text())
        assert body["encrypted"] is True and body["compression"] == "none"
        assert set(body) == {"format", "version", "reason", "created", "page_size", "size", "sha256",
                             "chunk_size", "compression", "chunks", "salt", "encrypted"}


def test_encrypted_backups_are_owner_only(db):
    old = os.umask(0o022)
    try:
        _backup(db, 0)
        _change(db, ["n00003"], "x")
        _backup(db, 1)
    finally:
        os.umask(old)
    folder = db.parent / "backups"
    for p in [folder, *folder.rglob("*")]:
        mode = stat.S_IMODE(p.stat().st_mode)
        assert mode == (0o700 if p.is_dir() else 0o600), f"{p} is {oct(mode)}"


def test_a_damaged_chunk_is_reported_on_restore_and_nothing_is_overwritten(db):
    folder = db.parent / "backups"
    older = _backup(db, 0)
    _change(db, ["n03000"], "between the backups")
    newer = _backup(db, 1)
    ids = _ids(newer)
    victim = chunks.chunk_path(folder, ids[len(ids) // 2])
    data = bytearray(victim.read_bytes())
    data[1000] ^= 0x01
    victim.write_bytes(bytes(data))
    before, names = _sha(db), sorted(p.name for p in folder.iterdir())

    with pytest.raises(chunks.BackupDamaged) as err:
        restore_backup(db, newer.name, PASS)
    assert err.value.message == (f"backup {newer.path.stem} is damaged: its part {len(ids) // 2 + 1} of "
                                 f"{len(ids)} does not hold what it should; nothing was changed")
    assert _sha(db) == before and sorted(p.name for p in folder.iterdir()) == names
    assert not verify_backup(list_backups(folder)[0], PASS)
    if ids[len(ids) // 2] in _ids(older):  # the damaged chunk was shared: both backups are bad
        assert newest_good_backup(folder, PASS) is None
    else:
        assert newest_good_backup(folder, PASS).name == older.name

    # the first chunk (which holds the salt and page 1) damaged: still "damaged", not "wrong passphrase"
    victim.write_bytes(bytes(data[:1000]) + bytes([data[1000] ^ 0x01]) + bytes(data[1001:]))
    first = chunks.chunk_path(folder, ids[0])
    first.write_bytes(first.read_bytes()[:-1] + b"\0")
    with pytest.raises(chunks.BackupDamaged) as err:
        restore_backup(db, newer.name, PASS)
    assert "its part 1 of" in err.value.message and "nothing was changed" in err.value.message
    assert _sha(db) == before


def test_a_wrong_or_missing_passphrase_is_refused_clearly_and_changes_nothing(db, monkeypatch, capsys):
    folder = db.parent / "backups"
    info = _backup(db, 0)
    _change(db, ["n00042"], "after the backup")
    before, names = _sha(db), sorted(p.name for p in folder.iterdir())
    with pytest.raises(WrongPassphrase) as err:
        restore_backup(db, info.name, "not the passphrase")
    assert err.value.message == ("this backup does not open with the passphrase given, or is damaged; "
                                 "nothing was changed")
    with pytest.raises(WrongPassphrase) as err:
        restore_backup(db, info.name, None)
    assert err.value.message == "this backup is encrypted; give its passphrase"
    assert _sha(db) == before and sorted(p.name for p in folder.iterdir()) == names
    assert verify_backup(info, PASS) and not verify_backup(info, "not the passphrase")

    monkeypatch.setenv("BRIEFER_PASSPHRASE", "not the passphrase")
    code = main(["--data-dir", str(db.parent), "restore", info.name])
    assert code != 0 and _sha(db) == before
    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
    code = main(["--data-dir", str(db.parent), "restore", info.name])
    assert code == 0 and "restored " + info.name in capsys.readouterr().out


def test_whole_encrypted_backups_of_earlier_versions_still_restore_beside_incremental_ones(db, monkeypatch):
    folder = db.parent / "backups"
    monkeypatch.setattr(backup_mod, "INCREMENTAL_ENCRYPTED", False)
    old = _backup(db, 0)
    old_rows = _rows(db)
    monkeypatch.setattr(backup_mod, "INCREMENTAL_ENCRYPTED", True)
    _change(db, ["n00077"], "after the old backup")
    new = _backup(db, 1)
    assert [(b.name, b.chunked) for b in list_backups(folder)] == [(new.name, True), (old.name, False)]
    assert is_encrypted(old.path)
    restore_backup(db, old.name, PASS)
    assert _rows(db) == old_rows


def test_rotation_frees_the_encrypted_chunks_no_backup_uses(db, monkeypatch):
    folder = db.parent / "backups"
    _keep(monkeypatch, last=1, days=1)
    first = _backup(db, 0)
    first_ids = _ids(first)
    assert all(chunks.chunk_path(folder, c).exists() for c in first_ids)
    _change(db, ["n01500"], "edited")
    second = _backup(db, 1)  # rotates: keeps only itself
    only_first = set(first_ids) - set(_ids(second))
    assert only_first and len(only_first) <= 3
    assert [b.name for b in list_backups(folder)] == [second.name]
    assert sorted(p.name for p in chunks.chunk_dir(folder).iterdir()) == sorted(set(_ids(second)))
    assert verify_backup(list_backups(folder)[0], PASS)


def test_a_damaged_chunk_of_the_previous_backup_is_not_reused(db):
    folder = db.parent / "backups"
    first = _backup(db, 0)
    victim = chunks.chunk_path(folder, _ids(first)[5])
    victim.write_bytes(victim.read_bytes()[:-1] + b"\0")
    second = _backup(db, 1)
    assert _ids(second)[5] != _ids(first)[5] and _ids(second)[6] == _ids(first)[6]
    rows = _rows(db)
    _change(db, ["n00001"], "later")
    restore_backup(db, second.name, PASS)
    assert _rows(db) == rows


def test_a_passphrase_change_leaves_no_chunk_the_old_passphrase_opens(db):
    folder = db.parent / "backups"
    first = _backup(db, 0)
    rows = _rows(db)
    _change(db, ["n00009"], "edited")
    _backup(db, 1)
    old_chunks = set(p.name for p in chunks.chunk_dir(folder).iterdir())
    result = change_passphrase(db, PASS, NEW_PASS, backup_dir=folder)
    assert len(result.backups_converted) == 2 and result.backups_left == []
    assert old_chunks.isdisjoint(p.name for p in chunks.chunk_dir(folder).iterdir())
    assert all(verify_backup(b, NEW_PASS) and not verify_backup(b, PASS) for b in list_backups(folder))
    newer = _backup(db, 2, passphrase=NEW_PASS)
    assert newer.chunked and verify_backup(newer, NEW_PASS)
    restore_backup(db, first.path.stem, NEW_PASS)  # found by its stem: now a whole .sqlite
    assert _rows(db, NEW_PASS) == rows


def test_decrypting_turns_encrypted_incremental_backups_into_plain_ones_that_restore(db):
    folder = db.parent / "backups"
    first = _backup(db, 0)
    rows = _rows(db)
    result = decrypt(db, PASS, backup_dir=folder)
    assert result.backups_converted == [first.name] and result.backups_left == []
    assert not list(chunks.chunk_dir(folder).iterdir())
    (converted,) = list_backups(folder)
    assert converted.path.suffix == ".sqlite" and not is_encrypted(converted.path)
    restore_backup(db, converted.name, None)
    assert _rows(db, None) == rows


def test_a_rebuilt_encrypted_backup_opens_only_with_its_passphrase(db, tmp_path):
    info = _backup(db, 0)
    target = tmp_path / "rebuilt.sqlite"
    rebuild_backup(info, target)
    assert is_encrypted(target)
    conn = open_keyed(target, PASS, readonly=True)
    try:
        assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 4001
    finally:
        conn.close()
    with pytest.raises(WrongPassphrase):
        open_keyed(target, "not the passphrase", readonly=True)
