"""What a restored database finds beside it once it is put in place (briefer/store/wholefile/swap.py).

The restore's check that nobody has the database open (briefer/store/wholefile/swap.py's ``ensure_not_in_use``) is
a moment before the rename: a program outside Briefer (a SQLite browser: no Briefer hold keeps it out) can open the
file in between. Its WAL and wal-index are then beside the database when the backup's copy is renamed over it; left
there, the next command would replay that program's saves — pages of the file replaced — into the restored one.
"""

from __future__ import annotations

import errno
import subprocess
import sys
from pathlib import Path

from briefer.cli import main
from briefer.model import Note
from briefer.store import Store
from briefer.store.wholefile import swap
from briefer.store.wholefile.strays import find_strays


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# Another program (a SQLite browser: no Briefer hold, so nothing keeps it out) that opens the database, saves into it
# and stays open, printing "ready" once its save is in its WAL.
_OTHER_PROGRAM = """
import sys, sqlcipher3
conn = sqlcipher3.connect(sys.argv[1])
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("UPDATE notes SET body = 'saved by the other program ' || body")
conn.commit()
print("ready", flush=True)
sys.stdin.read()  # open until the test is done
"""


def test_a_program_that_opens_the_database_just_before_the_swap_leaves_nothing_in_the_restored_one(
        data_dir, capsys, monkeypatch):
    """It opens the file after the restore's check that nobody has it open, just before the backup's copy is renamed
    over it: its saves go to the file replaced (lost with it, as they would be had it opened a moment earlier), and
    its WAL beside the database must not be replayed into the restored one by the next command."""
    assert main(["autolock", "5"]) == 0
    with Store.open(data_dir / "briefer.sqlite") as s:
        s.notes.add(Note(body="in the backup"))
    assert main(["backup"]) == 0
    name = capsys.readouterr()[0].split("backup written: ")[1].split()[0]
    db = data_dir / "briefer.sqlite"
    with Store.open(db) as s:
        for i in range(30):
            s.notes.add(Note(body=f"written after the backup {i} " + "text " * 40))
    others: list[subprocess.Popen] = []
    real_flush = swap.fsync_file

    def flush_while_another_opens(path):
        if path.name.startswith(".briefer.sqlite.restoring-") and not others:
            other = subprocess.Popen([sys.executable, "-c", _OTHER_PROGRAM, str(db)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
            others.append(other)
            assert other.stdout.readline().strip() == "ready"
            assert Path(f"{db}-wal").stat().st_size > 0
        real_flush(path)

    monkeypatch.setattr(swap, "fsync_file", flush_while_another_opens)
    try:
        code, out, err = _run(capsys, "restore", name)
        assert others and code == 0, err
        monkeypatch.setattr(swap, "fsync_file", real_flush)
        with Store.open(db) as s:  # the next command, while the other program is still open
            assert [n.body for n in s.notes.list()] == ["in the backup"]
        code, out, err = _run(capsys, "check")
        assert code == 0, out + err
    finally:
        for other in others:
            other.stdin.close()
            other.wait(timeout=30)


def test_an_import_into_an_empty_store_whose_copy_fails_half_way_says_so_and_imports_nothing(
        tmp_path, mini_demo, capsys, monkeypatch):
    """A bundle imported into an empty store fills a copy of the database (briefer/store/wholefile/fresh.py); the disk
    fills up while that copy is written. The user is told in one line, nothing is imported, no copy is left behind,
    and with room again the same import works."""
    laptop, bundle = tmp_path / "laptop", tmp_path / "all.briefer"
    assert main(["--data-dir", str(laptop), "demo"]) == 0
    assert main(["--data-dir", str(laptop), "export", "bundle", "--all", "-o", str(bundle)]) == 0
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    real_copy = swap.copy_private

    def copy_until_the_disk_is_full(src, dst):
        dst.write_bytes(src.read_bytes()[:4096])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(swap, "copy_private", copy_until_the_disk_is_full)
    code, out, err = _run(capsys, "--data-dir", str(data), "import", str(bundle))
    assert code != 0
    assert err.strip().splitlines() == [
        f"briefer: error: the disk is full: {bundle}: bundle: cannot copy the database file (No space left on "
        "device); nothing was imported — free space and try again"], err
    monkeypatch.setattr(swap, "copy_private", real_copy)
    assert _run(capsys, "--data-dir", str(data), "list", "notes")[1].strip() == "no notes yet"
    assert find_strays(data / "briefer.sqlite", data / "backups") == []
    code, out, err = _run(capsys, "--data-dir", str(data), "import", str(bundle))  # room again: the same import works
    assert code == 0, err
    assert "Minutes mention" in _run(capsys, "--data-dir", str(data), "list", "notes")[1]
