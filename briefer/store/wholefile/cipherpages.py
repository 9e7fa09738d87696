"""Reading SQLCipher pages in memory, so an encrypted backup can reuse the chunks that did not change.

SQLCipher encrypts every page it writes with a fresh random IV: two backups of
the same database made with the backup API share no byte, even where nothing
changed (measured: 0 of 16 chunks after editing one row). So an encrypted
backup cannot dedupe by the bytes it is given. What it can do is *choose*: when a
chunk of the new (encrypted, checked) copy holds the same plaintext pages as the
chunk at the same place in the previous backup, keep the previous chunk's
ciphertext. That needs both copies under the same key — the new copy is written
with the previous one's salt (``PRAGMA cipher_salt``) — and a way to compare
plaintext, which is this module: it derives SQLCipher 4's page key from the
passphrase and decrypts pages in memory only. Nothing decrypted is ever written.

Only reading is done here, never encrypting: every page in a backup was written by
SQLCipher itself. A wrong key or another cipher layout only makes pages compare
unequal (the chunk is then stored anew), never equal, so it costs space, not
correctness; the restored file is checked by SQLCipher (``quick_check``) anyway.

Layout (SQLCipher 4 defaults, what :func:`briefer.store.db.key_statement` sets up):
a 16-byte salt in clear at the start of page 1; key = PBKDF2-HMAC-SHA512(passphrase,
salt, 256,000, 32 bytes); each page ends with a reserve of 80 bytes — a 16-byte IV,
then a 64-byte HMAC; the rest of the page (after the salt on page 1) is AES-256-CBC.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

SALT_SIZE = 16
KDF_ITER = 256_000
KEY_SIZE = 32
IV_SIZE = 16
HMAC_SIZE = 64
RESERVE = IV_SIZE + HMAC_SIZE


def salt_of(header: bytes) -> bytes:
    """The salt an encrypted database file starts with (its first bytes, in clear)."""
    return bytes(header[:SALT_SIZE])


@dataclass(frozen=True)
class PageKey:
    """The AES key of one encrypted database (one passphrase, one salt) and its page size."""

    key: bytes
    page_size: int

    @classmethod
    def derive(cls, passphrase: str, salt: bytes, page_size: int = 4096) -> "PageKey":
        """SQLCipher 4's key derivation (about 0.2 s: once per backup)."""
        key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITER, KEY_SIZE)
        return cls(key, page_size)

    def plaintext(self, page: bytes, first: bool) -> bytes:
        """The decrypted content of one page (without its reserve; page 1 without its salt)."""
        from Crypto.Cipher import AES

        size = self.page_size
        if len(page) != size:
            raise ValueError("not a whole page")
        iv = page[size - RESERVE: size - HMAC_SIZE]
        return AES.new(self.key, AES.MODE_CBC, iv).decrypt(page[SALT_SIZE if first else 0: size - RESERVE])

    def opens(self, page_one: bytes) -> bool:
        """Does this key decrypt page 1 into a SQLite header? (bytes 16–23: page size, format, reserve)"""
        try:
            head = self.plaintext(page_one[: self.page_size], first=True)
        except ValueError:
            return False
        page_size = int.from_bytes(head[0:2], "big")
        page_size = 65536 if page_size == 1 else page_size
        return page_size == self.page_size and head[2] in (1, 2) and head[3] in (1, 2) and head[4] == RESERVE

    def same_pages(self, a: bytes, b: bytes, offset: int) -> bool:
        """Do the chunks ``a`` and ``b``, both starting at byte ``offset`` of their files, hold the same
        plaintext page for page? (Unequal lengths, or a length that is not whole pages: no.)"""
        size = self.page_size
        if len(a) != len(b) or len(a) % size or offset % size:
            return False
        return a == b or self._plaintext_of_chunk(a, offset) == self._plaintext_of_chunk(b, offset)

    def _plaintext_of_chunk(self, chunk: bytes, offset: int) -> bytes:
        """Every page of ``chunk`` decrypted, one after the other (without reserves and salt).

        CBC by hand, in two C calls for the whole chunk instead of one cipher per page (creating a
        cipher costs more than decrypting a page, and pycryptodome's CBC does not use AES-NI's
        parallelism): ECB-decrypt every block, then XOR each with the block before it — the page's
        IV for its first block."""
        from Crypto.Cipher import AES
        from Crypto.Util.strxor import strxor

        size = self.page_size
        bodies, before = [], []
        for start in range(0, len(chunk), size):
            page = chunk[start:start + size]
            body = page[SALT_SIZE if offset + start == 0 else 0: size - RESERVE]
            bodies.append(body)
            before += (page[size - RESERVE: size - HMAC_SIZE], body[:-IV_SIZE])
        return strxor(AES.new(self.key, AES.MODE_ECB).decrypt(b"".join(bodies)), b"".join(before))
