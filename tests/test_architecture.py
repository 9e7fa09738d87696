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


# --- import circles -------------------------------------------------------------------------
# A graph of every import between briefer.* modules — the lazy ones inside functions too, since
# a circle closed at call time is still a circle — leaving out ``if TYPE_CHECKING:`` blocks, which
# never run. ``from a.b import c`` is an edge to ``a.b.c`` when that is a module, else to ``a.b``
# (as grimp and import-linter count it: a package's __init__ is not every child's parent edge).

MODULES = {
    ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): p
    for p in PKG.rglob("*.py")
}

#: Circles that were there before this check and are known: each is issue #21's to untangle.
#: A new circle — or a new module joining one of these — fails the test.
KNOWN_CIRCLES = [
    {"briefer.cli.data", "briefer.cli.schedule"},  # issue #21: shared helpers belong in their own module
]

#: What the whole-file package may build on (it sits below the store; the store calls down into it).
# briefer.disk: what a failed write means (disk full or failing), a leaf that knows only briefer.errors
WHOLEFILE_MAY_IMPORT = ("briefer.errors", "briefer.disk", "briefer.store.db", "briefer.store.migrations",
                        "briefer.store.wholefile")


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _runtime_imports(name: str, path: Path) -> set[str]:
    """The briefer.* modules ``name`` imports when it runs (at import time or later, in a function)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                for other in child.orelse:
                    visit_node(other)
                continue
            visit_node(child)

    def visit_node(node: ast.AST) -> None:
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(parts + ([node.module] if node.module else []))
            for alias in node.names:
                full = f"{base}.{alias.name}"
                found.add(full if full in MODULES else base)
        visit(node)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return {m for m in found if m in MODULES and m != name}


def import_graph() -> dict[str, set[str]]:
    return {name: _runtime_imports(name, path) for name, path in MODULES.items()}


def circles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected groups of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(group)
    return found


def test_the_circle_finder_finds_a_circle_through_a_lazy_import():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(graph) == [{"a", "b", "c"}]
    assert circles({"a": {"b"}, "b": set()}) == []


def test_no_module_imports_one_that_imports_it_back():
    """No import circles among briefer.* modules, apart from the known ones (issue #21)."""
    unexpected = [sorted(group) for group in circles(import_graph()) if group not in KNOWN_CIRCLES]
    assert unexpected == []


def test_the_store_has_no_circle_and_db_knows_no_backup_code():
    graph = import_graph()
    store_circles = [g for g in circles(graph) if any(m.startswith("briefer.store") for m in g)]
    assert store_circles == []
    assert not {m for m in graph["briefer.store.db"] if m.startswith("briefer.store.wholefile")}


def test_the_whole_file_operations_live_below_the_store():
    """backup, restore, swap, fill and encryption build on db.py only; the store calls down into them."""
    wholefile = [m for m in MODULES if m.startswith("briefer.store.wholefile.")]
    assert {"briefer.store.wholefile.backup", "briefer.store.wholefile.crypto", "briefer.store.wholefile.fresh",
            "briefer.store.wholefile.swap", "briefer.store.wholefile.hold"} <= set(wholefile)
    upward = sorted(f"{m} imports {target}" for m in wholefile for target in _runtime_imports(m, MODULES[m])
                    if not target.startswith(WHOLEFILE_MAY_IMPORT))
    assert upward == []
    for old in ("backup", "swap", "fresh", "crypto"):
        assert not (PKG / "store" / f"{old}.py").exists(), f"store/{old}.py is back beside the package"
