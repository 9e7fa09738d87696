"""The day overview says how long the walk to each item is from the day's previous room, so the
minister's aide knows when to leave; nothing for the day's first item or an item in the same room."""

from __future__ import annotations

from briefer.model import Session
from briefer.packs import PackOptions, build_pack
from briefer.store.walking import WalkingTimeRepository
from packs_world import utc


def test_the_day_overview_gives_the_walk_from_the_previous_room(world, tmp_path, read_pack):
    store = world.store
    rooms = {r.name: r.id for r in store.rooms.list()}
    WalkingTimeRepository(store).set_pair(rooms["Plenary hall"], rooms["Bilateral room 1"], 7)
    store.sessions.add(Session(start=utc(2019, 6, 19, 13, 0), end=utc(2019, 6, 19, 14, 0), title="Closing plenary",
                               room_id=rooms["Plenary hall"], attendee_ids=[world.minister.id]))

    pack = read_pack(build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "p.pdf").path)
    programme = next(t for t in pack.texts if "Wednesday 19 June 2019" in t
                     and "Opening plenary" in t and "Contents" not in t)
    opening = programme.split("Opening plenary", 1)[1].split("Bilateral with Türkiye", 1)[0]
    turkey = programme.split("Bilateral with Türkiye", 1)[1].split("Bilateral with Poland", 1)[0]
    assert "walk" not in opening  # the day's first item
    assert "7 min walk from Plenary hall" in turkey
    # Poland has no room yet: no walk to it, and the walk after it is from the last room known
    poland, closing = programme.split("Bilateral with Poland", 1)[1].split("Closing plenary", 1)
    assert "walk" not in poland
    assert "7 min walk from Bilateral room 1" in closing


def test_in_dutch_the_walk_reads_lopen(world, tmp_path, read_pack):
    store = world.store
    rooms = {r.name: r.id for r in store.rooms.list()}
    WalkingTimeRepository(store).set_pair(rooms["Plenary hall"], rooms["Bilateral room 1"], 7)
    pack = read_pack(build_pack(store, PackOptions(recipient_id=world.minister.id, lang="nl"), tmp_path / "p.pdf").path)
    assert "7 min lopen vanaf Plenary hall" in pack.text
