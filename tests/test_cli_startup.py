"""The command line starts without the store's and the models' libraries unless a command needs them.

``briefer --version`` and ``--help`` open nothing, so they must not pay for
sqlite-utils and pydantic (about half a second cold); ``briefer list meetings``
reads with plain SQL when the file needs nothing of the store's open; other
lists import them, when they open the store. Run in a fresh interpreter, as a user's
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
    assert _loaded("list", "meetings", env=env) == set(HEAVY)  # no file yet: the store creates it
    assert _loaded("list", "people", env=env) == set(HEAVY)


def test_list_meetings_on_a_database_imports_neither_sqlite_utils_nor_pydantic(tmp_path, demo_db_template):
    """It reads with plain SQL (briefer/store/listing.py); names and dates without pycountry."""
    import os
    import shutil

    (tmp_path / "data").mkdir()
    shutil.copyfile(demo_db_template, tmp_path / "data" / "briefer.sqlite")
    env = {**os.environ, "BRIEFER_DATA_DIR": str(tmp_path / "data")}
    # (the package briefer.model is light: its models are imported on first use)
    assert _loaded("list", "meetings", env=env) <= {"briefer.model"}
    r = subprocess.run([sys.executable, "-c", "import sys; from briefer.cli import main; main(sys.argv[1:]); "
                        "print('PYCOUNTRY', 'pycountry' in sys.modules)", "list", "meetings"],
                       capture_output=True, text=True, timeout=120, env=env)
    assert "Indonesia" in r.stdout and "PYCOUNTRY False" in r.stdout


def test_the_choices_written_out_for_the_parser_are_the_models_values():
    """The parser lists kinds and scales without importing the models; they must stay the same."""
    from briefer.cli.conference import ORG_TYPES, ROOM_KINDS
    from briefer.cli.topics import SCALES
    from briefer.model import OrganisationType, RoomKind
    from briefer.model.topics import Scale

    assert ROOM_KINDS == tuple(k.value for k in RoomKind)
    assert ORG_TYPES == tuple(t.value for t in OrganisationType)
    assert SCALES == tuple(s.value for s in Scale)


def test_a_bare_start_of_the_app_registers_no_sub_command(tmp_path):
    """``briefer [--data-dir DIR]`` opens the desktop app without importing the ten command modules;
    a command, --help or a wrong option still gets the whole parser."""
    probe = ("import sys, briefer.gui.app as g\n"
             "g.run = lambda s: print('RUN', s.paths.data_dir) or 0\n"
             "from briefer.cli import main\n"
             "code = main(sys.argv[1:])\n"
             "print('CODE', code, 'COMMANDS', sorted(m for m in sys.modules if m.startswith('briefer.cli.')\n"
             "                                       and m not in ('briefer.cli.context', 'briefer.cli.lazy')))\n")

    def run(*argv):
        return subprocess.run([sys.executable, "-c", probe, *argv], capture_output=True, text=True, timeout=120)

    bare = run("--data-dir", str(tmp_path))
    assert bare.stdout.splitlines() == [f"RUN {tmp_path}", "CODE 0 COMMANDS []"]
    wrong = run("--data-dir", str(tmp_path), "--bogus")
    assert wrong.returncode == 2 and "unrecognized arguments: --bogus" in wrong.stderr
    assert "COMMAND ..." in wrong.stderr  # the whole parser's usage line
    helped = run("--help")
    assert helped.returncode == 0 and "list" in helped.stdout and "RUN" not in helped.stdout


def test_a_command_registers_only_the_module_that_holds_it():
    """``briefer walking --help`` needs the schedule's commands alone; a word that is no command gets them all
    (so argparse's "invalid choice" can name every one)."""
    from briefer.cli import COMMAND_MODULES

    probe = ("import sys\nfrom briefer.cli import main\n"
             "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
             "print('COMMANDS', *sorted(m for m in sys.modules if m.startswith('briefer.cli.')\n"
             f"                          and m.split('.')[-1] in {COMMAND_MODULES!r}))\n")

    def registered(*argv):
        r = subprocess.run([sys.executable, "-c", probe, *argv], capture_output=True, text=True, timeout=120)
        return [ln for ln in r.stdout.splitlines() if ln.startswith("COMMANDS")][-1].split()[1:]

    assert registered("walking", "--help") == ["briefer.cli.schedule"]
    assert registered("--data-dir", "/nowhere", "history", "--help") == ["briefer.cli.history"]
    assert registered("walkng") == sorted(f"briefer.cli.{m}" for m in COMMAND_MODULES)
