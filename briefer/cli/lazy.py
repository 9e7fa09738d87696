"""A module imported on its first use, for the command line's own modules.

Why: every sub-command registers its options when ``briefer`` starts, so
whatever those modules import at the top is paid by every command — even
``briefer --version`` or ``--help``, which open nothing. The store and the
models pull in sqlite-utils and pydantic (~0.5 s cold); behind a ``LazyModule``
they are imported only by the commands that call into them.
"""

from __future__ import annotations

import importlib
from types import ModuleType


class LazyModule:
    """Stands for the module ``name``; the first attribute read imports it."""

    def __init__(self, name: str):
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str):
        if attr.startswith("__"):
            raise AttributeError(attr)
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)

    def __repr__(self) -> str:
        return f"<lazy module {self._name}>"
