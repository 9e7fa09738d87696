"""The code holds for any conference: the demo's subject, place and year live in its data
(``resources/demo/``), never in ``briefer/``. The one exception is the upgrade that moved the old
topic fields into data (``store/migrations.py`` is history: released migrations never change)."""

from __future__ import annotations

import re
from pathlib import Path

import briefer

ROOT = Path(briefer.__file__).parent
#: The demo conference's subject, indicators, place and year, as they could creep back in.
WORDS = re.compile(r"amr|tracss|noordwijk|2019|antimicrob|one[ _]health|who[ _]region|nap_level|nap_source",
                   re.IGNORECASE)
HISTORY = {ROOT / "store" / "migrations.py"}


def _found(files) -> list[str]:
    out = []
    for path in files:
        if path in HISTORY:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if WORDS.search(line):
                out.append(f"{path.relative_to(ROOT.parent)}:{n}: {line.strip()[:100]}")
    return out


def test_no_demo_conference_words_in_the_code():
    assert _found(sorted(ROOT.rglob("*.py"))) == []


def test_no_demo_conference_words_in_the_forms():
    assert _found(sorted((ROOT.parent / "ui").glob("*.ui"))) == []


def test_the_words_are_found_where_they_are_written():
    # the check itself works: the demo data does name its conference
    assert _found(sorted((ROOT.parent / "resources" / "demo").glob("*.json")))  # noqa: the data, not code
