"""What the store hands the bundle exchange (store/exchange.py), read from real files.

The app keeps one conference open all day and imports the laptops' bundles one after the
other into it; each import asks the store for the records, versions and deletions its bundle
names. These tests state what the store answers, on a real SQLite file filled as at a
conference (tests/exchange/exchange_world.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from briefer.store import Store
from briefer.store.exchange import ExchangeState

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "exchange"))
from exchange_world import build_world  # noqa: E402


@pytest.fixture
def laptop(tmp_path):
    store = Store.open(tmp_path / "a.sqlite", user="anouk")
    world = build_world(store)
    yield store, world
    store.close()


def test_the_second_bundle_of_a_session_reads_only_its_own_records(laptop):
    """Bundle after bundle in one open session: each look-up answers for the records asked, not the last bundle's too."""
    store, w = laptop
    state = ExchangeState(store)
    store.notes.update(w["note1"].evolve(body="Indonesia supports the declaration; signs in September."))
    first = state.current_rows("notes", [w["note1"].id, w["note2"].id])
    assert set(first) == {w["note1"].id, w["note2"].id}
    assert first[w["note1"].id]["body"] == "Indonesia supports the declaration; signs in September."
    second = state.current_rows("notes", [w["note3"].id])
    assert set(second) == {w["note3"].id}
    assert set(state.known_versions("notes", [w["note3"].id])) == set()   # note3 never changed
    assert set(state.known_versions("notes", [w["note1"].id])) == {w["note1"].id}
