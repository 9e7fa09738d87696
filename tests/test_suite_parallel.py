"""The test command's ``-n auto``: one test process more than the cores (tests/conftest.py, issue 19 item 8)."""

from __future__ import annotations

import os

import pytest

from tests import conftest


@pytest.mark.parametrize("cores, processes", [(1, 2), (2, 3), (8, 9)])
def test_auto_starts_one_process_more_than_the_cores_this_process_may_use(monkeypatch, cores, processes):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(cores)), raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 64)  # the machine's; a container may allow fewer
    assert conftest.pytest_xdist_auto_num_workers(None) == processes
