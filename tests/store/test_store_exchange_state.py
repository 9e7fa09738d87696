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


def test_a_conflict_id_that_fits_two_conflicts_is_refused_and_neither_is_resolved(tmp_path):
    """Two notes edited on both laptops: the first characters both ids share pick neither of them."""
    import os.path

    from briefer.errors import Ambiguous
    from briefer.exchange.bundle import export_bundle
    from briefer.exchange.conflicts import list_conflicts, resolve
    from briefer.exchange.merge import import_bundle

    with Store.open(tmp_path / "a.sqlite", user="anouk") as a, Store.open(tmp_path / "b.sqlite", user="pieter") as b:
        w = build_world(a)
        export_bundle(a, tmp_path / "start.briefer")
        import_bundle(b, tmp_path / "start.briefer")
        for key in ("note1", "note2"):
            a.notes.update(a.notes.get(w[key].id).evolve(body=f"{key}: Anouk's words"))
            b.notes.update(b.notes.get(w[key].id).evolve(body=f"{key}: Pieter's words"))
        export_bundle(b, tmp_path / "b.briefer")
        import_bundle(a, tmp_path / "b.briefer")
        views = list_conflicts(a)
        assert len(views) == 2
        shared = os.path.commonprefix([v.copy.id for v in views])
        with pytest.raises(Ambiguous, match=f"the id {shared} matches 2 conflicts; give more characters"):
            resolve(a, shared, "theirs")
        assert {a.notes.get(w[k].id).body for k in ("note1", "note2")} == {"note1: Anouk's words", "note2: Anouk's words"}
        assert len(list_conflicts(a)) == 2


def test_a_conflict_copy_names_the_laptop_that_wrote_it_here_and_on_a_third_laptop(tmp_path):
    """Anouk's laptop holds Pieter's version of a note as a conflict copy; passed on to Fleur's laptop, it is still Pieter's."""
    from briefer.exchange.bundle import export_bundle
    from briefer.exchange.conflicts import list_conflicts
    from briefer.exchange.merge import import_bundle
    from briefer.model.base import utcnow
    from briefer.store.repository import stored_timestamp

    with Store.open(tmp_path / "a.sqlite", user="anouk") as a, Store.open(tmp_path / "b.sqlite", user="pieter") as b, \
            Store.open(tmp_path / "c.sqlite", user="fleur") as c:
        w = build_world(a)
        export_bundle(a, tmp_path / "start.briefer")
        import_bundle(b, tmp_path / "start.briefer")
        import_bundle(c, tmp_path / "start.briefer")
        a.notes.update(a.notes.get(w["note2"].id).evolve(body="Anouk's words"))
        b.notes.update(b.notes.get(w["note2"].id).evolve(body="Pieter's words"))
        export_bundle(b, tmp_path / "b.briefer")
        started = stored_timestamp(utcnow())
        import_bundle(a, tmp_path / "b.briefer")
        [here] = list_conflicts(a)
        assert here.copy.data["body"] == "Pieter's words" and here.copy.source_install == b.install_id()
        assert started <= here.copy.imported_at <= stored_timestamp(utcnow())  # when it came in, shown with it
        export_bundle(a, tmp_path / "a.briefer")
        import_bundle(c, tmp_path / "a.briefer")
        [there] = list_conflicts(c)
        assert there.copy.data["body"] == "Pieter's words"
        assert there.copy.source_install == b.install_id() != a.install_id()
