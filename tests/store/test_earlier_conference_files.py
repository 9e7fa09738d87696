"""Earlier conferences' files as the advisor meets them (store/earlier.py).

The earlier conference is another data folder — a colleague's copy, a backup, the signed-off
record — and is only read. What it must do with a file it cannot read (one from a newer or an
older Briefer, or not Briefer's at all): refuse it by name, leave it byte-for-byte as it was and
hold no handle on it afterwards (on Windows a handle left open stops the colleague's app
updating it). Real files; handles checked through Linux's ``/proc/self/fd``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from briefer.errors import Refused, StoreError
from briefer.model import Note
from briefer.store import Store
from briefer.store.db import migrations
from briefer.store.earlier import earlier_folders, open_earlier, remember_earlier
from tests.conftest import database_digest
from tests.open_files import handles_on, needs_proc



def _edit_behind_brieffers_back(path: Path, sql: str, params=()) -> None:
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute(sql, params)
    finally:
        conn.close()


@needs_proc
def test_an_earlier_conference_from_a_newer_briefer_is_refused_and_left_as_it_was(earlier):
    """A colleague's laptop runs a newer Briefer: its file is named as such, not read half-understood."""
    db = earlier / "briefer.sqlite"
    _edit_behind_brieffers_back(db, f"INSERT INTO [{migrations.migrations_table}] (migration_set, name, applied_at) "
                                    "VALUES ('briefer', 'm999_from_a_newer_briefer', '2027-05-01')")
    before = database_digest(earlier)
    with pytest.raises(StoreError, match="written by a newer version of Briefer") as refused:
        open_earlier(db)
    assert refused.value.file == str(db)
    assert handles_on(db) == []  # while the message is still shown
    assert database_digest(earlier) == before


@needs_proc
def test_an_earlier_conference_saved_by_an_older_briefer_is_refused_saying_what_to_do(earlier):
    db = earlier / "briefer.sqlite"
    newest = [m.name for m in migrations._migrations][-1]
    _edit_behind_brieffers_back(db, f"DELETE FROM [{migrations.migrations_table}] WHERE name = ?", [newest])
    before = database_digest(earlier)
    with pytest.raises(StoreError, match="saved by an older Briefer; open its data folder once") as refused:
        open_earlier(db)
    assert refused.value.file == str(db)
    assert handles_on(db) == []
    assert database_digest(earlier) == before


@needs_proc
def test_a_database_that_is_not_brieffers_is_named_as_such(tmp_path):
    folder = tmp_path / "someone-elses"
    folder.mkdir()
    db = folder / "briefer.sqlite"
    _edit_behind_brieffers_back(db, "CREATE TABLE expenses (id INTEGER PRIMARY KEY, amount TEXT)")
    with pytest.raises(StoreError, match="not a Briefer database") as refused:
        open_earlier(db)
    assert refused.value.file == str(db)
    assert handles_on(db) == []


def test_a_locked_earlier_conference_read_with_its_passphrase_keeps_its_words_off_the_disk(tmp_path):
    """Searching a decrypted earlier conference builds temporary tables: in memory, never a plain temp file."""
    from briefer.store.wholefile.crypto import encrypt

    folder = tmp_path / "earlier"
    folder.mkdir()
    db = folder / "briefer.sqlite"
    with Store.open(db) as then:
        then.notes.add(Note(body="Jakarta will co-sign the declaration"))
    encrypt(db, "correct horse battery")
    with open_earlier(db, "correct horse battery") as old:
        assert [n.body for n in old.notes.list()] == ["Jakarta will co-sign the declaration"]
        assert old.db.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY


def test_the_conference_itself_is_not_remembered_as_an_earlier_one(tmp_path, earlier):
    (tmp_path / "now").mkdir()
    with Store.open(tmp_path / "now" / "briefer.sqlite", user="anouk") as now:
        remember_earlier(now, earlier)
        with pytest.raises(Refused, match="the conference itself") as refused:
            remember_earlier(now, tmp_path / "now")
        assert refused.value.file == str((tmp_path / "now").resolve())
        assert earlier_folders(now) == [earlier.resolve()]


def test_a_folder_remembered_again_is_kept_once_as_the_newest(tmp_path, earlier):
    """Remembering the 2019 folder again after the 2021 one: each once, 2019 now the last looked at."""
    (tmp_path / "now").mkdir()
    (tmp_path / "2021").mkdir()
    with Store.open(tmp_path / "now" / "briefer.sqlite", user="anouk") as now:
        assert remember_earlier(now, earlier) == [earlier.resolve()]
        assert remember_earlier(now, tmp_path / "2021") == [earlier.resolve(), (tmp_path / "2021").resolve()]
        assert remember_earlier(now, earlier) == [(tmp_path / "2021").resolve(), earlier.resolve()]
        assert earlier_folders(now) == [(tmp_path / "2021").resolve(), earlier.resolve()]


@pytest.mark.parametrize("damaged", ["not json at all", "5", '{"folder": 1'])
def test_a_damaged_list_of_earlier_conferences_reads_as_none_and_history_says_so(tmp_path, capsys, damaged):
    """A hand-edited or half-written list: history asks for --earlier instead of failing with a traceback."""
    from briefer.cli import main
    from briefer.store.earlier import EARLIER_KEY

    (tmp_path / "now").mkdir()
    with Store.open(tmp_path / "now" / "briefer.sqlite", user="anouk") as now:
        now.set_meta(EARLIER_KEY, damaged)
        assert earlier_folders(now) == []
    try:
        code = main(["--data-dir", str(tmp_path / "now"), "history", "Indonesia"])
    except SystemExit as exc:
        code = exc.code
    err = capsys.readouterr().err
    assert code != 0 and "Traceback" not in err
    assert "this conference knows no earlier ones" in err


@pytest.mark.parametrize("damaged", ['{"conference": "2nd Global Ministerial Conference"', '{"conference": "GMC"}',
                                     '["GMC", "2019-06-20"]', '{"conference": "GMC", "last_day": "2019-06-20", '
                                     '"folder": "/d", "brief_ids": 7}'])
def test_a_damaged_note_of_where_the_briefs_came_from_shows_no_line_rather_than_failing(tmp_path, damaged):
    """The brief editor's "last used for …" line: left out when the note is half-written or hand-edited."""
    from briefer.store.earlier import CARRIED_KEY, carried_from

    (tmp_path / "now").mkdir()
    with Store.open(tmp_path / "now" / "briefer.sqlite", user="anouk") as now:
        now.set_meta(CARRIED_KEY, damaged)
        assert carried_from(now) is None
        now.set_meta(CARRIED_KEY, '{"conference": "GMC", "last_day": "2019-06-20", "folder": "/d", "brief_ids": ["x"]}')
        assert carried_from(now).line("en") == "last used for GMC, 20 June 2019"


def test_an_earlier_conference_copied_with_its_journal_is_read_whole_and_left_as_it_was(tmp_path, earlier):
    """The folder was copied while the app had it open: its last change is still in briefer.sqlite-wal.

    Reading it must see that change and leave both files as they were — a read-write connection,
    the last to close, would fold the journal into the database file and delete it."""
    import hashlib
    import shutil

    copy = tmp_path / "copied-while-open"
    copy.mkdir()
    with Store.open(earlier / "briefer.sqlite", user="colleague") as still_open:
        brief = next(b for b in still_open.country_briefs.list() if b.country == "IDN")
        still_open.country_briefs.update(brief.evolve(summary="Changed just before the copy."))
        for name in ("briefer.sqlite", "briefer.sqlite-wal"):
            shutil.copyfile(earlier / name, copy / name)

    def files():
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(copy.iterdir())
                if p.name != "briefer.sqlite-shm"}

    before = files()
    assert set(before) == {"briefer.sqlite", "briefer.sqlite-wal"}
    with open_earlier(copy / "briefer.sqlite") as old:
        assert next(b for b in old.country_briefs.list() if b.country == "IDN").summary == "Changed just before the copy."
    assert files() == before
