"""The command line starts without the store's and the models' libraries unless a command needs them.

``briefer --version`` and ``--help`` open nothing, so they must not pay for
sqlite-utils and pydantic (about half a second cold); ``briefer list`` does
import them, when it opens the store. Run in a fresh interpreter, as a user's
shell starts it.
"""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("sqlite_utils", "pydantic", "briefer.store.store", "briefer.model")

PROBE = """
import sys
from briefer.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print("LOADED", " ".join(m for m in {heavy!r} if m in sys.modules))
"""


def _loaded(*argv: str, env=None) -> set[str]:
    r = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), *argv], capture_output=True,
                       text=True, timeout=120, env=env)
    line = [ln for ln in r.stdout.splitlines() if ln.startswith("LOADED")][-1]
    return set(line.split()[1:])


def test_version_and_help_import_neither_the_store_nor_the_models():
    assert _loaded("--version") == set()
    assert _loaded("--help") == set()
    assert _loaded("export", "notes", "--help") == set()


def test_a_command_that_reads_still_gets_them(tmp_path):
    import os

    env = {**os.environ, "BRIEFER_DATA_DIR": str(tmp_path / "data")}
    assert _loaded("list", "meetings", env=env) == set(HEAVY)


def test_the_choices_written_out_for_the_parser_are_the_models_values():
    """The parser lists kinds and scales without importing the models; they must stay the same."""
    from briefer.cli.conference import ORG_TYPES, ROOM_KINDS
    from briefer.cli.topics import SCALES
    from briefer.model import OrganisationType, RoomKind
    from briefer.model.topics import Scale

    assert ROOM_KINDS == tuple(k.value for k in RoomKind)
    assert ORG_TYPES == tuple(t.value for t in OrganisationType)
    assert SCALES == tuple(s.value for s in Scale)
