"""The walking matrix as the schedule reads it: one time per pair of rooms, in either direction, within a day."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from briefer.model.walking import WalkingTimes, pair_key


def test_a_pair_given_either_way_round_is_one_walk():
    walking = WalkingTimes(pairs={("room-b", "room-a"): 7})
    assert walking.pairs == {("room-a", "room-b"): 7}
    assert (walking.minutes("room-a", "room-b"), walking.minutes("room-b", "room-a")) == (7, 7)
    assert pair_key("room-b", "room-a") == pair_key("room-a", "room-b") == ("room-a", "room-b")


@pytest.mark.parametrize("minutes, kept", [(0, True), (24 * 60, True), (-1, False), (24 * 60 + 1, False)])
def test_a_walk_is_from_nothing_to_a_whole_day(minutes, kept):
    if kept:
        assert WalkingTimes(pairs={("a", "b"): minutes}).minutes("a", "b") == minutes
        assert WalkingTimes(venue_defaults={"Hall": minutes}).venue_defaults == {"Hall": minutes}
    else:
        with pytest.raises(ValidationError, match="walking time between rooms must be 0 to 1440 minutes"):
            WalkingTimes(pairs={("a", "b"): minutes})
        with pytest.raises(ValidationError, match="default walking time for venue 'Hall' must be 0 to 1440 minutes"):
            WalkingTimes(venue_defaults={"Hall": minutes})
