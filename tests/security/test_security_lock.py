"""Auto-lock policy (the Qt-free half of the GUI's lock screen) and the unlock entry point."""

from __future__ import annotations

import pytest

from briefer.cli import main
from briefer.errors import InvalidRecord
from briefer.lock import IdleLock, LockPolicy, verifier_for
from briefer.store import Store
from briefer.store.access import DatabaseState, database_state, needs_passphrase
from briefer.store.wholefile.crypto import encrypt
from briefer.store.db import WrongPassphrase

PASS = "correct horse battery"


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_locks_after_idle_minutes_and_activity_resets():
    clock = Clock()
    lock = IdleLock(LockPolicy(10), verify=lambda p: p == PASS, clock=clock)
    clock.now += 9 * 60
    assert not lock.tick()
    lock.activity()
    clock.now += 9 * 60
    assert not lock.tick()
    clock.now += 61
    assert lock.tick()
    lock.lock({"note:abc": "half-typed sentence"})
    assert lock.locked and not lock.tick()


def test_unlock_returns_unsaved_typing_only_with_the_right_passphrase():
    clock = Clock()
    lock = IdleLock(LockPolicy(1), verify=lambda p: p == PASS, clock=clock)
    lock.lock({"note:abc": "typed while", "brief:IND": "draft"})
    lock.activity()  # input while locked does not count
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        lock.unlock("guess")
    assert lock.locked
    assert lock.held_drafts() == {"note:abc": "typed while", "brief:IND": "draft"}
    assert lock.unlock(PASS) == {"note:abc": "typed while", "brief:IND": "draft"}
    assert not lock.locked and lock.held_drafts() == {}
    assert not lock.tick()  # the idle count restarts at unlock


def test_zero_minutes_never_locks():
    clock = Clock()
    lock = IdleLock(LockPolicy(0), verify=lambda p: True, clock=clock)
    clock.now += 10 ** 7
    assert not lock.tick() and lock.seconds_until_lock() is None


@pytest.mark.parametrize("bad", ["-1", "abc", "100000", "1.5"])
def test_policy_rejects_nonsense(bad):
    with pytest.raises(InvalidRecord):
        LockPolicy.parse(bad)


def test_policy_is_stored_in_the_database(store):
    assert LockPolicy.from_store(store).idle_minutes == 10
    LockPolicy(3).save(store)
    assert LockPolicy.from_store(store) == LockPolicy(3)


def test_verifier_checks_the_real_file(tmp_path):
    db = tmp_path / "x.sqlite"
    with Store.open(db) as s:
        s.set_meta("a", "b")
    assert database_state(db) is DatabaseState.PLAIN and not needs_passphrase(db)
    assert verifier_for(db)(None)  # plain: nothing to check
    encrypt(db, PASS)
    assert needs_passphrase(db)
    verify = verifier_for(db)
    assert verify(PASS) and not verify("wrong one") and not verify(None)
    assert database_state(tmp_path / "absent.sqlite") is DatabaseState.MISSING


def test_autolock_command(capsys):
    assert main(["autolock"]) == 0
    assert "10 idle minute" in capsys.readouterr().out
    assert main(["autolock", "0"]) == 0
    assert "does not lock" in capsys.readouterr().out
    assert main(["autolock", "abc"]) == 1
    assert "not a number" in capsys.readouterr().err
