"""Every window fits a laptop screen: 1280×720 and 1366×728 usable, at 100 %, 125 % and 150 % scaling.

Qt's screen cannot change inside one process, so each screen is a subprocess
(``fit_probe.py``) on the offscreen platform configured with that screen's size
and logical DPI; it opens every window and reports its frame and whether the
primary buttons (Save, Build pack, Unlock, OK, …) show whole, without scrolling.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from gui_fixture_data import write_fixture_demo

from briefer.demo import load_demo
from briefer.store import Store

pytestmark = pytest.mark.gui

PROBE = Path(__file__).with_name("fit_probe.py")
SCREENS = [(1280, 720), (1366, 728)]
SCALES = {100: 96, 125: 120, 150: 144}  # per cent → logical dpi


@pytest.fixture(scope="module")
def data_dirs(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("fit")
    folder = write_fixture_demo(root / "demo")
    (root / "data").mkdir()
    with Store.open(root / "data" / "briefer.sqlite", user="tester") as store:
        load_demo(store, folder)
    return root / "data", root / "empty"


def probe(data_dirs, tmp_path, width: int, height: int, dpi: int, language: str) -> list[dict]:
    import shutil

    data, empty = (shutil.copytree(data_dirs[0], tmp_path / "data"), tmp_path / "empty")  # no gui.ini of another run
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                                                "logicalDpi": dpi, "logicalBaseDpi": 96, "dpr": 1.0}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env.pop("QT_SCALE_FACTOR", None)
    done = subprocess.run([sys.executable, str(PROBE), str(data), str(empty), language], env=env, capture_output=True,
                          text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


# Dutch labels are longer: checked on the smallest screen, where they matter most
CASES = [(screen, scale, "en") for screen in SCREENS for scale in SCALES] + [(SCREENS[0], 150, "nl")]


@pytest.mark.parametrize(("screen", "scale", "language"), CASES,
                         ids=[f"{w}x{h}-{scale}%-{lang}" for (w, h), scale, lang in CASES])
def test_every_window_opens_inside_the_screen_with_its_primary_buttons_visible(data_dirs, tmp_path, screen, scale,
                                                                               language):
    windows = probe(data_dirs, tmp_path, *screen, SCALES[scale], language)
    assert len(windows) >= 20  # every window was opened
    problems = []
    for w in windows:
        x, y, width, height = w["frame"]
        ax, ay, aw, ah = w["available"]
        if x < ax or y < ay or x + width > ax + aw or y + height > ay + ah:
            problems.append(f"{w['window']}: frame {width}×{height} at ({x},{y}) is outside {aw}×{ah}")
        problems += [f"{w['window']}: {name} is not visible whole" for name, ok in w["buttons"].items() if not ok]
        if w["clipped"]:
            problems.append(f"{w['window']}: fields are cut off at the right (no way to scroll to them)")
        if screen == (1366, 728) and scale == 100 and w["scrolls sideways"]:  # a laptop at its usual setting
            problems.append(f"{w['window']}: the form scrolls sideways")
    assert not problems, "\n".join(problems)


def test_a_remembered_size_is_kept_where_it_fits_and_clamped_where_it_does_not(qtbot, tmp_path):
    from PySide6.QtCore import QPoint, QRect, QSize
    from PySide6.QtWidgets import QWidget

    from briefer.gui.widgets.screen_fit import DECORATION, fit_to_screen

    from PySide6.QtGui import QGuiApplication

    avail = QGuiApplication.primaryScreen().availableGeometry()
    small = QWidget()
    qtbot.addWidget(small)
    small.resize(400, 300)
    fit_to_screen(small)
    assert small.size() == QSize(400, 300)  # it fits: left exactly as it was
    big = QWidget()
    qtbot.addWidget(big)
    big.resize(avail.width() + 500, avail.height() + 300)
    big.move(QPoint(avail.right() - 100, avail.bottom() - 100))  # a position remembered on a bigger screen
    fit_to_screen(big)
    assert big.width() <= avail.width() - DECORATION.width()
    assert big.height() <= avail.height() - DECORATION.height()
    assert avail.contains(QRect(big.pos(), big.size() + DECORATION))  # moved back whole onto the screen


def _remember(data_dir: Path, width: int, height: int) -> None:
    """Write into gui.ini the geometry of a main window of that size (as if it was closed so)."""
    from PySide6.QtWidgets import QMainWindow

    from briefer.gui.settings import Settings

    window = QMainWindow()
    window.resize(width, height)
    window.move(40, 30)
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings(data_dir / "gui.ini")
    settings.geometry = window.saveGeometry()
    settings.language = "en"
    settings.sync()
    window.deleteLater()


@pytest.mark.parametrize("width, height", [(2400, 1600), (700, 500)], ids=["bigger", "fits"])
def test_the_main_window_restores_its_size_only_where_it_fits(make_window, data_dir, width, height):
    from PySide6.QtGui import QGuiApplication

    avail = QGuiApplication.primaryScreen().availableGeometry()
    _remember(data_dir, width, height)
    win = make_window()
    frame = win.frameGeometry()
    assert avail.contains(frame), f"{frame} is outside {avail}"
    if width < avail.width() and height < avail.height():
        assert (win.width(), win.height()) == (width, height)  # a size that fits is kept exactly
