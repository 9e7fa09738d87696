"""Encryption at rest: encrypt / decrypt / passphrase via the CLI, and nothing in clear anywhere."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from security_helpers import SECRET, digest, files_containing

from briefer.cli import main
from briefer.store import Store
from briefer.store.access import DatabaseState, database_state, open_store, unlock
from briefer.store.db import PassphraseRequired, WrongPassphrase

PASS = "correct horse battery"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_encrypt_leaves_no_plaintext_and_needs_the_passphrase(loaded_data_dir, capsys, monkeypatch):
    db = loaded_data_dir / "briefer.sqlite"
    assert files_containing(loaded_data_dir, SECRET), "the fixture must hold the secret in clear first"
    assert run(capsys, "backup")[0] == 0  # a plaintext backup exists before encryption

    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
    code, out, _ = run(capsys, "encrypt")
    assert code == 0 and "encrypted" in out
    assert database_state(db) is DatabaseState.ENCRYPTED
    assert files_containing(loaded_data_dir, SECRET) == []  # database, WAL, backups: nothing in clear
    leftovers = [p.name for p in loaded_data_dir.rglob(".*")]
    assert leftovers == []  # no temporary conversion files

    code, out, _ = run(capsys, "search", SECRET)
    assert code == 0 and "Minutes mention" in out or "India" in out

    monkeypatch.setenv("BRIEFER_PASSPHRASE", "not the passphrase")
    before = digest(db)
    code, out, err = run(capsys, "list", "notes")
    assert code == 5
    assert "wrong passphrase or not a Briefer database" in err
    assert "Traceback" not in err and out == ""
    assert digest(db) == before

    monkeypatch.delenv("BRIEFER_PASSPHRASE")
    code, _, err = run(capsys, "list", "notes")
    assert code == 5 and "encrypted" in err and "BRIEFER_PASSPHRASE" in err


def test_store_api_refuses_wrong_or_missing_passphrase(loaded_data_dir, capsys, monkeypatch):
    db = loaded_data_dir / "briefer.sqlite"
    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
    assert run(capsys, "encrypt")[0] == 0
    with pytest.raises(PassphraseRequired):
        open_store(db)
    with pytest.raises(WrongPassphrase, match="wrong passphrase or not a Briefer database"):
        unlock(db, "guess guess")
    with pytest.raises(PassphraseRequired):
        Store.open(db)  # no key on an encrypted file: not readable either
    with unlock(db, PASS) as store:
        assert store.notes.count() == 1


def test_decrypt_and_change_passphrase_round_trip(loaded_data_dir, capsys, monkeypatch):
    db = loaded_data_dir / "briefer.sqlite"
    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
    assert run(capsys, "encrypt")[0] == 0
    assert run(capsys, "backup")[0] == 0

    monkeypatch.setenv("BRIEFER_NEW_PASSPHRASE", "another passphrase")
    code, out, _ = run(capsys, "passphrase")
    assert code == 0 and "passphrase changed" in out
    with pytest.raises(WrongPassphrase):
        unlock(db, PASS)
    # the backups follow the new passphrase, so the old one opens nothing any more
    from briefer.store.wholefile.backup import list_backups, verify_file

    backups = list_backups(loaded_data_dir / "backups")
    assert backups and all(verify_file(b.path, "another passphrase") for b in backups)
    assert not any(verify_file(b.path, PASS) for b in backups)

    monkeypatch.setenv("BRIEFER_PASSPHRASE", "another passphrase")
    code, out, _ = run(capsys, "decrypt")
    assert code == 0 and "plain SQLite" in out
    assert database_state(db) is DatabaseState.PLAIN
    monkeypatch.delenv("BRIEFER_PASSPHRASE")
    code, out, _ = run(capsys, "list", "notes")
    assert code == 0 and "Minutes mention" in out


def test_encrypt_refuses_short_or_mismatched_passphrases(loaded_data_dir, capsys, monkeypatch):
    db = loaded_data_dir / "briefer.sqlite"
    before = digest(db)
    monkeypatch.setenv("BRIEFER_PASSPHRASE", "short")
    code, _, err = run(capsys, "encrypt")
    assert code == 6 and "at least 8" in err
    monkeypatch.delenv("BRIEFER_PASSPHRASE")

    # interactive: asked twice without echo (getpass); different answers change nothing
    answers = iter(["first passphrase", "second passphrase"])
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr("briefer.cli.context.getpass.getpass", lambda prompt="": next(answers))
    code, _, err = run(capsys, "encrypt")
    assert code == 6 and "differ" in err
    assert digest(db) == before and database_state(db) is DatabaseState.PLAIN


def test_prompted_passphrase_opens_encrypted_database(loaded_data_dir, capsys, monkeypatch):
    prompts = []

    def fake_getpass(prompt=""):
        prompts.append(prompt)
        return PASS

    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr("briefer.cli.context.getpass.getpass", fake_getpass)
    assert run(capsys, "encrypt")[0] == 0
    assert len(prompts) == 2  # new passphrase, twice
    code, out, _ = run(capsys, "list", "people")
    assert code == 0 and "Bruins" in out
    assert len(prompts) == 3 and "Passphrase for" in prompts[-1]


def test_not_a_tty_and_no_env_is_a_clear_error(loaded_data_dir, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    code, _, err = run(capsys, "encrypt")
    assert code == 6 and "BRIEFER_PASSPHRASE" in err


def test_failed_swap_leaves_the_original_intact(loaded_data_dir, capsys, monkeypatch):
    db = loaded_data_dir / "briefer.sqlite"
    before = digest(db)
    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)

    real_replace = os.replace

    def broken_replace(src, dst):
        if Path(dst) == db:  # the swap of the converted database fails
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr("briefer.store.wholefile.swap.os.replace", broken_replace)
    code, _, err = run(capsys, "encrypt")
    assert code == 5 and "original is unchanged" in err and "No space left" in err
    assert digest(db) == before and database_state(db) is DatabaseState.PLAIN
    # the .checked mark (the plain file as its last passed check saw it) may stay: the file is that file still
    assert sorted(p.name for p in loaded_data_dir.iterdir() if p.is_file() and p.suffix != ".checked") \
        == ["briefer.sqlite", "briefer.sqlite.lock"]


def test_failed_verification_leaves_the_original_intact(loaded_data_dir, capsys, monkeypatch):
    db = loaded_data_dir / "briefer.sqlite"
    before = digest(db)
    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
    import briefer.store.wholefile.crypto as crypto

    real = crypto._table_counts
    calls = []

    def lossy_counts(conn, schema="main"):
        counts = real(conn, schema)
        calls.append(1)
        if len(calls) == 2:  # the copy's count: pretend a row went missing
            counts["notes"] -= 1
        return counts

    monkeypatch.setattr(crypto, "_table_counts", lossy_counts)
    code, _, err = run(capsys, "encrypt")
    assert code == 5 and "does not hold the same rows" in err
    assert digest(db) == before
    assert [p.name for p in loaded_data_dir.iterdir() if p.name.startswith(".")] == []


def test_conversion_refused_while_another_connection_is_open(loaded_data_dir, capsys, monkeypatch):
    db = loaded_data_dir / "briefer.sqlite"
    other = Store.open(db)  # e.g. the GUI
    try:
        other.set_meta("touched", "yes")  # leaves a WAL while open
        monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
        code, _, err = run(capsys, "encrypt")
        assert code == 6 and "has the database open" in err
        assert database_state(db) is DatabaseState.PLAIN
        assert other.meta("touched") == "yes"
    finally:
        other.close()


def test_encrypted_temp_storage_stays_in_memory(tmp_path):
    store = Store.open(tmp_path / "x.sqlite")
    try:
        assert store.db.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    finally:
        store.close()


def test_backup_files_are_private(loaded_data_dir, capsys):
    assert run(capsys, "backup")[0] == 0
    if os.name == "posix":
        for f in (loaded_data_dir / "backups").iterdir():
            assert f.stat().st_mode & 0o077 == 0


def test_encrypt_also_covers_copies_set_aside_by_demo_force(loaded_data_dir, capsys, monkeypatch):
    from briefer.model import Note

    with Store.open(loaded_data_dir / "briefer.sqlite") as s:  # not the demo any more: --force sets it aside
        s.notes.add(Note(body=SECRET + " own work"))
        s.db.execute("UPDATE conference SET id = '99999999-9999-4999-8999-999999999999'")
    code, _, err = run(capsys, "demo", "--force")
    assert code == 0 and "kept as" in err
    kept = [p for p in loaded_data_dir.iterdir() if "before-demo" in p.name]
    assert kept and SECRET.encode() in kept[0].read_bytes()
    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
    assert run(capsys, "encrypt")[0] == 0
    assert files_containing(loaded_data_dir, SECRET) == []
    with Store.open(kept[0], passphrase=PASS) as old:
        assert any(SECRET in n.body for n in old.notes.list())
