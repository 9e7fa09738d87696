"""The schema, as append-only sqlite-utils migrations (m001_…, never edited once released).

Each table holds one record kind. Scalar references are real FOREIGN KEYs;
list-valued references (participants, speakers) are JSON arrays whose ids the
repository checks inside the same transaction. Every table carries ``id``
(UUID), ``revision``, ``created_at`` and ``updated_at``; a test checks that the
columns match the pydantic models after all migrations.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

MIGRATION_SET = "briefer"
migrations = Migrations(MIGRATION_SET)

_BASE = {"id": str, "revision": int, "created_at": str, "updated_at": str}


def _create(db: Database, name: str, columns: dict, *, fks=(), not_null=(), unique=(), indexes=()) -> None:
    db.table(name).create(
        {**_BASE, **columns},
        pk="id",
        foreign_keys=list(fks),
        not_null={"revision", "created_at", "updated_at", *not_null},
    )
    for cols in unique:
        db.table(name).create_index(list(cols), unique=True)
    for cols in indexes:
        db.table(name).create_index(list(cols))


@migrations()
def m001_initial_schema(db: Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key")
    _create(
        db,
        "conference",
        {
            "name": str, "theme": str, "start_date": str, "end_date": str, "city": str,
            "venue": str, "timezone": str, "day_start": str, "day_end": str, "demo": bool,
            "notes": str,
        },
        not_null={"name", "start_date", "end_date", "timezone"},
    )
    _create(
        db,
        "countries",
        {"iso3": str, "who_region": str, "income_group": str, "attended": str, "verified": bool, "notes": str},
        not_null={"iso3"},
        unique=[("iso3",)],
    )
    _create(
        db,
        "organisations",
        {"name": str, "acronym": str, "type": str, "country": str},
        not_null={"name"},
    )
    _create(
        db,
        "rooms",
        {
            "name": str, "venue": str, "floor": str, "capacity": int,
            "suitable_for_bilaterals": bool, "has_interpretation_booths": bool,
        },
        not_null={"name"},
    )
    _create(
        db,
        "people",
        {
            "honorific": str, "given_name": str, "family_name": str, "organisation_id": str,
            "country": str, "position": str, "languages": str, "biography": str, "email": str,
            "phone": str, "principal_title": str, "illustrative": bool,
        },
        fks=[("organisation_id", "organisations", "id")],
        not_null={"family_name"},
        indexes=[("family_name",), ("country",)],
    )
    _create(
        db,
        "delegations",
        {
            "country": str, "organisation_id": str, "name": str, "host": bool, "members": str,
            "interpretation_languages": str, "notes": str,
        },
        fks=[("organisation_id", "organisations", "id")],
    )
    _create(
        db,
        "sessions",
        {
            "start": str, "end": str, "title": str, "session_kind": str, "room_id": str,
            "description": str, "chair_id": str, "speaker_ids": str, "attendee_ids": str,
            "speaking_role": str, "speaking_notes": str, "external_uid": str,
            "classification": str, "illustrative": bool,
        },
        fks=[("room_id", "rooms", "id"), ("chair_id", "people", "id")],
        not_null={"start", "end", "title"},
        indexes=[("start",), ("external_uid",)],
    )
    _create(
        db,
        "meetings",
        {
            "start": str, "end": str, "principal_id": str, "counterpart_country": str,
            "counterpart_organisation_id": str, "counterpart_ids": str, "room_id": str,
            "room_confirmed": bool, "nl_participant_ids": str, "interpreter_language": str,
            "interpreter_name": str, "note_taker_id": str, "status": str, "title": str,
            "press_line": str, "classification": str, "held_at": str,
        },
        fks=[
            ("principal_id", "people", "id"),
            ("counterpart_organisation_id", "organisations", "id"),
            ("room_id", "rooms", "id"),
            ("note_taker_id", "people", "id"),
        ],
        not_null={"start", "end", "principal_id", "status"},
        indexes=[("start",), ("principal_id",), ("counterpart_country",)],
    )
    _create(
        db,
        "country_briefs",
        {
            "country": str, "summary": str, "amr_situation": str, "nap_level": str,
            "nap_source": str, "one_health": str, "relations_nl": str, "facts": str,
            "key_messages": str, "talking_points": str, "defensive_lines": str, "asks": str,
            "offers": str, "background": str, "sources": str, "status": str,
            "classification": str, "author": str, "illustrative": bool,
        },
        not_null={"country", "status"},
        unique=[("country",)],
    )
    _create(
        db,
        "meeting_briefs",
        {
            "meeting_id": str, "objectives": str, "key_messages": str, "talking_points": str,
            "expected_positions": str, "defensive_lines": str, "background": str,
            "status": str, "classification": str, "author": str,
        },
        fks=[("meeting_id", "meetings", "id")],
        not_null={"meeting_id", "status"},
        unique=[("meeting_id",)],
    )
    _create(
        db,
        "notes",
        {
            "meeting_id": str, "session_id": str, "author": str, "author_id": str,
            "note_kind": str, "body": str, "classification": str,
        },
        fks=[("meeting_id", "meetings", "id"), ("session_id", "sessions", "id"), ("author_id", "people", "id")],
        indexes=[("meeting_id",)],
    )
    _create(
        db,
        "outcomes",
        {
            "meeting_id": str, "objective_id": str, "objective_met": bool,
            "outcome_kind": str, "text": str,
        },
        fks=[("meeting_id", "meetings", "id")],
        not_null={"meeting_id", "text"},
        indexes=[("meeting_id",)],
    )
    _create(
        db,
        "actions",
        {
            "description": str, "meeting_id": str, "owner_id": str, "owner": str, "due": str,
            "status": str, "country": str,
        },
        fks=[("meeting_id", "meetings", "id"), ("owner_id", "people", "id")],
        not_null={"description", "status"},
        indexes=[("meeting_id",)],
    )
    _create(
        db,
        "attachments",
        {
            "title": str, "filename": str, "media_type": str, "size": int, "sha256": str,
            "meeting_id": str, "session_id": str, "country_brief_id": str,
            "classification": str, "content": bytes,
        },
        fks=[
            ("meeting_id", "meetings", "id"),
            ("session_id", "sessions", "id"),
            ("country_brief_id", "country_briefs", "id"),
        ],
        not_null={"title", "filename"},
    )
    # Every version of every record, so history can be listed and restored and
    # a merge can find the common ancestor of two edits.
    db.table("revisions").create(
        {
            "seq": int, "record_table": str, "record_id": str, "revision": int, "data": str,
            "changed_at": str, "changed_by": str, "action": str,
        },
        pk="seq",
        not_null={"record_table", "record_id", "revision", "data", "changed_at", "action"},
    )
    db.table("revisions").create_index(["record_table", "record_id", "revision"], unique=True)
    # Deletions are remembered so that an exchange can carry them to other laptops.
    db.table("tombstones").create(
        {"record_table": str, "record_id": str, "revision": int, "deleted_at": str, "deleted_by": str},
        pk=("record_table", "record_id"),
    )
    # Search: one document per searchable record, in two FTS5 indexes — short
    # "records" (people, countries, meetings, briefs…) and long note bodies — so
    # that a common word in 50,000 notes never slows finding a person by name.
    for name in ("search_records", "search_notes"):
        db.table(name).create(
            {"rowid": int, "kind": str, "record_table": str, "record_id": str, "title": str, "body": str},
            pk="rowid",
            not_null={"kind", "record_table", "record_id"},
        )
        db.table(name).create_index(["record_table", "record_id"], unique=True)
        db.executescript(
            f"""
            CREATE VIRTUAL TABLE {name}_fts USING fts5(
                title, body, content='{name}', content_rowid='rowid',
                tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
            );
            CREATE TRIGGER {name}_ai AFTER INSERT ON {name} BEGIN
                INSERT INTO {name}_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
            END;
            CREATE TRIGGER {name}_ad AFTER DELETE ON {name} BEGIN
                INSERT INTO {name}_fts({name}_fts, rowid, title, body)
                    VALUES ('delete', old.rowid, old.title, old.body);
            END;
            CREATE TRIGGER {name}_au AFTER UPDATE ON {name} BEGIN
                INSERT INTO {name}_fts({name}_fts, rowid, title, body)
                    VALUES ('delete', old.rowid, old.title, old.body);
                INSERT INTO {name}_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
            END;
            """
        )


@migrations()
def m004_exchange_conflicts(db: Database) -> None:
    """Conflict copies from bundle imports, and versions a merge knows to be superseded.

    ``conflicts`` keeps the other side's version of a record changed on both
    laptops (never silently overwritten) until someone resolves it.
    ``exchange_superseded`` remembers versions (by content hash) that the
    current record already includes although they never were current here —
    an imported fast-forward's ancestors, a resolved conflict copy — so the
    next exchange does not raise the same conflict again.
    """
    db.table("conflicts").create(
        {
            "id": str, "record_table": str, "record_id": str, "version": str, "data": str,
            "ancestors": str, "source_install": str, "imported_at": str, "status": str,
            "resolved_at": str, "resolved_by": str, "resolution": str,
        },
        pk="id",
        not_null={"record_table", "record_id", "version", "data", "ancestors", "imported_at", "status"},
    )
    db.table("conflicts").create_index(["record_table", "record_id", "version"], unique=True)
    db.table("conflicts").create_index(["status"])
    db.table("exchange_superseded").create(
        {"record_table": str, "record_id": str, "version": str},
        pk=("record_table", "record_id", "version"),
    )


def known_names() -> set[str]:
    return {m.name for m in migrations._migrations}
