"""Addenda a binder can take: old → new for what changed, every page headed "Addendum to copy N",
each part saying which pages of that copy it replaces, and a cancellation named as one."""

from __future__ import annotations

from briefer.model import MeetingStatus
from briefer.packs import PackOptions, build_pack
from packs_world import utc


def test_an_addendum_says_old_and_new_and_which_pages_it_replaces(world, tmp_path, read_pack):
    store = world.store
    first = build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "pack.pdf")
    original = read_pack(first.path)
    grc_page = next(p for _, t, p in original.outline if t == "Bilateral with Greece")
    grc = store.meetings.get(world.meetings["grc"].id)
    store.meetings.update(grc.evolve(start=utc(2019, 6, 20, 12, 0), end=utc(2019, 6, 20, 12, 30)))
    store.meetings.update(store.meetings.get(world.meetings["pol"].id).evolve(status=MeetingStatus.CANCELLED))

    result = build_pack(store, PackOptions(changes_since=first.number), tmp_path / "add.pdf")
    pack = read_pack(result.path)
    summary = pack.texts[1]
    assert "Bilateral with Greece — Meeting sheet — changed (replaces page " in summary
    assert "Time: Thursday 20 June 2019, 13:00–13:30 → Thursday 20 June 2019, 14:00–14:30" in summary
    assert "Bilateral with Poland — Meeting sheet — cancelled — take these pages out of the binder" in summary
    assert "no longer in the pack" not in summary
    sheet = next(t for t in pack.texts if "Meeting sheet: replaces page" in t)
    assert f"Meeting sheet: replaces page {grc_page} of copy 1" in sheet
    for i in range(1, pack.pages):
        assert "Addendum to copy 1" in pack.header(i), i
