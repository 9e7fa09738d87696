"""The ``briefer`` command: parse, call a service, print — nothing more.

Each area registers its sub-commands from its own module (``COMMAND_MODULES``),
so the command line grows without one file owning everything. Errors a user
can act on (:class:`~briefer.errors.BrieferError`) become one line on stderr
and a non-zero exit code; bare ``briefer`` opens the desktop app.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from briefer import APP_NAME, __version__
from briefer.cli.context import Context
from briefer.errors import BrieferError

#: Modules under briefer.cli that add sub-commands (each has ``register(subparsers)``).
COMMAND_MODULES: tuple[str, ...] = ("data", "conference", "packs", "schedule", "security", "exchange", "people", "tables", "topics",
                                     "history")

#: The module that registers each command. ``briefer COMMAND …`` builds the parser with that module's
#: commands only: registering all ten modules (their imports and ~60 sub-parsers) cost ~9 ms of every
#: command, and a test suite that calls ``main`` thousands of times paid it each time. A word that is
#: not here (a typo, help) gets the whole parser, so its error and help still name every command.
#: tests/test_cli_foundation.py keeps this equal to what the modules register.
COMMAND_MODULE: dict[str, str] = {
    **dict.fromkeys(("check", "demo", "list", "search", "show"), "data"),
    **dict.fromkeys(("conference", "organisation", "room"), "conference"),
    **dict.fromkeys(("pack", "prints"), "packs"),
    **dict.fromkeys(("ics", "import-ics", "slots", "walking"), "schedule"),
    **dict.fromkeys(("autolock", "backup", "backups", "decrypt", "encrypt", "passphrase", "restore"), "security"),
    **dict.fromkeys(("conflicts", "export", "import"), "exchange"),
    "person": "people",
    **dict.fromkeys(("import-table", "template"), "tables"),
    "topic": "topics",
    "history": "history",
}


def build_parser(*, commands: bool = True, command: str | None = None) -> argparse.ArgumentParser:
    """The ``briefer`` parser; without ``commands``, only its options (the desktop app's start).

    ``command``: the word ``argv`` names as its command (:func:`command_word`); when it is a known
    command, only the module that registers it is registered.
    """
    parser = argparse.ArgumentParser(
        prog="briefer",
        description=f"{APP_NAME}: prepare ministers for an international conference, offline. "
        "Without a command, the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder holding the database (default: $BRIEFER_DATA_DIR or the platform's user data folder)",
    )
    if not commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = (COMMAND_MODULE[command],) if command in COMMAND_MODULE else COMMAND_MODULES
    for name in modules:
        importlib.import_module(f"briefer.cli.{name}").register(sub)
    return parser


def command_word(argv: list[str]) -> str | None:
    """The command ``argv`` names: its first word after the top-level ``--data-dir`` (None if another
    option comes first, or there is no word)."""
    rest = iter(argv)
    for arg in rest:
        if arg == "--data-dir":
            next(rest, None)
        elif not arg.startswith("--data-dir="):
            return None if arg.startswith("-") else arg
    return None


def _report(exc: BrieferError) -> int:
    # one line, whatever the user typed into the value the message quotes
    text = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in str(exc))
    print(f"briefer: error: {text}", file=sys.stderr)
    return exc.exit_code


def _disk(ctx: Context, exc: BaseException) -> BrieferError | None:
    """"The disk is full" for any error that came from a write the disk refused (None otherwise).

    Wrapped or not: SQLite's "disk I/O error" under a keyed open, an ``OSError``
    from an export, a backup that "failed (database or disk is full)" — the user
    learns what to do, not what broke. A damaged database keeps its own message
    (it names the backup to restore) unless the disk is in fact full.
    """
    from briefer.disk import DiskFull, disk_problem
    from briefer.store.db import DamagedDatabase

    try:
        where = ctx.paths.database
    except BrieferError:
        where = None
    found = disk_problem(exc, where)
    if isinstance(exc, DamagedDatabase) and not isinstance(found, DiskFull):
        return None
    return found


def main(argv: list[str] | None = None, *, desktop: bool = False) -> int:
    """``briefer [options] COMMAND``; without a command (or with ``desktop``), the desktop app."""
    args = _desktop_start(argv)
    if args is None:
        args = build_parser(command=command_word(sys.argv[1:] if argv is None else argv)).parse_args(argv)
    ctx = Context(args)
    try:
        if desktop or not getattr(args, "command", None):
            return _launch_gui(ctx)
        return int(args.handler(ctx) or 0)
    except BrieferError as exc:
        return _report(_disk(ctx, exc) or exc)
    except KeyboardInterrupt:
        print("briefer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        # a full disk (or one failing) first: it is no damage, and the user can act on it
        explained = _disk(ctx, exc)
        if explained is None:
            # SQLite failing under a command that opened without the integrity check: say what is wrong
            explained = ctx.explain(exc)
        if explained is None:
            raise
        return _report(explained)
    finally:
        ctx.close()


def _desktop_start(argv: list[str] | None) -> argparse.Namespace | None:
    """The options of a bare ``briefer [--data-dir DIR]`` (the desktop app), else None.

    Registering the sub-commands imports their ten modules (~10 ms of the app's start, every
    start); a start that names no command, asks for no help and gives no unknown option does not
    need them. Anything else (None) is parsed by the whole parser, errors and help included.
    """
    argv = sys.argv[1:] if argv is None else argv
    if any(a.startswith(("-h", "--h")) for a in argv):
        return None
    quick = build_parser(commands=False)

    def refuse(message: str):
        raise _NotBare(message)

    quick.error = refuse  # the whole parser reports the error, with its usage line
    try:
        args, rest = quick.parse_known_args(argv)  # --version prints and exits here as it would there
    except _NotBare:
        return None
    if rest:
        return None
    args.command = None
    return args


class _NotBare(Exception):
    """The arguments are not a bare desktop start."""


def main_desktop(argv: list[str] | None = None) -> int:
    """The ``briefer-gui`` entry point: the desktop app, with the same options as ``briefer`` (e.g. --data-dir)."""
    return main(argv, desktop=True)


def _launch_gui(ctx: Context) -> int:
    """Open the desktop app on the session the command line built (the GUI never imports the cli)."""
    try:
        gui = importlib.import_module("briefer.gui.app")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith(("briefer.gui", "PySide6", "shiboken6")):
            build_parser().print_help()  # every command: the app is not there to open
            return 0
        raise
    return int(gui.run(ctx.session()) or 0)
