"""A programme row taller than a page (an aim pasted at length) still prints — and an item that
cannot be laid out at all is refused naming its part, never with reportlab's traceback.

A programme row is kept whole on its page (its time and its room are read together), which made
reportlab give up on a row taller than the page: ``LayoutError`` on the command line and an
unexpected error in the app, so the minister had no pack at all."""

from __future__ import annotations

import pytest

from briefer.errors import BrieferError
from briefer.packs import PackOptions, build_pack
from packs_world import ReadPack

#: numbered sentences (the number in the word: a page may break between two words), so the test sees
#: each printed once and in order
AIM = " ".join(f"Sentence{i:03d} of an aim pasted from a whole brief by mistake." for i in range(160))


def long_aim(world) -> None:
    store = world.store
    brief = next(b for b in store.meeting_briefs.list() if b.meeting_id == world.meetings["tur"].id)
    first = brief.objectives[0]
    store.meeting_briefs.update(brief.evolve(objectives=[first.model_copy(update={"text": AIM}), *brief.objectives[1:]]))


def test_a_row_taller_than_a_page_runs_on_under_continued_and_every_word_is_printed(world, tmp_path):
    long_aim(world)
    out = tmp_path / "pack.pdf"
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"), out)
    pack = ReadPack(result.path)
    (wed, first), (thu, thursday) = pack.days()
    assert thursday > first + 1  # Wednesday's overview now takes more than one page
    # the row's time and title are on one page, with its aim begun under them
    row = [n for n in range(first, thursday) if "Bilateral with Türkiye" in pack.texts[n - 1]]
    assert len(row) == 1 and "11:00–11:30" in pack.texts[row[0] - 1] and "Sentence000" in pack.texts[row[0] - 1]
    for page in range(first + 1, thursday):
        assert pack.texts[page - 1].startswith("Wednesday 19 June 2019 (continued) "), pack.texts[page - 1][:80]
    # every sentence once, in order, across the day's pages
    day = " ".join(pack.texts[first - 1:thursday - 1])
    where = [day.find(f"Sentence{i:03d} ") for i in range(160)]
    assert -1 not in where and where == sorted(where)
    assert all(day.count(f"Sentence{i:03d} ") == 1 for i in range(160))
    # the other rows are still whole, each on one page: Poland's time and title together
    pol = [n for n in range(first, thursday) if "Bilateral with Poland" in pack.texts[n - 1]]
    assert len(pol) == 1 and "14:00–14:30" in pack.texts[pol[0] - 1]


def test_an_item_that_cannot_be_laid_out_is_refused_naming_its_part_and_no_file_is_written(world, tmp_path,
                                                                                        monkeypatch):
    # should a flowable ever be unable to split (here: a table that refuses every split), the user
    # reads which part of the pack it is in; any earlier pack at that path stays as it was
    from briefer.packs import flowables

    long_aim(world)
    monkeypatch.setattr(flowables.RunOnTable, "split", lambda self, aw, ah: [])
    out = tmp_path / "pack.pdf"
    out.write_bytes(b"%PDF- the pack printed yesterday")
    with pytest.raises(BrieferError) as caught:
        build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"), out)
    message = str(caught.value)
    assert "Programme" in message and "taller than a page" in message, message
    assert "Flowable" not in message and "frame" not in message  # none of reportlab's internals
    assert out.read_bytes() == b"%PDF- the pack printed yesterday"

