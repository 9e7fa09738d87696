"""Comparing SQLCipher pages in memory (briefer/store/wholefile/cipherpages.py), on real SQLCipher files.

Two copies of one database written by SQLCipher with the same salt share no byte (fresh IVs), yet
hold the same plaintext: the comparison must say "same" for them, "not the same" for a changed
page, and never "same" with a wrong key or a misaligned piece.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from briefer.store.db import key_statement
from briefer.store.wholefile.cipherpages import RESERVE, SALT_SIZE, PageKey, salt_of

PASS = "correct horse battery"
PAGE = 4096


def _copy(source, target: Path, salt: bytes | None = None) -> bytes:
    dest = sqlcipher3.connect(str(target))
    dest.execute(key_statement(PASS))
    if salt is not None:
        dest.execute(f"PRAGMA cipher_salt = \"x'{salt.hex()}'\"")
    source.backup(dest)
    dest.close()
    return target.read_bytes()


@pytest.fixture(scope="module")
def copies(tmp_path_factory):
    """(a, b, c): a and b copies of one database with one salt, c the same after one row changed."""
    folder = tmp_path_factory.mktemp("pages")
    src = sqlcipher3.connect(str(folder / "src.sqlite"))
    src.execute(key_statement(PASS))
    src.execute("CREATE TABLE t (a)")
    src.executemany("INSERT INTO t VALUES (?)", [(f"row {i} " * 30,) for i in range(400)])
    src.commit()
    a = _copy(src, folder / "a.sqlite")
    b = _copy(src, folder / "b.sqlite", salt_of(a))
    src.execute("UPDATE t SET a = 'changed' WHERE rowid = 200")
    src.commit()
    c = _copy(src, folder / "c.sqlite", salt_of(a))
    src.close()
    return a, b, c


@pytest.fixture(scope="module")
def key(copies) -> PageKey:
    return PageKey.derive(PASS, salt_of(copies[0]))


def test_copies_with_one_salt_share_the_salt_but_no_page_bytes(copies):
    a, b, _ = copies
    assert salt_of(a) == salt_of(b) == a[:SALT_SIZE] and len(salt_of(a)) == 16
    assert len(a) == len(b) and len(a) % PAGE == 0 and len(a) // PAGE > 10
    assert all(a[i:i + PAGE] != b[i:i + PAGE] for i in range(0, len(a), PAGE))


def test_the_key_opens_page_one_and_a_wrong_one_does_not(copies, key):
    a = copies[0]
    assert key.opens(a) and key.opens(a[:PAGE])
    assert not PageKey.derive("not the passphrase", salt_of(a)).opens(a)
    assert not PageKey.derive(PASS, bytes(16)).opens(a)  # another salt, another key
    assert not key.opens(a[:PAGE - 1])  # not a whole page
    assert not PageKey(key.key, 8192).opens(a)  # another page size
    head = key.plaintext(a[:PAGE], first=True)
    assert len(head) == PAGE - SALT_SIZE - RESERVE
    assert head[:2] == PAGE.to_bytes(2, "big") and head[4] == RESERVE


def test_the_same_plaintext_is_the_same_under_fresh_ivs(copies, key):
    a, b, _ = copies
    assert key.same_pages(a, b, 0)
    assert key.same_pages(a[PAGE:3 * PAGE], b[PAGE:3 * PAGE], PAGE)
    assert key.same_pages(a[:PAGE], a[:PAGE], 0)  # identical bytes


def test_a_changed_page_is_not_the_same(copies, key):
    a, _, c = copies
    differ = [n for n in range(len(a) // PAGE)
              if key.plaintext(a[n * PAGE:(n + 1) * PAGE], n == 0) != key.plaintext(c[n * PAGE:(n + 1) * PAGE], n == 0)]
    assert 1 <= len(differ) <= 3  # page 1 (the change counter) and the row's page
    assert not key.same_pages(a, c, 0)
    n = differ[-1]
    assert not key.same_pages(a[n * PAGE:(n + 1) * PAGE], c[n * PAGE:(n + 1) * PAGE], n * PAGE)
    later = n + 1
    assert key.same_pages(a[later * PAGE:], c[later * PAGE:], later * PAGE)


def test_a_wrong_key_or_a_misaligned_piece_is_never_the_same(copies, key):
    a, b, _ = copies
    wrong = PageKey.derive("not the passphrase", salt_of(a))
    assert not wrong.same_pages(a[PAGE:2 * PAGE], b[PAGE:2 * PAGE], PAGE)
    assert key.same_pages(a[:2 * PAGE], b[:PAGE], 0) is False  # unequal lengths
    assert key.same_pages(a[:PAGE + 10], b[:PAGE + 10], 0) is False  # not whole pages
    assert not key.same_pages(a[PAGE:2 * PAGE], b[PAGE:2 * PAGE], PAGE + 512)  # not at a page boundary
    # page 1 read as if it were another page (the salt taken for ciphertext): not the same
    assert not key.same_pages(a[:PAGE], b[:PAGE], PAGE)


def test_a_64_kib_page_size_is_read_from_its_header(tmp_path):
    """SQLite writes a 65,536-byte page size as 1 in the header."""
    conn = sqlcipher3.connect(str(tmp_path / "big-pages.sqlite"))
    conn.execute(key_statement(PASS))
    conn.execute("PRAGMA cipher_page_size = 65536")
    conn.execute("CREATE TABLE t (a)")
    conn.commit()
    conn.close()
    data = (tmp_path / "big-pages.sqlite").read_bytes()
    key = PageKey.derive(PASS, salt_of(data), 65536)
    assert len(data) % 65536 == 0 and key.opens(data)
    assert key.plaintext(data[:65536], first=True)[:2] == b"\x00\x01"
    assert not PageKey(key.key, PAGE).opens(data)
