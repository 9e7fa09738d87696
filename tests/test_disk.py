"""Which failed writes are a full disk, which an input/output error, and which neither (briefer/disk.py)."""

from __future__ import annotations

import errno

import sqlcipher3

from briefer import disk
from briefer.disk import DiskFailed, DiskFull, disk_problem
from briefer.errors import StoreError


def test_the_operating_systems_no_space_and_sqlites_full_are_a_full_disk(tmp_path):
    # the errno decides, not the words: a Dutch system says "Geen ruimte meer over op het apparaat"
    for exc in (OSError(errno.ENOSPC, "Geen ruimte meer over op het apparaat"), OSError(errno.EDQUOT, "Schijfquota overschreden"),
                sqlcipher3.OperationalError("database or disk is full")):
        found = disk_problem(exc, tmp_path / "briefer.sqlite")
        assert isinstance(found, DiskFull) and found.exit_code == 5
        assert str(found) == f"the disk is full in {tmp_path}: nothing was written — free space and try again"


def test_a_disk_io_error_is_a_full_disk_only_when_there_is_no_room(tmp_path, monkeypatch):
    io = sqlcipher3.OperationalError("disk I/O error")
    monkeypatch.setattr(disk, "free_bytes", lambda where: 10 * 1024**3)
    failed = disk_problem(io, tmp_path / "briefer.sqlite")
    assert isinstance(failed, DiskFailed) and "input/output error" in str(failed)
    assert isinstance(disk_problem(OSError(errno.EIO, "Input/output error"), tmp_path), DiskFailed)
    monkeypatch.setattr(disk, "free_bytes", lambda where: 16 * 1024)
    assert isinstance(disk_problem(io, tmp_path / "briefer.sqlite"), DiskFull)


def test_a_wrapped_error_keeps_its_words_and_other_errors_are_not_disk_problems(tmp_path):
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError:
            raise StoreError("conversion failed; the original is unchanged", file="briefer.sqlite") from None
    except StoreError as wrapped:
        found = disk_problem(wrapped, tmp_path)
    assert str(found) == "the disk is full: briefer.sqlite: conversion failed; the original is unchanged — free space and try again"
    assert disk_problem(sqlcipher3.DatabaseError("file is not a database"), tmp_path) is None
    assert disk_problem(OSError(errno.EACCES, "Permission denied"), tmp_path) is None
    assert disk_problem(StoreError("not a Briefer database"), tmp_path) is None
