"""Who is making changes: the name the revision history records.

A module of its own (the standard library only) because every start of the
desktop app needs it before anything is drawn, and the store's module brings
sqlite-utils, pydantic and every model (≈ 0.17 s) — the first view is painted
before those are imported (``briefer.gui.startup.first_view``).
"""

from __future__ import annotations

import getpass
import os


def default_user() -> str:
    """``BRIEFER_USER``, else the login name, else "unknown"."""
    name = os.environ.get("BRIEFER_USER")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 — getuser raises various errors on odd systems
        return "unknown"
