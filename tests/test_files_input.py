"""open_input / read_input: only regular files are read, and nothing ever waits on a pipe."""

from __future__ import annotations

import os
import signal

import pytest

from briefer import files
from briefer.errors import ImportFailed
from briefer.files import open_input, read_input


@pytest.fixture(autouse=True)
def no_hang():
    def hung(signum, frame):
        raise TimeoutError("waited on a pipe")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def test_a_pipe_swapped_in_after_the_check_is_still_refused_without_waiting(tmp_path, monkeypatch):
    """The check before opening can be raced; the descriptor, opened non-blocking, is checked again."""
    pipe = tmp_path / "programme.ics"
    os.mkfifo(pipe)
    monkeypatch.setattr(files, "_stat", lambda path, error: None)  # as if it were a plain file when checked
    with pytest.raises(ImportFailed, match="programme.ics: is a named pipe, not a file"):
        open_input(pipe, error=ImportFailed)


def test_a_file_that_grew_past_the_limit_after_the_check_is_refused(tmp_path, monkeypatch):
    big = tmp_path / "big.ics"
    big.write_bytes(b"x" * 2000)
    real_fstat = os.fstat
    monkeypatch.setattr(os, "fstat", lambda fd: os.stat_result((*real_fstat(fd)[:6], 10, *real_fstat(fd)[7:])))
    with pytest.raises(ImportFailed, match=r"the file is too large \(more than 1,000 bytes\)"):
        read_input(big, max_bytes=1000, error=ImportFailed)


def test_a_regular_file_is_read_whole(tmp_path):
    f = tmp_path / "a.ics"
    f.write_bytes(b"BEGIN:VCALENDAR")
    assert read_input(f, max_bytes=100) == b"BEGIN:VCALENDAR"
