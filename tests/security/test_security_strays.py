"""What a killed backup, restore, conversion or first start leaves beside the database is removed at the next
open, named, and nothing else is touched (briefer/store/wholefile/strays.py).

A whole-file operation writes its new file under a hidden temporary name and renames it into place when it is
complete; SIGKILL or a power cut half-way leaves that file — a near-complete copy of the conference's database,
in clear when the database is plain. The next command that has the database alone removes every such file (with
its ``-wal``/``-journal`` companions) and says so; another database's leftovers in the same folder, a folder of
a look-alike name and the user's own files stay as they are.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.store.wholefile.strays import find_strays


def _check(capsys) -> list[str]:
    capsys.readouterr()
    code = main(["check"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out.splitlines()


@pytest.fixture
def crash_left(loaded_data_dir) -> tuple[Path, list[str]]:
    """Every temporary file a killed whole-file operation can leave, each a copy of the database, as a crash leaves them."""
    data = loaded_data_dir
    db = data / "briefer.sqlite"
    backups = data / "backups"
    (backups / "chunks").mkdir(parents=True, exist_ok=True)
    left = [
        ".briefer.sqlite.converting-1a2b", ".briefer.sqlite.converting-1a2b-journal",  # encrypt / decrypt / passphrase
        ".briefer.sqlite.restoring-3c4d", ".briefer.sqlite.restoring-3c4d-wal",  # restore, before its swap
        ".briefer.sqlite.creating-5e6f",  # first start
        ".briefer-fill-briefer.sqlite-7a8b",  # an archive restored into an empty store
        ".briefer.sqlite.journal-9c0d",  # the conversion journal being written
        "backups/.partial-2026-12-04",  # a backup being written
        "backups/.converting-2026-12-03",  # a backup given the new key
        "backups/chunks/.partial-abc",  # a chunk of an incremental backup
    ]
    for name in left:
        shutil.copyfile(db, data / name)
    return data, left


def test_the_next_command_removes_what_a_crash_left_and_names_each_file(crash_left, capsys):
    data, left = crash_left
    # not ours: another database's leftover in the same folder, a folder of a look-alike name, the user's file
    others = [data / ".other.sqlite.converting-1a2b", data / "briefer.sqlite.converting-notes.txt",
              data / "backups" / "partial-notes.txt"]
    for path in others:
        path.write_bytes(b"not Briefer's")
    (data / ".briefer.sqlite.converting-folder").mkdir()

    lines = _check(capsys)

    removed = sorted(line.split(": ", 1)[1] for line in lines
                     if line.startswith("removed a file left by an interrupted backup, restore or conversion: "))
    assert removed == sorted(left)
    assert not [name for name in left if (data / name).exists()]
    assert all(path.read_bytes() == b"not Briefer's" for path in others)
    assert (data / ".briefer.sqlite.converting-folder").is_dir()
    assert lines[-1].startswith("ok: ")  # the database itself is sound and opened
    assert not [line for line in lines if line.startswith("warning: ")]
    # said once: the next command finds nothing left
    assert not [line for line in _check(capsys) if "interrupted" in line]


def test_a_leftover_that_is_a_dangling_link_is_removed_too(loaded_data_dir, capsys):
    """A symlink (a sync tool's, a restore from a copy of the folder) whose target is gone is still a leftover."""
    data = loaded_data_dir
    link = data / ".briefer.sqlite.restoring-1a2b"
    link.symlink_to(data / "gone.sqlite")

    lines = _check(capsys)

    assert f"removed a file left by an interrupted backup, restore or conversion: {link.name}" in lines
    assert not link.is_symlink()
    assert find_strays(data / "briefer.sqlite", data / "backups") == []
