"""Auto-lock after N idle minutes — the policy, without Qt.

The GUI owns the timer and the screen; this object owns the decisions, so
they can be tested without a window:

* every user input event calls :meth:`IdleLock.activity`;
* a periodic timer (say every 15 s) calls :meth:`IdleLock.tick`; when it
  returns True the GUI hides every window's content and shows the unlock
  screen;
* just before hiding, the GUI passes the unsaved typing of every open editor
  to :meth:`IdleLock.lock` (``{editor key: text}``). It is kept here, in
  memory only — never written to disk, so an encrypted database never gets a
  plaintext draft file;
* the unlock screen calls :meth:`IdleLock.unlock` with the passphrase; a wrong
  one raises :class:`~briefer.store.db.WrongPassphrase` and stays locked; the
  right one returns the drafts to put back into the editors.

The number of minutes is stored in the database (``meta`` key
``auto_lock_minutes``, default 10, 0 = never) so it travels with the data and
``briefer autolock`` can set it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Mapping

from briefer.errors import InvalidRecord
from briefer.store.db import WRONG_PASSPHRASE, WrongPassphrase

if TYPE_CHECKING:
    from briefer.store.store import Store

DEFAULT_IDLE_MINUTES = 10
MAX_IDLE_MINUTES = 24 * 60
META_KEY = "auto_lock_minutes"


@dataclass(frozen=True)
class LockPolicy:
    """After how many idle minutes to lock (0 = never)."""

    idle_minutes: int = DEFAULT_IDLE_MINUTES

    def __post_init__(self):
        if not isinstance(self.idle_minutes, int) or not 0 <= self.idle_minutes <= MAX_IDLE_MINUTES:
            raise InvalidRecord(f"must be a whole number of minutes from 0 (never) to {MAX_IDLE_MINUTES}",
                                field="auto_lock_minutes")

    @classmethod
    def parse(cls, text: str) -> "LockPolicy":
        try:
            return cls(int(str(text).strip()))
        except ValueError:
            raise InvalidRecord(f"'{text}' is not a number of minutes", field="auto_lock_minutes") from None

    @classmethod
    def from_store(cls, store: "Store") -> "LockPolicy":
        stored = store.meta(META_KEY)
        if stored is None:
            return cls()
        try:
            return cls.parse(stored)
        except InvalidRecord:
            return cls()

    def save(self, store: "Store") -> None:
        store.set_meta(META_KEY, str(self.idle_minutes))


class IdleLock:
    """Tracks idleness, decides when to lock, and holds unsaved typing while locked."""

    def __init__(self, policy: LockPolicy, *, verify: Callable[[str | None], bool],
                 clock: Callable[[], float] = time.monotonic):
        """``verify(passphrase)`` says whether a passphrase unlocks; see :func:`verifier_for`."""
        self.policy = policy
        self._verify = verify
        self._clock = clock
        self._last = clock()
        self._locked = False
        self._drafts: dict[str, str] = {}

    @property
    def locked(self) -> bool:
        return self._locked

    def activity(self) -> None:
        """The user did something (key, mouse): restart the idle count."""
        if not self._locked:
            self._last = self._clock()

    def idle_seconds(self) -> float:
        return max(0.0, self._clock() - self._last)

    def seconds_until_lock(self) -> float | None:
        if self.policy.idle_minutes == 0 or self._locked:
            return None
        return max(0.0, self.policy.idle_minutes * 60 - self.idle_seconds())

    def should_lock(self) -> bool:
        remaining = self.seconds_until_lock()
        return remaining is not None and remaining <= 0

    def tick(self) -> bool:
        """Call periodically; True when the idle limit is reached and the GUI should call :meth:`lock`."""
        return self.should_lock()

    def lock(self, drafts: Mapping[str, str] | None = None) -> None:
        """Lock now (idle, or the user chose "Lock"), keeping ``drafts`` in memory."""
        self._drafts.update(drafts or {})
        self._locked = True

    def unlock(self, passphrase: str | None) -> dict[str, str]:
        """Unlock with ``passphrase``; returns (and forgets) the drafts held while locked."""
        if not self._locked:
            return {}
        if not self._verify(passphrase):
            raise WrongPassphrase(WRONG_PASSPHRASE)
        self._locked = False
        self._last = self._clock()
        drafts, self._drafts = self._drafts, {}
        return drafts

    def held_drafts(self) -> dict[str, str]:
        """What is held (e.g. to save it into the store if the app is closed while locked)."""
        return dict(self._drafts)


def verifier_for(database: Path) -> Callable[[str | None], bool]:
    """The unlock check for ``database``: its passphrase if encrypted; any for a plain file."""
    from briefer.store.db import is_encrypted

    def verify(passphrase: str | None) -> bool:
        if not is_encrypted(database):
            return True
        # imported at the first unlock, not when the lock is installed at start (sqlcipher, the swap helpers)
        from briefer.store.wholefile.crypto import verify_passphrase

        return bool(passphrase) and verify_passphrase(database, passphrase)

    return verify
