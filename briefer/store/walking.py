"""Storage of walking times between rooms (tables ``walking_times`` and ``walking_defaults``).

Not records with history: a walking time is a planning parameter, edited in
place. Pairs are stored once, in :func:`~briefer.model.walking.pair_key`
order, so A→B and B→A can never disagree.
"""

from __future__ import annotations

from briefer.errors import InvalidRecord
from briefer.model.walking import MAX_MINUTES, WalkingTimes, pair_key
from briefer.store.store import Store


def _check_minutes(minutes: int, what: str) -> int:
    if not isinstance(minutes, int) or not 0 <= minutes <= MAX_MINUTES:
        raise InvalidRecord(f"must be a whole number of minutes from 0 to {MAX_MINUTES}, not {minutes!r}",
                            record=what, field="minutes")
    return minutes


class WalkingTimeRepository:
    """Read and edit the walking-time matrix of one store."""

    def __init__(self, store: Store):
        self._store = store

    @property
    def _db(self):
        return self._store.db

    def load(self) -> WalkingTimes:
        """The whole matrix as a value object for the schedule services."""
        rooms = {r.id: r.venue for r in self._store.rooms.list()}
        pairs = {(a, b): m for a, b, m in self._db.execute("SELECT room_a, room_b, minutes FROM walking_times")}
        defaults = {v: m for v, m in self._db.execute("SELECT venue, minutes FROM walking_defaults")}
        return WalkingTimes(room_venue=rooms, pairs=pairs, venue_defaults=defaults)

    def set_pair(self, room_a: str, room_b: str, minutes: int) -> None:
        """Set the walking time between two rooms (both directions)."""
        if room_a == room_b:
            raise InvalidRecord("a room is no walk from itself", record="walking time", field="room_b")
        for rid in (room_a, room_b):
            self._store.rooms.get(rid)
        _check_minutes(minutes, "walking time")
        a, b = pair_key(room_a, room_b)
        with self._store.write():
            self._db.execute(
                "INSERT OR REPLACE INTO walking_times (room_a, room_b, minutes) VALUES (?, ?, ?)", [a, b, minutes]
            )

    def set_venue_default(self, venue: str, minutes: int) -> None:
        """Set the default walking time between two rooms of ``venue``."""
        _check_minutes(minutes, f"walking default for venue '{venue}'")
        with self._store.write():
            self._db.execute("INSERT OR REPLACE INTO walking_defaults (venue, minutes) VALUES (?, ?)", [venue, minutes])


def venues_named(store: Store) -> set[str]:
    """The venues already named, by the conference or its rooms: offered while typing a room's venue, so a
    venue is spelled one way and its walking default applies to every room in it."""
    venues = {r.venue for r in store.rooms.list() if r.venue}
    conf = store.conference()
    if conf is not None and conf.venue:
        venues.add(conf.venue)
    return venues
