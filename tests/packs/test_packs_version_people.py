"""A pack's version follows the people in it: when a counterpart's record changes (title, biography),
the next copy is a new version, even though no brief, meeting or session changed — the minister's
copy would otherwise be "version 1" twice with different names printed in it."""

from __future__ import annotations

from briefer.packs import PackOptions, build_pack, compose
from briefer.packs.register import register_print


def _print(store, options: PackOptions):
    """Compose and record a print as build_pack does (the register needs no PDF)."""
    plan = compose(store, options)
    register_print(store, plan, pages=1, filename="copy.pdf")
    return plan


def _counterpart(store, family_name: str):
    return next(p for p in store.people.list() if p.family_name == family_name)


def test_a_counterpart_s_new_title_makes_the_next_copy_a_new_version(world, tmp_path, read_pack):
    store = world.store
    first = build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "one.pdf")
    assert "Version 1 (" in read_pack(first.path).text
    polish = _counterpart(store, "Wiśniewski")  # Poland's counterpart is in no session, only in a meeting
    store.people.update(polish.evolve(position="Minister of Health"))

    second = read_pack(build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"),
                                  tmp_path / "two.pdf").path)
    assert "Łukasz Wiśniewski (Minister of Health)" in second.text
    assert "Version 2 (" in second.text and "Version 1 (" not in second.text


def test_a_counterpart_s_changed_biography_counts_for_the_meeting_brief_too(world):
    store = world.store
    pol = world.meetings["pol"]
    assert _print(store, PackOptions(meeting_id=pol.id)).version == 1
    assert _print(store, PackOptions(meeting_id=pol.id)).version == 1   # reprinted unchanged
    polish = _counterpart(store, "Wiśniewski")
    store.people.update(polish.evolve(biography="Łukasz Wiśniewski became deputy minister in 2019."))
    assert _print(store, PackOptions(meeting_id=pol.id)).version == 2


def test_someone_else_s_change_leaves_the_version_alone(world):
    store = world.store
    assert _print(store, PackOptions(meeting_id=world.meetings["pol"].id)).version == 1
    greek = _counterpart(store, "Παπαδόπουλος")  # Greece's counterpart is not in Poland's brief
    store.people.update(greek.evolve(biography="A new biography."))
    assert _print(store, PackOptions(meeting_id=world.meetings["pol"].id)).version == 1
