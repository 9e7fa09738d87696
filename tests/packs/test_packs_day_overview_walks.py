"""The day overview says how long the walk to each item is from the day's previous room (the line
above it; named again it would push the day onto a second page), so the
minister's aide knows when to leave; nothing for the day's first item or an item in the same room."""

from __future__ import annotations

import re

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
    # each row reads "time [walk] title …": the walk stands under the time, before the title
    rows = re.split(r"(?=\b\d\d:\d\d–\d\d:\d\d\b)", programme)
    row = {title: next(r for r in rows if title in r)
           for title in ("Opening plenary", "Bilateral with Türkiye", "Bilateral with Poland", "Closing plenary")}
    assert "walk" not in row["Opening plenary"]  # the day's first item
    assert "7 min walk" in row["Bilateral with Türkiye"]
    # Poland has no room yet: no walk to it, and the walk after it is from the last room known
    assert "walk" not in row["Bilateral with Poland"]
    assert "7 min walk" in row["Closing plenary"]


def test_in_dutch_the_walk_reads_lopen(world, tmp_path, read_pack):
    store = world.store
    rooms = {r.name: r.id for r in store.rooms.list()}
    WalkingTimeRepository(store).set_pair(rooms["Plenary hall"], rooms["Bilateral room 1"], 7)
    pack = read_pack(build_pack(store, PackOptions(recipient_id=world.minister.id, lang="nl"), tmp_path / "p.pdf").path)
    assert "7 min lopen" in pack.text
