"""What a command needs from its surroundings: the resolved paths and an open store.

The store is opened lazily, once, and closed when the command ends — so
``briefer --version`` or ``--help`` never touch the disk.
"""

from __future__ import annotations

import argparse
import os
import sys

from briefer import paths as paths_mod
from briefer.store import Store

ENV_PASSPHRASE = "BRIEFER_PASSPHRASE"


class Context:
    def __init__(self, args: argparse.Namespace):
        self.args = args
        self._store: Store | None = None
        self._paths: paths_mod.Paths | None = None

    @property
    def paths(self) -> paths_mod.Paths:
        if self._paths is None:
            self._paths = paths_mod.resolve(getattr(self.args, "data_dir", None))
        return self._paths

    def passphrase(self) -> str | None:
        """The database passphrase from the environment, if any (prompting is the security module's)."""
        return os.environ.get(ENV_PASSPHRASE) or None

    def store(self) -> Store:
        if self._store is None:
            paths_mod.ensure_data_dir(self.paths)
            self._store = Store.open(self.paths.database, passphrase=self.passphrase())
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    # Output goes through these so tests can capture it and pipes behave.
    def out(self, text: str = "") -> None:
        print(text, file=sys.stdout)

    def err(self, text: str) -> None:
        print(text, file=sys.stderr)
