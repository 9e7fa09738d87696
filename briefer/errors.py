"""Errors with meaning: each names the file, record and field that went wrong.

Only the outermost layer decides how to show one — the command line prints a
single line and exits with ``exit_code``; the GUI shows a dialog. Nothing in
the core prints or exits.
"""

from __future__ import annotations


class BrieferError(Exception):
    """A problem the user can understand and act on (never a programming error)."""

    exit_code = 1

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        record: str | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.record = record
        self.field = field

    def __str__(self) -> str:
        where = []
        if self.file:
            where.append(str(self.file))
        if self.record:
            where.append(self.record)
        if self.field:
            where.append(f"field '{self.field}'")
        prefix = ": ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


class CheckFailed(BrieferError):
    """A check (``briefer check``, ``check --schedule``) ran and found errors: the command exits 1."""

    exit_code = 1


class InvalidRecord(BrieferError):
    """A record failed validation; ``field`` names the offending field."""


class NotFound(BrieferError):
    """A record asked for by id or name does not exist."""

    exit_code = 3


class Ambiguous(BrieferError):
    """A name given on the command line matches more than one record."""

    exit_code = 3


class StaleRevision(BrieferError):
    """A save was based on an older revision than the one stored: refused, not applied."""

    exit_code = 4


class StoreError(BrieferError):
    """The database file cannot be used (corrupt, not a Briefer database, newer schema)."""

    exit_code = 5


class DataDirError(BrieferError):
    """The data directory cannot be created or written."""

    exit_code = 5


class Refused(BrieferError):
    """An operation was refused to protect existing data (e.g. demo into a full database)."""

    exit_code = 6


class ImportFailed(BrieferError):
    """An import (calendar, bundle, JSON) was refused whole; nothing was changed."""

    exit_code = 7
