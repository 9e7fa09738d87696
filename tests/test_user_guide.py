"""The user guide's command-line reference is generated and must match the program."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_cli_reference_in_the_user_guide_is_current():
    r = subprocess.run([sys.executable, "tools/cli_reference.py", "--check"], cwd=ROOT, capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr


def test_every_screenshot_the_guide_shows_exists():
    guide = (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8")
    import re

    shots = re.findall(r"\]\((screenshots/[^)]+\.png)\)", guide)
    assert shots, "the guide shows no screenshots"
    missing = [s for s in shots if not (ROOT / "docs" / s).exists()]
    assert missing == []
