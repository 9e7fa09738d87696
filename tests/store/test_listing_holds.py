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


def handles_on(db: Path) -> list[str]:
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs Linux's /proc")
    out = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(db)):
            out.append(target)
    return out


def test_a_restore_waits_while_a_list_is_read_and_may_go_once_it_is_done(tmp_path):
    db = a_file(tmp_path / "data")
    listing = open_for_listing(db, None, tmp_path / "data" / "backups")
    assert listing is not None
    assert [m.counterpart_country for m in listing.meetings()] == ["IDN"]
    assert not free(db)  # held shared, as the store holds it: a restore would replace the file mid-read
    listing.close()
    assert free(db)
    assert handles_on(db) == []


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
