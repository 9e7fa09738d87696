"""A process a test starts derives keys as the test does (tests/kdf_site/sitecustomize.py, tests/conftest.py).

A file the test made with the cheaper count opens only with that count, so the command line, the app or
a killed writer the test starts must use it too — and a test of the real cost must see the real one in
its processes as well.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cheap_kdf import TEST_KDF_ITER, child_pythonpath

ROOT = Path(__file__).resolve().parents[2]
REPORT = """
import sys
before = sorted(m for m in ("sqlcipher3", "briefer.store.wholefile.cipherpages") if m in sys.modules)
import sqlcipher3
from briefer.store.wholefile import cipherpages
conn = sqlcipher3.connect(":memory:")
print(before, conn.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0], cipherpages.KDF_ITER)
"""


def _child() -> str:
    env = {**os.environ, "PYTHONPATH": child_pythonpath(ROOT)}
    return subprocess.run([sys.executable, "-c", REPORT], env=env, cwd=ROOT, capture_output=True, text=True,
                          check=True, timeout=60).stdout.strip()


def test_a_process_a_test_starts_derives_keys_with_the_tests_count_and_imports_nothing_for_it():
    assert _child() == f"[] {TEST_KDF_ITER} {TEST_KDF_ITER}"


@pytest.mark.real_kdf
def test_a_process_a_test_of_the_real_cost_starts_derives_keys_at_the_real_cost():
    assert _child() == "[] 256000 256000"
