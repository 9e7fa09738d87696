"""Generated forms are current; background tasks report back; the platform check speaks plainly."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from briefer.gui.forms import forms_dir, generate
from briefer.gui.startup.platform_check import platform_problem
from briefer.resources import ui_path

ROOT = Path(__file__).resolve().parents[2]


def test_every_ui_form_has_an_up_to_date_generated_module():
    stale = []
    forms = sorted(ui_path().glob("*.ui"))
    assert forms
    for ui in forms:
        module = forms_dir() / f"{ui.stem}.py"
        if not module.exists() or module.read_text(encoding="utf-8") != generate(ui):
            stale.append(ui.name)
    assert stale == [], "regenerate with: python -m briefer.gui.forms"


def test_every_form_has_a_gui_module_of_the_same_stem():
    gui = ROOT / "briefer" / "gui"
    stems = {p.stem for p in gui.rglob("*.py") if "forms" not in p.relative_to(gui).parts}
    missing = [ui.stem for ui in ui_path().glob("*.ui") if ui.stem not in stems]
    assert missing == []


@pytest.mark.gui
def test_background_task_delivers_result_on_the_gui_thread(qtbot):
    from briefer.gui.tasks import run_in_background

    gui_thread = threading.get_ident()
    seen = {}

    def work(report):
        seen["worker"] = threading.get_ident()
        report(1, 2, "half")
        return 42

    task = run_in_background(work, with_progress=True)
    task.progress(lambda d, t, text: seen.setdefault("progress", (d, t, text)))
    task.success(lambda value: seen.update(result=value, cb_thread=threading.get_ident()))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["worker"] != gui_thread and seen["cb_thread"] == gui_thread
    assert seen["progress"] == (1, 2, "half")


@pytest.mark.gui
def test_background_failure_reaches_the_failure_callback(qtbot):
    from briefer.errors import ImportFailed
    from briefer.gui.tasks import run_in_background

    got = []

    def boom():
        raise ImportFailed("bad file", file="x.ics")

    run_in_background(boom).failure(got.append)
    qtbot.waitUntil(lambda: bool(got))
    assert str(got[0]) == "x.ics: bad file"


def test_platform_check_names_the_missing_library_and_its_package():
    def load(_path):
        raise OSError("libxcb-cursor.so.0: cannot open shared object file: No such file or directory")

    msg = platform_problem({"DISPLAY": ":0"}, platform="linux", load=load, plugin=Path("/x/libqxcb.so"))
    assert "libxcb-cursor.so.0 is missing" in msg
    assert "sudo apt install libxcb-cursor0" in msg


def test_platform_check_without_a_display_says_what_to_do():
    msg = platform_problem({}, platform="linux", plugin=None)
    assert "no display" in msg and "xvfb-run" in msg
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
    assert platform_problem({}, platform="win32") is None


def test_platform_check_passes_with_the_real_plugin_when_libraries_are_installed():
    assert platform_problem({"DISPLAY": ":99"}, platform="linux") is None


def test_bare_briefer_without_a_display_prints_a_friendly_message_not_a_traceback(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "xcb", "BRIEFER_DATA_DIR": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "briefer"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert proc.returncode == 2
    assert "no display was found" in proc.stderr
    assert "Traceback" not in proc.stderr


def _briefer(tmp_path, *args, extra_env=None):
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "BRIEFER_DATA_DIR": str(tmp_path),
           "BRIEFER_GUI_EXIT_AFTER_START": "1", "HOME": str(tmp_path), **(extra_env or {})}
    return subprocess.run([sys.executable, "-m", "briefer", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)


def test_bare_briefer_opens_the_window_on_a_new_data_dir(tmp_path):
    proc = _briefer(tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("ready rss_mb ")
    words = proc.stdout.split()  # benchmarks/startup.py reads the CPU seconds at "ready" from here
    assert words[3] == "cpu_s" and 0 < float(words[4]) < 60
    assert (tmp_path / "briefer.sqlite").exists() and (tmp_path / "gui.ini").exists()


def test_every_view_opens_in_a_real_process_on_the_demo(tmp_path):
    # what the bundle's smoke test asks of the frozen app: each lazily imported view opens and fills
    assert subprocess.run([sys.executable, "-m", "briefer", "demo"], env={"PATH": "/usr/bin:/bin",
                          "BRIEFER_DATA_DIR": str(tmp_path), "HOME": str(tmp_path)}, cwd=ROOT, timeout=120).returncode == 0
    proc = _briefer(tmp_path, extra_env={"BRIEFER_GUI_VISIT_VIEWS": "1"})
    assert proc.returncode == 0, proc.stderr
    visited = [line.split()[1] for line in proc.stdout.splitlines() if line.startswith("view ")]
    assert visited == ["today", "programme", "bilaterals", "countries", "people", "actions", "packs"]
    # the Packs view built the first recipient's pack in its child process (as Build does)
    built = [line for line in proc.stdout.splitlines() if line.startswith("pack ")]
    assert len(built) == 1 and re.fullmatch(r"pack built \d+ pages", built[0]), proc.stdout
    assert int(built[0].split()[2]) > 5
    assert proc.stdout.rstrip().endswith("all views ok")


def test_a_file_that_is_no_database_is_refused_with_one_line(tmp_path):
    (tmp_path / "briefer.sqlite").write_bytes(b"this is not a database, just text" * 100)
    proc = _briefer(tmp_path)
    assert proc.returncode == 5
    assert "not a Briefer database" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.gui
def test_integrity_check_runs_in_the_background_and_reports_damage(make_window, qtbot, answers, tmp_path):
    from types import SimpleNamespace

    from briefer.gui.app import check_in_background
    from briefer.store.db import DamagedDatabase

    win = make_window()
    check_in_background(win, win.paths, None)
    assert win.statusBar().currentMessage() == "Checking the database…"
    qtbot.waitUntil(lambda: win.statusBar().currentMessage() == "", timeout=10000)
    assert answers.errors == [] and answers.asked == []
    from lock_helpers import damage

    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(win.services.store.path.read_bytes())
    damaged = damage(copy)
    check_in_background(win, SimpleNamespace(database=copy, backups=tmp_path / "none"), None)
    qtbot.waitUntil(lambda: bool(answers.asked or answers.errors), timeout=10000)
    assert answers.errors == []
    assert isinstance(answers.asked[0], DamagedDatabase) and str(copy) in str(answers.asked[0])
    assert copy.read_bytes() == damaged
    assert not win.services.store.writable  # a damaged file is never written to


ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Organisers//Programme//EN
BEGIN:VEVENT
UID:side-event-42@organisers.example
DTSTART;TZID=Europe/Amsterdam:20190619T171500
DTEND;TZID=Europe/Amsterdam:20190619T180000
SUMMARY:Side event: AMR in aquaculture
LOCATION:Plenary hall
END:VEVENT
END:VCALENDAR
"""


@pytest.mark.gui
def test_importing_the_programme_runs_in_the_background_and_refreshes_the_list(make_window, qtbot, tmp_path, answers):
    win = make_window()
    programme = win.go("programme")
    before = programme.list.model.rowCount()
    ics = tmp_path / "programme.ics"
    ics.write_text(ICS.replace("\n", "\r\n"), encoding="utf-8")
    task = win.import_programme(ics)
    assert win.statusBar().currentMessage() == "Importing the programme…"
    qtbot.waitUntil(lambda: task.finished, timeout=15000)
    assert answers.errors == []
    assert programme.list.model.rowCount() == before + 1
    assert "1 added" in win.statusBar().currentMessage()
    titles = [s.title for s in win.services.store.sessions.list()]
    assert "Side event: AMR in aquaculture" in titles


@pytest.mark.gui
def test_a_broken_programme_file_is_refused_and_changes_nothing(make_window, qtbot, tmp_path, answers):
    win = make_window()
    ics = tmp_path / "broken.ics"
    ics.write_text("BEGIN:VCALENDAR\r\nthis is not a calendar\r\n", encoding="utf-8")
    count = win.services.store.sessions.count()
    task = win.import_programme(ics)
    qtbot.waitUntil(lambda: task.finished, timeout=15000)
    assert answers.errors and "broken.ics" in str(answers.errors[0])
    assert win.services.store.sessions.count() == count
