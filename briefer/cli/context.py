"""What a command needs from its surroundings: the resolved paths and an open store.

The store is opened lazily, once, and closed when the command ends — so
``briefer --version`` or ``--help`` never touch the disk.

Passphrases: ``BRIEFER_PASSPHRASE`` (scripts, tests); otherwise, when the
database is encrypted and stdin is a terminal, a ``getpass`` prompt (never
echoed); otherwise a clear error. A passphrase is only used for an encrypted
file — a plain database opens as it is.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

from briefer import paths as paths_mod
from briefer.errors import BrieferError, Refused
from briefer.session import ENV_PASSPHRASE, Session

if TYPE_CHECKING:
    from briefer.store import Store

ENV_NEW_PASSPHRASE = "BRIEFER_NEW_PASSPHRASE"


class Context:
    def __init__(self, args: argparse.Namespace):
        self.args = args
        self._store: Store | None = None
        self._paths: paths_mod.Paths | None = None
        self._passphrase: str | None = None
        self._closers: list = []

    @property
    def paths(self) -> paths_mod.Paths:
        if self._paths is None:
            # the one check of the database's file type, before any command or the app opens it
            self._paths = paths_mod.check_special_files(paths_mod.resolve(getattr(self.args, "data_dir", None)))
        return self._paths

    def session(self) -> Session:
        """What the desktop app starts from: these paths, the environment's passphrase and user."""
        return Session.from_environment(self.paths)

    # ------------------------------------------------------------ passphrases
    def _interactive(self) -> bool:
        try:
            return sys.stdin is not None and sys.stdin.isatty()
        except (AttributeError, ValueError):
            return False

    def prompt_secret(self, prompt: str) -> str:
        """Ask without echo (getpass); only called when stdin is a terminal."""
        return getpass.getpass(prompt)

    def passphrase(self, path=None) -> str | None:
        """The passphrase of an encrypted database (env, else prompt); None for a plain one.

        ``path``: the file that decides (default: the database; ``restore``
        passes the backup, which may be encrypted while the database is missing).
        """
        if self._passphrase is not None:
            return self._passphrase
        from briefer.store.fileformat import is_encrypted

        if not is_encrypted(path or self.paths.database):
            return None
        env = os.environ.get(ENV_PASSPHRASE)
        if env:
            self._passphrase = env
        elif self._interactive():
            self._passphrase = self.prompt_secret(f"Passphrase for {path or self.paths.database}: ")
        else:
            from briefer.store.db import PassphraseRequired

            raise PassphraseRequired(
                f"the database is encrypted (or not a Briefer database): set {ENV_PASSPHRASE} or run the command in a terminal "
                "to be asked for the passphrase",
                file=str(path or self.paths.database),
            )
        return self._passphrase

    def new_passphrase(self, what: str = "New passphrase", env: str = ENV_PASSPHRASE) -> str:
        """A new passphrase: from ``env``, else asked twice without echo."""
        value = os.environ.get(env)
        if value:
            return value
        if not self._interactive():
            raise Refused(f"no passphrase given: set {env} or run the command in a terminal to be asked")
        first = self.prompt_secret(f"{what}: ")
        second = self.prompt_secret(f"{what} (again): ")
        if first != second:
            raise Refused("the two passphrases differ; nothing was changed")
        return first

    # ------------------------------------------------------------ store
    @property
    def reads_only(self) -> bool:
        """Whether the command only reads (``set_defaults(reads_only=True)`` in its parser)."""
        return bool(getattr(self.args, "reads_only", False))

    def store(self) -> Store:
        """The store, opened once: checked for a command that writes, unchecked for one that reads.

        ``PRAGMA quick_check`` costs seconds on a large file. A command that writes
        (or migrates) always checks first — a damaged file is never written to — and
        takes the first backup of the day after the check. A command that only reads
        skips both and cannot write; if it meets damage, :meth:`explain` turns
        SQLite's error into the same message a checked open gives.
        """
        if self._store is None:
            from briefer.store.access import open_store

            paths_mod.ensure_data_dir(self.paths)
            checked = not self.reads_only
            self._store = open_store(
                self.paths.database, self.passphrase(), backup_dir=self.paths.backups,
                check=checked, daily_backup=checked,
            )
            if not checked:
                self._store.block_writes("this command only reads the database")
        return self._store

    def listing(self):
        """The database opened the light way for a list (``briefer.store.listing``), or None: use :meth:`store`.

        Closed with the command, like the store.
        """
        if self._store is not None or not self.reads_only:
            return None
        from briefer.store.listing import open_for_listing

        paths_mod.ensure_data_dir(self.paths)  # as store(): a data dir that cannot be made is said so
        found = open_for_listing(self.paths.database, self.passphrase(), self.paths.backups)
        if found is not None:
            self._closers.append(found.close)
        return found

    def explain(self, exc: BaseException) -> BrieferError | None:
        """A user message for a database error met while running, or None if it is not one."""
        if self._store is None:
            return None
        from briefer.store.access import diagnose_read_error

        return diagnose_read_error(self.paths.database, self._passphrase, self.paths.backups, exc)

    def close(self) -> None:
        while self._closers:
            self._closers.pop()()
        if self._store is not None:
            self._store.close()
            self._store = None

    # Output goes through these so tests can capture it and pipes behave.
    def out(self, text: str = "") -> None:
        print(text, file=sys.stdout)

    def err(self, text: str) -> None:
        print(text, file=sys.stderr)
