"""The conversion journal as a user meets it: written safely or not at all, never readable by others,
never a source of SQLCipher chatter (briefer/store/wholefile/journal.py).

``briefer encrypt`` (or ``passphrase``, ``decrypt``) writes a small journal beside the database before
the first file is touched, so that a kill half-way is finished at the next start
(tests/security/test_security_conversion_kill.py kills it at each step). These tests cover what those do
not: a journal that cannot be written stops the conversion before anything is changed, and says why in
one line; the journal is owner-only and holds no passphrase in clear while a conversion is under way;
the next command after a killed passphrase change prints no SQLCipher log lines when the journal does not
open with the passphrase the user gave.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from security_helpers import files_containing
from test_security_conversion_kill import ACTOR, CRYPTO, NEW, OLD, ROOT, _kill_at, _run

from briefer.cli import main
from briefer.store.db import is_encrypted
from briefer.store.wholefile import journal as journal_mod
from briefer.store.wholefile.journal import journal_exists, journal_path
from briefer.store.wholefile.strays import find_strays
from tests.cheap_kdf import child_env, child_pythonpath
from tests.open_files import handles_on, needs_proc

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL, umask")


def test_an_encrypt_whose_journal_cannot_be_written_changes_nothing_and_says_so(cheap_kdf, loaded_data_dir, capsys,
                                                                                monkeypatch):
    """The disk refuses the journal's flush (ENOSPC on fsync): the encryption does not start without it."""
    data = loaded_data_dir
    db = data / "briefer.sqlite"
    before = db.read_bytes()

    def no_room(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    real_fsync = journal_mod.fsync_file
    monkeypatch.setattr(journal_mod, "fsync_file", no_room)
    monkeypatch.setenv("BRIEFER_PASSPHRASE", OLD)
    capsys.readouterr()
    code = main(["encrypt"])
    out, err = capsys.readouterr()
    assert code != 0
    assert err.strip().splitlines() == [
        f"briefer: error: the disk is full: {db}: cannot write the conversion journal (No space left on device); "
        "nothing was changed — free space and try again"]
    # nothing was changed: the database still plain, byte for byte, and nothing left beside it
    assert not is_encrypted(db) and db.read_bytes() == before
    assert not journal_exists(db)
    assert find_strays(db, data / "backups") == []
    assert [p.name for p in data.iterdir() if ".journal-" in p.name] == []
    monkeypatch.setattr(journal_mod, "fsync_file", real_fsync)
    assert "encrypted:" in _run(capsys, "encrypt")  # once the disk has room again, the same command works


def test_while_an_encrypt_runs_its_journal_is_owner_only_and_holds_no_passphrase(cheap_kdf, loaded_data_dir, capsys,
                                                                                monkeypatch):
    data = loaded_data_dir
    db = data / "briefer.sqlite"
    umask = os.umask(0o022)
    try:  # killed once the journal is written, before the database is converted
        _kill_at(data, f"{CRYPTO}:_convert_database:before:1", "encrypt", BRIEFER_PASSPHRASE=OLD)
    finally:
        os.umask(umask)
    journal = journal_path(db)
    assert journal.exists()
    assert journal.stat().st_mode & 0o777 == 0o600
    assert files_containing(data, OLD) == []
    # and the next command drops it (nothing was converted yet)
    monkeypatch.setenv("BRIEFER_PASSPHRASE", OLD)
    _run(capsys, "check")
    assert not journal_exists(db) and not is_encrypted(db)


def test_after_a_killed_passphrase_change_the_next_command_prints_no_sqlcipher_log(cheap_kdf, loaded_data_dir, capsys,
                                                                                   monkeypatch):
    """Killed before the swap: the journal is keyed with the new passphrase, the database still with the old one.
    The next command, given the old one, finds the journal does not open with it and drops it — silently: SQLCipher
    would log the failed decryption ("ERROR CORE … hmac check failed") to the process's stderr unless told not to,
    so this runs the command in a fresh process, as a user does."""
    data = loaded_data_dir
    monkeypatch.setenv("BRIEFER_PASSPHRASE", OLD)
    _run(capsys, "encrypt")
    _kill_at(data, f"{CRYPTO}:replace_database:before:1", "passphrase", BRIEFER_PASSPHRASE=OLD,
             BRIEFER_NEW_PASSPHRASE=NEW)
    db = data / "briefer.sqlite"
    assert journal_exists(db)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RACE_", "BRIEFER_"))}
    env.update(PYTHONPATH=child_pythonpath(ROOT), BRIEFER_PASSPHRASE=OLD, **child_env())  # the keys' cheap derivation too
    done = subprocess.run([sys.executable, str(ACTOR), "cli", str(data), "list", "people"], env=env,
                          capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert not journal_exists(db)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names a flushed file by /proc/self/fd (Linux)")
def test_an_encrypts_journal_is_on_disk_before_the_database_or_a_backup_is_touched(cheap_kdf, loaded_data_dir, capsys,
                                                                                monkeypatch):
    """A power cut during an ``encrypt`` must find the journal that says how to finish or undo it: the journal is
    flushed under its temporary name, renamed into place, and the data folder's entries flushed (so the rename is
    on disk too) before the first file is converted. No process can see the difference; the flushes the kernel
    was asked for are what a power cut keeps."""
    from briefer.store.wholefile import crypto

    data = loaded_data_dir
    events: list = []
    real_fsync = os.fsync

    def fsync(fd):
        events.append(Path(os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def marked(function):
        def convert(*args, **kwargs):
            events.append("convert")
            return function(*args, **kwargs)
        return convert

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(crypto, "_convert_database", marked(crypto._convert_database))
    monkeypatch.setattr(crypto, "_convert_copies", marked(crypto._convert_copies))
    monkeypatch.setenv("BRIEFER_PASSPHRASE", OLD)
    assert "encrypted:" in _run(capsys, "encrypt")
    before = events[:events.index("convert")]
    folder = data.resolve()
    journal = [i for i, p in enumerate(before) if p.parent == folder and p.name.startswith(".briefer.sqlite.journal-")]
    assert journal, before
    assert folder in before[max(journal) + 1:], before  # the folder's entries (the rename), after the journal's bytes
    assert is_encrypted(data / "briefer.sqlite") and not journal_exists(data / "briefer.sqlite")


def test_a_journal_gone_by_the_time_it_is_read_is_no_journal(tmp_path):
    """Another command finished the conversion and removed its journal between this one seeing it and reading
    it: there is nothing to finish — no error, and reading it leaves no file behind."""
    db = tmp_path / "briefer.sqlite"
    assert journal_mod.read_journal(db, OLD) is None
    assert list(tmp_path.iterdir()) == []


@needs_proc
def test_the_journal_is_closed_before_it_is_put_in_place(cheap_kdf, tmp_path, monkeypatch):
    """Windows refuses to rename a file that is open: the journal's own connection must be closed before the
    journal is renamed into place — checked here on any system, by the files the process has open then."""
    db = tmp_path / "briefer.sqlite"
    open_at_rename = []
    real_replace = os.replace

    def replace(src, dst):
        open_at_rename.append(handles_on(Path(src)))
        real_replace(src, dst)

    monkeypatch.setattr(journal_mod.os, "replace", replace)
    journal_mod.write_journal(db, None, NEW)
    assert open_at_rename == [[]]
    assert journal_mod.read_journal(db, NEW) == (None, NEW)
