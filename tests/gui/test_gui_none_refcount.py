"""The PySide6 6.12.0 workaround: void calls that drop references to None can no longer free it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

CODE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
from briefer.gui.startup.none_refcount import protect_none
app = QApplication([])
if "--protect" in sys.argv:
    protect_none()
label = QLabel()
for i in range(300_000):
    label.setText("x")   # a void call: on the affected versions each drops a reference to None
print("survived")
"""


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_many_void_calls_do_not_crash_once_none_is_protected():
    root = Path(__file__).resolve().parents[2]
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    run = subprocess.run([sys.executable, "-c", CODE, "--protect"], capture_output=True, text=True, env=env,
                         cwd=root, timeout=120)
    assert run.returncode == 0 and "survived" in run.stdout, run.stderr[-500:]
