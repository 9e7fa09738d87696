"""A conversion that fails or is refused leaves every file under the key it had, and nothing to finish.

``briefer decrypt`` converts the backups first and the database last (the journal is keyed with the
passphrase the database keeps until then). When the database's own swap then fails (a full disk), the
backups are already plain: they must be given their key back, and the journal dropped — else plaintext
copies of an encrypted database stay in the data folder, and the next command, finding the journal,
would decrypt the database the user was just told was unchanged.

Also here: a passphrase change whose next command is given the *old* passphrase after the database was
already re-keyed (the journal must stay until the new one is given), a passphrase that is only spaces,
and a passphrase change asked for a database that is not encrypted.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from security_helpers import SECRET, digest, files_containing

from briefer.cli import main
from briefer.errors import Refused
from briefer.store.access import DatabaseState, database_state
from briefer.store.wholefile.backup import list_backups, verify_backup
from briefer.store.wholefile.journal import journal_exists

PASS = "correct horse battery"
NEW = "a different staple 42"


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _encrypted_with_two_backups(capsys, monkeypatch) -> None:
    """The data folder encrypted with ``PASS`` (given as a user's environment would), then backed up twice."""
    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
    assert _run(capsys, "encrypt")[0] == 0
    assert _run(capsys, "backup")[0] == 0
    assert _run(capsys, "backup")[0] == 0


def test_a_decrypt_whose_swap_fails_leaves_every_file_encrypted_and_nothing_to_finish(cheap_kdf, loaded_data_dir,
                                                                                      capsys, monkeypatch):
    data = loaded_data_dir
    db = data / "briefer.sqlite"
    _encrypted_with_two_backups(capsys, monkeypatch)
    backups = list_backups(data / "backups")
    assert len(backups) >= 2 and files_containing(data, SECRET) == []

    real_replace = os.replace

    def full_disk_at_the_swap(src, dst):
        if Path(dst) == db:  # the decrypted database cannot be put in place; the backups could
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    with monkeypatch.context() as m:
        m.setattr("briefer.store.wholefile.swap.os.replace", full_disk_at_the_swap)
        code, out, err = _run(capsys, "decrypt")
    assert code == 5 and "original is unchanged" in err and "No space left" in err
    assert database_state(db) is DatabaseState.ENCRYPTED
    # the backups decrypted before the swap failed are encrypted again: no plaintext anywhere
    assert files_containing(data, SECRET) == []
    assert [b.name for b in list_backups(data / "backups") if not verify_backup(b, PASS)] == []
    assert not journal_exists(db)  # nothing left for the next command to "finish"
    assert [p.name for p in data.iterdir() if p.name.startswith(".")] == []

    # the next command opens the database as it was: still encrypted, still the user's data
    code, out, _ = _run(capsys, "list", "notes")
    assert code == 0 and "Minutes mention" in out
    assert database_state(db) is DatabaseState.ENCRYPTED and files_containing(data, SECRET) == []


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_passphrase_change_given_the_old_passphrase_next_keeps_its_journal_for_the_new_one(
        cheap_kdf, loaded_data_dir, capsys, monkeypatch):
    from test_security_conversion_kill import CRYPTO, _all_under, _kill_at

    data = loaded_data_dir
    db = data / "briefer.sqlite"
    _encrypted_with_two_backups(capsys, monkeypatch)
    # killed once the database has the new passphrase, before any backup was re-keyed
    _kill_at(data, f"{CRYPTO}:_convert_database:after:1", "passphrase", BRIEFER_PASSPHRASE=PASS,
             BRIEFER_NEW_PASSPHRASE=NEW)
    before = digest(db)
    code, out, err = _run(capsys, "list", "people")  # the user still types the old passphrase
    assert code == 5 and "wrong passphrase" in err and out == ""
    assert journal_exists(db) and digest(db) == before  # the unfinished change is kept, not forgotten
    monkeypatch.setenv("BRIEFER_PASSPHRASE", NEW)
    code, out, _ = _run(capsys, "list", "people")
    assert code == 0 and "Bruins" in out
    _all_under(data, NEW)  # the backups follow: one passphrase for everything


def test_a_passphrase_of_spaces_only_is_refused_and_nothing_changes(loaded_data_dir, capsys, monkeypatch):
    db = loaded_data_dir / "briefer.sqlite"
    before = digest(db)
    monkeypatch.setenv("BRIEFER_PASSPHRASE", " " * 12)  # long enough, yet it protects nothing
    code, out, err = _run(capsys, "encrypt")
    assert code == 6 and out == "" and "the passphrase must not be empty" in err
    assert database_state(db) is DatabaseState.PLAIN and digest(db) == before


def test_a_passphrase_change_asked_for_a_plain_database_says_it_is_not_encrypted(loaded_data_dir):
    from briefer.store.wholefile.crypto import change_passphrase

    db = loaded_data_dir / "briefer.sqlite"
    before = digest(db)
    with pytest.raises(Refused, match="the database is not encrypted; use 'briefer encrypt' first"):
        change_passphrase(db, PASS, NEW)
    assert database_state(db) is DatabaseState.PLAIN and digest(db) == before
    assert not journal_exists(db)


def test_a_decrypt_asked_for_a_plain_database_says_it_is_not_encrypted_and_changes_nothing(loaded_data_dir):
    from briefer.store.wholefile.crypto import decrypt

    db = loaded_data_dir / "briefer.sqlite"
    before = digest(db)
    with pytest.raises(Refused, match="the database is not encrypted"):
        decrypt(db, PASS)
    assert database_state(db) is DatabaseState.PLAIN and digest(db) == before
    assert not journal_exists(db)


def test_a_passphrase_change_to_the_same_passphrase_is_refused_and_rewrites_nothing(cheap_kdf, loaded_data_dir,
                                                                                    capsys, monkeypatch):
    """Re-keying everything (the database and each backup) to the key it already has would only cost the wait."""
    from briefer.store.wholefile.crypto import change_passphrase

    data = loaded_data_dir
    db = data / "briefer.sqlite"
    _encrypted_with_two_backups(capsys, monkeypatch)
    before = {f: digest(f) for f in data.rglob("*") if f.is_file()}
    with pytest.raises(Refused, match="the new passphrase is the same as the current one"):
        change_passphrase(db, PASS, PASS)
    assert {f: digest(f) for f in data.rglob("*") if f.is_file()} == before
    assert not journal_exists(db)


def test_a_badly_damaged_database_is_refused_with_the_first_three_findings_not_a_flood(loaded_data_dir, capsys,
                                                                                       monkeypatch):
    from tests.conftest import nulls_in_a_not_null_column

    db = loaded_data_dir / "briefer.sqlite"
    nulls_in_a_not_null_column(db, rows=5)  # five findings
    before = digest(db)
    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
    code, out, err = _run(capsys, "encrypt")
    assert code != 0 and out == "" and "it was not converted" in err
    assert err.count("NULL value in walking_defaults.minutes") == 3  # enough to name the damage, one line
    assert database_state(db) is DatabaseState.PLAIN and digest(db) == before


def _rows_in(db: Path, passphrase: str | None) -> int:
    """Every row of every table of ``db`` (what a conversion copies), counted on a connection of our own."""
    from briefer.store.db import open_keyed

    conn = open_keyed(db, passphrase)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return sum(conn.execute(f"SELECT count(*) FROM [{n}]").fetchone()[0] for n in names)
    finally:
        conn.close()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_encrypt_says_how_many_rows_it_encrypted_also_when_it_finishes_a_killed_one(cheap_kdf, loaded_data_dir,
                                                                                     capsys, monkeypatch):
    import re
    import shutil

    from test_security_conversion_kill import CRYPTO, _kill_at

    data = loaded_data_dir
    db = data / "briefer.sqlite"
    twin = data.parent / "twin"  # the same data, encrypted in one go
    shutil.copytree(data, twin)
    rows = _rows_in(db, None)
    assert rows > 0
    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
    code, out, _ = _run(capsys, "--data-dir", str(twin), "encrypt")
    assert code == 0 and re.search(r"encrypted: .* \((\d+) rows\)", out).group(1) == str(rows)

    _kill_at(data, f"{CRYPTO}:_convert_database:after:1", "encrypt", BRIEFER_PASSPHRASE=PASS)
    code, out, _ = _run(capsys, "encrypt")  # run again: finishes it, and reports it as one encryption
    assert code == 0 and re.search(r"encrypted: .* \((\d+) rows\)", out).group(1) == str(rows)
    assert _rows_in(db, PASS) == rows


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_decrypt_run_again_after_a_kill_finishes_instead_of_saying_not_encrypted(cheap_kdf, loaded_data_dir, capsys,
                                                                                  monkeypatch):
    from test_security_conversion_kill import CRYPTO, _all_under, _kill_at

    data = loaded_data_dir
    assert _run(capsys, "backup")[0] == 0
    assert _run(capsys, "backup")[0] == 0
    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
    assert _run(capsys, "encrypt")[0] == 0  # the backups become whole encrypted copies
    _kill_at(data, f"{CRYPTO}:_convert_copy:after:1", "decrypt", BRIEFER_PASSPHRASE=PASS)  # one backup decrypted
    code, out, err = _run(capsys, "decrypt")
    assert code == 0 and "plain SQLite file" in out, err
    _all_under(data, None)


@pytest.mark.parametrize("what", ["missing", "empty"])
def test_there_is_nothing_to_encrypt_before_the_first_start(tmp_path, what):
    from briefer.errors import NotFound
    from briefer.store.wholefile.crypto import encrypt

    db = tmp_path / "briefer.sqlite"
    if what == "empty":
        db.write_bytes(b"")  # a first start killed before it wrote anything
    with pytest.raises(NotFound, match="there is no database to convert yet"):
        encrypt(db, PASS)
    assert (db.exists(), db.exists() and db.read_bytes()) == ((False, False) if what == "missing" else (True, b""))
    assert not journal_exists(db)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_encrypt_through_the_core_converts_the_backups_beside_the_database(cheap_kdf, loaded_data_dir, capsys):
    from briefer.store.wholefile.crypto import encrypt

    data = loaded_data_dir
    assert _run(capsys, "backup")[0] == 0
    kept = sorted(b.path.stem for b in list_backups(data / "backups"))
    assert any(b.chunked for b in list_backups(data / "backups"))  # incremental ones among them
    result = encrypt(data / "briefer.sqlite", PASS)  # no backup folder named: the one beside the database
    assert result.backups_converted and not result.backups_left
    assert files_containing(data, SECRET) == []
    after = list_backups(data / "backups")
    assert sorted(b.path.stem for b in after) == kept  # every backup still there (as a whole copy) …
    assert [b.name for b in after if not verify_backup(b, PASS)] == []  # … restorable with the passphrase …
    assert [b.name for b in after if verify_backup(b, None)] == []  # … and with it only (chunks are compressed)


def test_an_incremental_backup_that_cannot_be_rebuilt_is_named_when_encrypting(cheap_kdf, loaded_data_dir, capsys,
                                                                               monkeypatch):
    import json

    data = loaded_data_dir
    assert _run(capsys, "backup")[0] == 0
    manifest = next(b.path for b in list_backups(data / "backups") if b.chunked)  # the newest
    first = json.loads(manifest.read_bytes())["chunks"][0]
    (data / "backups" / "chunks" / first).unlink()  # a part of it lost (a disk error, a cleaning tool)
    broken = [m for m in (data / "backups").glob("*.json") if first in json.loads(m.read_bytes())["chunks"]]
    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
    code, out, err = _run(capsys, "encrypt")
    assert code == 0 and "encrypted:" in out
    # the user is told which backup stays as it was (unreadable, and not encrypted)
    assert "could not be converted" in err and all(m.name in err for m in broken)
    assert all(m.exists() for m in broken)


class _CopyWithProblems:
    """The converted copy, as SQLite's integrity check would see it written by a failing disk: five problems."""

    PROBLEMS = [f"Tree {n} page {n} cell 0: invalid page number {n}" for n in range(2, 7)]

    def __init__(self, conn):
        self.conn = conn

    def execute(self, sql, *args):
        if sql.startswith("PRAGMA integrity_check"):
            return self.conn.execute(" UNION ALL ".join("SELECT ?" for _ in self.PROBLEMS), self.PROBLEMS)
        return self.conn.execute(sql, *args)

    def close(self):
        self.conn.close()


def test_a_converted_copy_that_fails_its_check_is_not_put_in_place_and_the_first_problems_are_named(
        cheap_kdf, loaded_data_dir, capsys, monkeypatch):
    import briefer.store.wholefile.crypto as crypto

    data = loaded_data_dir
    db = data / "briefer.sqlite"
    before = digest(db)
    real = crypto.open_keyed

    def open_keyed(path, passphrase=None, **kwargs):
        conn = real(path, passphrase, **kwargs)
        return _CopyWithProblems(conn) if Path(path).name.startswith(".briefer.sqlite.converting-") else conn

    monkeypatch.setattr(crypto, "open_keyed", open_keyed)
    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
    code, out, err = _run(capsys, "encrypt")
    assert code == 5 and out == "" and "the converted copy failed its integrity check (" in err
    assert "the original is unchanged" in err
    assert [p for p in _CopyWithProblems.PROBLEMS if p in err] == _CopyWithProblems.PROBLEMS[:3]  # one line
    assert database_state(db) is DatabaseState.PLAIN and digest(db) == before
    assert [p.name for p in data.iterdir() if p.name.startswith(".")] == [] and not journal_exists(db)


def test_a_disk_error_while_a_converted_backup_is_put_in_place_names_it_and_leaves_no_copy(cheap_kdf,
                                                                                           loaded_data_dir, capsys,
                                                                                           monkeypatch):
    data = loaded_data_dir
    assert _run(capsys, "backup")[0] == 0
    real_replace = os.replace
    refused = []

    def failing_disk(src, dst):
        if Path(src).name.startswith(".converting-") and Path(dst).parent.name == "backups":
            refused.append(Path(dst).with_suffix(".json").name)  # the incremental backup being converted
            raise OSError(5, "Input/output error")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_disk)
    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
    code, out, err = _run(capsys, "encrypt")
    monkeypatch.undo()
    assert code == 0 and "encrypted:" in out and refused
    assert "could not be converted" in err and all(name in err for name in refused)
    # no half-done copy beside the backups: every file there is a backup, the chunk store or its lock
    assert [p.name for p in (data / "backups").rglob(".*")] == []


@pytest.mark.parametrize("asked", ["decrypt", "change"])
def test_a_conversion_whose_passphrase_opens_no_interrupted_journal_is_refused_and_changes_nothing(tmp_path, asked):
    """Found by mutation testing (eighteenth session): nothing checked the refusal when an interrupted conversion's
    journal is there and the passphrase given opens neither it nor the database — negated, the new conversion
    went ahead over the unfinished one."""
    from briefer.model import Note
    from briefer.store import Store
    from briefer.store.wholefile.crypto import change_passphrase, decrypt, encrypt
    from briefer.store.wholefile.journal import write_journal

    db = tmp_path / "briefer.sqlite"
    backups = tmp_path / "backups"
    with Store.open(db, user="tester") as store:
        store.notes.add(Note(author="me", body=SECRET))
    encrypt(db, PASS, backup_dir=backups)
    write_journal(db, PASS, NEW)  # a passphrase change killed before it touched the database
    before = {p.name: digest(p) for p in tmp_path.rglob("*") if p.is_file()}
    wrong = "not the passphrase at all"
    with pytest.raises(Refused) as refused:
        if asked == "decrypt":
            decrypt(db, wrong, backup_dir=backups)
        else:
            change_passphrase(db, wrong, "yet another passphrase", backup_dir=backups)
    assert str(refused.value) == (
        f"{db}: an earlier encrypt, decrypt or passphrase change was interrupted; run any command with the "
        "passphrase the database has now to finish it first (nothing was changed)")
    assert journal_exists(db)
    assert {p.name: digest(p) for p in tmp_path.rglob("*") if p.is_file()} == before


def test_a_leftover_copy_under_another_key_is_not_taken_for_the_converted_backup(tmp_path):
    """Found by mutation testing (eighteenth session): an incremental backup is converted into a whole copy of the
    same name, and a copy already there is kept only when the new passphrase opens it (a killed run's work).
    With that test reduced to "a copy is there", a leftover under a third key stood in for
    the backup, whose parts were then deleted: the backup no longer opened with the passphrase."""
    from briefer.model import Note
    from briefer.store import Store
    from briefer.store.wholefile.backup import create_backup, restore_backup
    from briefer.store.wholefile.crypto import encrypt
    from briefer.store.wholefile.swap import copy_db_file

    db = tmp_path / "briefer.sqlite"
    backups = tmp_path / "backups"
    with Store.open(db, user="tester", backup_dir=backups) as store:
        store.notes.add(Note(author="me", body="in the backup"))
        made = create_backup(store, "manual")
    assert made.chunked
    with Store.open(db, user="tester", backup_dir=backups) as store:
        store.notes.add(Note(author="me", body="after the backup"))
    other = tmp_path / "other" / "briefer.sqlite"  # a leftover under a key neither old nor new
    other.parent.mkdir()
    copy_db_file(db, other)
    encrypt(other, "a third passphrase", backup_dir=other.parent / "backups")
    copy_db_file(other, made.path.with_suffix(".sqlite"))
    result = encrypt(db, PASS, backup_dir=backups)
    assert made.path.name in result.backups_converted
    (converted,) = list_backups(backups)
    assert converted.path == made.path.with_suffix(".sqlite") and verify_backup(converted, PASS)
    restore_backup(db, converted.name, PASS, backup_dir=backups)
    with Store.open(db, user="tester", passphrase=PASS, backup_dir=backups) as store:
        assert [n.body for n in store.notes.list()] == ["in the backup"]  # the backup's own moment


def test_a_set_aside_copy_another_program_has_open_is_left_as_it_was(cheap_kdf, loaded_data_dir):
    """A whole copy beside the database that a SQLite browser has open, its change still in the WAL: encrypting
    leaves it, says so, and writes nothing to it — folding another program's WAL into the file is not ours to do."""
    import shutil

    import sqlcipher3

    from briefer.store.wholefile.crypto import encrypt

    db = loaded_data_dir / "briefer.sqlite"
    assert not Path(f"{db}-wal").exists()
    aside = loaded_data_dir / "briefer-before-import.sqlite"  # as ``briefer demo --force`` sets one aside
    shutil.copy2(db, aside)
    other = sqlcipher3.connect(str(aside))  # Briefer's own SQLite library: see test_security_swap_in_use.py
    try:
        other.execute("PRAGMA journal_mode = WAL")
        other.execute("CREATE TABLE scratch (x)")
        other.commit()
        wal = Path(f"{aside}-wal")
        before = (digest(aside), digest(wal))
        assert wal.stat().st_size > 0
        result = encrypt(db, PASS)
        assert aside.name in result.backups_left and aside.name not in result.backups_converted
        assert (digest(aside), digest(wal)) == before
        assert other.execute("SELECT count(*) FROM scratch").fetchone()[0] == 0
    finally:
        other.close()


@pytest.mark.parametrize("length, accepted", [(8, True), (7, False)])
def test_a_passphrase_of_the_minimum_length_is_accepted_and_one_character_less_refused(loaded_data_dir, capsys,
                                                                                       monkeypatch, cheap_kdf,
                                                                                       length, accepted):
    db = loaded_data_dir / "briefer.sqlite"
    before = digest(db)
    monkeypatch.setenv("BRIEFER_PASSPHRASE", "tulpen-voorjaar"[:length])
    code, out, err = _run(capsys, "encrypt")
    if accepted:
        assert code == 0, err
        assert database_state(db) is DatabaseState.ENCRYPTED
    else:
        assert (code, out) == (6, "") and "the passphrase must be at least 8 characters long" in err
        assert database_state(db) is DatabaseState.PLAIN and digest(db) == before


def test_a_passphrase_change_to_one_too_short_is_refused_and_changes_nothing(cheap_kdf, loaded_data_dir, capsys,
                                                                            monkeypatch):
    data = loaded_data_dir
    db = data / "briefer.sqlite"
    _encrypted_with_two_backups(capsys, monkeypatch)
    before = {p.name: digest(p) for p in [db, *(b.path for b in list_backups(data / "backups"))]}
    monkeypatch.setenv("BRIEFER_NEW_PASSPHRASE", "kort")
    code, out, err = _run(capsys, "passphrase")
    assert code == 6 and "the passphrase must be at least 8 characters long" in err
    assert {p.name: digest(p) for p in [db, *(b.path for b in list_backups(data / "backups"))]} == before
    assert not journal_exists(db)
    code, out, _ = _run(capsys, "list", "people")  # the old passphrase still opens it
    assert code == 0 and "Bruins" in out


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_passphrase_change_run_again_finishes_and_reports_it(cheap_kdf, loaded_data_dir, capsys,
                                                                      monkeypatch):
    from test_security_conversion_kill import CRYPTO, _all_under, _kill_at

    data = loaded_data_dir
    db = data / "briefer.sqlite"
    _encrypted_with_two_backups(capsys, monkeypatch)
    _kill_at(data, f"{CRYPTO}:_convert_database:after:1", "passphrase", BRIEFER_PASSPHRASE=PASS,
             BRIEFER_NEW_PASSPHRASE=NEW)
    monkeypatch.setenv("BRIEFER_NEW_PASSPHRASE", NEW)  # the same command again, as the user typed it
    code, out, err = _run(capsys, "passphrase")
    assert code == 0, err
    assert out.startswith(f"passphrase changed: {db}\n") and "3 backups and kept copies converted as well" in out
    assert not journal_exists(db)
    _all_under(data, NEW)
