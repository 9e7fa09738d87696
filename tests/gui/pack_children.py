"""What the Packs view's child process runs in tests (``PacksView.build_target``).

Module-level functions, so that a child started with ``spawn`` can import them by name. They
stand in for ``briefer.packs.apart.build``: a build that notes where it ran, one held back until
it is cancelled, one refused, and one that dies without a word.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from briefer.errors import BrieferError

#: The file a child writes its process id to (the test sets it in the environment the child inherits).
PID_FILE = "BRIEFER_TEST_PACK_PID"


def noting_pid(request, *, progress=None, cancel=None):
    """The real build, after writing this process's id where the test looks for it."""
    from briefer.packs.apart import build

    Path(os.environ[PID_FILE]).write_text(str(os.getpid()))
    return build(request, progress=progress, cancel=cancel)


def held(request, *, progress=None, cancel=None):
    """Reports 3 %, notes its id, then waits as a 2,000-page render would (until stopped)."""
    progress(0.03)
    Path(os.environ[PID_FILE]).write_text(str(os.getpid()))
    time.sleep(120)
    raise AssertionError("the child was not stopped by Cancel")


def refused(request, *, progress=None, cancel=None):
    raise BrieferError("the recipient has no bilaterals in this period", field="from_date")


def dies(request, *, progress=None, cancel=None):
    os._exit(3)  # as a child killed by the system would: no answer on the pipe
