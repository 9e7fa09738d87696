"""Python forms generated from ``ui/*.ui`` by pyside6-uic — never edited by hand.

Each ``ui/<stem>.ui`` becomes ``briefer/gui/forms/<stem>.py`` holding
``Ui_<Class>``; the widget of the same stem in ``briefer/gui`` uses it by
composition (``self.ui = Ui_X(); self.ui.setupUi(self)``).
Regenerate all of them with ``python -m briefer.gui.forms``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HEADER = (
    "# GENERATED from ui/{name} by pyside6-uic — DO NOT EDIT; change the .ui file in Qt Designer.\n"
    "# Regenerate: python -m briefer.gui.forms\n"
)


def forms_dir() -> Path:
    return Path(__file__).resolve().parent


def _uic() -> list[str]:
    local = Path(sys.executable).parent / "pyside6-uic"
    for candidate in (local, local.with_suffix(".exe")):
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    return [sys.executable, "-c", "import sys; from PySide6.scripts.pyside_tool import uic; sys.exit(uic())"]


def generate(ui_file: Path) -> str:
    """The module text pyside6-uic makes of ``ui_file``, with Briefer's do-not-edit header."""
    # Run inside ui/ with the bare file name so the generated text does not depend on the checkout path.
    out = subprocess.run(
        [*_uic(), ui_file.name], cwd=ui_file.parent, capture_output=True, text=True, encoding="utf-8", check=True
    ).stdout
    return HEADER.format(name=ui_file.name) + out


def regenerate(ui_dir: Path, target: Path | None = None) -> list[Path]:
    """Write one module per form; returns the modules written."""
    target = target or forms_dir()
    written = []
    for ui_file in sorted(ui_dir.glob("*.ui")):
        dest = target / f"{ui_file.stem}.py"
        dest.write_text(generate(ui_file), encoding="utf-8")
        written.append(dest)
    return written
