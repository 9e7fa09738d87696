"""An addendum's page references for parts longer than one page: an annex printed on pages 8–9
of copy 1 is replaced by "pages 8–9", not by its first or last page alone (re-measured by
mutation testing after the addendum learnt to name pages, issue 22)."""

from __future__ import annotations

from briefer.packs import PackOptions, build_pack
from packs_world import small_pdf, utc


def test_a_changed_annex_of_two_pages_names_both_pages_it_replaces(world, tmp_path, read_pack):
    store = world.store
    first = build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "pack.pdf")
    original = read_pack(first.path)
    annex = [i + 1 for i, t in enumerate(original.texts) if "Polish strategy page" in t]
    assert len(annex) == 2 and annex[1] == annex[0] + 1, annex
    att = next(a for a in store.attachments.list() if a.title == "Polish AMR strategy")
    store.set_attachment_content(att.id, small_pdf(2, "Polish strategy, revised"))

    pack = read_pack(build_pack(store, PackOptions(changes_since=first.number), tmp_path / "add.pdf").path)
    summary = pack.texts[1]
    span = f"{annex[0]}–{annex[1]}"
    assert (f"Bilateral with Poland — Attachment: Polish AMR strategy — changed (replaces pages {span} of copy 1)"
            in summary), summary
    # only the annex changed: nothing else is listed, and no other part is reprinted
    assert "Meeting sheet" not in summary and "Country brief" not in summary
    assert f"replaces pages {span} of copy 1" in pack.text.replace(summary, "")


def test_an_addendum_lists_only_the_facts_that_changed(world, tmp_path, read_pack):
    store = world.store
    first = build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "pack.pdf")
    grc = store.meetings.get(world.meetings["grc"].id)
    store.meetings.update(grc.evolve(start=utc(2019, 6, 20, 12, 0), end=utc(2019, 6, 20, 12, 30)))

    summary = read_pack(build_pack(store, PackOptions(changes_since=first.number), tmp_path / "add.pdf").path).texts[1]
    greece = summary.split("Bilateral with Greece — Meeting sheet — changed (replaces page ")[1].split(" Contents ")[0]
    # the time moved; the room, status, other side and interpreter did not, so they are not listed as "X → X"
    assert greece.split(" of copy 1) ", 1)[1] == (
        "Time: Thursday 20 June 2019, 13:00–13:30 → Thursday 20 June 2019, 14:00–14:30"), greece


def test_an_addendum_to_a_one_meeting_brief_says_which_page_of_it_the_changed_sheet_replaces(world, tmp_path, read_pack):
    """The one-meeting brief handed to the minister before a bilateral is its meeting sheet: when the meeting
    moves, the addendum says the sheet replaces page 1 of that brief's copy — as it says for a full pack."""
    store = world.store
    grc = world.meetings["grc"]
    first = build_pack(store, PackOptions(meeting_id=grc.id, lang="en"), tmp_path / "brief.pdf")
    assert read_pack(first.path).pages == 1
    from briefer.store.print_register import PrintRegister

    printed = PrintRegister(store).get(first.number)
    assert {p.key: p.pages for p in printed.parts}[f"meeting:{grc.id}/sheet"] == [1, 1]
    moved = store.meetings.get(grc.id)
    store.meetings.update(moved.evolve(start=utc(2019, 6, 20, 12, 0), end=utc(2019, 6, 20, 12, 30)))

    summary = read_pack(build_pack(store, PackOptions(changes_since=first.number), tmp_path / "add.pdf").path).texts[1]
    assert f"Bilateral with Greece — Meeting sheet — changed (replaces page 1 of copy {first.number})" in summary, summary
