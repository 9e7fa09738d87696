"""A pack is laid out with the cycle collector's full passes held back, and they come back after.

On the busiest pack of the large data the full passes were a third of the layout's time (and each
one stalls the window while a pack builds on a worker thread): see briefer/collector.py."""

from __future__ import annotations

import gc
import importlib

import pytest

from briefer.collector import HELD_FULL
from briefer.packs import PackCancelled, PackOptions, compose, render


HELD = (900, 12, HELD_FULL)  # the young and middle passes as they were, no full one


@pytest.fixture
def usual_thresholds():
    before = gc.get_threshold()
    gc.set_threshold(900, 12, 10)
    yield (900, 12, 10)
    gc.set_threshold(*before)


def test_the_layout_runs_with_full_passes_held_and_gives_them_back(world, tmp_path, read_pack, usual_thresholds):
    plan = compose(world.store, PackOptions(recipient_id=world.minister.id))
    during = []
    result = render(plan, tmp_path / "p.pdf", progress=lambda f: during.append((f, gc.get_threshold())))
    laying_out = [t for f, t in during if f < 0.9]
    assert len(laying_out) > 3 and set(laying_out) == {HELD}
    assert gc.get_threshold() == usual_thresholds
    assert read_pack(result.path).pages == result.pages > 3


def test_a_cancelled_layout_gives_the_full_passes_back(world, tmp_path, usual_thresholds):
    plan = compose(world.store, PackOptions(recipient_id=world.minister.id))
    asked = []

    def cancel():
        asked.append(gc.get_threshold())
        return len(asked) > 3

    with pytest.raises(PackCancelled):
        render(plan, tmp_path / "p.pdf", cancel=cancel)
    assert asked[-1] == HELD
    assert gc.get_threshold() == usual_thresholds
    assert not (tmp_path / "p.pdf").exists()


def test_a_finished_layout_leaves_nothing_of_itself_in_memory(world, tmp_path):
    """What a layout keeps to go faster (parsed texts, line breakings) goes with it: a window that
    prints many briefs does not grow with each, nor walk them all at every full pass."""
    from briefer.packs import paragraphs

    plan = compose(world.store, PackOptions(recipient_id=world.minister.id))
    render(plan, tmp_path / "warm.pdf")  # fonts and reportlab's own caches, which stay
    gc.collect()
    before = len(gc.get_objects())
    kept = []
    render(plan, tmp_path / "p.pdf",
           progress=lambda f: kept.append((len(paragraphs._PARSED), len(paragraphs._BROKEN), len(gc.get_objects()))))
    gc.collect()
    after = len(gc.get_objects())
    parsed, broken, most = max(kept)
    assert parsed > 50 and broken > 50  # kept while laying out
    assert paragraphs._PARSED == {} and paragraphs._BROKEN == {}
    assert after - before < (most - before) / 10, (before, most, after)


def test_composing_a_pack_holds_the_full_passes_too_and_gives_them_back(world, usual_thresholds, monkeypatch):
    """Composing reads and keeps thousands of records on a large pack (on the window's own thread)."""
    composing = importlib.import_module("briefer.packs.compose")  # the module (the package's `compose` is the function)

    seen = []
    original = composing.digest

    def digest(*objs):
        seen.append(gc.get_threshold())
        return original(*objs)

    monkeypatch.setattr(composing, "digest", digest)
    compose(world.store, PackOptions(recipient_id=world.minister.id))
    assert seen and set(seen) == {HELD}
    assert gc.get_threshold() == usual_thresholds
