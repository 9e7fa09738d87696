"""How long it takes to walk between two rooms — the matrix the conflict check and slot finder use.

A value object (no SQL): the store fills it from the ``walking_times`` and
``walking_defaults`` tables, the schedule services only read it. Times are
symmetric (A→B equals B→A). Lookup order: an explicit pair, the default of the
venue both rooms share, the built-in default for rooms in one venue, the
built-in default across venues.
"""

from __future__ import annotations

from pydantic import Field, field_validator

from briefer.model.base import Model

#: Minutes between two rooms of one venue when nobody said otherwise.
DEFAULT_SAME_VENUE_MINUTES = 5
#: Minutes between rooms of different venues (a shuttle, a walk across town).
DEFAULT_OTHER_VENUE_MINUTES = 30
MAX_MINUTES = 24 * 60


def pair_key(a: str, b: str) -> tuple[str, str]:
    """The order-independent key of a pair of rooms."""
    return (a, b) if a <= b else (b, a)


class WalkingTimes(Model):
    """Walking minutes between rooms: explicit pairs, per-venue defaults, built-in defaults."""

    #: room id → venue name ("" when unknown), so defaults can be chosen per venue.
    room_venue: dict[str, str] = {}
    #: (room id, room id) in :func:`pair_key` order → minutes.
    pairs: dict[tuple[str, str], int] = {}
    #: venue name → default minutes between two of its rooms.
    venue_defaults: dict[str, int] = {}
    same_venue_default: int = Field(default=DEFAULT_SAME_VENUE_MINUTES, ge=0, le=MAX_MINUTES)
    other_venue_default: int = Field(default=DEFAULT_OTHER_VENUE_MINUTES, ge=0, le=MAX_MINUTES)

    @field_validator("pairs")
    @classmethod
    def _pairs(cls, v: dict) -> dict:
        out = {}
        for (a, b), minutes in v.items():
            if not 0 <= int(minutes) <= MAX_MINUTES:
                raise ValueError(f"walking time between rooms must be 0 to {MAX_MINUTES} minutes, not {minutes}")
            out[pair_key(a, b)] = int(minutes)
        return out

    @field_validator("venue_defaults")
    @classmethod
    def _defaults(cls, v: dict) -> dict:
        for venue, minutes in v.items():
            if not 0 <= int(minutes) <= MAX_MINUTES:
                raise ValueError(f"default walking time for venue {venue!r} must be 0 to {MAX_MINUTES} minutes")
        return v

    def minutes(self, a: str | None, b: str | None) -> int:
        """Minutes needed to get from room ``a`` to room ``b`` (0 for the same or an unknown room)."""
        if not a or not b or a == b:
            return 0
        explicit = self.pairs.get(pair_key(a, b))
        if explicit is not None:
            return explicit
        va, vb = self.room_venue.get(a, ""), self.room_venue.get(b, "")
        if va == vb:
            return self.venue_defaults.get(va, self.same_venue_default)
        return self.other_venue_default
