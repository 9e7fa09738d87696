"""The cycle collector's full passes held back during a bulk operation, and given back after it.

The thresholds are the process's own: a hold that forgot to give them back would slow nothing but
leave every later full pass of the app off — these tests check they come back however the work ends,
with two holds on two threads ending in either order, and that young passes still free cyclic
garbage while held (a pack's layout makes tens of MB of it)."""

from __future__ import annotations

import gc
import threading

import pytest

from briefer.collector import HELD_FULL, full_passes_held


HELD = (900, 12, HELD_FULL)  # the young and middle passes as they were, no full one


@pytest.fixture
def usual_thresholds():
    before = gc.get_threshold()
    gc.set_threshold(900, 12, 10)  # not quite CPython's defaults (700, 10, 10): kept as they are
    yield (900, 12, 10)
    gc.set_threshold(*before)


def test_full_passes_are_held_inside_and_given_back_after(usual_thresholds):
    with full_passes_held():
        assert gc.get_threshold() == HELD
        assert gc.isenabled()
    assert gc.get_threshold() == usual_thresholds


def test_the_thresholds_come_back_when_the_work_fails(usual_thresholds):
    with pytest.raises(RuntimeError):
        with full_passes_held():
            raise RuntimeError("layout failed")
    assert gc.get_threshold() == usual_thresholds


@pytest.mark.parametrize("first_to_end", ["first", "second"])
def test_two_holds_on_two_threads_share_one_hold(usual_thresholds, first_to_end):
    """Two packs built at once: the hold lasts until the last one ends, then the usual passes come back."""
    entered = [threading.Event(), threading.Event()]
    leave = [threading.Event(), threading.Event()]
    left = [threading.Event(), threading.Event()]

    def build(i):
        with full_passes_held():
            entered[i].set()
            leave[i].wait(10)
        left[i].set()

    threads = [threading.Thread(target=build, args=(i,)) for i in (0, 1)]
    threads[0].start()
    assert entered[0].wait(10)
    threads[1].start()
    assert entered[1].wait(10)
    early, late = (0, 1) if first_to_end == "first" else (1, 0)
    leave[early].set()
    assert left[early].wait(10)
    assert gc.get_threshold() == HELD  # the other build still runs
    leave[late].set()
    assert left[late].wait(10)
    for t in threads:
        t.join(10)
    assert gc.get_threshold() == usual_thresholds


def test_young_passes_still_free_cyclic_garbage_while_full_ones_are_held(usual_thresholds):
    passes: list[int] = []
    freed: list[int] = []

    def seen(phase, info):
        if phase == "stop":
            passes.append(info["generation"])
            freed.append(info["collected"])

    gc.collect()
    gc.callbacks.append(seen)
    try:
        with full_passes_held():
            for _ in range(200_000):  # hundreds of young passes' worth of cyclic garbage
                a: list = []
                a.append(a)
    finally:
        gc.callbacks.remove(seen)
    assert passes and 2 not in passes
    assert sum(freed) > 100_000
