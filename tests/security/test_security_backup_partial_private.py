"""A backup under way is private from its first page: the half-copied file is the owner's alone.

The daily backup copies the database in steps to a ``.partial-…`` file in ``backups/`` before it is
checked and kept. That file holds the advisors' notes in clear (a plain database) while the copy runs,
so it must be owner-only from the moment it exists — not only once it is kept, whatever the umask.
"""

from __future__ import annotations

import os
import stat

import pytest

from briefer.store.wholefile import backup as backup_mod
from briefer.store.wholefile.backup import list_backups, snapshot_backup


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_half_copied_backup_is_readable_by_its_owner_only(demo_store, monkeypatch):
    monkeypatch.setattr(backup_mod, "STEP_PAGES", 4)  # many steps, so the copy is seen half-way
    old_umask = os.umask(0o022)  # a usual desktop umask: new files readable by everyone
    seen = []

    def between_steps():
        for p in demo_store.backup_dir.glob(".partial-*"):
            seen.append(stat.S_IMODE(p.stat().st_mode))
        return False

    try:
        info = snapshot_backup(demo_store, "daily", cancel=between_steps)
    finally:
        os.umask(old_umask)
    assert seen, "the copy was looked at while it was under way"
    assert all(mode == 0o600 for mode in seen), [oct(m) for m in seen]
    assert [b.name for b in list_backups(demo_store.backup_dir)] == [info.name]
    assert not list(demo_store.backup_dir.glob(".partial-*"))
