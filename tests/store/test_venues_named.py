"""The venues offered while typing a room's venue: the conference's and the rooms', each once."""

from __future__ import annotations

from briefer.model import Room
from briefer.store.walking import venues_named


def test_the_conferences_venue_and_the_rooms_each_once(conference_store):
    s = conference_store
    s.conference_repo.update(s.conference().evolve(venue="Congress Centre"))
    s.rooms.add(Room(name="Room A", venue="Hotel North"))
    s.rooms.add(Room(name="Room B", venue="Hotel North"))
    s.rooms.add(Room(name="Room C"))  # no venue: nothing to offer
    assert venues_named(s) == {"Congress Centre", "Hotel North"}
