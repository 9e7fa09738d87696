"""The store: one open database and a repository per record kind.

``Store`` is what the services, the command line and the GUI receive — never
a raw connection. It is opened once by a composition root (``cli`` or
``gui.app``) and passed down; there are no module-level singletons.
"""

from __future__ import annotations

import contextlib
import uuid
from pathlib import Path
from typing import Iterator

from sqlite_utils import Database

from briefer.errors import NotFound, Refused, StoreError
from briefer.model import (
    Action,
    Attachment,
    Conference,
    Country,
    CountryBrief,
    Delegation,
    Meeting,
    MeetingBrief,
    Note,
    Organisation,
    Outcome,
    Person,
    Room,
    Session,
    TopicProfile,
    TopicValue,
)
from briefer.model.base import Record
from briefer.disk import disk_problem
from briefer.store.db import DatabaseError, is_encrypted
from briefer.store.checklist import Checklist
from briefer.store.current_revision import CURRENT
from briefer.store.drafts import Drafts
from briefer.store.repository import ROW_JSON, Repository, TableSpec, stored_timestamp
from briefer.store.search import Preview, SearchHit, SearchIndex
from briefer.store.wholefile import checked as checked_mark
from briefer.store.wholefile.hold import EXCLUSIVE, Hold
from briefer.user import default_user

SPECS: tuple[TableSpec, ...] = (
    TableSpec("conference", Conference, search=None),
    TableSpec("countries", Country, order_by="iso3"),
    TableSpec("organisations", Organisation, order_by="name"),
    TableSpec("rooms", Room, order_by="name", search=None),
    TableSpec("people", Person, refs={"organisation_id": "organisations"}, order_by="family_name, given_name"),
    TableSpec("delegations", Delegation, refs={"organisation_id": "organisations"}, order_by="name", search=None),
    TableSpec(
        "sessions",
        Session,
        refs={"room_id": "rooms", "chair_id": "people", "speaker_ids": "people", "attendee_ids": "people"},
        order_by="start",
    ),
    TableSpec(
        "meetings",
        Meeting,
        refs={
            "principal_id": "people",
            "counterpart_organisation_id": "organisations",
            "counterpart_ids": "people",
            "room_id": "rooms",
            "nl_participant_ids": "people",
            "note_taker_id": "people",
        },
        order_by="start",
    ),
    TableSpec("country_briefs", CountryBrief, order_by="country"),
    # a conference's topic indicators and each country's values (briefer.model.topics)
    TableSpec("topic_profiles", TopicProfile, order_by="created_at", search=None),
    TableSpec("topic_values", TopicValue, refs={"profile_id": "topic_profiles"}, order_by="country, created_at"),
    TableSpec("meeting_briefs", MeetingBrief, refs={"meeting_id": "meetings", "lead_id": "people"}),
    TableSpec(
        "notes", Note, refs={"meeting_id": "meetings", "session_id": "sessions", "author_id": "people"}, search="notes"
    ),
    TableSpec("outcomes", Outcome, refs={"meeting_id": "meetings"}),
    TableSpec("actions", Action, refs={"meeting_id": "meetings", "owner_id": "people"}, order_by="due, created_at"),
    TableSpec(
        "attachments",
        Attachment,
        refs={"meeting_id": "meetings", "session_id": "sessions", "country_brief_id": "country_briefs"},
        extra_columns=("content",),
    ),
)
SPEC_BY_TABLE = {s.table: s for s in SPECS}
SPEC_BY_MODEL = {s.model: s for s in SPECS}


class Store:
    """An open Briefer database with typed repositories."""

    def __init__(self, db: Database, path: Path | None = None, *, user: str | None = None,
                 passphrase: str | None = None, backup_dir: Path | None = None):
        self.db = db
        self._closed = False
        self.path = path
        self.user = user or default_user()
        # Kept so that backups can be encrypted with the same key (see store/wholefile/backup.py).
        self.passphrase = passphrase or None
        self.backup_dir = backup_dir if backup_dir is not None else (path.parent / "backups" if path else None)
        self.search_index = SearchIndex(self)
        self.drafts = Drafts(self)
        self._writes_blocked: str | None = None
        #: The integrity check passed on this file since it was opened (then a clean close marks it checked).
        self.passed_check = False
        #: The file matched its "checked" mark before :meth:`open` touched it.
        self.unchanged_at_open = False
        #: This store's shared hold on its file (set by :meth:`open`; see briefer/store/wholefile/hold.py).
        self.hold: Hold | None = None
        #: Temporary files of killed whole-file operations that opening removed (``briefer check`` names them).
        self.tidied: list[Path] = []
        #: True for the store ``store/wholefile/fresh.py`` fills: a new connection that has opened no full-text table
        #: yet, closed after the fill — the one case an index may be built on the side and copied in.
        self.filling_new_file = False
        self.checklist = Checklist(self)
        self.conference_repo: Repository[Conference] = Repository(self, SPEC_BY_TABLE["conference"])
        self.countries: Repository[Country] = Repository(self, SPEC_BY_TABLE["countries"])
        self.organisations: Repository[Organisation] = Repository(self, SPEC_BY_TABLE["organisations"])
        self.rooms: Repository[Room] = Repository(self, SPEC_BY_TABLE["rooms"])
        self.people: Repository[Person] = Repository(self, SPEC_BY_TABLE["people"])
        self.delegations: Repository[Delegation] = Repository(self, SPEC_BY_TABLE["delegations"])
        self.sessions: Repository[Session] = Repository(self, SPEC_BY_TABLE["sessions"])
        self.meetings: Repository[Meeting] = Repository(self, SPEC_BY_TABLE["meetings"])
        self.country_briefs: Repository[CountryBrief] = Repository(self, SPEC_BY_TABLE["country_briefs"])
        self.topic_profiles: Repository[TopicProfile] = Repository(self, SPEC_BY_TABLE["topic_profiles"])
        self.topic_values: Repository[TopicValue] = Repository(self, SPEC_BY_TABLE["topic_values"])
        self.meeting_briefs: Repository[MeetingBrief] = Repository(self, SPEC_BY_TABLE["meeting_briefs"])
        self.notes: Repository[Note] = Repository(self, SPEC_BY_TABLE["notes"])
        self.outcomes: Repository[Outcome] = Repository(self, SPEC_BY_TABLE["outcomes"])
        self.actions: Repository[Action] = Repository(self, SPEC_BY_TABLE["actions"])
        self.attachments: Repository[Attachment] = Repository(self, SPEC_BY_TABLE["attachments"])

    # ------------------------------------------------------------ lifecycle
    @classmethod
    def open(cls, path: Path, *, passphrase: str | None = None, user: str | None = None,
             backup_dir: Path | None = None, check: bool = True) -> "Store":
        """Open ``path``: key, quick_check, backup before migrating (into ``backup_dir``,
        default ``backups/`` beside the file), migrations.

        ``check=False`` skips the quick_check (seconds on a very large file) and opens
        the store with writes blocked: the caller runs :func:`briefer.store.db.quick_check`
        on another connection and calls :meth:`allow_writes` when it passed — so a
        damaged database is still never written to, and the window opens at once.
        """
        from briefer.store.wholefile.opening import (
            NOT_BRIEFERS, crash_left_wal, open_checked, prepare_file, rebuild_unfinished,
        )
        from briefer.store.wholefile.private import tighten

        path = Path(path)
        backup_dir = backup_dir if backup_dir is not None else path.parent / "backups"
        # Shared for as long as the store is open: no restore, fill or encryption replaces the file
        # under it (briefer/store/wholefile/). Taken after what a killed whole-file operation left is
        # dealt with and a missing file is created (both need the database alone).
        hold = Hold(path)
        # before anything opens it (finishing a killed operation, a WAL's recovery): as last checked?
        unchanged = checked_mark.unchanged_since_check(path)
        try:
            was_encrypted = path.is_file() and is_encrypted(path)
            tidied = prepare_file(path, passphrase, hold, backup_dir=backup_dir)
            if was_encrypted and not is_encrypted(path):
                passphrase = None  # it finished an interrupted decryption
            checked = check or crash_left_wal(path, hold)  # after a crash, check before anything can write
            hold.share()
            try:
                db = open_checked(path, passphrase, backup_dir=backup_dir, readonly_check=checked)
            except StoreError as exc:
                # A first start of an older Briefer, interrupted, left Briefer's tables and nothing
                # else: build the database anew instead of refusing the file for ever.
                if exc.message != NOT_BRIEFERS or not rebuild_unfinished(path, passphrase, hold):
                    raise
                hold.share()
                db = open_checked(path, passphrase, backup_dir=backup_dir, readonly_check=checked)
            tighten(path)  # a Briefer database, now known: owner-only from here on
        except BaseException:
            hold.release()
            raise
        store = cls(db, path, user=user, passphrase=passphrase, backup_dir=backup_dir)
        store.hold = hold
        store.tidied = tidied
        store.passed_check = checked
        store.unchanged_at_open = unchanged
        if not check:
            store.block_writes("Briefer is still checking the database; try again in a moment")
        else:
            checked_mark.forget(path)  # writes may begin: the file will no longer be the one last checked
        return store

    @classmethod
    def memory(cls, *, user: str | None = None) -> "Store":
        """An in-memory store, for tests and previews: made as a new file is, from the shipped schema
        script (replaying every migration only when the script does not stand for this release)."""
        from briefer.store.db import connect
        from briefer.store.schema_snapshot import make_schema

        db = Database(connect(Path(":memory:")))
        make_schema(db)
        return cls(db, None, user=user or "test")

    @property
    def closed(self) -> bool:
        """True once :meth:`close` ran: work queued for this store (a deferred check) must not touch it."""
        return self._closed

    def close(self) -> None:
        self._closed = True
        self.db.close()
        if self.hold is not None:
            # the last Briefer to close a file that passed the check this session marks it so:
            # the next start may write before its own check has finished (wholefile/checked.py)
            if self.passed_check and self.path is not None and self.hold.try_acquire(EXCLUSIVE, 0):
                checked_mark.record(self.path)
            self.hold.release()
            self.hold = None

    def reconnect(self, db: Database) -> None:
        """Use ``db`` from now on: the file at ``path`` was replaced (see ``store/wholefile/fresh.py``).

        State tied to the old connection (the search index's TEMP vocabulary tables) starts afresh.
        """
        self.db = db
        self._closed = False
        self.search_index = SearchIndex(self)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def write(self) -> Iterator[None]:
        """One transaction around a group of writes; nested calls join the outer one.

        The outermost level takes the write lock up front (BEGIN IMMEDIATE), so a
        second process waits for the busy timeout instead of failing half-way.
        """
        conn = self.db.conn
        if self._writes_blocked:
            raise Refused(self._writes_blocked, file=str(self.path) if self.path else None)
        if conn.in_transaction:
            with self.db.atomic():
                yield
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            else:
                conn.execute("COMMIT")
        except DatabaseError as exc:
            # A full disk (SQLITE_FULL, or "disk I/O error" when the WAL cannot grow) is not a bug:
            # the transaction is undone and the caller gets a message it can show and act on.
            found = disk_problem(exc, self.path, what="the change")
            if found is None:
                raise
            try:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
            except DatabaseError:
                pass  # SQLite rolls back by itself when it cannot
            raise found from exc

    def block_writes(self, reason: str) -> None:
        """Refuse every write with ``reason`` (until the file has been checked, or when it is damaged)."""
        self._writes_blocked = reason

    def allow_writes(self) -> None:
        if self.path is not None:
            checked_mark.forget(self.path)  # writes begin: the file will no longer be the one last checked
        self._writes_blocked = None

    def mark_passed_check(self) -> None:
        """The integrity check passed (on another connection): a clean close may mark the file checked."""
        self.passed_check = True

    def change_marker(self) -> tuple[int, int]:
        """A value that differs once anyone has committed a change to the file since it was taken.

        ``PRAGMA data_version`` moves when another connection (a worker's, another
        process's) commits; this connection's ``total_changes`` when it writes itself
        (rows written to TEMP tables count too: a false "changed" only costs a cache).
        The first view's cache is kept only when Today's rows were read with nothing
        committed between their read and the close (``briefer.gui.today.today_snapshot``).
        """
        conn = self.db.conn
        return conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes

    def unchanged_since_check(self) -> bool:
        """Is the file what the last passed check saw (its mark matches, no journal left)? Then writes
        may be allowed before this start's own check finishes."""
        return self.unchanged_at_open and self.path is not None and checked_mark.unchanged_since_check(self.path)

    @property
    def writable(self) -> bool:
        return self._writes_blocked is None

    # ------------------------------------------------------------ conference
    def conference(self) -> Conference | None:
        rows = self.conference_repo.list()
        return rows[0] if rows else None

    def require_conference(self) -> Conference:
        conf = self.conference()
        if conf is None:
            raise NotFound("this database holds no conference yet; run 'briefer demo' or create one")
        return conf

    # ------------------------------------------------------------ generic
    def repositories(self) -> list[Repository]:
        return [self.repo_for_table(s.table) for s in SPECS]

    def repo_for_table(self, table: str) -> Repository:
        attr = {"conference": "conference_repo"}.get(table, table)
        return getattr(self, attr)

    def repo_for(self, model: type[Record]) -> Repository:
        return self.repo_for_table(SPEC_BY_MODEL[model].table)

    def is_empty(self) -> bool:
        return all(r.count() == 0 for r in self.repositories())

    def counts(self) -> dict[str, int]:
        return {s.table: self.repo_for_table(s.table).count() for s in SPECS}

    def record_revision(self, table: str, obj: Record, action: str) -> None:
        """Keep ``obj`` (just written to ``table``) as its revision: the row says CURRENT, the record's
        own row holds the version (see briefer/store/current_revision.py)."""
        self.db.execute(
            "INSERT OR REPLACE INTO revisions (record_table, record_id, revision, data, changed_at, changed_by, action) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [table, obj.id, obj.revision, CURRENT, stored_timestamp(obj.updated_at), self.user, action],
        )

    def record_revisions(self, table: str, objs: list[Record], action: str,
                         texts: "dict[str, str] | None" = None) -> None:
        """:meth:`record_revision` for a batch (bulk loads). A record given twice keeps its earlier version
        as JSON (``texts``: record id -> its JSON, when known); the last one is the current one."""
        texts = texts or {}
        last = {o.id: i for i, o in enumerate(objs)}
        self.db.conn.executemany(
            "INSERT OR REPLACE INTO revisions (record_table, record_id, revision, data, changed_at, changed_by, action) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (table, o.id, o.revision,
                 CURRENT if last[o.id] == i else texts.get(o.id) or ROW_JSON.encode(o.model_dump(mode="json")),
                 stored_timestamp(o.updated_at), self.user, action)
                for i, o in enumerate(objs)
            ],
        )

    def dependents(self, table: str, record_id: str) -> dict[str, int]:
        """Which other records refer to ``record_id`` (by foreign key or id list)."""
        out: dict[str, int] = {}
        for spec in SPECS:
            for fieldname, target in spec.refs.items():
                if target != table:
                    continue
                repo = self.repo_for_table(spec.table)
                if fieldname in repo.json_fields:
                    sql = (
                        f"SELECT count(*) FROM [{spec.table}] WHERE EXISTS "
                        f"(SELECT 1 FROM json_each([{spec.table}].[{fieldname}]) WHERE value = ?)"
                    )
                else:
                    sql = f"SELECT count(*) FROM [{spec.table}] WHERE [{fieldname}] = ?"
                n = self.db.execute(sql, [record_id]).fetchone()[0]
                if n:
                    out[spec.model.kind] = out.get(spec.model.kind, 0) + n
        return out

    # ------------------------------------------------------------ search
    def search(self, text: str, *, limit: int = 20, order: str = "best") -> list[SearchHit]:
        """The exact best matches over every record and note (``order="newest"``: newest first)."""
        return self.search_index.search(text, limit=limit, order=order)

    def search_preview(self, text: str, *, limit: int = 20) -> Preview:
        """Matches quick enough for every keystroke, and whether they are already the exact best ones."""
        return self.search_index.preview(text, limit=limit)

    # ------------------------------------------------------------ metadata
    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.write():
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])

    def install_id(self) -> str:
        """A random id for this database, so exchanged bundles can say where they came from."""
        existing = self.meta("install_id")
        if existing:
            return existing
        new = str(uuid.uuid4())
        self.set_meta("install_id", new)
        return new

    # ------------------------------------------------------------ attachments
    def attachment_content(self, attachment_id: str) -> bytes:
        row = self.db.execute("SELECT content FROM attachments WHERE id = ?", [attachment_id]).fetchone()
        if row is None:
            raise NotFound(f"no attachment with id {attachment_id}")
        return bytes(row[0] or b"")

    def add_attachment(self, attachment: Attachment, content: bytes) -> Attachment:
        import hashlib

        attachment = attachment.evolve(size=len(content), sha256=hashlib.sha256(content).hexdigest())
        with self.write():
            saved = self.attachments.add(attachment)
            self.set_attachment_content(saved.id, content)
        return saved

    def set_attachment_content(self, attachment_id: str, content: bytes) -> None:
        """Store the bytes of an attachment whose metadata is already stored."""
        self.db.execute("UPDATE attachments SET content = ? WHERE id = ?", [content, attachment_id])
