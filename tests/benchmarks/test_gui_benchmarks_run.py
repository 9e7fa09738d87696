"""The window benchmarks still run to their figures (they had hung on a dialog and died on a renamed method).

`gui_first_visits.py` waited for ever on the first start's "who are you" question and
`gui_views.py` called a print method that no longer existed, unnoticed for sessions because
nothing ran them between measurements. Each is run here as a person would, on small data.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import generate
from briefer.store import Store

pytestmark = pytest.mark.slow  # two short runs of the real window, offscreen: ~8 s

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


def test_first_visits_names_each_view_with_its_wait(tmp_path):
    data = tmp_path / "small"
    data.mkdir()
    with Store.open(data / "briefer.sqlite", user="generator") as store:
        generate.generate(store, 3, notes=100, meetings=60, progress=lambda _msg: None)
    out = _run("benchmarks/gui_first_visits.py", "--large", str(data))
    shown = [line.split()[0] for line in out.splitlines() if "rows shown after" in line]
    assert shown == ["programme", "bilaterals", "countries", "people", "actions", "packs"], out


def test_views_builds_prints_and_drags_on_the_demo():
    out = _run("benchmarks/gui_views.py", "--runs", "1")
    assert "packs: build + preview of" in out and "packs: print" in out and "one drag step" in out, out
