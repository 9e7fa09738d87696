"""Opening files: new, reopened, migrated once, and every kind of bad file refused unchanged."""

import hashlib
import os
import sqlite3

import pytest

from briefer.errors import StoreError
from briefer.store import Store
from briefer.store.migrations import migrations
from tests.conftest import nulls_in_a_not_null_column


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_created_migrated_and_in_wal_mode(tmp_path):
    path = tmp_path / "new.sqlite"
    with Store.open(path) as s:
        assert s.is_empty()
        assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert s.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
        applied = [m.name for m in migrations.applied(s.db)]
    assert applied == [m.name for m in migrations._migrations]
    with Store.open(path) as s:  # reopening applies nothing twice
        assert [m.name for m in migrations.applied(s.db)] == applied
        assert migrations.pending(s.db) == []


def test_model_fields_match_table_columns(store):
    from briefer.store.store import SPECS

    for spec in SPECS:
        cols = {r[1] for r in store.db.execute(f"PRAGMA table_info([{spec.table}])")}
        fields = set(spec.model.model_fields)
        assert fields <= cols, f"{spec.table} lacks columns {fields - cols}"
        assert cols - fields <= set(spec.extra_columns), f"{spec.table} has stray columns {cols - fields}"


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"This is my shopping list, not a database.\n" * 100)
    before = digest(path)
    with pytest.raises(StoreError, match="not a Briefer database"):
        Store.open(path)
    assert digest(path) == before


def test_a_file_with_a_sqlite_header_and_nothing_sound_after_it_is_refused_as_not_ours(tmp_path):
    """A truncated download or another program's file that starts like SQLite: one plain sentence, untouched."""
    path = tmp_path / "briefer.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 16)
    before = digest(path)
    with pytest.raises(StoreError) as refused:
        Store.open(path)
    assert str(refused.value) == f"{path}: not a Briefer database"  # not "cannot read", no passphrase asked
    assert digest(path) == before


def test_another_apps_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("create table invoices (id integer primary key, amount real)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError, match="not a Briefer database"):
        Store.open(path)
    assert digest(path) == before


def test_a_database_from_a_newer_briefer_is_refused(tmp_path):
    path = tmp_path / "future.sqlite"
    with Store.open(path) as s:
        s.db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('briefer', 'm999_future', 'x')"
        )
        s.db.conn.commit()
    before = digest(path)
    with pytest.raises(StoreError, match="newer version of Briefer"):
        Store.open(path)
    assert digest(path) == before


def test_a_damaged_database_is_refused_before_anything_is_written(tmp_path):
    path = tmp_path / "damaged.sqlite"
    with Store.open(path) as s:
        from briefer.model import Person

        for i in range(300):
            s.people.add(Person(family_name=f"Person {i}", biography="x" * 500))
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 8)):  # scribble over a few b-tree pages
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(StoreError, match="damaged|not a Briefer database"):
        Store.open(path)
    assert digest(path) == before


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores directory permissions")
def test_unwritable_data_dir_is_a_clear_error(tmp_path):
    from briefer import paths
    from briefer.errors import DataDirError

    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(DataDirError, match="not writable"):
            paths.ensure_data_dir(paths.resolve(locked))
    finally:
        locked.chmod(0o700)


def test_data_dir_that_is_a_file_is_a_clear_error(tmp_path):
    from briefer import paths
    from briefer.errors import DataDirError

    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(DataDirError):
        paths.ensure_data_dir(paths.resolve(f))


def test_data_dir_resolution_order(tmp_path, monkeypatch):
    from briefer import paths

    monkeypatch.setenv("BRIEFER_DATA_DIR", str(tmp_path / "env"))
    assert paths.resolve().data_dir == (tmp_path / "env").resolve()
    assert paths.resolve(tmp_path / "arg").data_dir == (tmp_path / "arg").resolve()
    monkeypatch.delenv("BRIEFER_DATA_DIR")
    assert "riefer" in str(paths.resolve().data_dir)


def test_an_open_refused_because_the_days_backup_failed_leaves_the_file_free(tmp_path):
    """The refusal is said, and nothing stays open: a restore or an encryption, which need the file
    to themselves, can start at once — even while the error is still being shown."""
    from briefer.model import Note
    from briefer.store.access import open_store
    from briefer.store.wholefile.hold import EXCLUSIVE, Hold

    path = tmp_path / "briefer.sqlite"
    with Store.open(path) as s:
        s.notes.add(Note(body="kept"))
    (tmp_path / "backups").write_text("a file where the backups folder should be")
    with pytest.raises(StoreError, match="cannot create the backup folder") as refused:
        open_store(path, backup_dir=tmp_path / "backups")
    assert refused.value is not None  # the error (and what it references) is still alive here
    hold = Hold(path)
    try:
        assert hold.try_acquire(EXCLUSIVE, 0), "the refused open still holds the database"
    finally:
        hold.release()


def test_another_apps_database_using_the_same_migration_library_is_refused_and_left_alone(tmp_path):
    """sqlite-utils' migrations table of another program (its own migration set): not ours, not touched."""
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at TEXT)")
    conn.execute("INSERT INTO _sqlite_migrations VALUES ('invoicing', 'm001_invoices', '2024-01-01')")
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError) as refused:
        Store.open(path)
    assert str(refused.value) == f"{path}: not a Briefer database (it holds other tables)"
    assert digest(path) == before


def test_a_file_with_many_findings_is_refused_with_the_first_three_on_one_readable_line(tmp_path):
    """SQLite's check can list hundreds of findings; the refusal quotes its first three, so the
    message stays one line a user can read out to the helpdesk, and the file is left as it was."""
    path = tmp_path / "findings.sqlite"
    with Store.open(path) as s:
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    nulls_in_a_not_null_column(path)  # one quick_check finding per row
    assert sqlite3.connect(path).execute("PRAGMA quick_check").fetchall() == \
        [("NULL value in walking_defaults.minutes",)] * 5
    before = digest(path)
    with pytest.raises(StoreError) as told:
        Store.open(path)
    finding = "NULL value in walking_defaults.minutes"
    assert told.value.message.startswith(f"the database is damaged ({finding}; {finding}; {finding}) and was not")
    assert digest(path) == before


def test_the_install_id_is_made_once_and_kept_across_reopening(tmp_path):
    """Bundles name the laptop they came from by this id: it must not change from one call, or one start, to the next."""
    db = tmp_path / "briefer.sqlite"
    with Store.open(db, user="tester") as store:
        first = store.install_id()
        assert first and store.install_id() == first
    with Store.open(db, user="tester") as store:
        assert store.install_id() == first
