"""What the window is told when a pack built in a child process has no pages to show: nothing changed, or the
child failed (issue 22: mutants of ``briefer/packs/apart.py`` that ``test_packs_apart.py`` let through).

An addendum asked for when nothing changed comes back as the plan that says so, without a PDF. The child's error reaches the window as the error it was, with its words — also an error that cannot be rebuilt on
this side of the pipe; a child that stops without a word is reported with its exit code, also when it takes a moment
to end after its end of the pipe closed. The targets below are what the child runs instead of the real build
(module level: a child started with ``spawn`` imports them by name)."""

from __future__ import annotations

import os
import time

import pytest

from briefer.errors import BrieferError
from briefer.packs import PackOptions
from briefer.packs.apart import Request, build_apart


class OddError(Exception):
    """An error whose class needs more than its message to be made again (a library's, say)."""

    def __init__(self, what: str, *, code: int):
        super().__init__(f"{what} (code {code})")
        self.code = code


def refuses_oddly(request, *, progress=None, cancel=None):
    raise OddError("the printer driver refused the paper size", code=7)


def closes_its_pipe_then_lingers(request, *, progress=None, cancel=None):
    """The pipe closed first (every descriptor past the standard three), the process ending a moment later."""
    os.closerange(3, 1024)
    time.sleep(1.5)
    os._exit(5)


def reports_every_thousandth(request, *, progress=None, cancel=None):
    """A build that reports its progress a thousand times (a long pack's pages), then renders the plan it was given."""
    from briefer.packs.apart import build

    for i in range(1001):
        progress(i / 1000)
    return build(request)


def first_reports_at_one_percent(request, *, progress=None, cancel=None):
    """As above, its first report at 1 % (a pack of 60 pages reports its first page at 1.7 %)."""
    from briefer.packs.apart import build

    for i in range(10, 1001):
        progress(i / 1000)
    return build(request)


def silent_for_a_second(request, *, progress=None, cancel=None):
    time.sleep(1)
    raise BrieferError("nothing to print in this period")


@pytest.mark.parametrize(("target", "first"), [(reports_every_thousandth, 0), (first_reports_at_one_percent, 1)])
def test_the_window_hears_of_the_childs_progress_once_a_percent_from_its_first_report_to_100(world, target, first):
    # a message a percent, not one a page: for a thousand reports, one message for each percent from the first report's
    from briefer.packs import compose

    options = PackOptions(recipient_id=world.minister.id, lang="en")
    heard = []
    built = build_apart(Request(options, plan=compose(world.store, options)), progress=heard.append, target=target)
    assert built.pages > 3
    assert heard == sorted(heard) and heard[0] == first / 100 and heard[-1] == 1.0
    assert len(heard) == 101 - first and sorted({int(f * 100) for f in heard}) == list(range(first, 101))


def test_the_waiting_thread_looks_at_cancel_every_twentieth_of_a_second_not_without_pause(world):
    # while the child works without a word the thread that waits for it sleeps between looks at the pipe and at
    # Cancel (it shares the interpreter with the window): no more than twenty-odd looks a second
    request = Request(PackOptions(recipient_id=world.minister.id), path=world.store.path, user="tester")
    looks = []
    started = time.monotonic()
    with pytest.raises(BrieferError, match="nothing to print in this period"):
        build_apart(request, cancelled=lambda: looks.append(1) and False, target=silent_for_a_second)
    took = time.monotonic() - started
    assert 1 <= len(looks) <= took * 20 + 3, (len(looks), took)


def test_an_error_that_cannot_cross_the_pipe_arrives_with_its_words(world):
    request = Request(PackOptions(recipient_id=world.minister.id), path=world.store.path, user="tester")
    with pytest.raises(BrieferError) as caught:
        build_apart(request, target=refuses_oddly)
    assert str(caught.value) == "the printer driver refused the paper size (code 7)"


def test_a_child_that_stops_without_a_word_is_reported_with_its_exit_code(world):
    request = Request(PackOptions(recipient_id=world.minister.id), path=world.store.path, user="tester")
    with pytest.raises(BrieferError) as caught:
        build_apart(request, target=closes_its_pipe_then_lingers)
    assert str(caught.value) == "the pack could not be built: the process building it stopped (exit code 5)"


def test_an_addendum_when_nothing_changed_comes_back_as_its_plan_without_pages(world, tmp_path):
    from briefer.packs import build_pack

    store = world.store
    build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "pack.pdf")  # copy 1
    built = build_apart(Request(PackOptions(changes_since=1, lang="en"), path=store.path, user=store.user))
    assert built.data is None and built.pages == 0 and built.outline == ()
    assert built.plan.kind == "addendum" and built.plan.base_number == 1 and built.plan.changes == ()
    assert built.plan.recipient_name == "Bruno Bruins"

