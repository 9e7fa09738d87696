"""The hold on the database (briefer/store/wholefile/hold.py) and the restore into an empty store
(briefer/store/wholefile/fresh.py), as a user meets them: other programs are separate processes.

Found by mutation testing (fourteenth session): a lock file that cannot be opened, a store that let go
of its hold without knowing it after another window kept it from restoring the fast way, a refusal
that named the wrong operation, and the copy a killed restore left that the next restore never tidied.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefer.exchange.bundle import export_bundle
from briefer.exchange.merge import import_bundle
from briefer.model import Note
from briefer.store import Store
from tests.conftest import run_cli
from tests.cheap_kdf import child_pythonpath

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name != "posix", reason="other programs with POSIX file locks")

#: Another program asks for the database alone (as `briefer restore` would) and says whether it got it.
ASK_ALONE = """
import sys
from briefer.store.wholefile.hold import EXCLUSIVE, Hold
h = Hold(sys.argv[1])
got = h.try_acquire(EXCLUSIVE, 0)
print("alone" if got else f"refused: another Briefer is {h.busy_with()} this database")
"""

#: Another window: opens the store, says so, and keeps it open until told to close.
WINDOW = """
import sys
from briefer.store import Store
with Store.open(sys.argv[1], user="window") as s:
    print("open", flush=True)
    sys.stdin.readline()
print("closed", flush=True)
"""


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": child_pythonpath(ROOT)}


def other_program_asks_alone(db: Path) -> str:
    done = subprocess.run([sys.executable, "-c", ASK_ALONE, str(db)], env=_env(), cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@contextlib.contextmanager
def window_with(db: Path):
    """Another Briefer window with ``db`` open (a separate process: POSIX locks are per process); it closes
    when sent "close", and is killed if the test ends first."""
    Store.open(db, user="setup").close()
    window = subprocess.Popen([sys.executable, "-c", WINDOW, str(db)], env=_env(), cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert window.stdout.readline().strip() == "open", window.stderr.read()
        yield window
    finally:
        if window.poll() is None:
            window.kill()
            window.wait()


@pytest.fixture
def archive(tmp_path) -> Path:
    with Store.open(tmp_path / "laptop.sqlite", user="anouk") as s:
        s.notes.put_many([Note(author="anouk", body=f"note {i}") for i in range(20)])
        export_bundle(s, tmp_path / "laptop.briefer")
    return tmp_path / "laptop.briefer"


def test_a_lock_file_that_cannot_be_opened_is_refused_in_one_line_and_changes_nothing(data_dir, capsys):
    assert run_cli(capsys, "autolock", "5")[0] == 0
    db = data_dir / "briefer.sqlite"
    before = db.read_bytes()
    lock = data_dir / "briefer.sqlite.lock"
    lock.unlink()
    lock.mkdir()  # something else sits where the lock file belongs
    code, out, err = run_cli(capsys, "autolock", "3")
    assert code != 0
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "cannot open the database's lock file" in lines[0], err
    assert "(Is a directory)" in lines[0] and "Errno" not in lines[0], err  # what went wrong, said plainly
    assert db.read_bytes() == before


def test_a_store_that_could_not_restore_alone_still_holds_its_file_afterwards(tmp_path, archive):
    """Another window kept the fast restore out; the import went the usual way — and while the
    importing store stays open, no other program may replace the file under it, also once the
    window has closed."""
    db = tmp_path / "data" / "briefer.sqlite"
    db.parent.mkdir()
    with window_with(db) as window:
        with Store.open(db, user="me") as s:
            assert s.is_empty()
            import_bundle(s, archive)  # not alone: imported through the store as usual
            assert s.notes.count() == 20
            out, err = window.communicate("close\n", timeout=120)
            assert window.returncode == 0 and "closed" in out, err
            assert other_program_asks_alone(db).startswith("refused")  # we still hold it
            s.notes.add(Note(author="me", body="written after the window closed"))
        assert other_program_asks_alone(db) == "alone"
    with Store.open(db, user="check") as s:
        assert s.notes.count() == 21


def test_while_an_empty_store_is_filled_another_program_is_told_it_is_being_restored(tmp_path, archive):
    db = tmp_path / "data" / "briefer.sqlite"
    db.parent.mkdir()
    from briefer.store.wholefile.fresh import fresh_file

    with Store.open(db, user="me") as s:
        with fresh_file(s) as fresh:
            assert fresh is not None  # alone: the fast way
            assert other_program_asks_alone(db) == "refused: another Briefer is restoring this database"
        assert other_program_asks_alone(db).startswith("refused")  # our own shared hold again
    assert other_program_asks_alone(db) == "alone"


def test_the_copy_a_killed_restore_left_is_removed_by_the_next_restore_into_the_empty_store(tmp_path, archive):
    """Opened while another window had the file, the store could not tidy at its open; the next
    restore into it, alone by then, removes the killed restore's copy (it may be hundreds of MB)."""
    db = tmp_path / "data" / "briefer.sqlite"
    db.parent.mkdir()
    with window_with(db) as window:
        left = db.parent / ".briefer-fill-briefer.sqlite-0123abcd.sqlite"  # a restore killed half-way
        left.write_bytes(b"half a database" * 1000)
        other = db.parent / ".briefer-fill-other.sqlite-0123abcd.sqlite"  # another database's: not ours
        other.write_bytes(b"another database's fill")
        with Store.open(db, user="me") as s:
            assert left.exists()  # the window has it open: nothing tidied at the open
            out, err = window.communicate("close\n", timeout=120)
            assert window.returncode == 0, err
            import_bundle(s, archive)
            assert s.notes.count() == 20
    assert sorted(p.name for p in db.parent.glob(".briefer-fill-*")) == [other.name]


#: Another window opening the database (a shared hold, without waiting) and saying whether it may.
ASK_SHARED = """
import sys
from briefer.store.wholefile.hold import SHARED, Hold
h = Hold(sys.argv[1])
print("may open" if h.try_acquire(SHARED, 0) else f"refused: another Briefer is {h.busy_with()} this database")
"""


def test_after_a_restore_into_an_empty_store_another_window_may_open_the_database_again(tmp_path):
    """The fast restore holds the file alone while it fills the copy; once it is in place the store goes back to
    sharing it, so a second window (or `briefer list meetings`) opens it while the first stays open."""
    from briefer.store.wholefile.fresh import fresh_file

    db = tmp_path / "data" / "briefer.sqlite"
    db.parent.mkdir()

    def another_window() -> str:
        done = subprocess.run([sys.executable, "-c", ASK_SHARED, str(db)], env=_env(), cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    with Store.open(db, user="me") as s:
        assert another_window() == "may open"
        with fresh_file(s) as fresh:
            assert fresh is not None  # alone: the fast way
            fresh.notes.add(Note(author="me", body="restored"))
            assert another_window() == "refused: another Briefer is restoring this database"
        assert another_window() == "may open"
        assert [n.body for n in s.notes.list()] == ["restored"]


# ------------------------------------------------------------------ fifteenth session: the fill's own file

def _held_open(folder: Path) -> list[str]:
    """The files under ``folder`` this process has open (as /proc names them: a deleted one ends in " (deleted)")."""
    folder = str(folder.resolve())
    names = []
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            target = os.readlink(f"/proc/self/fd/{fd}")
            if target.startswith(folder + os.sep):
                names.append(target[len(folder) + 1:])
    return sorted(names)


@contextlib.contextmanager
def _no_cycle_collector():
    """What is left open must be closed by Briefer itself, not by a garbage collection that may come late."""
    import gc

    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def test_a_restore_into_an_empty_database_keeps_the_database_s_permissions(tmp_path, archive):
    """A database copied from a USB stick comes 0755; its first open makes it owner-only (0700, the owner's
    bits kept). The restore into it puts a new file in place — with that same mode, not another one."""
    db = tmp_path / "data" / "briefer.sqlite"
    db.parent.mkdir()
    Store.open(db, user="setup").close()
    os.chmod(db, 0o755)
    with Store.open(db, user="me") as s:
        assert db.stat().st_mode & 0o777 == 0o700  # tightened at the open
        inode = db.stat().st_ino
        import_bundle(s, archive)
        assert db.stat().st_ino != inode  # the fast way: a new file put in place
        assert db.stat().st_mode & 0o777 == 0o700
        assert s.notes.count() == 20


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="lists the process's open files in /proc (Linux)")
def test_a_restore_into_an_empty_database_leaves_only_the_store_s_own_connection_open(tmp_path, archive):
    """The copy that was filled is closed before it is put in place: afterwards the window has the database
    open once (its own connection), not a second time through a connection nobody uses any more."""
    db = tmp_path / "data" / "briefer.sqlite"
    db.parent.mkdir()
    with _no_cycle_collector(), Store.open(db, user="me") as s:
        before = _held_open(db.parent)
        inode = db.stat().st_ino
        import_bundle(s, archive)
        assert db.stat().st_ino != inode  # the fast way
        assert s.notes.count() == 20
        assert _held_open(db.parent) == before, before


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="lists the process's open files in /proc (Linux)")
def test_a_refused_restore_into_an_empty_database_gives_the_copy_s_disk_space_back_at_once(tmp_path, archive):
    """A restore refused half-way deletes the copy it was filling — and closes it, so the space (hundreds of MB
    for a real conference) is free at once, not held by a deleted file still open until the window closes."""
    from briefer.errors import ImportFailed

    damaged = tmp_path / "damaged.briefer"  # an archive cut short on its way from the other laptop
    damaged.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    db = tmp_path / "data" / "briefer.sqlite"
    db.parent.mkdir()
    with _no_cycle_collector(), Store.open(db, user="me") as s:
        before = _held_open(db.parent)
        with pytest.raises(ImportFailed) as refused:
            import_bundle(s, damaged)
        assert "nothing was imported" in str(refused.value)
        assert _held_open(db.parent) == before, _held_open(db.parent)
        assert not list(db.parent.glob(".briefer-fill-*"))
        assert s.is_empty()


# ------------------------------------------------------------------ fifteenth session: the lock file and its word

def test_the_lock_file_beside_the_database_is_the_owner_s_alone_and_writable_by_every_window(tmp_path):
    """Made 0600 (under the usual umask 022): any window of the owner can open it read-write to take its
    hold, and nobody else learns from it what the owner's Briefer is doing."""
    db = tmp_path / "data" / "briefer.sqlite"
    db.parent.mkdir()
    with Store.open(db, user="me"):
        pass
    assert (db.parent / "briefer.sqlite.lock").stat().st_mode & 0o777 == 0o600


class _Clock:
    """The hold's clock, moved on only by its own waiting: how long it waits, exactly, whatever the load."""

    def __init__(self):
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.now += seconds


def test_a_restore_waits_two_seconds_for_another_window_to_close_then_refuses(tmp_path, monkeypatch):
    """What `briefer restore` does while a window has the database open: it gives the window two seconds (a
    window being closed lets go in that time), then refuses in one line, the database untouched."""
    from briefer.store.wholefile import hold as hold_mod

    clock = _Clock()
    monkeypatch.setattr(hold_mod, "time", clock)
    db = tmp_path / "briefer.sqlite"
    window = hold_mod.Hold(db).share()  # another window (its own open lock file: flock holds are per open file)
    try:
        with pytest.raises(hold_mod.DatabaseInUse, match="another Briefer window or command has the database open"):
            with hold_mod.exclusive(db, "restoring"):
                pass
        assert 2.0 <= clock.now - 1000.0 < 2.1  # two seconds of asking, polled every 20 ms
    finally:
        window.release()


def test_a_window_opened_during_a_restore_waits_ten_seconds_for_it_then_refuses(tmp_path, monkeypatch):
    from briefer.store.wholefile import hold as hold_mod

    clock = _Clock()
    monkeypatch.setattr(hold_mod, "time", clock)
    db = tmp_path / "briefer.sqlite"
    with hold_mod.exclusive(db, "restoring"):
        with pytest.raises(hold_mod.DatabaseBusy, match="another Briefer is restoring this database"):
            hold_mod.Hold(db).share()
        assert 10.0 <= clock.now - 1000.0 < 10.1


#: A whole-file operation killed while it held the database alone (SIGKILL: its lock is let go, its word stays).
KILLED_WHILE_ALONE = """
import sys, time
from briefer.store.wholefile.hold import exclusive
with exclusive(sys.argv[1], "setting aside"):
    print("alone", flush=True)
    time.sleep(600)
"""


def test_a_restore_after_an_operation_killed_half_way_is_named_right_to_a_refused_program(tmp_path):
    import signal

    from briefer.store.wholefile.hold import exclusive

    db = tmp_path / "briefer.sqlite"
    killed = subprocess.Popen([sys.executable, "-c", KILLED_WHILE_ALONE, str(db)], env=_env(), cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert killed.stdout.readline().strip() == "alone", killed.stderr.read()
    finally:
        killed.send_signal(signal.SIGKILL)
        killed.wait()
    with exclusive(db, "restoring"):
        assert other_program_asks_alone(db) == "refused: another Briefer is restoring this database"


def test_once_a_restore_is_over_it_is_not_named_for_what_holds_the_database_next(tmp_path):
    """A window closing holds the file alone for a moment (to mark it checked) without saying what for; a
    program refused then is told "replacing" — not "restoring" about a restore that has finished."""
    from briefer.store.wholefile.hold import EXCLUSIVE, DatabaseBusy, Hold, exclusive

    db = tmp_path / "briefer.sqlite"
    with exclusive(db, "restoring"):
        pass
    closing = Hold(db)
    assert closing.try_acquire(EXCLUSIVE, 0)
    try:
        with pytest.raises(DatabaseBusy) as refused:
            Hold(db).share(wait=0)
        assert str(refused.value.message) == "another Briefer is replacing this database; try again when it is done"
    finally:
        closing.release()


def test_a_window_refused_during_a_restore_does_not_wipe_what_the_restore_said(tmp_path):
    """A window that could not open (a restore was running) lets go of its lock file; the next program
    refused is still told what is going on."""
    from briefer.store.wholefile.hold import DatabaseBusy, Hold, exclusive

    db = tmp_path / "briefer.sqlite"
    with exclusive(db, "restoring"):
        window = Hold(db)
        with pytest.raises(DatabaseBusy, match="restoring"):
            window.share(wait=0)
        window.release()
        assert other_program_asks_alone(db) == "refused: another Briefer is restoring this database"


def test_a_restore_into_an_empty_database_another_window_has_open_goes_the_usual_way_without_waiting(
        tmp_path, archive, monkeypatch):
    """The fast way is taken only if the file is free at once: with another window open the restore writes
    through the store straight away — it does not first stand waiting for that window to close."""
    from briefer.store.wholefile import hold as hold_mod

    db = tmp_path / "data" / "briefer.sqlite"
    db.parent.mkdir()
    Store.open(db, user="setup").close()
    window = hold_mod.Hold(db).share()  # another window (its own open lock file: flock holds are per open file)
    try:
        with Store.open(db, user="me") as s:
            clock = _Clock()
            monkeypatch.setattr(hold_mod, "time", clock)
            inode = db.stat().st_ino
            import_bundle(s, archive)
            assert clock.now == 1000.0  # not a moment spent waiting for the window
            assert db.stat().st_ino == inode  # the usual way: no file swapped under the window
            assert s.notes.count() == 20
    finally:
        window.release()


def test_a_restore_while_the_database_is_still_being_checked_is_refused_and_changes_nothing(tmp_path, archive):
    """The window opens before its integrity check has finished, writes blocked until it passes (or for good,
    when the file is damaged). A restore into the empty database then is refused like any other write — the
    fast way must not swap a new file in under the check."""
    from briefer.errors import ImportFailed, Refused

    db = tmp_path / "data" / "briefer.sqlite"
    db.parent.mkdir()
    Store.open(db, user="setup").close()
    with Store.open(db, user="me", check=False) as s:
        assert not s.writable
        inode = db.stat().st_ino
        with pytest.raises((Refused, ImportFailed), match="still checking the database"):
            import_bundle(s, archive)
        assert db.stat().st_ino == inode
        assert s.is_empty()
    with Store.open(db, user="check") as again:
        assert again.is_empty()


def test_an_archive_imported_into_an_in_memory_store_arrives_complete(archive):
    """The store of previews and tests has no file: nothing to swap, the import goes the usual way."""
    s = Store.memory(user="me")
    import_bundle(s, archive)
    assert s.notes.count() == 20


def test_a_first_start_after_one_killed_half_way_holds_the_database_alone_while_it_creates_it(tmp_path, monkeypatch):
    """A first start killed while it built the database left its half-made copy and no database. The next start
    removes the copy (holding the file alone, then letting go) and builds the database anew — holding it alone
    again meanwhile, so another window or command is told to wait, and never opens a file being made."""
    from briefer.store.wholefile import opening

    db = tmp_path / "data" / "briefer.sqlite"
    db.parent.mkdir()
    (db.parent / ".briefer.sqlite.creating-0123abcd").write_bytes(b"half a database" * 1000)  # the killed start's
    told = []
    real_create = opening.create_database

    def create_database(path, passphrase):
        told.append(other_program_asks_alone(db))
        real_create(path, passphrase)

    monkeypatch.setattr(opening, "create_database", create_database)
    with Store.open(db, user="me") as s:
        assert s.tidied and s.is_empty()
    assert told == ["refused: another Briefer is creating this database"]
    assert not list(db.parent.glob(".briefer.sqlite.creating-*"))
