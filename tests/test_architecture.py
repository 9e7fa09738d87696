"""The layering rules of DESIGN.md, checked rather than hoped for."""

import copy
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "briefer"
CORE_MODULES = sorted(
    ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
    for p in PKG.rglob("*.py")
    if "gui" not in p.relative_to(PKG).parts[:1]
)


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


# --- import contracts -----------------------------------------------------------------------
# The rules are import-linter contracts in pyproject.toml's [tool.importlinter] (`lint-imports`
# prints a report): no import circles, the layers model → store → services → cli / gui, the two
# interfaces side by side, no core module reaching up into either. Here they run on grimp's graph
# of briefer — the lazy imports inside functions too (a circle closed at call time is still a
# circle), not ``if TYPE_CHECKING:`` blocks, which never run — and each is shown to still catch
# what it forbids.

#: What the whole-file package may build on (it sits below the store; the store calls down into it).
# briefer.disk: what a failed write means (disk full or failing), a leaf that knows only briefer.errors
# briefer.store.schema_snapshot: a new file's schema, what the migrations leave, made in one script
WHOLEFILE_MAY_IMPORT = ("briefer.errors", "briefer.disk", "briefer.store.db", "briefer.store.migrations",
                        "briefer.store.schema_snapshot", "briefer.store.wholefile")
#: The modules of briefer that are neither core nor listed as such: the interfaces, ``python -m briefer``.
INTERFACES = {"briefer.gui", "briefer.cli", "briefer.__main__"}


def import_graph() -> grimp.ImportGraph:
    """Every import between briefer's modules, as the contracts see it (built afresh, no cache)."""
    return grimp.build_graph("briefer", exclude_type_checking_imports=True, cache_dir=None)


def _user_options():
    from importlinter import api  # noqa: F401 — configures import-linter's settings
    from importlinter.application.use_cases import read_user_options

    return read_user_options(str(ROOT / "pyproject.toml"))


def broken_contracts(graph: grimp.ImportGraph) -> dict[str, str]:
    """Name → what breaks it, for each contract of pyproject.toml that ``graph`` breaks."""
    from importlinter.contracts.acyclic_siblings import AcyclicSiblingsContract
    from importlinter.contracts.forbidden import ForbiddenContract
    from importlinter.contracts.layers import LayersContract

    kinds = {"acyclic_siblings": AcyclicSiblingsContract, "layers": LayersContract, "forbidden": ForbiddenContract}
    options = _user_options()
    broken = {}
    for contract_options in options.contracts_options:
        contract = kinds[contract_options["type"]](
            name=contract_options["name"], session_options=options.session_options,
            contract_options=contract_options)
        check = contract.check(copy.deepcopy(graph), verbose=False)  # a contract may squash modules of it
        if not check.kept:
            broken[contract.name] = repr(check.metadata)[:2000]
    return broken


def test_the_import_contracts_hold():
    """No import circles anywhere in briefer, no layer broken, the core never imports cli or gui."""
    assert broken_contracts(import_graph()) == {}


@pytest.mark.parametrize("importer, imported, breaks", [
    # a circle between two modules of one package (the store calling up from db.py)
    ("briefer.store.db", "briefer.store.store", ["No import circles"]),
    # a circle between two feature packages of the desktop app (widgets asking for Today)
    ("briefer.gui.widgets.labels", "briefer.gui.today.today_view", ["No import circles"]),
    # a circle between the two command modules (issue #21: check --schedule and CheckFailed)
    ("briefer.cli.schedule", "briefer.cli.data", ["No import circles"]),
    # the model reaching up into the store: a layer break (and a circle, the store imports the model)
    ("briefer.model.base", "briefer.store.store", ["No import circles", "Layers"]),
    # the desktop app reaching into the command line (it starts from briefer.session instead)
    ("briefer.gui.app", "briefer.cli.context", ["Layers"]),
    # a core module outside the layers reaching up into the command line (no circle); the desktop
    # app, which uses that module, then reaches the command line through it: a layer break too
    ("briefer.contrast", "briefer.cli.output", ["Core below the interfaces", "Layers"]),
])
def test_each_contract_fails_when_its_rule_is_broken(importer, imported, breaks):
    graph = import_graph()
    graph.add_import(importer=importer, imported=imported, line_number=1, line_contents=f"import {imported}")
    broken = broken_contracts(graph)
    assert sorted(name.split(":")[0] for name in broken) == sorted(breaks), broken


def test_every_core_module_is_bound_by_the_contract_that_keeps_it_below_the_interfaces():
    """A new module or package of briefer must be listed in the forbidden contract's source_modules."""
    options = _user_options()
    forbidden = next(c for c in options.contracts_options if c["type"] == "forbidden")
    children = {f"briefer.{p.stem if p.suffix else p.name}" for p in PKG.iterdir()
                if (p.suffix == ".py" and p.stem != "__init__") or (p / "__init__.py").exists()}
    assert children - INTERFACES == set(forbidden["source_modules"])


def test_the_store_has_no_circle_and_db_knows_no_backup_code():
    graph = import_graph()
    assert not {m for m in graph.find_modules_directly_imported_by("briefer.store.db")
                if m.startswith("briefer.store.wholefile")}


def test_the_whole_file_operations_live_below_the_store():
    """backup, restore, swap, fill and encryption build on db.py only; the store calls down into them."""
    graph = import_graph()
    wholefile = sorted(graph.find_descendants("briefer.store.wholefile"))
    assert {"briefer.store.wholefile.backup", "briefer.store.wholefile.crypto", "briefer.store.wholefile.fresh",
            "briefer.store.wholefile.swap", "briefer.store.wholefile.hold"} <= set(wholefile)
    upward = sorted(f"{m} imports {target}" for m in wholefile for target in graph.find_modules_directly_imported_by(m)
                    if not target.startswith(WHOLEFILE_MAY_IMPORT))
    assert upward == []
    for old in ("backup", "swap", "fresh", "crypto"):
        assert not (PKG / "store" / f"{old}.py").exists(), f"store/{old}.py is back beside the package"
