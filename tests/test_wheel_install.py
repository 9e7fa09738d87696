"""The wheel carries everything: built, installed in a fresh venv, run from outside the checkout.

Qt is deliberately not installed there: the core (and `briefer demo`) must run without it.
"""

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installs_and_runs_outside_the_checkout(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), str(ROOT)],
        check=True, timeout=600,
    )
    wheel = next(dist.glob("briefer-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.startswith("briefer/_resources/demo/") and n.endswith(".json") for n in names), \
        "resources/demo is not in the wheel"
    assert any(n.startswith("briefer/_ui/") for n in names), "ui/ is not in the wheel"
    in_checkout = {p.relative_to(ROOT).as_posix() for p in (ROOT / "briefer").rglob("*.py")}
    missing = sorted(in_checkout - set(names))
    assert missing == [], f"modules missing from the wheel (list their package in pyproject.toml): {missing}"

    env_dir = tmp_path / "venv"
    # No pip of its own (ensurepip was a third of this test's time): this pip installs into it (--python).
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / ("Scripts" if sys.platform == "win32" else "bin") / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(py)]
    meta = next(n for n in names if n.endswith(".dist-info/METADATA"))
    requires = [
        line.split(":", 1)[1].strip()
        for line in zipfile.ZipFile(wheel).read(meta).decode().splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line and "PySide6" not in line
    ]
    subprocess.run([*pip, "install", "-q", "--no-compile", *requires], check=True, timeout=900)
    subprocess.run([*pip, "install", "-q", "--no-compile", "--no-deps", str(wheel)], check=True, timeout=300)

    exe = env_dir / ("Scripts" if sys.platform == "win32" else "bin") / "briefer"
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {"PATH": str(exe.parent), "HOME": str(tmp_path / "home"), "BRIEFER_DATA_DIR": str(tmp_path / "data")}
    r = subprocess.run([str(exe), "--version"], cwd=outside, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Briefer ")
    r = subprocess.run([str(exe), "demo"], cwd=outside, env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([str(exe), "list", "meetings"], cwd=outside, env=env, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert "Principal" in r.stdout
    # It really ran the installed copy, not this checkout.
    r = subprocess.run([str(py), "-c", "import briefer, sys; print(briefer.__file__)"], cwd=outside, env=env,
                       capture_output=True, text=True, timeout=60)
    assert str(env_dir) in r.stdout
