"""The ISO codes a record may hold — countries (ISO 3166 alpha-3) and languages (ISO 639) — as plain sets.

The validators check every bilateral's country and interpretation language, and they run on
every read, the first one at start-up for Today. Asking pycountry's database objects built its
whole index first: 8,000 language objects with a lookup table per field (20–40 ms on the GUI
thread before the first view). The codes are taken from the same pycountry data files, once, as
sets; names still come from pycountry and CLDR where they are shown (``country_names``).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path


def _entries(database: str, key: str) -> list[dict]:
    # pycountry's data folder, found without running its package (an import of ~10 ms at start-up)
    from importlib.util import find_spec

    folder = Path(next(iter(find_spec("pycountry").submodule_search_locations))) / "databases"
    with open(folder / f"{database}.json", encoding="utf-8") as f:
        return json.load(f)[key]


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-3 code, upper case ("NLD")."""
    return frozenset(e["alpha_3"].upper() for e in _entries("iso3166-1", "3166-1"))


@lru_cache(maxsize=1)
def language_codes() -> frozenset[str]:
    """Every ISO 639 code pycountry knows, two-letter ("fr") and three-letter ("fra"), lower case."""
    codes: set[str] = set()
    for e in _entries("iso639-3", "639-3"):
        codes.update(e[k].lower() for k in ("alpha_2", "alpha_3") if e.get(k))
    return frozenset(codes)
