"""The layering rules of DESIGN.md, checked rather than hoped for."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "briefer"
CORE_MODULES = sorted(
    ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
    for p in PKG.rglob("*.py")
    if "gui" not in p.relative_to(PKG).parts[:1]
)
LAYER = {"model": 0, "store": 1, "schedule": 2, "packs": 2, "exchange": 2, "cli": 3, "gui": 3}


def test_core_imports_without_qt():
    """Every core module imports with PySide6 blocked, in a fresh interpreter."""
    code = (
        "import sys, importlib\n"
        "for name in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'): sys.modules[name] = None\n"
        f"for m in {CORE_MODULES!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6') and sys.modules[m] is not None]\n"
        "assert not bad, bad\n"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr


def test_importing_does_nothing(tmp_path):
    """No files, folders or databases appear just because a module was imported."""
    home = tmp_path / "home"
    home.mkdir()
    code = f"import importlib\nfor m in {CORE_MODULES!r}: importlib.import_module(m)\n"
    env = {"HOME": str(home), "BRIEFER_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin",
           "XDG_DATA_HOME": str(home / ".local/share")}
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert not (tmp_path / "data").exists()
    assert [p.name for p in home.rglob("*") if "riefer" in p.name] == []


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
    return out


def test_data_flows_one_way():
    """model → store → services → cli/gui: nothing imports a higher layer."""
    problems = []
    for path in PKG.rglob("*.py"):
        parts = path.relative_to(PKG).parts
        area = parts[0] if len(parts) > 1 else None
        if area not in LAYER:
            continue
        for mod in _imports(path):
            if not mod.startswith("briefer."):
                continue
            target = mod.split(".")[1]
            # Services may use each other (packs show the schedule's conflicts); never a higher layer.
            if target in LAYER and LAYER[target] > LAYER[area]:
                problems.append(f"{path.relative_to(ROOT)} imports {mod}")
    assert problems == []


def test_sql_stays_in_the_store():
    """Only briefer/store/ runs SQL."""
    offenders = []
    for path in PKG.rglob("*.py"):
        rel = path.relative_to(PKG).parts
        if rel[0] == "store":
            continue
        text = path.read_text(encoding="utf-8")
        for needle in (".execute(", "db.table(", "executescript(", "sqlite3.connect", "sqlcipher3.connect"):
            if needle in text:
                offenders.append(f"{path.relative_to(ROOT)}: {needle}")
    assert offenders == []
