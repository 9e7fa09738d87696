"""What the desktop app starts from: the data folder, a passphrase a script gave, who is editing.

The command line builds it (it has parsed ``--data-dir`` and read the
environment) and hands it to :func:`briefer.gui.app.run`, so the GUI never
imports the command line: data flows model → store → services → cli / gui,
and the two interfaces stand side by side (tests/test_architecture.py's
import contracts). Qt-free, so it can be built and tested without a display.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from briefer.paths import Paths
from briefer.user import default_user

#: A script's passphrase for an encrypted database (tests, benchmarks); a person types it instead.
ENV_PASSPHRASE = "BRIEFER_PASSPHRASE"


@dataclass(frozen=True)
class Session:
    """One start of the app: where its files are, how to unlock them, whose changes they record."""

    paths: Paths
    #: Tried before the unlock screen is shown; None asks the person at the keyboard. Never printed.
    passphrase: str | None = field(default=None, repr=False)
    #: The name the revision history records (``BRIEFER_USER``, else the login name).
    user: str = field(default_factory=default_user)

    @classmethod
    def from_environment(cls, paths: Paths) -> "Session":
        """The session for ``paths`` with the passphrase and user the environment gives."""
        return cls(paths, passphrase=os.environ.get(ENV_PASSPHRASE) or None)


