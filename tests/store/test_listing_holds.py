"""The light reading of ``briefer list meetings`` (briefer/store/listing.py) holds the file as the
store does while it reads, lets go of it when done or when it declines, and leaves every file it
cannot vouch for — a crash's WAL, a wrong passphrase, a row the models would refuse — to the store."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.model import Meeting, Person
from briefer.store import Store
from briefer.store.listing import open_for_listing
from briefer.store.wholefile.hold import EXCLUSIVE, Hold
from tests.conftest import utc
from tests.open_files import handles_on, needs_proc

SECRET = "horse battery staple"


def a_file(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with Store.open(folder / "briefer.sqlite") as s:
        minister = s.people.add(Person(given_name="Bruno", family_name="Bruins", country="NLD"))
        s.meetings.add(Meeting(principal_id=minister.id, counterpart_country="IDN",
                               start=utc(2019, 6, 20, 12), end=utc(2019, 6, 20, 12, 30)))
    return folder / "briefer.sqlite"


def free(db: Path) -> bool:
    """Could a whole-file operation (restore, encrypt) take the file now?"""
    other = Hold(db)
    try:
        return other.try_acquire(EXCLUSIVE, 0)
    finally:
        other._drop()


@needs_proc
def test_a_restore_waits_while_a_list_is_read_and_may_go_once_it_is_done(tmp_path):
    db = a_file(tmp_path / "data")
    listing = open_for_listing(db, None, tmp_path / "data" / "backups")
    assert listing is not None
    assert [m.counterpart_country for m in listing.meetings()] == ["IDN"]
    assert not free(db)  # held shared, as the store holds it: a restore would replace the file mid-read
    listing.close()
    assert free(db)
    assert handles_on(db) == []


@needs_proc
def test_a_file_a_crash_left_with_its_wal_is_left_to_the_store_and_not_held(tmp_path):
    """The store's open checks such a file before the WAL is folded in; the light reading must not
    read it first, nor keep the exclusive hold it took to find out no one else has the file open."""
    live = a_file(tmp_path / "live")
    store = Store.open(live)
    store.meetings.add(Meeting(principal_id=store.people.list()[0].id, counterpart_country="JPN",
                               start=utc(2019, 6, 20, 14), end=utc(2019, 6, 20, 14, 30)))
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    shutil.copy2(live, crashed / "briefer.sqlite")
    shutil.copy2(Path(str(live) + "-wal"), crashed / "briefer.sqlite-wal")  # as a crash leaves it
    store.close()
    db = crashed / "briefer.sqlite"
    assert Path(str(db) + "-wal").stat().st_size > 0
    assert open_for_listing(db, None, crashed / "backups") is None
    assert free(db)
    assert handles_on(db) == []


@needs_proc
def test_a_wrong_passphrase_is_left_to_the_store_with_nothing_held(tmp_path):
    from briefer.store.wholefile.crypto import encrypt

    db = a_file(tmp_path / "data")
    encrypt(db, SECRET, backup_dir=tmp_path / "data" / "backups")
    assert open_for_listing(db, "not the passphrase", tmp_path / "data" / "backups") is None
    assert free(db)
    assert handles_on(db) == []
    listing = open_for_listing(db, SECRET, tmp_path / "data" / "backups")
    assert [m.counterpart_country for m in listing.meetings()] == ["IDN"]
    listing.close()


def test_a_wrong_passphrase_on_the_command_line_is_one_line_with_no_sqlcipher_chatter(tmp_path):
    """SQLCipher logs a failed decryption to the process's stderr ("ERROR CORE sqlcipher_page_cipher:
    hmac check failed…") unless told not to; its log level is process-wide, so this runs the
    command in a fresh process, as a user does."""
    import subprocess
    import sys

    from briefer.store.wholefile.crypto import encrypt

    db = a_file(tmp_path / "data")
    encrypt(db, SECRET, backup_dir=tmp_path / "data" / "backups")
    env = {**os.environ, "BRIEFER_DATA_DIR": str(tmp_path / "data"), "BRIEFER_PASSPHRASE": "not the passphrase"}
    done = subprocess.run([sys.executable, "-m", "briefer", "list", "meetings"], env=env, capture_output=True,
                          text=True, timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode != 0 and done.stdout == ""
    assert done.stderr.splitlines() == ["briefer: error: " + done.stderr.split("briefer: error: ", 1)[-1].strip()]
    assert "wrong passphrase" in done.stderr


def test_a_row_with_broken_json_is_named_by_the_store_not_listed_past(data_dir, capsys):
    """A participants list that is not JSON: the light reading does not show the list as if all
    were well; the store's reading names the record and the field, as it always did."""
    db = a_file(data_dir)
    with Store.open(db) as s:
        s.db.execute("UPDATE meetings SET nl_participant_ids = '[\"unclosed'")
        s.db.conn.commit()
    assert main(["list", "meetings"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("briefer: error:") and "nl_participant_ids" in captured.err


def test_while_a_restore_holds_the_file_a_list_is_refused_after_one_wait_not_two(data_dir, capsys, monkeypatch):
    """Another Briefer is restoring: `list meetings` waits for it as any command does, then says so in
    one line. The light reading's wait is the command's wait: the store is not asked to wait again
    (which made the user wait twice as long for the same refusal)."""
    from briefer.store.wholefile import hold as holds

    db = a_file(data_dir)
    monkeypatch.setattr(holds, "SHARED_WAIT", 0.2)
    waits = []
    real_share = holds.Hold.share
    monkeypatch.setattr(holds.Hold, "share", lambda self, wait=None: waits.append(1) or real_share(self, wait))
    restoring = holds.Hold(db).take_exclusive("restoring")
    try:
        assert main(["list", "meetings"]) != 0
    finally:
        restoring.release()
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == (f"briefer: error: {db}: another Briefer is restoring this database; "
                                    "try again when it is done")
    assert len(waits) == 1
    assert free(db)


def _light_and_stored(monkeypatch, capsys) -> tuple[tuple, tuple]:
    """(code, out, err) of `briefer list meetings` as the user gets it, and as the store's reading gives it."""
    from briefer.cli.context import Context

    light = (main(["list", "meetings"]), *capsys.readouterr())
    with monkeypatch.context() as m:
        m.setattr(Context, "listing", lambda self: None)
        stored = (main(["list", "meetings"]), *capsys.readouterr())
    return light, stored


@pytest.mark.parametrize("start", ["'next Tuesday'", "42", "X'00ff'"], ids=["words", "a-number", "bytes"])
def test_a_start_that_is_no_time_is_shown_or_refused_exactly_as_the_store_does(data_dir, capsys, monkeypatch, start):
    """Another program wrote a meeting's start as words, a number or bytes: the light reading does not
    guess or crash; the store's reading decides, and the user gets its answer, word for word."""
    db = a_file(data_dir)
    with Store.open(db) as s:
        s.db.execute(f"UPDATE meetings SET start = {start}")
        s.db.conn.commit()
    light, stored = _light_and_stored(monkeypatch, capsys)
    assert light == stored
    if start != "42":  # a number is read by the store as seconds since 1970
        assert light[0] == 1 and "field 'start'" in light[2]


def test_a_clear_copy_a_killed_encryption_left_is_removed_by_a_list_as_by_any_open(data_dir, capsys):
    """A killed `briefer encrypt` can leave a near-complete copy of the database in clear beside it.
    Every open removes it — `list meetings` too, though it reads the light way when all is well."""
    db = a_file(data_dir)
    stray = data_dir / ".briefer.sqlite.converting-4242"
    stray.write_bytes(db.read_bytes())
    assert main(["list", "meetings"]) == 0
    assert "Indonesia" in capsys.readouterr().out
    assert not stray.exists()


def test_an_organisation_whose_titles_use_its_name_is_listed_by_its_name(data_dir, capsys, monkeypatch):
    from briefer.model import Organisation

    db = a_file(data_dir)
    with Store.open(db) as s:
        who = s.organisations.add(Organisation(name="World Health Organization", acronym="WHO", acronym_in_titles=False))
        s.meetings.add(Meeting(principal_id=s.people.list()[0].id, counterpart_organisation_id=who.id,
                               start=utc(2019, 6, 20, 15), end=utc(2019, 6, 20, 15, 30)))
    light, stored = _light_and_stored(monkeypatch, capsys)
    assert light == stored
    assert "World Health Organization" in light[1] and "WHO " not in light[1]


def test_a_folder_where_the_database_should_be_is_said_in_one_line(data_dir, capsys):
    (data_dir / "briefer.sqlite").mkdir(parents=True)
    assert main(["list", "meetings"]) != 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == (f"briefer: error: {data_dir / 'briefer.sqlite'}: is a folder, not a database "
                                    "file; move it away or choose another --data-dir")
