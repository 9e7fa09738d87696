"""Hostile file names and special files on the command line: one line, the right exit code, nothing changed.

An output name longer than the file system allows, a named pipe, a device or a
folder where a file is expected — as an output, as an input, or where the
database should be — must be refused in one line before any work is done, and
must never make a command wait (reading a named pipe blocks until someone
writes to it, so every test here runs under an alarm).
"""

from __future__ import annotations

import hashlib
import os
import signal
import stat
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.store import Store
from briefer.store.print_register import PrintRegister

LONG = "x" * 300
PERSON = "Bruins"


@pytest.fixture(autouse=True)
def no_hang():
    """A command that waits on a pipe fails the test instead of hanging the suite."""

    def hung(signum, frame):
        raise TimeoutError("the command waited on a special file")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def _device(path: Path, minor: int) -> Path | None:
    """A character device like /dev/null (minor 3) or /dev/zero (5), in the test's folder; None if not allowed."""
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
    except (PermissionError, AttributeError, OSError):
        return None
    return path


@pytest.fixture
def specials(tmp_path) -> dict[str, Path]:
    """A named pipe, a folder, a device when this system lets us make one, and an over-long name."""
    folder = tmp_path / "specials"
    folder.mkdir()
    found = {"pipe": folder / "pipe", "folder": folder / "a-folder", "long": folder / LONG,
             "file-as-folder": folder / "plain.txt" / "out"}
    os.mkfifo(found["pipe"])
    found["folder"].mkdir()
    (folder / "plain.txt").write_text("not a folder")
    device = _device(folder / "null", 3)
    if device is not None:
        found["device"] = device
    return found


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _one_line(err: str) -> None:
    assert err.startswith("briefer: error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _kind(path: Path) -> int:
    return stat.S_IFMT(os.stat(path).st_mode)


OUTPUT_COMMANDS = {
    "export notes docx": ["export", "notes", "--format", "docx"],
    "export notes pdf": ["export", "notes", "--format", "pdf"],
    "export notes md": ["export", "notes", "--format", "md"],
    "export notes json": ["export", "notes", "--format", "json"],
    "export actions csv": ["export", "actions", "--format", "csv"],
    "export actions xlsx": ["export", "actions", "--format", "xlsx"],
    "export bundle": ["export", "bundle"],
    "pack": ["pack", "--for", PERSON],
    "pack meeting": ["pack", "--for", PERSON, "--meeting", "5555"],
    "ics": ["ics", "--for", PERSON],
}

#: What each special output must be refused as (the words of the one-line message).
OUTPUT_REFUSALS = {"long": "file name is too long (300 bytes; at most 255)", "pipe": "is a named pipe, not a file",
                   "device": "is a device, not a file", "folder": "is a folder; give a file name",
                   "file-as-folder": "a part of the path is a file, not a folder"}


@pytest.mark.parametrize("what", sorted(OUTPUT_REFUSALS))
@pytest.mark.parametrize("command", sorted(OUTPUT_COMMANDS))
def test_an_output_that_cannot_be_a_file_is_refused_in_one_line(loaded_data_dir, specials, capsys, command, what):
    if what not in specials:
        pytest.skip("this system does not let the test make a device")
    target = specials[what]
    db = loaded_data_dir / "briefer.sqlite"
    with Store.open(db) as s:
        prints_before = len(PrintRegister(s).list())
    kind_before = None if what in ("long", "file-as-folder") else _kind(target)
    before = sorted(p.name for p in target.parent.iterdir()) if what != "file-as-folder" else None
    code, out, err = _run(capsys, *OUTPUT_COMMANDS[command], "-o", str(target))
    _one_line(err)
    assert code == 1 and OUTPUT_REFUSALS[what] in err, err
    assert out == ""
    if kind_before is not None:
        assert _kind(target) == kind_before, "the special file was replaced"
    if before is not None:
        assert sorted(p.name for p in target.parent.iterdir()) == before, "a file was left behind"
    with Store.open(db) as s:
        assert len(PrintRegister(s).list()) == prints_before, "a refused pack was registered"


def test_a_name_of_255_bytes_is_written(loaded_data_dir, tmp_path, capsys):
    """The limit is the file system's, not lower: the temporary file beside it gets a shorter name."""
    name = "é" * 123 + "x.ics"  # 246 + 5 = 251 bytes in UTF-8
    name = name + "y" * (255 - len(name.encode()))
    code, _, err = _run(capsys, "ics", "--for", PERSON, "-o", str(tmp_path / name))
    assert code == 0, err
    assert (tmp_path / name).read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_markdown_folder_that_is_a_pipe_is_refused(loaded_data_dir, specials, capsys):
    code, _, err = _run(capsys, "export", "notes", "--format", "md", "--split", "-o", str(specials["pipe"]))
    _one_line(err)
    assert code == 1 and "is a named pipe, not a folder" in err
    assert stat.S_ISFIFO(os.stat(specials["pipe"]).st_mode)


INPUT_COMMANDS = {"import": ["import"], "import dry run": ["import", "--dry-run"], "import-ics": ["import-ics"],
                  "import-ics dry run": ["import-ics", "--dry-run"]}
INPUT_REFUSALS = {"long": "file name is too long", "pipe": "is a named pipe, not a file",
                  "device": "is a device, not a file", "folder": "is a folder, not a file",
                  "file-as-folder": "a part of the path is a file, not a folder"}


@pytest.mark.parametrize("what", sorted(INPUT_REFUSALS))
@pytest.mark.parametrize("command", sorted(INPUT_COMMANDS))
def test_an_input_that_is_not_a_file_is_refused_without_waiting(loaded_data_dir, specials, capsys, command, what):
    if what not in specials:
        pytest.skip("this system does not let the test make a device")
    db = loaded_data_dir / "briefer.sqlite"
    before = _digest(db)
    code, out, err = _run(capsys, *INPUT_COMMANDS[command], str(specials[what]))
    _one_line(err)
    assert code == 7 and INPUT_REFUSALS[what] in err, err
    assert _digest(db) == before


def test_an_endless_device_is_not_read(loaded_data_dir, tmp_path, capsys):
    zero = _device(tmp_path / "zero", 5)
    if zero is None:
        pytest.skip("this system does not let the test make a device")
    code, _, err = _run(capsys, "import-ics", str(zero))
    _one_line(err)
    assert code == 7 and "is a device" in err


def test_an_oversized_calendar_is_refused_before_it_is_read(loaded_data_dir, tmp_path, capsys, monkeypatch):
    big = tmp_path / "big.ics"
    with open(big, "wb") as fh:
        fh.truncate(21 * 1024 * 1024)  # sparse: costs no disk
    code, _, err = _run(capsys, "import-ics", str(big))
    _one_line(err)
    assert code == 7 and "the file is too large (21.0 MB; at most 20.0 MB)" in err


DATABASE_COMMANDS = [["list", "meetings"], ["check"], ["demo"], ["backup"], ["backups"], ["encrypt"], ["decrypt"],
                     ["passphrase"], ["autolock", "3"], ["restore", "x"], ["search", "x"], ["prints"]]


@pytest.mark.parametrize("companion", ["", "-wal", "-shm", "-journal"])
@pytest.mark.parametrize("args", DATABASE_COMMANDS, ids=lambda a: " ".join(a))
def test_a_pipe_where_the_database_is_makes_no_command_wait(data_dir, capsys, monkeypatch, args, companion):
    monkeypatch.setenv("BRIEFER_PASSPHRASE", "secret words")
    monkeypatch.setenv("BRIEFER_NEW_PASSPHRASE", "other words")
    data_dir.mkdir()
    pipe = data_dir / f"briefer.sqlite{companion}"
    os.mkfifo(pipe)
    code, _, err = _run(capsys, *args)
    _one_line(err)
    assert code == 5 and f"briefer.sqlite{companion}: is a named pipe, not a database file" in err
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    assert sorted(p.name for p in data_dir.iterdir()) == [pipe.name], "something was created beside it"


def test_a_data_folder_that_is_a_file_is_refused(tmp_path, capsys):
    plain = tmp_path / "plain"
    plain.write_text("x")
    code, _, err = _run(capsys, "--data-dir", str(plain), "list", "meetings")
    _one_line(err)
    assert code == 5 and "the data directory is a file, not a folder" in err
    assert plain.read_text() == "x"


def test_the_apps_print_path_refuses_a_long_name_before_rendering(loaded_data_dir, tmp_path):
    """The one-page brief and the Packs view call build_pack directly: the same refusal, nothing registered."""
    from security_helpers import P_MIN

    from briefer.errors import BrieferError
    from briefer.packs import PackOptions, build_pack

    with Store.open(loaded_data_dir / "briefer.sqlite") as s:
        with pytest.raises(BrieferError, match=r"file name is too long \(300 bytes; at most 255\)"):
            build_pack(s, PackOptions(recipient_id=P_MIN), tmp_path / LONG)
        assert PrintRegister(s).list() == []


def test_the_app_refuses_a_pipe_at_the_database_path_without_waiting(data_dir):
    """The desktop app resolves its paths through the same check (a real process: the app owns Qt)."""
    import subprocess
    import sys

    data_dir.mkdir()
    os.mkfifo(data_dir / "briefer.sqlite")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BRIEFER_DATA_DIR": str(data_dir)}
    done = subprocess.run([sys.executable, "-m", "briefer"], env=env, capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 5, done.stderr
    _one_line(done.stderr)
    assert "briefer.sqlite: is a named pipe, not a database file" in done.stderr
