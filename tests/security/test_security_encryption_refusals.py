"""Encrypting refused, and nothing changed: a database with damage SQLite finds, and one that another
program (not Briefer: a database browser, the sqlite3 shell) has open.

Both would otherwise be converted: the first into a copy that looks sound and hides the damage (the
export copies what it can read, and the row counts agree with the damaged original), the second
swapped from under the other program, whose later writes then go to a file that is no longer there.
"""

from __future__ import annotations

import sqlite3

from security_helpers import digest

from briefer.cli import main
from briefer.store.access import DatabaseState, database_state
from tests.conftest import nulls_in_a_not_null_column

PASS = "correct horse battery"


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_damaged_database_is_not_encrypted_and_the_damage_is_named(loaded_data_dir, capsys, monkeypatch):
    db = loaded_data_dir / "briefer.sqlite"
    nulls_in_a_not_null_column(db)
    before = digest(db)
    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
    code, out, err = _run(capsys, "encrypt")
    assert code != 0 and out == ""
    assert "the database is damaged (NULL value in walking_defaults.minutes" in err and "not converted" in err
    assert database_state(db) is DatabaseState.PLAIN and digest(db) == before
    assert [p.name for p in loaded_data_dir.iterdir() if p.name.startswith(".")] == []  # no half copy left


#: A database browser in a process of its own (POSIX locks are per process: a second connection in
#: the test's own process would be seen as ours): opens the file, writes, waits for a line, writes again.
BROWSER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("INSERT INTO meta (key, value) VALUES ('seen-by', 'a browser')")
con.commit()
print(con.execute("PRAGMA journal_mode").fetchone()[0], flush=True)
sys.stdin.readline()
con.execute("UPDATE meta SET value = 'a browser, still' WHERE key = 'seen-by'")
con.commit()
con.close()
"""


def test_a_database_another_program_has_open_is_not_encrypted(loaded_data_dir, capsys, monkeypatch):
    import subprocess
    import sys

    db = loaded_data_dir / "briefer.sqlite"
    browser = subprocess.Popen([sys.executable, "-c", BROWSER, str(db)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    try:
        assert browser.stdout.readline().strip() == "wal"  # open, with its WAL beside the file
        monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
        code, _, err = _run(capsys, "encrypt")
        assert code == 6 and "has the database open" in err and "nothing was changed" in err
        assert database_state(db) is DatabaseState.PLAIN
    finally:
        browser.communicate("go on\n", timeout=30)
    assert browser.returncode == 0
    with sqlite3.connect(db) as again:  # its later write landed in the database, not in a replaced file
        assert again.execute("SELECT value FROM meta WHERE key = 'seen-by'").fetchone()[0] == "a browser, still"
    again.close()
