"""Is the database encrypted? (briefer/store/fileformat.py) — decided from the file's first 16 bytes
before anything is opened: the command line asks for a passphrase only for an encrypted file, and a
database it cannot read is named, not a traceback."""

from __future__ import annotations

import pytest

from briefer.errors import StoreError
from briefer.model import Person
from briefer.store import Store
from briefer.store.fileformat import SQLITE_HEADER, is_encrypted
from tests.conftest import run_cli


def test_a_plain_database_is_not_encrypted_and_an_encrypted_one_is(tmp_path):
    plain, secret = tmp_path / "plain.sqlite", tmp_path / "secret.sqlite"
    with Store.open(plain, user="tester") as s:
        s.people.add(Person(given_name="Anna", family_name="Schouten"))
    with Store.open(secret, passphrase="correct horse", user="tester") as s:
        s.people.add(Person(given_name="Anna", family_name="Schouten"))
    assert plain.read_bytes()[:16] == SQLITE_HEADER
    assert is_encrypted(plain) is False
    assert is_encrypted(secret) is True


def test_a_missing_or_empty_file_is_not_encrypted_but_any_other_start_is(tmp_path):
    assert is_encrypted(tmp_path / "missing.sqlite") is False
    (tmp_path / "empty.sqlite").write_bytes(b"")
    assert is_encrypted(tmp_path / "empty.sqlite") is False
    (tmp_path / "one.sqlite").write_bytes(b"\x07")  # a salt's first byte, the rest cut off
    assert is_encrypted(tmp_path / "one.sqlite") is True
    (tmp_path / "short.sqlite").write_bytes(SQLITE_HEADER[:15])
    assert is_encrypted(tmp_path / "short.sqlite") is True
    (tmp_path / "long.sqlite").write_bytes(SQLITE_HEADER + b"\x10\x00" * 50)
    assert is_encrypted(tmp_path / "long.sqlite") is False


def test_a_database_that_cannot_be_read_is_named_with_the_reason(tmp_path):
    folder = tmp_path / "briefer.sqlite"
    folder.mkdir()
    with pytest.raises(StoreError) as e:
        is_encrypted(folder)
    assert "cannot read the database (Is a directory)" in str(e.value)
    assert str(folder) in str(e.value)


def test_only_an_encrypted_database_asks_for_a_passphrase(data_dir, capsys, monkeypatch):
    monkeypatch.delenv("BRIEFER_PASSPHRASE", raising=False)
    data_dir.mkdir(parents=True)
    with Store.open(data_dir / "briefer.sqlite", user="tester") as s:
        s.people.add(Person(given_name="Anna", family_name="Schouten"))
    code, out, err = run_cli(capsys, "list", "people")
    assert code == 0 and "Schouten" in out
    (data_dir / "briefer.sqlite").unlink()
    with Store.open(data_dir / "briefer.sqlite", passphrase="correct horse", user="tester") as s:
        s.people.add(Person(given_name="Joost", family_name="Verbeek"))
    code, out, err = run_cli(capsys, "list", "people")
    assert code != 0 and "Verbeek" not in out and "passphrase" in err.lower() and "Traceback" not in err
    monkeypatch.setenv("BRIEFER_PASSPHRASE", "correct horse")
    code, out, err = run_cli(capsys, "list", "people")
    assert code == 0 and "Verbeek" in out
