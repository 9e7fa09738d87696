"""The pack code keeps to its layer: no Qt, and the renderer never sees the database."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKS = Path(__file__).resolve().parents[2] / "briefer" / "packs"


def test_packs_import_without_qt():
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is blocked in the core')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import briefer.packs, briefer.cli.packs, briefer.packs.render\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=PACKS.parents[1], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def imports(module: Path) -> set[str]:
    tree = ast.parse(module.read_text())
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
    return out


def test_renderer_modules_do_not_touch_the_store_and_compose_has_no_reportlab():
    for name in ("render.py", "story.py", "flowables.py", "charts.py", "styles.py", "fonts.py"):
        assert not any(m.startswith("briefer.store") for m in imports(PACKS / name)), name
    assert not any(m.startswith("reportlab") for m in imports(PACKS / "compose.py"))
    assert not any(m.startswith("reportlab") for m in imports(PACKS / "plan.py"))


def test_pack_fonts_ship_with_their_licence():
    from briefer.packs.fonts import FONT_FILES
    from briefer.resources import resource_path

    for filename in set(FONT_FILES.values()):
        assert resource_path("fonts", filename).is_file(), filename
    licence = resource_path("fonts", "DejaVu-LICENSE.txt").read_text()
    assert "Bitstream" in licence and "DejaVu" in licence
