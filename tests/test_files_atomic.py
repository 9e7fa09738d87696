"""write_atomic: the old file survives every failure; no temporary file is left behind."""

import pytest

from briefer.errors import BrieferError
from briefer.files import write_atomic


def test_replaces_whole_file(tmp_path):
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"old")
    write_atomic(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


def test_a_failure_while_writing_keeps_the_old_file(tmp_path):
    target = tmp_path / "report.docx"
    target.write_bytes(b"old")

    def half_then_fail(fh):
        fh.write(b"half")
        raise RuntimeError("disk went away")

    with pytest.raises(RuntimeError):
        write_atomic(target, half_then_fail)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.docx"]


def test_cancel_before_replace_keeps_the_old_file(tmp_path):
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"old")

    class Cancelled(Exception):
        pass

    def cancel():
        raise Cancelled()

    with pytest.raises(Cancelled):
        write_atomic(target, b"new", before_replace=cancel)
    assert target.read_bytes() == b"old" and len(list(tmp_path.iterdir())) == 1


@pytest.mark.parametrize("where", ["missing/folder/out.pdf", "."])
def test_bad_targets_are_clear_errors(tmp_path, monkeypatch, where):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(BrieferError, match="folder"):
        write_atomic(where, b"x")


def test_a_name_longer_than_the_file_system_allows_is_refused_before_writing(tmp_path):
    """The app's Save as… calls write_atomic directly: it must refuse as the command line does."""
    with pytest.raises(BrieferError, match=r"file name is too long \(256 bytes; at most 255\)"):
        write_atomic(tmp_path / ("x" * 256), b"x")
    assert list(tmp_path.iterdir()) == []


def test_a_name_of_255_bytes_gets_a_shorter_temporary_name(tmp_path):
    target = tmp_path / ("ü" * 127 + "x")  # 255 bytes in UTF-8
    write_atomic(target, b"content")
    assert [p.read_bytes() for p in tmp_path.iterdir()] == [b"content"]


def test_a_named_pipe_is_not_replaced(tmp_path):
    import os
    import stat

    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)
    with pytest.raises(BrieferError, match="is a named pipe, not a file"):
        write_atomic(pipe, b"x")
    assert stat.S_ISFIFO(os.stat(pipe).st_mode) and len(list(tmp_path.iterdir())) == 1
