"""The countdown has a module of its own (a light start works it out before the schedule is imported): the
same function as the day's, in both languages (briefer/schedule/countdown.py)."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from briefer.schedule import countdown, day


def test_the_day_module_gives_the_countdowns_own_function():
    assert day.countdown_text is countdown.countdown_text
    assert countdown.countdown_text(timedelta(hours=2, minutes=1), "nl") == "2 u 01 min"
    assert countdown.countdown_text(timedelta(seconds=-5)) == "0 min"


def test_the_countdown_imports_neither_the_store_nor_the_models():
    code = ("import sys; import briefer.schedule.countdown; "
            "print(sorted(m for m in sys.modules if m.startswith(('pydantic', 'sqlite_utils', 'briefer.store', "
            "'briefer.model', 'babel'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"
