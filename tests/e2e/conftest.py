"""Fixtures of the real-input tests: an Xvfb of their own, the real ``briefer`` process on the demo.

Skipped, saying why, only when Xvfb or xdotool is missing (``.ci/run`` installs
both, so in CI they always run). A failing test leaves a screenshot of the
whole screen and the app's output beside it; the paths are printed, and the
files are also copied to ``$BRIEFER_E2E_ARTIFACTS`` when that is set.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from xdriver import App, XServer, briefer_executable, missing_tools


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    missing = missing_tools()
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.e2e)
            if missing:
                item.add_marker(pytest.mark.skip(
                    reason=f"real-input tests need {' and '.join(missing)} (apt-get install xvfb xdotool)"))


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="module")
def xserver():
    server = XServer(1366, 768)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """A data folder with the demo loaded by the command line, once; each test works on a copy."""
    folder = tmp_path_factory.mktemp("demo-template") / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFER_")}
    subprocess.run([briefer_executable(), "--data-dir", str(folder), "demo"], env=env, check=True,
                   capture_output=True, timeout=120)
    return folder


@pytest.fixture
def data_dir(tmp_path, demo_template) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(demo_template, folder)
    return folder


@pytest.fixture
def launch(xserver, data_dir, tmp_path, request):
    """``launch(**kw)`` starts the real app over ``data_dir`` (see :class:`App`); stopped at the end."""
    apps: list[App] = []

    def start(**kw) -> App:
        work = tmp_path / f"app{len(apps)}"
        work.mkdir()
        app = App(xserver, data_dir, work, **kw)
        apps.append(app)
        return app

    yield start
    failed = any(getattr(request.node, f"report_{when}", None) is not None
                 and getattr(request.node, f"report_{when}").failed for when in ("setup", "call"))
    if failed:
        _keep_evidence(request.node.name, xserver, apps, tmp_path)
    for app in apps:
        app.stop()


def _keep_evidence(name: str, xserver: XServer, apps: list[App], tmp_path: Path) -> None:
    kept = [p for p in [xserver.screenshot(tmp_path / f"{name}.png")] if p is not None]
    kept += [a.log_path for a in apps if a.log_path.exists()]
    kept += [a.probe_path for a in apps if a.probe_path.exists()]
    target = os.environ.get("BRIEFER_E2E_ARTIFACTS")
    for path in kept:
        print(f"e2e evidence: {path}")
        if target:
            out = Path(target) / name
            out.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, out / path.name)
