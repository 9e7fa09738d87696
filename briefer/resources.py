"""The only resolver for ``resources/`` — in a checkout, an installed wheel or a frozen bundle.

In a checkout the folder sits beside the package; in a wheel it is installed as
``briefer/_resources`` (see pyproject's package data); in a PyInstaller bundle
it lies under ``sys._MEIPASS``. Callers never need to know which.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PKG = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    out = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        out.append(Path(frozen_root) / name)
    out.append(_PKG / f"_{name}")  # installed wheel
    out.append(_PKG.parent / name)  # source checkout
    return out


def _root(name: str) -> Path:
    for c in _candidates(name):
        if c.is_dir():
            return c
    raise FileNotFoundError(
        f"Briefer's {name}/ folder is missing (looked in: "
        + ", ".join(str(c) for c in _candidates(name))
        + "); the installation is incomplete"
    )


def resource_path(*parts: str) -> Path:
    """Path of a file or folder under ``resources/``."""
    return _root("resources").joinpath(*parts)


def ui_path(*parts: str) -> Path:
    """Path of a Qt Designer form under ``ui/``."""
    return _root("ui").joinpath(*parts)
