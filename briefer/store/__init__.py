"""Storage: the only code that speaks SQL or names tables.

The names below are imported on first use (PEP 562), so that a light module of the
store (``briefer.store.listing``: the command line's lists) can be imported without
sqlite-utils, pydantic and the models.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefer.store.repository import Repository, Revision, TableSpec
    from briefer.store.search import SearchHit
    from briefer.store.store import SPECS, Store

_WHERE = {"Repository": "repository", "Revision": "repository", "TableSpec": "repository",
          "SearchHit": "search", "SPECS": "store", "Store": "store"}

__all__ = ["Repository", "Revision", "SPECS", "SearchHit", "Store", "TableSpec"]


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'briefer.store' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"briefer.store.{module}"), name)
    globals()[name] = value
    return value
