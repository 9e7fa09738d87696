"""The key derivation is SQLCipher 4's real one: PBKDF2-SHA512 with 256,000 iterations.

Some tests derive keys with fewer iterations to save time (the ``cheap_kdf`` fixture,
tests/cheap_kdf.py). These tests pin what the product does: a file ``briefer encrypt``
wrote opens with 256,000 iterations and with nothing less, the backups' page comparison
derives the same key, and the cheaper count never outlives the test that asked for it.
"""

from __future__ import annotations

import pytest
import sqlcipher3

from briefer.cli import main
from briefer.store.db import is_encrypted
from briefer.store.wholefile import cipherpages

PASS = "correct horse battery"

pytestmark = pytest.mark.real_kdf  # every other test derives keys with 4,000 iterations (tests/conftest.py)


def _opens(path, iterations: int) -> bool:
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA key = '" + PASS + "'")
        conn.execute(f"PRAGMA kdf_iter = {iterations}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def _encrypted_demo(data_dir, monkeypatch, capsys):
    assert main(["demo"]) == 0
    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
    assert main(["encrypt"]) == 0
    capsys.readouterr()
    db = data_dir / "briefer.sqlite"
    assert is_encrypted(db)
    return db


def test_the_product_derives_keys_with_256000_iterations(data_dir, monkeypatch, capsys):
    conn = sqlcipher3.connect(":memory:")
    try:  # no test left a cheaper count behind in this process
        assert conn.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0] in (256000, "256000")
    finally:
        conn.close()
    assert cipherpages.KDF_ITER == 256_000
    db = _encrypted_demo(data_dir, monkeypatch, capsys)
    assert _opens(db, 256_000)
    assert not _opens(db, 4_000)
    assert not _opens(db, 255_999)
    # the backups' page comparison derives the key SQLCipher used
    head = db.read_bytes()[:4096]
    assert cipherpages.PageKey.derive(PASS, cipherpages.salt_of(head)).opens(head)


def test_the_cheaper_count_is_used_inside_the_fixture_and_only_there(data_dir, monkeypatch, capsys):
    from tests.cheap_kdf import TEST_KDF_ITER, cheaper_key_derivation

    with cheaper_key_derivation():
        db = _encrypted_demo(data_dir, monkeypatch, capsys)
        head = db.read_bytes()[:4096]
        assert cipherpages.PageKey.derive(PASS, cipherpages.salt_of(head)).opens(head)
    assert _opens(db, TEST_KDF_ITER) and not _opens(db, 256_000)
    assert cipherpages.KDF_ITER == 256_000
    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
    assert main(["check"]) != 0  # at the real cost, the file written with the cheaper one does not open
