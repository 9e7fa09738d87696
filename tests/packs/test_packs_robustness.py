"""Long content flows, nothing-to-print is a clear message, writes are atomic, output is reproducible."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from briefer.errors import BrieferError
from briefer.model import BackgroundItem, Fact, MeetingBrief, Person, TalkingPoint
from briefer.packs import NothingToPrint, PackCancelled, PackOptions, build_pack, compose, render
from briefer.packs.render import render_bytes

WORDS = ("antimicrobial resistance surveillance stewardship laboratory capacity veterinary "
         "prescribing One Health coordination financing twinning").split()


def words(n: int, seed: int = 0) -> str:
    return " ".join(WORDS[(i * 7 + seed) % len(WORDS)] for i in range(n))


def test_very_long_brief_flows_across_pages(world, tmp_path, read_pack):
    store = world.store
    pol = world.meetings["pol"]
    long_note = "\n\n".join(words(150, i) for i in range(20)) + " finalword"  # 3,000 words
    store.meeting_briefs.add(MeetingBrief(
        meeting_id=pol.id,
        talking_points=[TalkingPoint(text=words(1200) + " endofpoint")],  # longer than a page, one paragraph
        key_messages=[words(40, i) for i in range(60)],
        background=[BackgroundItem(text=long_note), BackgroundItem(text=words(900) + " secretend", usable=False)],
    ))
    cb = store.country_briefs.list(country="POL")[0]
    from briefer.store.topics import find_indicator, set_value
    set_value(store, *find_indicator(store, "AMR situation"), "POL", "\n\n".join(words(200, i) for i in range(30)))
    store.country_briefs.update(cb.evolve(
        facts=[Fact(label=f"Fact {i}", value=words(30, i)) for i in range(80)] + [Fact(label="Long", value=words(900))],
    ))
    result = build_pack(store, PackOptions(recipient_id=world.minister.id), tmp_path / "long.pdf")
    pack = read_pack(result.path)
    assert pack.pages >= 25
    for marker in ("endofpoint", "finalword", "secretend"):
        assert marker in pack.text
    for i, text in enumerate(pack.texts, 1):
        assert f"pagina {i} van {pack.pages}" in text


def test_recipient_without_meetings_gets_a_clear_message(world, tmp_path):
    nobody = world.store.people.add(Person(given_name="Piet", family_name="Zonder", country="NLD",
                                                principal_title="Staatssecretaris"))
    out = tmp_path / "none.pdf"
    with pytest.raises(NothingToPrint, match="Piet Zonder has no meetings or sessions"):
        build_pack(world.store, PackOptions(recipient_id=nobody.id), out)
    assert not out.exists()


def test_a_period_that_ends_before_it_starts_is_refused(world, tmp_path):
    from datetime import date

    with pytest.raises(BrieferError, match="ends .* before it starts") as caught:
        compose(world.store, PackOptions(recipient_id=world.minister.id, start=date(2019, 6, 20), end=date(2019, 6, 19)))
    assert caught.value.field == "--to"


def test_period_without_meetings_is_refused(world, tmp_path):
    from datetime import date

    with pytest.raises(NothingToPrint, match="no meetings or sessions between 2019-06-18 and 2019-06-18"):
        compose(world.store, PackOptions(recipient_id=world.minister.id, start=date(2019, 6, 18), end=date(2019, 6, 18)))
    assert not list(tmp_path.glob("*.pdf"))


def test_cancel_leaves_the_old_pack_untouched(world, tmp_path):
    out = tmp_path / "pack.pdf"
    out.write_bytes(b"the old pack")
    plan = compose(world.store, PackOptions(recipient_id=world.minister.id))
    with pytest.raises(PackCancelled):
        render(plan, out, cancel=lambda: True)
    assert out.read_bytes() == b"the old pack"
    assert [p.name for p in tmp_path.iterdir() if "pack" in p.name] == ["pack.pdf"]  # no temporary file left


def test_failed_render_registers_nothing(world, tmp_path):
    from briefer.store.print_register import PrintRegister

    calls = []

    def cancel_later():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(PackCancelled):
        build_pack(world.store, PackOptions(recipient_id=world.minister.id), tmp_path / "p.pdf", cancel=cancel_later)
    assert PrintRegister(world.store).list() == []
    assert not (tmp_path / "p.pdf").exists()


def test_progress_runs_to_one(world, tmp_path):
    seen = []
    build_pack(world.store, PackOptions(recipient_id=world.minister.id), tmp_path / "p.pdf", progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 5


def test_same_input_gives_the_same_bytes(world):
    now = datetime(2019, 6, 18, 20, 0, tzinfo=timezone.utc)
    options = PackOptions(recipient_id=world.minister.id, watermark=True)
    a, _, _ = render_bytes(compose(world.store, options, now=now))
    b, _, _ = render_bytes(compose(world.store, options, now=now))
    assert a == b


def test_unwritable_target_is_a_clear_error(world, tmp_path):
    plan = compose(world.store, PackOptions(recipient_id=world.minister.id))
    with pytest.raises(BrieferError, match="folder does not exist"):
        render(plan, tmp_path / "missing" / "pack.pdf")


def test_progress_moves_one_even_step_for_each_part_of_the_pack(world, tmp_path):
    # the window's bar: a step for each part as it is laid out (90 % at the last), 100 % once the file is written
    seen = []
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id), tmp_path / "p.pdf", progress=seen.append)
    parts = len(result.sections)
    assert parts > 15
    steps = seen[:-1]  # the contents' own bookmark is laid out too: one step more than the parts, held at 90 %
    assert len(steps) == parts + 1
    assert steps == pytest.approx([min(0.9, 0.9 * k / parts) for k in range(1, parts + 2)])
    assert seen[-1] == 1.0


def test_a_pack_of_one_part_goes_to_90_percent_with_it(world, tmp_path):
    # only the contacts: one part, laid out in one step (the bar does not stop half-way), then 100 %
    from briefer.packs.plan import Section

    seen = []
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, sections=frozenset({Section.CONTACTS})),
                        tmp_path / "p.pdf", progress=seen.append)
    assert len(result.sections) == 1
    assert seen == pytest.approx([0.9, 0.9, 1.0])
