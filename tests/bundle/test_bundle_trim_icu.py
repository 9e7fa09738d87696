"""tools/trim_icu.py: Qt's ICU data cut to Dutch/English still sorts, names time zones and decodes.

The trimmed library is loaded into a fresh Qt process in place of the wheel's
(LD_LIBRARY_PATH comes before Qt's $ORIGIN run path) and the app's own
self-check (BRIEFER_GUI_SELF_CHECK, the one the bundle smoke test runs) judges it.
Needs icu-devtools and binutils (.ci/run installs them); Linux only, as the
other platforms' PySide6 wheels use the system's ICU.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux wheels carry ICU")


def trim_icu():
    spec = importlib.util.spec_from_file_location("trim_icu", ROOT / "tools" / "trim_icu.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def qt_icu_data() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    assert found, "PySide6 wheel without libicudata"
    return found[0]


def self_check(library_dir: Path | None) -> subprocess.CompletedProcess:
    env = dict(os.environ, BRIEFER_GUI_SELF_CHECK="1", QT_QPA_PLATFORM="offscreen")
    if library_dir:
        env["LD_LIBRARY_PATH"] = str(library_dir)
    return subprocess.run([sys.executable, "-m", "briefer"], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


def test_trimmed_icu_data_keeps_dutch_collation_time_zones_and_codecs(tmp_path):
    original = qt_icu_data()
    trimmed = trim_icu().trim(original, tmp_path / "lib")
    assert trimmed.name == original.name
    assert trimmed.stat().st_size < original.stat().st_size / 5
    run = self_check(trimmed.parent)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "self-check ok" in run.stdout
    # the check sees what the trimmed library holds: without the Dutch bundles, Dutch zone names go
    module = trim_icu()
    module.KEEP_LOCALES = re.compile(r"(root|en)")
    module.trim(original, tmp_path / "no-dutch")
    run = self_check(tmp_path / "no-dutch")
    assert run.returncode == 1 and "time-zone name nl_NL" in run.stdout


def test_trim_refuses_a_library_that_is_not_icu_data():
    module = trim_icu()
    with pytest.raises(module.TrimError, match="not a 64-bit"):
        module.data_symbol(b"#!/bin/sh\n")
    with pytest.raises(module.TrimError, match="no icudtNN_dat"):  # libicuuc only imports the symbol
        module.data_symbol(next(qt_icu_data().parent.glob("libicuuc.so.*")).read_bytes())
