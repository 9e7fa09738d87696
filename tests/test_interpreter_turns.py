"""A worker's long loop gives the window's thread its turns: after each slice of work, a real sleep
(``briefer.interpreter_turns``; why, in its docstring and benchmarks/README.md)."""

from __future__ import annotations

from briefer.interpreter_turns import PAUSE, SLICE, taking_turns


class FakeClock:
    """A clock each item's work moves on by ``step`` seconds; the sleeps are recorded, not slept."""

    def __init__(self, step: float):
        self.now, self.step, self.slept = 0.0, step, []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append((self.now, seconds))


def test_every_item_comes_through_in_order():
    clock = FakeClock(0.0)
    assert list(taking_turns(iter("abcde"), clock=clock, sleep=clock.sleep)) == list("abcde")
    assert clock.slept == []  # no work done, no turn given


def test_a_turn_is_given_after_each_slice_of_work_and_not_before():
    clock = FakeClock(0.002)  # each item takes 2 ms; the slice is 5 ms
    for _ in taking_turns(range(10), slice_s=0.005, pause=0.001, clock=clock, sleep=clock.sleep):
        clock.now += clock.step
    # after the 3rd item (6 ms of work) and the 6th and 9th: never after 2 or 4 ms
    assert [round(at, 3) for at, _ in clock.slept] == [0.006, 0.012, 0.018]
    assert {s for _, s in clock.slept} == {0.001}


def test_a_whole_slice_of_work_is_enough_for_a_turn():
    clock = FakeClock(5)  # whole units: each item takes exactly one slice
    for _ in taking_turns(range(3), slice_s=5, pause=1, clock=clock, sleep=clock.sleep):
        clock.now += clock.step
    assert [at for at, _ in clock.slept] == [5, 10, 15]


def test_a_slow_item_gives_a_turn_at_once():
    clock = FakeClock(0.05)
    seen = []
    for item in taking_turns(["slow", "next"], slice_s=0.005, pause=0.001, clock=clock, sleep=clock.sleep):
        seen.append((item, len(clock.slept)))
        clock.now += clock.step
    assert seen == [("slow", 0), ("next", 1)]  # the window's turn comes before the next item
    assert len(clock.slept) == 2


def test_the_defaults_are_a_real_sleep_within_a_frame():
    assert 0 < PAUSE < SLICE <= 0.016  # a sleep(0) may keep the interpreter; a slice over a frame shows
