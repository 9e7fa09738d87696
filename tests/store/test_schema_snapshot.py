"""A new database made from the shipped schema script is the database the migrations make.

Every other test's new database now comes from the script, so this file is what keeps the
migrations' own result in view: the two are compared object by object, row by row (the
full-text indexes' shadow tables and settings included), and the script must be regenerated
whenever a migration is added.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from briefer.store import Store
from briefer.store import schema_snapshot
from briefer.store.db import configure, open_keyed
from briefer.store.migrations import migrations

PRAGMAS = ("user_version", "application_id", "page_size", "auto_vacuum", "encoding", "journal_mode")


def _replayed(path: Path) -> Path:
    """A new database made the old way: every migration in turn."""
    conn = open_keyed(path, None)
    db = Database(conn)
    configure(conn, path)
    migrations.apply(db)
    db.close()
    return path


def _contents(path: Path) -> dict:
    db = Database(open_keyed(path, None))
    try:
        master = sorted(db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall(),
                        key=lambda r: (r[0], r[1]))
        tables = {}
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                                  "'CREATE VIRTUAL%' ORDER BY name").fetchall():
            if name == migrations.migrations_table:
                tables[name] = db.execute(f"SELECT migration_set, name FROM [{name}] ORDER BY id").fetchall()
            else:
                rows = db.execute(f"SELECT * FROM [{name}]").fetchall()
                if name.endswith("_fts_data"):
                    # a full-text index's structure record (id 10) starts with a cookie counting the
                    # changes made to it so far; what follows is the structure itself. Its averages
                    # record (id 1) of no rows is empty until the first write and zeros after a
                    # rebuild (a migration rebuilt one index): both say "no rows"
                    rows = [(i, b[4:] if i == 10 else b"" if i == 1 and not any(b) else b) for i, b in rows]
                tables[name] = sorted(rows, key=repr)
        pragmas = {p: db.execute(f"PRAGMA {p}").fetchone()[0] for p in PRAGMAS}
        check = db.execute("PRAGMA integrity_check").fetchall()
    finally:
        db.close()
    return {"master": master, "tables": tables, "pragmas": pragmas, "check": check}


def test_the_shipped_script_is_what_the_migrations_leave_now():
    from briefer.resources import resource_path

    shipped = resource_path(*schema_snapshot.SCRIPT).read_text(encoding="utf-8")
    assert shipped == schema_snapshot.generate(), (
        "resources/schema/new-database.sql is out of date: run python -m briefer.store.schema_snapshot")
    assert schema_snapshot.main(["--check"]) == 0


def test_a_new_database_is_the_one_the_migrations_make_object_by_object_and_row_by_row(tmp_path):
    Store.open(tmp_path / "new.sqlite", user="tester").close()
    made, replayed = _contents(tmp_path / "new.sqlite"), _contents(_replayed(tmp_path / "replayed.sqlite"))
    assert made["check"] == [("ok",)]
    assert made["pragmas"] == replayed["pragmas"]
    assert made["master"] == replayed["master"]
    assert set(made["tables"]) == set(replayed["tables"])
    for name in made["tables"]:
        assert made["tables"][name] == replayed["tables"][name], name
    # the full-text indexes' own settings came along (the notes index's hash size is set by a migration)
    assert ("hashsize", 1024 * 1024) in made["tables"]["search_notes_fts_config"]
    assert [n for _, n in made["tables"][migrations.migrations_table]] == [m.name for m in migrations._migrations]


def test_a_new_database_from_the_script_takes_notes_and_finds_them(tmp_path):
    from briefer.demo import load_demo
    from briefer.model import Note

    with Store.open(tmp_path / "new.sqlite", user="tester") as s:
        load_demo(s)
        meeting = s.meetings.list()[0]
        note = s.notes.add(Note(meeting_id=meeting.id, body="The host offers laboratory twinning with Zanzibar"))
        assert [h.record_id for h in s.search("Zanzibar")] == [note.id]
        assert [h.record_id for h in s.search("Zanz")] == [note.id]  # the prefix index came along
        assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("names", [
    pytest.param(lambda all_: all_[:-1], id="a migration added without regenerating the script"),
    pytest.param(lambda all_: [*all_, "m999_from_a_later_release"], id="a script naming an unknown migration"),
])
def test_a_script_not_standing_for_this_release_is_not_used_the_migrations_are_replayed(tmp_path, monkeypatch, names):
    shipped = schema_snapshot._shipped()
    monkeypatch.setattr(schema_snapshot, "_shipped",
                        lambda: (tuple(names([m.name for m in migrations._migrations])), shipped[1]))
    pending = []  # how many migrations each replay found to apply
    real_apply = migrations.apply
    monkeypatch.setattr(migrations, "apply",
                        lambda db, **kw: (pending.append(len(migrations.pending(db))), real_apply(db, **kw))[1])
    Store.open(tmp_path / "new.sqlite", user="tester").close()
    assert pending[0] == len(migrations._migrations)  # the new file was made by replaying every one
    made, replayed = _contents(tmp_path / "new.sqlite"), _contents(_replayed(tmp_path / "replayed.sqlite"))
    assert made["master"] == replayed["master"] and made["tables"] == replayed["tables"]


@pytest.fixture
def no_shipped_script(tmp_path, monkeypatch):
    """An incomplete installation: the resources folder is there, its schema script is not."""
    import briefer.resources

    real = briefer.resources.resource_path
    monkeypatch.setattr(briefer.resources, "resource_path",
                        lambda *parts: tmp_path.joinpath("gone", *parts) if parts == schema_snapshot.SCRIPT else real(*parts))
    forget = getattr(schema_snapshot._shipped, "cache_clear", lambda: None)  # the script is read once per process
    forget()
    yield
    forget()  # the next test reads the real script again


def test_a_missing_script_replays_the_migrations(tmp_path, no_shipped_script):
    Store.open(tmp_path / "new.sqlite", user="tester").close()
    made, replayed = _contents(tmp_path / "new.sqlite"), _contents(_replayed(tmp_path / "replayed.sqlite"))
    assert made["master"] == replayed["master"] and made["tables"] == replayed["tables"]


def test_an_encrypted_new_database_is_made_from_the_script_too(tmp_path):
    path = tmp_path / "secret.sqlite"
    with Store.open(path, user="tester", passphrase="correct horse battery") as s:
        names = [r[0] for r in s.db.execute(f"SELECT name FROM [{migrations.migrations_table}] ORDER BY id")]
        assert names == [m.name for m in migrations._migrations]
        assert s.db.execute("SELECT v FROM search_notes_fts_config WHERE k = 'hashsize'").fetchone()[0] == 1024 * 1024
    assert not path.read_bytes().startswith(b"SQLite format 3")


def test_the_maintainers_command_writes_the_script_and_check_names_a_stale_one(tmp_path, monkeypatch, capsys):
    # `python -m briefer.store.schema_snapshot [--check]`, run after adding a migration (and in review):
    # here against a resources folder of the test's own, so the shipped script is never touched
    import briefer.resources

    resources = tmp_path / "resources"
    real = briefer.resources.resource_path
    monkeypatch.setattr(briefer.resources, "resource_path",
                        lambda *parts: resources.joinpath(*parts) if parts == schema_snapshot.SCRIPT else real(*parts))
    script = resources / "schema" / "new-database.sql"

    assert schema_snapshot.main(["--check"]) == 1  # no script at all: out of date
    assert f"{script} is out of date: run python -m briefer.store.schema_snapshot" in capsys.readouterr().err
    assert not script.exists()  # checking writes nothing

    assert schema_snapshot.main([]) == 0  # its folder made as well
    assert capsys.readouterr().out == f"wrote {script}\n"
    assert script.read_text(encoding="utf-8") == schema_snapshot.generate()
    assert schema_snapshot.main(["--check"]) == 0 and capsys.readouterr().err == ""

    script.write_text(script.read_text(encoding="utf-8").replace("CREATE TABLE", "CREATE  TABLE", 1), encoding="utf-8")
    assert schema_snapshot.main(["--check"]) == 1
    assert str(script) in capsys.readouterr().err


def test_python_dash_m_check_exits_non_zero_on_a_missing_script(tmp_path):
    # how a maintainer or a review step runs it: as a module, its exit code telling whether to regenerate
    import subprocess
    import sys

    program = (
        "import runpy, pathlib, briefer.resources as r\n"
        "real = r.resource_path\n"
        f"here = pathlib.Path({str(tmp_path)!r})\n"
        "r.resource_path = lambda *p: here.joinpath(*p) if p == ('schema', 'new-database.sql') else real(*p)\n"
        "runpy.run_module('briefer.store.schema_snapshot', run_name='__main__')\n")
    done = subprocess.run([sys.executable, "-c", program, "--check"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done
    assert "new-database.sql is out of date" in done.stderr


def test_the_script_says_it_made_the_schema_and_leaves_nothing_to_replay(tmp_path):
    # its caller replays the migrations only when told the script was not used
    path = tmp_path / "new.sqlite"
    db = Database(open_keyed(path, None))
    try:
        configure(db.conn, path)
        assert schema_snapshot.create_schema(db) is True
        assert migrations.pending(db) == [] and "notes" in db.table_names()
        assert schema_snapshot.create_schema(db) is False  # a database with tables is never written over
    finally:
        db.close()


def test_a_new_database_is_made_without_replaying_a_single_migration(tmp_path, monkeypatch):
    # the point of the script: ~4 ms instead of ~50 ms per new file (benchmarks/new_database.py)
    replayed = []
    real_apply = migrations.apply

    def apply(db):
        replayed.extend(m.name for m in migrations.pending(db))
        return real_apply(db)

    monkeypatch.setattr(migrations, "apply", apply)
    Store.open(tmp_path / "new.sqlite", user="tester").close()
    Store.open(tmp_path / "secret.sqlite", user="tester", passphrase="correct horse battery").close()
    assert replayed == []
    monkeypatch.setattr(schema_snapshot, "_shipped", lambda: None)  # and the counting does count
    Store.open(tmp_path / "old-way.sqlite", user="tester").close()
    assert replayed == [m.name for m in migrations._migrations]


def _memory_as_file(store: Store, path: Path) -> Path:
    store.db.execute("VACUUM INTO ?", [str(path)])
    return path


def test_an_in_memory_store_is_made_from_the_script_and_is_the_database_the_migrations_make(tmp_path, monkeypatch):
    """The tests' (and previews') in-memory stores: the same database as a new file, without the replay."""
    replays = []
    real_apply = migrations.apply
    monkeypatch.setattr(migrations, "apply", lambda db, **kw: (replays.append(db), real_apply(db, **kw))[1])
    store = Store.memory()
    assert replays == []  # nothing replayed: the script made it
    made = _contents(_memory_as_file(store, tmp_path / "memory.sqlite"))
    replayed = _contents(_replayed(tmp_path / "replayed.sqlite"))
    assert made["master"] == replayed["master"] and made["tables"] == replayed["tables"]
    assert [n for _, n in made["tables"][migrations.migrations_table]] == [m.name for m in migrations._migrations]


def test_an_in_memory_store_replays_the_migrations_when_the_script_is_out_of_date(tmp_path, monkeypatch):
    shipped = schema_snapshot._shipped()
    monkeypatch.setattr(schema_snapshot, "_shipped",
                        lambda: (tuple(m.name for m in migrations._migrations[:-1]), shipped[1]))
    pending = []
    real_apply = migrations.apply
    monkeypatch.setattr(migrations, "apply",
                        lambda db, **kw: (pending.append(len(migrations.pending(db))), real_apply(db, **kw))[1])
    made = _contents(_memory_as_file(Store.memory(), tmp_path / "memory.sqlite"))
    assert pending == [len(migrations._migrations)]
    replayed = _contents(_replayed(tmp_path / "replayed.sqlite"))
    assert made["master"] == replayed["master"] and made["tables"] == replayed["tables"]
