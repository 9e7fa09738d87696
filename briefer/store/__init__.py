"""Storage: the only code that speaks SQL or names tables."""

from briefer.store.repository import Repository, Revision, TableSpec
from briefer.store.search import SearchHit
from briefer.store.store import SPECS, Store

__all__ = ["Repository", "Revision", "SPECS", "SearchHit", "Store", "TableSpec"]
