"""Start-up pays only for the first view: other views are imported and built on their first visit,
dialogs when first opened."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
LATER = ("bilaterals_view", "countries_view", "people_view", "actions_view", "packs_view", "programme_view",
         "search_dialog", "history_dialog", "export_dialog", "conflicts_dialog", "backups_dialog", "welcome",
         "meeting_mode", "one_page_brief", "capture_action", "read_or_edit")  # meeting mode: when first opened
#: Core modules a start over a plain, cleanly closed file does without: the demo's loader (when the
#: demo is loaded), the encryption helpers (at a crash's recovery or the first unlock of an encrypted file).
LATER_CORE = ("briefer.demo", "briefer.json_limits", "briefer.store.wholefile.crypto", "briefer.store.wholefile.swap")


def test_a_fresh_start_imports_and_builds_only_the_first_view(tmp_path, demo_loader):
    """In a fresh interpreter (other tests have imported everything): Today only, nothing else."""
    from briefer.store import Store

    data = tmp_path / "data"
    data.mkdir()
    with Store.open(data / "briefer.sqlite") as s:
        demo_loader(s)
    code = textwrap.dedent(f"""
        import json, sys
        from PySide6.QtWidgets import QApplication
        from briefer.gui.app import build
        from briefer.paths import resolve
        app = QApplication([])
        win = build(app, resolve({str(data)!r}), interactive=False)
        win.show()
        today = win.views["today"]
        while today.pending:
            app.processEvents()
        before = {{"imported": sorted(m.split(".")[-1] for m in sys.modules if m.startswith("briefer.gui.")),
                   "core": sorted(m for m in sys.modules if m.startswith("briefer.") and not m.startswith("briefer.gui.")),
                   "built": sorted(win.views.built())}}
        win.go("bilaterals")
        after = {{"imported": "briefer.gui.bilaterals.bilaterals_view" in sys.modules, "built": sorted(win.views.built()),
                  "rows": win.views["bilaterals"].list.model.rowCount()}}
        print(json.dumps({{"before": before, "after": after}}))
        win.services.ask.unsaved_changes = lambda *a: "discard"
        win.close()
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout.strip().splitlines()[-1])
    assert result["before"]["built"] == ["today"]
    assert [m for m in LATER if m in result["before"]["imported"]] == []
    assert [m for m in LATER_CORE if m in result["before"]["core"]] == []
    assert result["after"] == {"imported": True, "built": ["bilaterals", "today"], "rows": 2}


def test_views_are_built_on_the_first_visit_and_kept(make_window):
    win = make_window()
    assert not win.views.is_built("countries")
    assert "countries" in win.views and len(win.views) == 7  # every name is there before it is built
    countries = win.go("countries")
    assert win.views.is_built("countries") and win.views["countries"] is countries
    assert win.current_view_name() == "countries"
    assert win.go("countries") is countries  # a second visit reuses it


def test_search_and_history_dialogs_open_on_demand(make_window, qtbot):
    from gui_fixture_data import MEET_IDN
    from PySide6.QtCore import Qt

    win = make_window()
    assert win._search_dialog is None
    qtbot.keyClick(win, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert win.search_dialog.isVisible()
    meeting = win.services.store.meetings.get(MEET_IDN)
    dialog = win.show_history(meeting)
    assert dialog.model.rowCount() == 1
    dialog.close()
