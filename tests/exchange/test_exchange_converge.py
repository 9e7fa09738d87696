"""Three advisors edit overlapping notes and exchange bundles in any order: they converge.

"Converge" means: the same records exist everywhere, and every record has the
same set of versions (the current one plus open conflict copies) on every
laptop — which one is current may differ, since each laptop keeps its own
version current in a conflict. Nothing written anywhere is lost.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer.exchange.bundle import export_bundle
from briefer.exchange.merge import import_bundle
from briefer.model import Note
from briefer.store import Store
from briefer.store.exchange import ExchangeState, version_hash
from exchange_world import build_world


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("template")
    with Store.open(folder / "t.sqlite", user="seed") as s:
        w = build_world(s)
        ids = {"notes": [w[k].id for k in ("note1", "note2", "note3", "secret")],
               "meetings": [w["m1"].id, w["m2"].id], "action": w["act1"].id}
    return folder / "t.sqlite", ids


WORDS = st.text(alphabet="abcdeé ", min_size=1, max_size=8)
OPS = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 5), WORDS),
        st.tuples(st.just("add"), st.integers(0, 2), st.integers(0, 1), WORDS),
        st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 5), WORDS),
        st.tuples(st.just("action"), st.integers(0, 2), st.integers(0, 3), WORDS),
        st.tuples(st.just("send"), st.integers(0, 2), st.integers(0, 2), WORDS),
    ),
    max_size=14,
)
PAIRS = [(s, d) for s in range(3) for d in range(3) if s != d]


def versions(store: Store, table: str) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for rec in store.repo_for_table(table).list():
        out.setdefault(rec.id, set()).add(version_hash(rec.model_dump(mode="json")))
    for c in ExchangeState(store).conflicts(table=table):
        out.setdefault(c.record_id, set()).add(c.version)
    return {k: frozenset(v) for k, v in out.items()}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS, order=st.permutations(PAIRS), rounds_order=st.permutations(PAIRS))
def test_three_laptops_converge_whatever_the_order(template, ops, order, rounds_order):
    path, ids = template
    folder = Path(tempfile.mkdtemp(prefix="converge-"))
    stores = []
    try:
        for i, user in enumerate(("anouk", "pieter", "karin")):
            shutil.copy(path, folder / f"{i}.sqlite")
            stores.append(Store.open(folder / f"{i}.sqlite", user=user))
        notes = [list(ids["notes"]) for _ in stores]  # what each laptop knows it wrote or saw
        n = itertools.count()
        written: set[str] = set()

        def send(src, dst):
            bundle = folder / f"b{next(n)}.briefer"
            export_bundle(stores[src], bundle)
            import_bundle(stores[dst], bundle)

        for op, who, which, text in ops:
            s = stores[who]
            if op == "send":
                if who != which:
                    send(who, which)
            elif op == "add":
                note = s.notes.add(Note(meeting_id=ids["meetings"][which], author=s.user, body=text))
                notes[who].append(note.id)
                written.add(text)
            elif op == "action":
                act = s.actions.get(ids["action"])
                status = ("open", "in_progress", "done", "cancelled")[which]
                s.actions.update(act.evolve(status=status, owner=text))
            else:
                existing = [i for i in notes[who] if s.notes.find(i) is not None]
                if not existing:
                    continue
                target = existing[which % len(existing)]
                if op == "edit":
                    s.notes.update(s.notes.get(target).evolve(body=text))
                    written.add(text)
                else:
                    s.notes.delete(target)
        # Everyone exchanges with everyone, in a drawn order, twice in different orders.
        for src, dst in [*order, *rounds_order]:
            send(src, dst)

        first = {t: versions(stores[0], t) for t in ("notes", "actions")}
        for other in stores[1:]:
            assert {t: versions(other, t) for t in ("notes", "actions")} == first
        # a last exchange changes nothing anywhere
        for src, dst in PAIRS[:2]:
            bundle = folder / f"final{src}{dst}.briefer"
            export_bundle(stores[src], bundle)
            assert not import_bundle(stores[dst], bundle).changed
    finally:
        for s in stores:
            s.close()
        shutil.rmtree(folder, ignore_errors=True)
