"""A pack built in a child process (``briefer.packs.apart``) is the pack built here: the same plan
(its parts sent in pieces and put together again; its chapters, which only the render reads, left behind), the same pages and outline; the
child only reads the database; Cancel stops it and nothing is made."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime, timezone

import pytest
from pypdf import PdfReader

from briefer.packs import PackCancelled, PackOptions, compose
from briefer.packs.apart import Request, _in_pieces, _whole, build_apart
from briefer.packs.render import render_bytes

NOW = datetime(2019, 6, 18, 12, 0, tzinfo=timezone.utc)


def _outline(data: bytes) -> list[tuple[str, int, int]]:
    reader = PdfReader(io.BytesIO(data))
    out = []

    def walk(entries, level):
        for e in entries:
            if isinstance(e, list):
                walk(e, level + 1)
            else:
                out.append((e.title, level, reader.get_destination_page_number(e)))

    walk(reader.outline, 0)
    return out


def test_the_child_builds_the_pack_this_process_would(world):
    store = world.store
    options = PackOptions(recipient_id=world.minister.id, lang="en")
    here = compose(store, options, now=NOW)
    data, state, _ = render_bytes(here)
    progress = []
    built = build_apart(Request(options, path=store.path, user=store.user, now=NOW), progress=progress.append)
    assert built.plan == replace(here, chapters=()) and len(built.plan.parts) == len(here.parts) > 3
    assert len(here.chapters) > 1
    assert built.pages == state.pages == len(PdfReader(io.BytesIO(built.data)).pages)
    assert list(built.outline) == _outline(built.data) == state.outline
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(built.data)).pages)
    assert world.minister.family_name in text
    assert progress and progress == sorted(progress) and 0 < progress[-1] <= 1.0


def test_pieces_put_together_give_the_plan_back(world, monkeypatch):
    import briefer.packs.apart as apart

    options = PackOptions(recipient_id=world.minister.id, lang="nl")
    plan = compose(world.store, options, now=NOW)
    monkeypatch.setattr(apart, "PIECE", 2)  # several pieces, the last one short
    built = apart.Built(plan, b"%PDF", 1)
    sent = _in_pieces(built)
    assert sent[0].plan.parts == () and len(sent[1]) == (len(plan.parts) + 1) // 2 > 1
    assert _whole(sent) == built


def test_the_receiving_thread_gives_the_window_a_turn_between_pieces(world, monkeypatch):
    """Unpickling a busy plan's pieces keeps the interpreter; the window's thread gets it between them."""
    import time

    import briefer.interpreter_turns as turns
    import briefer.packs.apart as apart

    plan = compose(world.store, PackOptions(recipient_id=world.minister.id, lang="nl"), now=NOW)
    monkeypatch.setattr(apart, "PIECE", 1)
    monkeypatch.setattr(turns, "SLICE", 0.0)  # a turn after every piece
    slept = []
    monkeypatch.setattr(time, "sleep", slept.append)
    sent = _in_pieces(apart.Built(plan, b"%PDF", 1))
    assert _whole(sent).plan == plan
    assert len(slept) == len(sent[1]) + len(sent[2]) == len(plan.parts) + len(plan.chapters) > 2


def test_the_child_cannot_write_to_the_database(world):
    import sqlcipher3

    from briefer.packs.apart import _open_for_reading

    store = world.store
    people = store.people.count()
    reader = _open_for_reading(Request(PackOptions(), path=store.path, user="child"))
    try:
        with pytest.raises(sqlcipher3.OperationalError, match="attempt to write a readonly database"):
            reader.db.execute("DELETE FROM people")
    finally:
        reader.close()
    assert store.people.count() == people > 0


def test_cancel_stops_the_child_and_nothing_is_made(world):
    store = world.store
    options = PackOptions(recipient_id=world.minister.id, lang="en")
    with pytest.raises(PackCancelled) as caught:
        build_apart(Request(options, path=store.path, user=store.user), cancelled=lambda: True)
    assert "cancelled" in str(caught.value)
    import multiprocessing

    assert multiprocessing.active_children() == []


def test_a_refusal_in_the_child_is_raised_here_as_it_was_raised_there(world):
    from briefer.packs.compose import NothingToPrint

    options = PackOptions(recipient_id=world.member.id, lang="en", start=NOW.date().replace(year=2030),
                          end=NOW.date().replace(year=2030))
    with pytest.raises(NothingToPrint) as caught:
        build_apart(Request(options, path=world.store.path, user="tester"))
    assert caught.value.exit_code == 8 and "nothing to print" in str(caught.value)
