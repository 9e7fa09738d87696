"""The schema, as append-only sqlite-utils migrations (m001_…, never edited once released).

Each table holds one record kind. Scalar references are real FOREIGN KEYs;
list-valued references (participants, speakers) are JSON arrays whose ids the
repository checks inside the same transaction. Every table carries ``id``
(UUID), ``revision``, ``created_at`` and ``updated_at``; a test checks that the
columns match the pydantic models after all migrations.
"""

from __future__ import annotations

import json
import uuid
from functools import lru_cache

import sqlcipher3
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
def m002_packs_print_register(db: Database) -> None:
    # Every printed pack, addendum and one-meeting brief: its copy number, for whom,
    # and a digest per part so "changes since copy N" can be answered later.
    db.table("print_register").create(
        {
            "number": int, "kind": str, "printed_at": str, "printed_by": str, "recipient_id": str,
            "recipient_name": str, "meeting_id": str, "lang": str, "version": int,
            "classification": str, "draft": bool, "digest": str, "parts": str,
            "base_number": int, "filename": str, "pages": int,
            "period_start": str, "period_end": str, "sections": str,
        },
        pk="number",
        not_null={"kind", "printed_at", "recipient_id", "version", "parts"},
    )
    db.table("print_register").create_index(["recipient_id", "kind"])


@migrations()
def m003_schedule_walking_times(db: Database) -> None:
    """Walking minutes between two rooms (stored once per pair) and a default per venue."""
    # ON DELETE CASCADE: deleting a room takes its walking times with it.
    db.execute(
        """CREATE TABLE walking_times (
            room_a TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
            room_b TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
            minutes INTEGER NOT NULL,
            PRIMARY KEY (room_a, room_b)
        )"""
    )
    db.table("walking_defaults").create({"venue": str, "minutes": int}, pk="venue", not_null={"minutes"})


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


@migrations()
def m006_notes_drafts(db: Database) -> None:
    """Autosaved note drafts: written every second while typing, without a revision each time.

    A draft is the text of a note that has not been committed as a revision yet;
    on the next start any draft left behind by a crash is offered back.
    """
    db.table("drafts").create(
        {"key": str, "record_table": str, "record_id": str, "meeting_id": str, "body": str, "saved_at": str},
        pk="key",
        not_null={"body", "saved_at"},
    )


@migrations()
def m007_meeting_checklist(db: Database) -> None:
    """Talking points ticked off in meeting mode: one row per (meeting, point text) while ticked.

    The points themselves live in the (meeting or country) brief as a JSON list
    without ids, so a tick is keyed by the point's text; editing a point's text
    later simply un-ticks it. Not a revisioned record: a tick is a working
    mark during the meeting, not content a pack or a merge must carry.
    """
    db.table("meeting_checklist").create(
        {"meeting_id": str, "point": str, "ticked_at": str},
        pk=("meeting_id", "point"),
        not_null={"ticked_at"},
    )


def _search_fts(db: Database, name: str, prefix: str) -> None:
    """(Re)create the FTS5 index over the documents table ``name`` and the triggers that keep it current."""
    db.execute(
        f"""
        CREATE VIRTUAL TABLE {name}_fts USING fts5(
            title, body, content='{name}', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2'{f", prefix='{prefix}'" if prefix else ""}
        )"""
    )
    db.execute(
        f"""CREATE TRIGGER {name}_ai AFTER INSERT ON {name} BEGIN
            INSERT INTO {name}_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
        END"""
    )
    db.execute(
        f"""CREATE TRIGGER {name}_ad AFTER DELETE ON {name} BEGIN
            INSERT INTO {name}_fts({name}_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
        END"""
    )
    db.execute(
        f"""CREATE TRIGGER {name}_au AFTER UPDATE ON {name} BEGIN
            INSERT INTO {name}_fts({name}_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
            INSERT INTO {name}_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
        END"""
    )
    db.execute(f"INSERT INTO {name}_fts({name}_fts) VALUES ('rebuild')")


@migrations()
def m090_search_prefix_index(db: Database) -> None:
    """Prefix index for one to four characters (was three): a four-letter prefix of a
    common word ("anti", "resi") otherwise makes FTS5 merge tens of thousands of
    postings twice per query; see briefer/store/search.py and benchmarks/README.md."""
    for name in ("search_records", "search_notes"):
        for trigger in ("ai", "ad", "au"):
            db.execute(f"DROP TRIGGER IF EXISTS {name}_{trigger}")
        db.execute(f"DROP TABLE IF EXISTS {name}_fts")
        _search_fts(db, name, "1 2 3 4")


@migrations()
def m091_search_prefix_three(db: Database) -> None:
    """Prefix index for one to three characters again (undoes m090's fourth): indexing 50,000
    notes took 13.4 s with it and 8.0 s without, the longest step of restoring an archive.
    A four-letter final word is now spelled out as the whole terms it begins, like longer
    ones (briefer/store/search.py); benchmarks/README.md (Search, Exchange) has the figures."""
    for name in ("search_records", "search_notes"):
        for trigger in ("ai", "ad", "au"):
            db.execute(f"DROP TRIGGER IF EXISTS {name}_{trigger}")
        db.execute(f"DROP TABLE IF EXISTS {name}_fts")
        _search_fts(db, name, "1 2 3")


@migrations()
def m092_packs_speaker_notes_release(db: Database) -> None:
    """Speaking notes per speaker (a session's several speakers each have their own), and in the
    print register the language-free content digest that versions compare (a Dutch and an
    English print of the same content are one version) and who overrode the final gate, and why.
    Existing sessions keep their notes in ``speaking_notes``: they are the lead speaker's."""
    db.table("sessions").add_column("speaker_notes", str, not_null_default="[]")
    for column in ("content_digest", "override_by", "override_reason"):
        db.table("print_register").add_column(column, str, not_null_default="")


@migrations()
def m100_conference_settings_organisations_rooms(db: Database) -> None:
    """Any conference, not only the first: a Dutch conference name and opening hours per day;
    organisations with a Dutch name, the article each language names them with ("the
    European Commission") and whether titles use the acronym ("FAO", as before); rooms with a kind. Existing rows keep what they were: no Dutch
    names, no articles ("Bilateral with FAO" stays as it was), no day overrides, kind "other"."""
    db.table("conference").add_column("name_nl", str, not_null_default="")
    db.table("conference").add_column("day_hours", str, not_null_default="{}")
    for column in ("name_nl", "article_en", "article_nl"):
        db.table("organisations").add_column(column, str, not_null_default="")
    db.table("organisations").add_column("acronym_in_titles", bool, not_null_default=1)
    db.table("rooms").add_column("room_kind", str, not_null_default="other")


@migrations()
def m120_people_names_in_their_order_and_script(db: Database) -> None:
    """Names from every culture: family name first, the native-script form, the Dutch form of
    address and a pronunciation hint. People already recorded from countries where the family
    name comes first (East Asia, Viet Nam) get that order — only the display changes, no name
    field is rewritten; anyone can switch it back."""
    family_first = ("CHN", "HKG", "JPN", "KHM", "KOR", "MAC", "MNG", "PRK", "TWN", "VNM")  # frozen here, as released
    people = db.table("people")
    for column in ("honorific_nl", "native_name", "pronunciation"):
        people.add_column(column, str, not_null_default="")
    people.add_column("family_name_first", bool, not_null_default=0)
    marks = ", ".join("?" for _ in family_first)
    db.execute(f"UPDATE people SET family_name_first = 1 WHERE country IN ({marks})", family_first)


@migrations()
def m130_search_latin(db: Database) -> None:
    """Words only their Latin form can find (Yıldırım, Weiß, Коваленко), beside that form, so a search
    for what an advisor can type ("Yildirim", "Weiss", "Kovalenko") finds them (briefer/store/search.py:
    remember_latin). Filled from the existing search documents; the full-text indexes are unchanged."""
    from briefer.store.search import fill_latin

    db.execute("CREATE TABLE search_latin (latin TEXT NOT NULL, word TEXT NOT NULL, PRIMARY KEY (latin, word)) "
               "WITHOUT ROWID")
    fill_latin(db.conn)


@migrations()
def m140_meeting_brief_point_lead_photo(db: Database) -> None:
    """A meeting brief's point in one sentence, who leads the conversation and the photo opportunity
    (printed at the top of each bilateral in a pack, shown first on Today). Existing briefs have
    none of them: empty, as a brief without them always was."""
    table = db.table("meeting_briefs")
    table.add_column("point", str, not_null_default="")
    table.add_column("lead_id", str)
    table.add_column("photo_opportunity", str, not_null_default="")


#: Names the ids m110 gives what it creates, so that two laptops upgrading the same data
#: make the same profile and values (their bundles then merge instead of doubling up).
_TOPIC_IDS = uuid.UUID("6f1c2a4e-5b0d-4f7e-9a51-2c3d8e7b1f10")
def legacy_topic_profile() -> tuple[dict, list[tuple[str, str, dict]]]:
    """The profile m110 makes of the release before it, and (column, table, indicator fields) for
    each country-brief or country column it turns into an indicator. The words are that release's
    conference data, so they live in resources/legacy/m110_topic_profile.json, not in code."""
    data = _legacy_topic_data()
    return dict(data["profile"]), [(i["column"], i["table"], dict(i["fields"])) for i in data["indicators"]]


@lru_cache(maxsize=1)
def _legacy_topic_data() -> dict:
    from briefer.resources import resource_path

    return json.loads(resource_path("legacy", "m110_topic_profile.json").read_text(encoding="utf-8"))


#: The old column that held the source of another old column's value.
LEGACY_SOURCE_OF = {"nap_level": "nap_source"}
#: Per table, the fields m110 took out of the records (a bundle from an older Briefer still has them).
LEGACY_TOPIC_FIELDS = {"country_briefs": ("amr_situation", "nap_level", "nap_source", "one_health"),
                       "countries": ("who_region",)}


def legacy_topic_ids(conference_id: str) -> tuple[str, dict[str, str]]:
    """The profile id and the indicator id per old column that m110 gives a conference's data."""
    profile = str(uuid.uuid5(_TOPIC_IDS, f"{conference_id}/profile"))
    return profile, {col: str(uuid.uuid5(_TOPIC_IDS, f"{conference_id}/indicator/{col}"))
                     for col, _, _ in legacy_topic_profile()[1]}


def legacy_value_id(conference_id: str, column: str, iso3: str) -> str:
    """The id m110 gives one country's value of one old column (the same on every laptop)."""
    return str(uuid.uuid5(_TOPIC_IDS, f"{conference_id}/value/{column}/{iso3}"))


@migrations()
def m110_topic_profiles(db: Database) -> None:
    """Topic indicators become data: ``topic_profiles`` (a conference's indicators, each with a
    name and a scale) and ``topic_values`` (one country's value of one indicator). The four
    fields the country brief and the country had for one topic move into a profile made here,
    their values into topic values — nothing is lost — and the columns go, from the records and
    from their history and open conflicts, so old versions still read and restore."""
    _create(db, "topic_profiles", {"name_en": str, "name_nl": str, "indicators": str}, not_null={"name_en"})
    db.table("topic_profiles").transform(defaults={"indicators": "[]"})
    _create(
        db,
        "topic_values",
        {"profile_id": str, "indicator_id": str, "country": str, "value": str, "source": str, "year": int},
        fks=[("profile_id", "topic_profiles", "id")],
        not_null={"profile_id", "indicator_id", "country"},
        unique=[("indicator_id", "country")],
        indexes=[("country",)],
    )
    brief_cols = {c.name for c in db.table("country_briefs").columns}
    country_cols = {c.name for c in db.table("countries").columns}
    moved = [(col, table, fields) for col, table, fields in legacy_topic_profile()[1]
             if col in (brief_cols if table == "country_briefs" else country_cols)]
    values = []  # (column, iso3, value, source, updated_at)
    for col, table, _ in moved:
        key = "country" if table == "country_briefs" else "iso3"
        source = ", nap_source" if col == "nap_level" and "nap_source" in brief_cols else ", ''"
        for iso3, value, src, updated in db.execute(
                f"SELECT [{key}], coalesce([{col}], ''){source}, updated_at FROM [{table}]").fetchall():
            if (value or "").strip() or (src or "").strip():
                values.append((col, iso3, (value or "").strip(), (src or "").strip(), updated))
    if values:
        _legacy_profile(db, [m for m in moved if any(v[0] == m[0] for v in values)], values)
    for col, table, _ in moved:
        db.execute(f"ALTER TABLE [{table}] DROP COLUMN [{col}]")
    for table, cols in LEGACY_TOPIC_FIELDS.items():
        paths = ", ".join(f"'$.{c}'" for c in cols)
        for store in ("revisions", "conflicts"):
            db.execute(f"UPDATE [{store}] SET data = json_remove(data, {paths}) WHERE record_table = ?", [table])
    if "nap_source" in brief_cols:
        db.execute("ALTER TABLE country_briefs DROP COLUMN nap_source")
    if values:
        _reindex_country_briefs(db)


def _reindex_country_briefs(db: Database) -> None:
    """The briefs' search documents without the topic text, which is now the topic values' own."""
    from briefer.model.briefs import CountryBrief

    lists = {"facts", "key_messages", "talking_points", "defensive_lines", "asks", "offers", "background", "sources"}
    for row in db.table("country_briefs").rows:
        data = {k: (json.loads(v) if k in lists and isinstance(v, str) else v) for k, v in row.items()}
        data["illustrative"] = bool(data.get("illustrative"))
        try:
            title, body = CountryBrief.model_validate(data).search_text()
        except ValueError:
            continue  # a record the integrity check will name; its old document stays
        db.execute("UPDATE search_records SET title = ?, body = ? "
                   "WHERE record_table = 'country_briefs' AND record_id = ?", [title, body, row["id"]])


def _legacy_profile(db: Database, moved: list, values: list) -> None:
    from briefer.model.conference import country_name

    conf = db.execute("SELECT id, created_at FROM conference ORDER BY created_at LIMIT 1").fetchone()
    conf_id, created = (conf[0], conf[1]) if conf else ("no-conference", min(v[4] for v in values))
    profile_id, ids = legacy_topic_ids(conf_id)
    indicators = [{"id": ids[col], **fields} for col, _, fields in moved]
    profile = {"id": profile_id, "revision": 1, "created_at": created, "updated_at": created, **legacy_topic_profile()[0],
               "indicators": json.dumps(indicators, ensure_ascii=False)}
    db.table("topic_profiles").insert(profile)
    _history(db, "topic_profiles", {**profile, "indicators": indicators})
    for col, iso3, value, source, updated in values:
        row = {"id": legacy_value_id(conf_id, col, iso3), "revision": 1,
               "created_at": updated, "updated_at": updated, "profile_id": profile_id, "indicator_id": ids[col],
               "country": iso3, "value": value, "source": source, "year": None}
        db.table("topic_values").insert(row)
        _history(db, "topic_values", row)
        try:
            title = country_name(iso3)
        except Exception:  # noqa: BLE001 — an unknown code keeps its letters as the title
            title = iso3
        db.execute("INSERT INTO search_records (kind, record_table, record_id, title, body) VALUES (?, ?, ?, ?, ?)",
                   ["topic value", "topic_values", row["id"], title, "\n".join(x for x in (value, source) if x)])


def _history(db: Database, table: str, data: dict) -> None:
    """Revision 1 of a record made here, written as the repository writes revisions (the model's JSON
    dump), so its version name is the one every laptop computes for the same record."""
    from briefer.model.topics import TopicProfile, TopicValue

    model = {"topic_profiles": TopicProfile, "topic_values": TopicValue}[table]
    data = model.model_validate(data).model_dump(mode="json")
    db.execute(
        "INSERT INTO revisions (record_table, record_id, revision, data, changed_at, changed_by, action) "
        "VALUES (?, ?, 1, ?, ?, ?, 'add')",
        [table, data["id"], json.dumps(data, ensure_ascii=False), data["updated_at"], "upgrade"])


def _m150_models() -> dict:
    """The record tables and their models when m150 was released (frozen here: the store's own list
    may grow, and the migrations may not import the store)."""
    from briefer.model import (
        Action, Attachment, Conference, Country, CountryBrief, Delegation, Meeting, MeetingBrief, Note,
        Organisation, Outcome, Person, Room, Session, TopicProfile, TopicValue,
    )

    return {"conference": Conference, "countries": Country, "organisations": Organisation, "rooms": Room,
            "people": Person, "delegations": Delegation, "sessions": Session, "meetings": Meeting,
            "country_briefs": CountryBrief, "topic_profiles": TopicProfile, "topic_values": TopicValue,
            "meeting_briefs": MeetingBrief, "notes": Note, "outcomes": Outcome, "actions": Action,
            "attachments": Attachment}


class _Reading:
    """What a repository needs to read rows during a migration: the database."""

    def __init__(self, db: Database):
        self.db = db


@migrations()
def m150_notes_text_stored_once(db: Database) -> None:
    """A note's text stored once, not three times (issue 19: 12.8 KB per note on 50,000 notes).

    * The current version of every record lives in its own table only: its row in ``revisions``
      says ``''`` ("as the record is now"; briefer/store/current_revision.py) instead of repeating
      the JSON — where the JSON is exactly what the record reads as today, compared here record
      by record; any other is kept as it was.
    * The notes' search documents keep which note they are, not its text (author, body): the
      view ``search_notes_text`` reads that from ``notes``, and the full-text index becomes
      contentless (``contentless_delete=1``), since nothing is left to read an old text from when
      a note changes. The triggers index the note's text as its row holds it when the document
      is written (after the note). Same tokenizer, so queries rank as before; no prefix index
      (100 MB of the 354 MB left; short prefixes are answered otherwise: briefer/store/search.py).
    * The records' index (people, countries, meetings… — 16,500 short documents) keeps its text
      but loses its prefix index too: 8.5 MB, what was left between this file and 5 KB per note.

    One transaction, as every migration: killed half-way, the file is the old one."""
    from briefer.store.repository import Repository, TableSpec

    for table, model in _m150_models().items():
        spec = TableSpec(table, model)
        repo = Repository(_Reading(db), spec)
        rows = db.execute(
            f"SELECT r.seq, r.data, {', '.join(f't.[{c}]' for c in repo.spec.model.model_fields)} "
            f"FROM revisions r JOIN [{spec.table}] t ON t.id = r.record_id AND t.revision = r.revision "
            "WHERE r.record_table = ?", [spec.table])
        names = ["seq", "data", *repo.spec.model.model_fields]
        same = []
        while batch := rows.fetchmany(2000):
            for values in batch:
                row = dict(zip(names, values))
                try:
                    current = repo.row_data(row)
                    if json.loads(row["data"]) == repo.model.model_validate(current).model_dump(mode="json"):
                        same.append((row["seq"],))
                except ValueError:
                    continue  # a row the integrity check will name: its revision keeps its JSON
        db.conn.executemany("UPDATE revisions SET data = '' WHERE seq = ?", same)

    for trigger in ("ai", "ad", "au"):
        db.execute(f"DROP TRIGGER IF EXISTS search_notes_{trigger}")
    db.execute("DROP TABLE IF EXISTS search_notes_fts")
    db.execute("ALTER TABLE search_notes DROP COLUMN title")
    db.execute("ALTER TABLE search_notes DROP COLUMN body")
    db.execute(
        "CREATE VIEW search_notes_text AS SELECT s.rowid AS rowid, s.kind AS kind, s.record_table AS record_table, "
        "s.record_id AS record_id, n.author AS title, n.body AS body "
        "FROM search_notes s JOIN notes n ON n.id = s.record_id")  # (every document of this index is a note)
    db.execute(
        """CREATE VIRTUAL TABLE search_notes_fts USING fts5(
            title, body, content='', contentless_delete=1,
            tokenize='unicode61 remove_diacritics 2'
        )""")
    text = "SELECT new.rowid, n.author, n.body FROM notes n WHERE new.record_table = 'notes' AND n.id = new.record_id"
    db.execute(f"""CREATE TRIGGER search_notes_ai AFTER INSERT ON search_notes BEGIN
        INSERT INTO search_notes_fts(rowid, title, body) {text};
    END""")
    db.execute("""CREATE TRIGGER search_notes_ad AFTER DELETE ON search_notes BEGIN
        DELETE FROM search_notes_fts WHERE rowid = old.rowid;
    END""")
    db.execute(f"""CREATE TRIGGER search_notes_au AFTER UPDATE ON search_notes BEGIN
        DELETE FROM search_notes_fts WHERE rowid = old.rowid;
        INSERT INTO search_notes_fts(rowid, title, body) {text};
    END""")
    db.execute("INSERT INTO search_notes_fts(search_notes_fts, rank) VALUES ('hashsize', ?)", [16 * 1024 * 1024])
    db.execute("INSERT INTO search_notes_fts(rowid, title, body) SELECT rowid, title, body FROM search_notes_text "
               "ORDER BY rowid")
    db.execute("INSERT INTO search_notes_fts(search_notes_fts) VALUES ('optimize')")
    db.execute("INSERT INTO search_notes_fts(search_notes_fts, rank) VALUES ('hashsize', ?)", [1024 * 1024])

    for trigger in ("ai", "ad", "au"):
        db.execute(f"DROP TRIGGER IF EXISTS search_records_{trigger}")
    db.execute("DROP TABLE IF EXISTS search_records_fts")
    _search_fts(db, "search_records", "")
    db.execute("INSERT INTO search_records_fts(search_records_fts) VALUES ('optimize')")


@migrations(transactional=False)
def m151_reclaim_space(db: Database) -> None:
    """Give back the pages m150 emptied: the file shrinks from 643 to 354 MB on 50,000 notes (VACUUM,
    ~3 s there; benchmarks/README.md, "Storage per note"). Outside a transaction, as VACUUM must be;
    VACUUM is atomic itself, so a kill leaves the file as it was and the next start runs it again. On
    a disk without room for the copy VACUUM writes, the file simply stays as large as it was. A new
    database (no record ever written) has nothing to give back and is left as created."""
    from briefer.disk import disk_problem

    if db.execute("SELECT 1 FROM revisions LIMIT 1").fetchone() is None:
        return
    # VACUUM writes a copy of the whole file into the WAL (committed, or rolled back for lack of room), and
    # those pages hold the disk's room until a checkpoint: on a nearly full disk this step's own record
    # could not be written after it and the open was refused — so the room is given back at once.
    for statement in ("VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"):
        try:
            db.execute(statement)
        except sqlcipher3.OperationalError as exc:
            if disk_problem(exc) is None:
                raise


def known_names() -> set[str]:
    return {m.name for m in migrations._migrations}
