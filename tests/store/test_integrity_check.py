"""``briefer check`` on a damaged file, as an advisor meets it: every problem named on its own line —
the record (by id, or by its label and id), the field and what it points at — and the check going on
past a bad row to the rest. Real SQLite files, damaged behind the store's back."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timezone

from briefer.model import Conference, Meeting, Note, Person, Session
from briefer.store import Store
from tests.conftest import run_cli


def utc(y, mo, d, h=0, mi=0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=timezone.utc)


def _seed(data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    with Store.open(data_dir / "briefer.sqlite", user="tester") as s:
        s.conference_repo.add(Conference(name="AMR", start_date=date(2019, 6, 19), end_date=date(2019, 6, 20)))
        minister = s.people.add(Person(given_name="Bruno", family_name="Bruins", principal_title="Minister"))
        speaker = s.people.add(Person(given_name="Nila", family_name="Moeloek", country="IDN"))
        first = s.meetings.add(Meeting(principal_id=minister.id, counterpart_country="CUW",
                                       start=utc(2019, 6, 19, 7), end=utc(2019, 6, 19, 7, 30)))
        second = s.meetings.add(Meeting(principal_id=minister.id, counterpart_country="IDN",
                                        start=utc(2019, 6, 19, 8), end=utc(2019, 6, 19, 8, 30)))
        third = s.meetings.add(Meeting(principal_id=minister.id, counterpart_country="IND",
                                       start=utc(2019, 6, 19, 9), end=utc(2019, 6, 19, 9, 30)))
        panel = s.sessions.add(Session(title="Panel on stewardship", start=utc(2019, 6, 19, 10),
                                       end=utc(2019, 6, 19, 11), speaker_ids=[speaker.id]))
        note = s.notes.add(Note(meeting_id=first.id, body="Twinning with Curaçao on surveillance."))
    return {"minister": minister, "speaker": speaker, "meetings": (first, second, third), "panel": panel,
            "note": note}


def _damage(data_dir, *statements, foreign_keys: bool = True) -> None:
    conn = sqlite3.connect(data_dir / "briefer.sqlite")
    try:
        if not foreign_keys:
            conn.execute("PRAGMA foreign_keys = OFF")
        for sql, params in statements:
            conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


def test_a_sound_file_is_reported_sound_with_nothing_else(data_dir, capsys):
    _seed(data_dir)
    code, out, err = run_cli(capsys, "check")
    assert code == 0 and err == ""
    assert out.startswith("ok: ") and "is sound" in out and "error" not in out


def test_every_bad_row_is_named_by_its_id_and_the_check_goes_on_past_it(data_dir, capsys):
    r = _seed(data_dir)
    first, second, third = r["meetings"]
    _damage(data_dir,
            ("UPDATE meetings SET counterpart_ids = '[not json' WHERE id = ?", [first.id]),
            ("UPDATE meetings SET counterpart_country = 'XXX' WHERE id IN (?, ?)", [second.id, third.id]))
    code, out, err = run_cli(capsys, "check")
    assert code == 1 and "3 problems found" in err
    lines = out.splitlines()
    [line] = [x for x in lines if x.startswith(f"error: meeting {first.id}: ")]
    assert "counterpart_ids" in line and "malformed JSON" in line
    for m in (second, third):
        [line] = [x for x in lines if x.startswith(f"error: meeting {m.id}: ")]
        assert "counterpart_country" in line and "ISO 3166" in line


def test_a_note_whose_author_was_removed_is_named_by_the_notes_id(data_dir, capsys):
    r = _seed(data_dir)
    gone = "33333333-3333-3333-3333-333333333333"
    _damage(data_dir, ("UPDATE notes SET author_id = ? WHERE id = ?", [gone, r["note"].id]), foreign_keys=False)
    code, out, err = run_cli(capsys, "check")
    assert code == 1
    lines = out.splitlines()
    assert f"error: notes {r['note'].id}: refers to a missing people record" in lines
    assert f"error: note {r['note'].label()} ({r['note'].id}): field 'author_id' refers to a missing person {gone}" \
        in lines


def test_a_speaker_removed_from_the_people_is_named_with_the_session_and_the_field(data_dir, capsys):
    r = _seed(data_dir)
    panel, speaker = r["panel"], r["speaker"]
    _damage(data_dir, ("DELETE FROM people WHERE id = ?", [speaker.id]), foreign_keys=False)
    code, out, err = run_cli(capsys, "check")
    assert code == 1 and "1 problem found" in err
    assert out.splitlines() == [
        f"error: session Panel on stewardship ({panel.id}): field 'speaker_ids' refers to a missing person {speaker.id}"
    ]


def test_an_index_that_no_longer_matches_its_table_is_reported_as_database_damage(data_dir, capsys):
    _seed(data_dir)
    # the two indexes of the people table swapped: each page still sound (the file opens), but their
    # entries no longer match the rows — what only SQLite's full integrity check finds
    conn = sqlite3.connect(data_dir / "briefer.sqlite")
    roots = dict(conn.execute("SELECT name, rootpage FROM sqlite_master WHERE name IN "
                              "('idx_people_country', 'idx_people_family_name')").fetchall())
    conn.close()
    swap = "UPDATE sqlite_master SET rootpage = ? WHERE name = ?"
    _damage(data_dir, ("PRAGMA writable_schema = ON", []),
            (swap, [roots["idx_people_family_name"], "idx_people_country"]),
            (swap, [roots["idx_people_country"], "idx_people_family_name"]))
    code, out, err = run_cli(capsys, "check")
    assert code == 1
    lines = out.splitlines()
    assert "error: database: row 1 missing from index idx_people_country" in lines
    assert "error: database: row 2 missing from index idx_people_family_name" in lines
    assert all(line.startswith("error: database: ") for line in lines)


def test_a_unique_index_holding_a_name_twice_is_reported_as_database_damage(data_dir, capsys):
    r = _seed(data_dir)
    with Store.open(data_dir / "briefer.sqlite", user="tester") as s:
        s.people.add(Person(given_name="Eva", family_name="Bruins"))
    # the family-name index made unique behind the store's back, while two people are called Bruins:
    # the file opens (its pages are sound), only the full integrity check finds the index wrong
    _damage(data_dir, ("PRAGMA writable_schema = ON", []),
            ("UPDATE sqlite_master SET sql = replace(sql, 'CREATE INDEX', 'CREATE UNIQUE INDEX') "
             "WHERE name = 'idx_people_family_name'", []))
    code, out, err = run_cli(capsys, "check")
    assert code == 1 and "1 problem found" in err
    assert out.splitlines() == ["error: database: non-unique entry in index idx_people_family_name"]
    assert r["minister"].family_name == "Bruins"
