"""A cheaper SQLCipher key derivation, for tests whose subject is not the key derivation.

Every open of an encrypted file costs one PBKDF2-SHA512 of 256,000 iterations (~0.2 s of
CPU on an idle core, over 1 s on the shared CI cores), and a test of what a killed
conversion leaves, or of a full disk under ``briefer encrypt``, opens encrypted files
dozens of times: the key derivation was most of those tests' time. Their subject is the
files a conversion writes, moves and removes; SQLCipher does the same work with fewer
iterations, only faster.

The seam is SQLCipher's own: ``PRAGMA cipher_default_kdf_iter`` sets the iterations of
every connection opened afterwards in this process (the product never sets it), and
``cipherpages.KDF_ITER`` is the same number for the backups' page comparison. Since the
seventeenth session every test runs inside :func:`cheaper_key_derivation` (the autouse
fixture in tests/conftest.py) unless it is marked ``real_kdf``; the tests of the real cost
(``tests/security/test_security_kdf_cost.py``) are, and see 256,000. Both numbers are put
back when the test ends. The processes a test starts take the same count from
``RACE_KDF_ITER`` (``tests/kdf_site/sitecustomize.py``, first on the ``PYTHONPATH``
:func:`child_pythonpath` gives).

Not for tests that depend on how long an encryption takes (a kill at a random moment:
a faster conversion would more often be over before the kill): those are ``real_kdf``.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

TEST_KDF_ITER = 4_000  # 64 × cheaper than SQLCipher 4's 256,000


def _set_default(iterations: int) -> int:
    """Set SQLCipher's process-wide default iteration count; the previous one."""
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        before = int(conn.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0])
        conn.execute(f"PRAGMA cipher_default_kdf_iter = {int(iterations)}")
        assert int(conn.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0]) == int(iterations)
    finally:
        conn.close()
    return before


@contextmanager
def cheaper_key_derivation(iterations: int = TEST_KDF_ITER) -> Iterator[int]:
    """Every key derived in this process with ``iterations`` until the block ends."""
    from briefer.store.wholefile import cipherpages

    saved_pages = cipherpages.KDF_ITER
    saved_default = _set_default(iterations)
    cipherpages.KDF_ITER = iterations
    try:
        yield iterations
    finally:
        cipherpages.KDF_ITER = saved_pages
        _set_default(saved_default)


def child_env() -> dict[str, str]:
    """The count a process this test starts must derive keys with, for an environment built without the
    test's ``RACE_*`` variables (read by ``tests/kdf_site/sitecustomize.py``)."""
    import os

    return {"RACE_KDF_ITER": os.environ["RACE_KDF_ITER"]} if os.environ.get("RACE_KDF_ITER") else {}


def child_pythonpath(*first) -> str:
    """``PYTHONPATH`` for a process a test starts: ``first``, then what the test's own environment has — which
    names ``tests/kdf_site`` while the cheaper count is on (tests/conftest.py), so the process derives keys as
    the test does."""
    import os

    return os.pathsep.join(str(p) for p in (*first, os.environ.get("PYTHONPATH")) if p)
