"""A folder where the conversion journal would be (``.briefer.sqlite.conversion``, made by hand, by a
sync tool or by restoring the wrong thing) is not a journal: the app starts and the data are read as
always, the folder is left alone, and encrypting is refused naming it, with the database unchanged.

Before, every start took the folder for a journal left by a killed conversion and stopped with
IsADirectoryError when it came to remove it."""

from __future__ import annotations

from security_helpers import digest

from briefer.store.access import DatabaseState, database_state
from tests.conftest import run_cli

PASS = "correct horse battery"


def test_the_app_starts_and_reads_its_data_beside_a_folder_named_like_the_journal(loaded_data_dir, capsys):
    folder = loaded_data_dir / ".briefer.sqlite.conversion"
    folder.mkdir()
    (folder / "notes.txt").write_text("someone's own file", encoding="utf-8")
    before = digest(loaded_data_dir / "briefer.sqlite")
    code, out, err = run_cli(capsys, "list", "meetings")
    assert (code, err) == (0, "") and "India" in out
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "someone's own file"
    assert digest(loaded_data_dir / "briefer.sqlite") == before


def test_encrypting_beside_that_folder_is_refused_naming_it_and_nothing_changes(loaded_data_dir, capsys, monkeypatch,
                                                                             cheap_kdf):
    (loaded_data_dir / ".briefer.sqlite.conversion").mkdir()
    db = loaded_data_dir / "briefer.sqlite"
    before = digest(db)
    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
    code, out, err = run_cli(capsys, "encrypt")
    assert code != 0 and out == ""
    assert "cannot write the conversion journal (.briefer.sqlite.conversion is a folder: move it away)" in err, err
    assert "nothing was changed" in err and "Traceback" not in err
    assert database_state(db) is DatabaseState.PLAIN and digest(db) == before
    # and the next start is an ordinary one
    assert run_cli(capsys, "list", "meetings")[0] == 0
