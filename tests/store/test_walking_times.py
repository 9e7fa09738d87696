"""Walking times as the advisor sets them: the bounds of a walk, unknown rooms, a venue's default."""

from __future__ import annotations

import pytest

from briefer.errors import InvalidRecord, NotFound
from briefer.model import Room
from briefer.store.walking import WalkingTimeRepository, venues_named


def _rooms(store):
    return (store.rooms.add(Room(name="Room A", venue="Hotel North")),
            store.rooms.add(Room(name="Room B", venue="Hotel North")))


def test_a_walk_of_no_minutes_is_kept_and_one_below_is_refused(store):
    a, b = _rooms(store)
    walking = WalkingTimeRepository(store)
    walking.set_pair(b.id, a.id, 0)                       # next door: no walk at all
    assert walking.load().minutes(a.id, b.id) == 0
    with pytest.raises(InvalidRecord) as caught:
        walking.set_pair(a.id, b.id, -1)
    assert caught.value.field == "minutes"
    assert walking.load().minutes(a.id, b.id) == 0


def test_a_walk_to_a_room_that_does_not_exist_is_refused(store):
    a, _ = _rooms(store)
    walking = WalkingTimeRepository(store)
    with pytest.raises(NotFound):
        walking.set_pair(a.id, "no-such-room", 5)
    assert walking.load().pairs == {}


def test_a_venue_default_out_of_bounds_is_refused_and_the_old_one_kept(store):
    walking = WalkingTimeRepository(store)
    walking.set_venue_default("Hotel North", 7)
    for bad in (-1, 24 * 60 + 1):
        with pytest.raises(InvalidRecord) as caught:
            walking.set_venue_default("Hotel North", bad)
        assert caught.value.field == "minutes"
    assert walking.load().venue_defaults == {"Hotel North": 7}
    walking.set_venue_default("Hotel North", 24 * 60)       # a whole day is the longest walk there is
    assert walking.load().venue_defaults == {"Hotel North": 24 * 60}


def test_a_conference_without_a_venue_offers_only_the_rooms_venues(conference_store):
    _rooms(conference_store)
    assert venues_named(conference_store) == {"Hotel North"}
