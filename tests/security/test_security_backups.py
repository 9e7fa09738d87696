"""Backups (online API, rotation, daily, before migrations and imports), restore, damaged files."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from security_helpers import SECRET, digest

from briefer.cli import main
from briefer.model import Note
from briefer.store import Store
from briefer.store.access import open_store
from briefer.store.wholefile.backup import (
    BackupInfo,
    backup_before_import,
    backups_to_delete,
    create_backup,
    daily_backup_if_due,
    list_backups,
    newest_good_backup,
    restore_backup,
    verify_file,
)
from briefer.store.db import DamagedDatabase
from tests.conftest import backup_copy

PASS = "correct horse battery"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _note_bodies(store):
    return sorted(n.body for n in store.notes.list())


def test_backup_list_restore_via_cli(loaded_data_dir, capsys):
    db = loaded_data_dir / "briefer.sqlite"
    code, out, _ = run(capsys, "backup")
    assert code == 0 and "backup written" in out
    name = out.split("backup written: ")[1].split(" ")[0]

    with Store.open(db) as store:  # a later change the restore must undo
        store.notes.add(Note(author="x", body="written after the backup"))

    code, out, _ = run(capsys, "backups")
    assert code == 0 and name in out and "manual" in out

    code, out, err = run(capsys, "restore", name)
    assert code == 0, err
    assert "kept as backup" in out
    with Store.open(db) as store:
        assert "written after the backup" not in _note_bodies(store)
    # the replaced file was itself backed up, and restoring that brings the note back
    safety = [b for b in list_backups(loaded_data_dir / "backups") if b.reason == "restore"]
    assert len(safety) == 1
    assert run(capsys, "restore", safety[0].name)[0] == 0
    with Store.open(db) as store:
        assert "written after the backup" in _note_bodies(store)


def test_restore_unknown_name_changes_nothing(loaded_data_dir, capsys):
    db = loaded_data_dir / "briefer.sqlite"
    before = digest(db)
    code, _, err = run(capsys, "restore", "nonsense")
    assert code == 3 and "no backup called 'nonsense'" in err
    assert digest(db) == before


def test_encrypted_database_gets_encrypted_backups(loaded_data_dir, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
    assert run(capsys, "encrypt")[0] == 0
    assert run(capsys, "backup")[0] == 0
    backups = list_backups(loaded_data_dir / "backups")
    assert backups and backups[0].chunked  # the new one is incremental, its chunks encrypted
    for f in (loaded_data_dir / "backups").rglob("*"):
        if f.is_file():
            assert SECRET.encode() not in f.read_bytes()
            assert not f.read_bytes().startswith(b"SQLite format 3")
    for b in backups:
        copy = backup_copy(b, tmp_path)  # a chunked one rebuilt as it is stored: encrypted
        assert verify_file(copy, PASS) and not verify_file(copy, None)


def _fake(names: list[tuple[datetime, str]]) -> list[BackupInfo]:
    return [BackupInfo(f"briefer-{d:%Y%m%dT%H%M%S}000000Z-{r}.sqlite", Path("x"), d, r, 1) for d, r in names]


def test_rotation_keeps_last_ten_and_one_per_day_for_fourteen_days():
    now = datetime(2026, 3, 31, 12, 0, tzinfo=timezone.utc)
    # three backups a day for 30 days
    items = _fake([(now - timedelta(days=d, hours=h), "daily") for d in range(30) for h in (0, 1, 2)])
    doomed = {b.name for b in backups_to_delete(items, now=now)}
    kept = [b for b in items if b.name not in doomed]
    newest_ten = sorted(items, key=lambda b: b.created, reverse=True)[:10]
    assert all(b in kept for b in newest_ten)
    days_kept = {b.day for b in kept}
    assert days_kept == {(now - timedelta(days=d)).date() for d in range(14)}
    assert all(b.created > now - timedelta(days=14) for b in kept)
    assert len(kept) == 10 + (14 - 4)  # the newest ten cover the last 4 days


def test_real_rotation_deletes_files(tmp_path):
    store = Store.open(tmp_path / "db.sqlite")
    store.notes.add(Note(body="x"))
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    for i in range(25):
        create_backup(store, "manual", now=start + timedelta(days=i))
    store.close()
    left = list_backups(tmp_path / "backups")
    assert len(left) == 14  # last 10, plus the older days within the 14-day window
    assert left[0].created == start + timedelta(days=24)


def test_daily_backup_once_per_day_and_not_for_empty(tmp_path):
    db = tmp_path / "db.sqlite"
    day1 = datetime(2026, 5, 1, 8, tzinfo=timezone.utc)
    with open_store(db, now=day1) as store:
        assert list_backups(store.backup_dir) == []  # empty: nothing worth keeping
        store.notes.add(Note(body="hello"))
    with open_store(db, now=day1 + timedelta(hours=1)) as store:
        assert [b.reason for b in list_backups(store.backup_dir)] == ["daily"]
    with open_store(db, now=day1 + timedelta(hours=2)) as store:
        assert len(list_backups(store.backup_dir)) == 1
    with open_store(db, now=day1 + timedelta(days=1)) as store:
        assert len(list_backups(store.backup_dir)) == 2


def test_backup_before_import(tmp_path):
    store = Store.open(tmp_path / "db.sqlite")
    assert backup_before_import(store) is None  # empty database
    store.notes.add(Note(body="keep me"))
    info = backup_before_import(store)
    assert info.reason == "import"
    with Store.open(backup_copy(info, tmp_path)) as copy:
        assert _note_bodies(copy) == ["keep me"]
    with pytest.raises(RuntimeError, match="before store.write"), store.write():
        backup_before_import(store)  # inside the import's transaction: refused, not hung
    store.close()


def test_backup_before_migration(tmp_path, monkeypatch):
    from briefer.store import migrations as mig

    db = tmp_path / "db.sqlite"
    with Store.open(db) as store:
        store.notes.add(Note(body="before the migration"))
    assert list_backups(tmp_path / "backups") == []

    seen = []

    def m999_test_extra(database):
        seen.append(len(list_backups(tmp_path / "backups")))
        database.execute("CREATE TABLE test_extra (x)")

    monkeypatch.setattr(mig.migrations, "_migrations", list(mig.migrations._migrations))
    mig.migrations()(m999_test_extra)
    with Store.open(db) as store:
        assert store.db["test_extra"].exists()
    assert seen == [1]  # the backup existed before the step ran
    (b,) = list_backups(tmp_path / "backups")
    assert b.reason == "migration"
    import sqlcipher3
    from sqlite_utils import Database

    old = Database(sqlcipher3.connect(str(backup_copy(b, tmp_path))))  # raw: Store.open would migrate the copy
    assert "notes" in old.table_names() and "test_extra" not in old.table_names()
    old.close()


def _corrupt(path: Path) -> None:
    """Scribble over the middle of the file (never page 1), as a bad sector would."""
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    for p in range(2, len(data) // page - 1):
        start = p * page + 100
        data[start:start + 300] = b"\xff" * 300
    path.write_bytes(bytes(data))


def _make_db_with_backup(db: Path, passphrase=None):
    with Store.open(db, passphrase=passphrase) as store:
        for i in range(200):
            store.notes.add(Note(body=f"note {i} " + "text " * 40))
        good = create_backup(store, "manual")
    return good


@pytest.mark.parametrize("passphrase", [None, PASS])
def test_damaged_database_is_not_written_and_offers_newest_good_backup(tmp_path, passphrase):
    db = tmp_path / "db.sqlite"
    if passphrase:
        with Store.open(db) as s:
            s.set_meta("x", "y")
        from briefer.store.wholefile.crypto import encrypt

        encrypt(db, passphrase)
    good = _make_db_with_backup(db, passphrase)
    _corrupt(db)
    before = digest(db)
    with pytest.raises(DamagedDatabase) as info:
        open_store(db, passphrase)
    assert info.value.newest_backup == good.name
    assert "damaged" in str(info.value) and f"briefer restore {good.name}" in str(info.value)
    assert digest(db) == before  # never written to
    assert not Path(str(db) + "-wal").exists() or Path(str(db) + "-wal").stat().st_size == 0

    restored, safety = restore_backup(db, good.name, passphrase)
    assert safety.reason == "damaged"
    assert digest(safety.path) == before  # the damaged bytes are kept, not thrown away
    with open_store(db, passphrase) as store:
        assert store.notes.count() == 200
    assert newest_good_backup(tmp_path / "backups", passphrase).name != safety.name


def test_damaged_database_via_cli_says_what_to_do(loaded_data_dir, capsys):
    db = loaded_data_dir / "briefer.sqlite"
    with Store.open(db) as store:
        for i in range(200):
            store.notes.add(Note(body="padding " * 60))
    code, out, _ = run(capsys, "backup")
    name = out.split("backup written: ")[1].split(" ")[0]
    _corrupt(db)
    code, out, err = run(capsys, "list", "notes")
    assert code == 5 and "damaged" in err and f"briefer restore {name}" in err and "Traceback" not in err
    code, out, err = run(capsys, "restore", name)
    assert code == 0, err
    assert run(capsys, "check")[0] == 0


def test_restore_an_encrypted_backup_onto_a_lost_database(loaded_data_dir, capsys, monkeypatch):
    """The laptop's database is gone (deleted, disk trouble); the backups folder survived."""
    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
    assert run(capsys, "encrypt")[0] == 0
    code, out, _ = run(capsys, "backup")
    name = out.split("backup written: ")[1].split(" ")[0]
    (loaded_data_dir / "briefer.sqlite").unlink()
    code, out, err = run(capsys, "restore", name)
    assert code == 0, err
    code, out, _ = run(capsys, "list", "notes")
    assert code == 0 and "Minutes mention" in out


ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:security-test-1@example.org
DTSTART:20190619T150000Z
DTEND:20190619T153000Z
SUMMARY:Side event added by import
END:VEVENT
END:VCALENDAR
"""


def test_calendar_import_is_preceded_by_a_backup(demo_store, tmp_path):
    from briefer.schedule.ics_import import import_calendar

    before = demo_store.sessions.count()
    plan = import_calendar(demo_store, ICS.encode(), file="added.ics")
    assert plan.writes and demo_store.sessions.count() == before + 1
    (b,) = [b for b in list_backups(demo_store.backup_dir) if b.reason == "import"]
    with Store.open(backup_copy(b, tmp_path)) as old:  # the backup holds the programme as it was before the import
        assert old.sessions.count() == before
    import_calendar(demo_store, ICS.encode(), file="added.ics", dry_run=True)
    assert len([b for b in list_backups(demo_store.backup_dir) if b.reason == "import"]) == 1


class _LockedDuringTheCopy:
    """The open database's connection as a backup sees it when another program takes the file mid-copy."""

    in_transaction = False

    def backup(self, *args, **kwargs):
        import sqlcipher3

        raise sqlcipher3.OperationalError("database is locked")


@pytest.mark.parametrize("incremental", [True, False], ids=["chunked", "whole-file"])
def test_a_backup_the_database_refuses_mid_copy_says_so_and_leaves_nothing(tmp_path, monkeypatch, incremental):
    """SQLite's own refusal while copying (not a full disk) reaches the user as one line naming the backup and
    SQLite's reason — never a traceback — and no partial copy stays in the folder."""
    from briefer.errors import StoreError
    from briefer.store.wholefile import backup as backup_mod

    monkeypatch.setattr(backup_mod, "INCREMENTAL", incremental)
    folder = tmp_path / "backups"
    with pytest.raises(StoreError) as refused:
        backup_mod.backup_connection(_LockedDuringTheCopy(), tmp_path / "briefer.sqlite", None, folder)
    said = str(refused.value)
    assert said.startswith(str(folder / "briefer-")) and said.endswith(": the backup failed (database is locked)"), said
    assert [p.name for p in folder.iterdir()] == []


def test_a_backup_another_window_prunes_while_they_are_listed_is_left_out(loaded_data_dir, capsys, monkeypatch):
    """Another window's rotation deletes a backup between this command seeing the file and reading its size:
    ``briefer backups`` lists the ones still there instead of failing."""
    assert run(capsys, "backup")[0] == 0 and run(capsys, "backup")[0] == 0
    names = sorted(b.name for b in list_backups(loaded_data_dir / "backups"))
    older, kept = names[0], names[1:]
    real_is_file = Path.is_file

    def pruned_right_after(self):
        there = real_is_file(self)
        if self.name == older and there:
            self.unlink()  # the other window's rotation, at that very moment
        return there

    monkeypatch.setattr(Path, "is_file", pruned_right_after)
    code, out, err = run(capsys, "backups")
    assert (code, err) == (0, "")
    assert older not in out and [n for n in kept if n not in out] == []
