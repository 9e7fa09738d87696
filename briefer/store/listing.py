"""The command line's lists, read with plain SQL: no sqlite-utils, no pydantic, no models.

``briefer list meetings`` shows six columns of a few tables; opening the store for it
imported sqlite-utils, pydantic and every model and validated every row (about two
thirds of its 0.4–1 s). :func:`open_for_listing` opens the file the light way only when
nothing about it needs the store's own open: the file exists, its schema is this
Briefer's (no migration due, none unknown), no killed whole-file operation left work
and no crash left a WAL. Otherwise it returns None and the caller opens the store as
before — which migrates, tidies, checks and explains errors as it always did. The rows
were validated when written; what is read here is shown, never written back.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from briefer.store.wholefile.dbfiles import side_file
from briefer.store.wholefile.hold import EXCLUSIVE, DatabaseBusy, Hold

#: The migration steps of this Briefer (``briefer.store.migrations``; a test keeps the two equal).
SCHEMA_STEPS = frozenset({
    "m001_initial_schema",
    "m002_packs_print_register",
    "m003_schedule_walking_times",
    "m004_exchange_conflicts",
    "m006_notes_drafts",
    "m007_meeting_checklist",
    "m090_search_prefix_index",
    "m091_search_prefix_three",
    "m092_packs_speaker_notes_release",
    "m100_conference_settings_organisations_rooms",
    "m110_topic_profiles",
    "m120_people_names_in_their_order_and_script",
    "m130_search_latin",
    "m140_meeting_brief_point_lead_photo",
    "m150_notes_text_stored_once",
    "m151_reclaim_space",
})
MIGRATION_SET = "briefer"
#: The JSON columns of the tables a list reads (the repositories' ``json_fields``; a test keeps them equal).
JSON_COLUMNS = {"conference": ("day_hours",), "meetings": ("counterpart_ids", "nl_participant_ids"),
                "people": ("languages",), "rooms": (), "organisations": ()}
#: ``MeetingStatus``'s values (a test keeps them equal).
MEETING_STATUSES = ("requested", "confirmed", "held", "cancelled")


class NeedsTheStore(Exception):
    """A row the light reading cannot vouch for: the store's reading reports it as it always did."""


class Listing:
    """An open, read-only view of the database for one command; the command's context closes it."""

    def __init__(self, conn, hold: Hold):
        self.conn = conn
        self._hold = hold

    def close(self) -> None:
        """Close the connection and let go of the hold (again: nothing)."""
        try:
            self.conn.close()
        finally:
            self._hold.release()

    def timezone(self) -> str:
        row = self.conn.execute("SELECT timezone FROM conference ORDER BY rowid LIMIT 1").fetchone()
        return row[0] if row and row[0] else "UTC"

    def _screen(self) -> None:
        """Raise :class:`NeedsTheStore` when a row of a table read here would fail the models' validation
        in a way these reads would not see (malformed JSON); the store then names record and field."""
        for table, columns in JSON_COLUMNS.items():
            for column in columns:
                bad = self.conn.execute(
                    f"SELECT 1 FROM [{table}] WHERE [{column}] IS NOT NULL AND NOT json_valid([{column}]) LIMIT 1"
                ).fetchone()
                if bad:
                    raise NeedsTheStore(f"{table}.{column}")

    def meetings(self) -> list["MeetingLine"]:
        """Every bilateral, in the store's order (start, then the order they were recorded in), with the names its list shows.

        Raises :class:`NeedsTheStore` for a row the models would refuse (the caller reads through the store)."""
        self._screen()
        people = {pid: _full_name(given, family, first) for pid, given, family, first in self.conn.execute(
            "SELECT id, given_name, family_name, family_name_first FROM people")}
        rooms = dict(self.conn.execute("SELECT id, name FROM rooms"))
        orgs = {oid: _short_org(name, name_nl, acronym, in_titles) for oid, name, name_nl, acronym, in_titles in
                self.conn.execute("SELECT id, name, name_nl, acronym, acronym_in_titles FROM organisations")}
        return [MeetingLine(id=mid, start=_instant(start), end=_instant(end), principal=people.get(principal, ""),
                            counterpart_country=country or None,
                            counterpart_organisation=orgs.get(org or ""),
                            room=rooms.get(room) if room else None, status=status)
                for mid, start, end, principal, country, org, room, status in self.conn.execute(
                    "SELECT id, start, [end], principal_id, counterpart_country, counterpart_organisation_id, "
                    "room_id, status FROM meetings ORDER BY start, rowid")
                if _sound(start, end, status)]


@dataclass(frozen=True)
class MeetingLine:
    id: str
    start: datetime
    end: datetime
    principal: str  # "" when the person is missing
    counterpart_country: str | None
    counterpart_organisation: str | None  # its short name (English); None when not found
    room: str | None  # None: no room, or a room that is missing
    status: str


def _full_name(given: str | None, family: str | None, family_first) -> str:
    """As ``Person.full_name``: the Latin-script name in its bearer's order."""
    parts = (family, given) if family_first else (given, family)
    return " ".join(p for p in parts if p)


def _short_org(name: str, name_nl: str | None, acronym: str | None, in_titles) -> str:
    """As ``Organisation.short("en")``: the acronym when titles use it, else the name."""
    return acronym if acronym and in_titles else name


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _sound(start, end, status) -> bool:
    """The values shown are the models' (else :class:`NeedsTheStore`: the store reports the record)."""
    try:
        if status in MEETING_STATUSES and _instant(start).tzinfo is not None and _instant(end).tzinfo is not None:
            return True
    except (TypeError, ValueError, AttributeError):
        pass
    raise NeedsTheStore("meetings")


def open_for_listing(database: Path, passphrase: str | None, backup_dir: Path | None) -> Listing | None:
    """The database opened for reading lists, or None when the store's own open is needed."""
    from briefer.store.wholefile.journal import journal_exists
    from briefer.store.wholefile.strays import find_strays

    database = Path(database)
    try:
        if os.stat(database).st_size == 0:
            return None
    except OSError:
        return None  # missing: the store creates it
    if journal_exists(database) or find_strays(database, backup_dir):
        return None  # work a killed operation left: the store's open finishes it
    hold = Hold(database)
    try:
        if _crash_left_wal(database, hold):
            hold.release()
            return None  # the store's open checks the file before its WAL is folded in
        hold.share()
    except DatabaseBusy:
        hold.release()
        raise  # a whole-file operation outlasted the wait: the store's open would wait as long again
    except Exception:
        hold.release()
        return None
    conn = None
    try:
        import sqlcipher3

        conn = sqlcipher3.connect(str(database), timeout=10.0)
        conn.execute("PRAGMA cipher_log_level = NONE")
        if passphrase:
            conn.execute(_key(passphrase))
        conn.execute("PRAGMA query_only = 1")
        steps = {r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])}
        if steps != SCHEMA_STEPS:
            raise LookupError("a migration is due, or the file is newer")
        return Listing(conn, hold)
    except Exception:
        if conn is not None:
            conn.close()
        hold.release()
        return None  # a wrong key, damage, another schema: the store's open says what is wrong


def _crash_left_wal(database: Path, hold: Hold) -> bool:
    """As the store's open: a non-empty WAL while no other Briefer has the file open."""
    try:
        if side_file(database, "-wal").stat().st_size == 0:
            return False
    except OSError:
        return False
    return hold.try_acquire(EXCLUSIVE, 0)


def _key(passphrase: str) -> str:
    """``briefer.store.db.key_statement`` without importing that module (sqlite-utils); a test keeps them equal."""
    return "PRAGMA key = '" + passphrase.replace("'", "''") + "'"
