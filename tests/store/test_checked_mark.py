"""The "checked" mark: a file closed cleanly after a passed check may be written at the next start
before that start's own check finishes — and only such a file (briefer/store/wholefile/checked.py)."""

from __future__ import annotations

import os

from briefer.model import Person
from briefer.store import Store
from briefer.store.wholefile.checked import mark_path, unchanged_since_check
from briefer.store.wholefile.dbfiles import side_file


def _checked_file(tmp_path):
    path = tmp_path / "c.sqlite"
    with Store.open(path) as s:  # checked open, a write, a clean close
        s.people.add(Person(family_name="Bruins"))
    return path


def test_a_clean_close_after_a_passed_check_marks_the_file_and_a_reading_open_keeps_the_mark(tmp_path):
    path = _checked_file(tmp_path)
    assert unchanged_since_check(path)
    with Store.open(path, check=False) as s:  # as `briefer list` and the app's window open it
        assert s.unchanged_since_check()
        assert s.people.count() == 1
    assert unchanged_since_check(path)  # reading changed nothing


def test_allowing_writes_uses_the_mark_up_and_an_unchecked_session_leaves_none(tmp_path):
    path = _checked_file(tmp_path)
    with Store.open(path, check=False) as s:
        s.allow_writes()  # as the app does on a trusted start, before its own check has passed
        assert not mark_path(path).exists()  # a crash from here on leaves no mark
        s.people.add(Person(family_name="Schouten"))
    assert not unchanged_since_check(path)  # its check never passed: the next start checks first
    with Store.open(path) as s:  # a checked open (a command that writes) uses it up too
        assert not mark_path(path).exists()


def test_a_changed_byte_a_new_size_or_a_leftover_wal_is_not_the_checked_file(tmp_path):
    path = _checked_file(tmp_path)
    stamp = os.stat(path)

    def keep_time():
        os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))  # as a copy that keeps the time would

    original = path.read_bytes()
    changed = bytearray(original)
    changed[-100] ^= 0xFF
    path.write_bytes(bytes(changed))
    keep_time()
    assert not unchanged_since_check(path)
    path.write_bytes(original)
    keep_time()
    assert unchanged_since_check(path)  # (the same bytes and time again)

    with open(path, "ab") as fh:
        fh.write(b"\0" * 4096)
    keep_time()
    assert not unchanged_since_check(path)
    path.write_bytes(original)
    keep_time()

    side_file(path, "-wal").write_bytes(b"frames a crash left")
    assert not unchanged_since_check(path)
    with Store.open(path, check=False) as s:
        assert not s.unchanged_since_check()


def test_only_the_last_briefer_to_close_the_file_marks_it(tmp_path):
    path = _checked_file(tmp_path)
    first, second = Store.open(path), Store.open(path, check=False)  # two processes' stores, in effect
    first.close()  # the other still has it open (and may write): no mark
    assert not mark_path(path).exists()
    second.close()  # its check never passed
    assert not mark_path(path).exists()


def test_a_mark_half_written_by_a_killed_close_does_not_stop_the_next_clean_close_marking_the_file(tmp_path):
    path = _checked_file(tmp_path)
    # a close killed between creating the new mark and putting it in place leaves it beside the file
    leftover = mark_path(path).with_name(f".{mark_path(path).name}.tmp")
    leftover.write_text('{"size": 1', encoding="utf-8")
    os.remove(mark_path(path))
    with Store.open(path) as s:  # the next session: checked, then a clean close
        s.people.add(Person(family_name="Schouten"))
    assert unchanged_since_check(path)  # marked: the start after it may write at once
    assert not leftover.exists()


def test_the_mark_is_owner_only_whatever_the_umask(tmp_path):
    old = os.umask(0o022)  # a usual desktop umask: new files readable by everyone
    try:
        path = _checked_file(tmp_path)
    finally:
        os.umask(old)
    assert unchanged_since_check(path)
    assert os.stat(mark_path(path)).st_mode & 0o077 == 0  # as the database and every file beside it


def test_a_mark_that_cannot_be_written_leaves_nothing_beside_the_file(tmp_path, monkeypatch):
    import errno

    from briefer.store.wholefile import checked

    def disk_full(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(checked, "fsync_file", disk_full)  # the mark's bytes never reach the disk
    path = _checked_file(tmp_path)
    assert not mark_path(path).exists() and not unchanged_since_check(path)  # the next start checks first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.sqlite", "c.sqlite.lock"]  # no half-written mark


def test_a_mark_left_beside_a_database_that_was_moved_away_is_not_trusted(tmp_path):
    path = _checked_file(tmp_path)
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    os.rename(path, elsewhere / path.name)  # the user moved the file; its mark stayed
    assert mark_path(path).exists() and not unchanged_since_check(path)
    with Store.open(path) as s:  # a new, empty database where the old one was: opened, not refused
        assert s.people.count() == 0
    with Store.open(elsewhere / path.name) as moved:  # and the moved one is whole, wherever it went
        assert [p.family_name for p in moved.people.list()] == ["Bruins"]
