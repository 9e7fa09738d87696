"""Versions are counted per document: one meeting's brief is not versioned by another meeting's changes.

The print register answers "is this the brief I already gave the minister?".
A one-page brief for the meeting with Poland is version 1 until Poland's brief
changes — however often Türkiye's brief was revised and reprinted — and a full
pack's version is its own. An addendum prints a changed biography.
"""

from __future__ import annotations

from briefer.packs import PackOptions, compose
from briefer.packs.register import register_print


def _print(store, options: PackOptions):
    """Compose and record a print as build_pack does (without rendering: the register needs no PDF)."""
    plan = compose(store, options)
    register_print(store, plan, pages=1, filename="copy.pdf")
    return plan


def _revise_brief(store, meeting_id: str, message: str) -> None:
    brief = store.meeting_briefs.list(meeting_id=meeting_id)[0]
    store.meeting_briefs.update(brief.evolve(key_messages=[message]))


def test_a_meeting_brief_s_version_counts_only_that_meeting_s_changes(world):
    store = world.store
    tur, pol = world.meetings["tur"], world.meetings["pol"]
    assert _print(store, PackOptions(meeting_id=tur.id)).version == 1
    _revise_brief(store, tur.id, "A revised key message for Türkiye.")
    assert _print(store, PackOptions(meeting_id=tur.id)).version == 2
    # Poland's brief was never printed: version 1, not Türkiye's 2 or 3
    assert _print(store, PackOptions(meeting_id=pol.id)).version == 1
    assert _print(store, PackOptions(meeting_id=pol.id)).version == 1   # reprinted unchanged
    assert _print(store, PackOptions(meeting_id=tur.id)).version == 2   # Türkiye's unchanged since its v2


def test_a_full_pack_is_versioned_apart_from_the_one_meeting_briefs(world):
    store = world.store
    tur = world.meetings["tur"]
    _print(store, PackOptions(meeting_id=tur.id))
    _revise_brief(store, tur.id, "Changed once.")
    _print(store, PackOptions(meeting_id=tur.id))
    assert _print(store, PackOptions(recipient_id=world.minister.id)).version == 1
    assert _print(store, PackOptions(recipient_id=world.minister.id)).version == 1
    _revise_brief(store, tur.id, "Changed twice.")
    assert _print(store, PackOptions(recipient_id=world.minister.id)).version == 2


def test_each_person_s_pack_has_its_own_versions(world):
    store = world.store
    _print(store, PackOptions(recipient_id=world.minister.id))
    _revise_brief(store, world.meetings["tur"].id, "Changed.")
    assert _print(store, PackOptions(recipient_id=world.minister.id)).version == 2
    assert _print(store, PackOptions(recipient_id=world.member.id)).version == 1


def test_an_addendum_prints_a_changed_biography(world):
    store = world.store
    tur = world.meetings["tur"]
    _print(store, PackOptions(recipient_id=world.minister.id, lang="en"))
    person = store.people.get(tur.counterpart_ids[0])
    store.people.update(person.evolve(biography=person.biography + "\n\nSince 2019 she also chairs the WHO regional committee."))
    plan = compose(store, PackOptions(changes_since=1))
    assert plan.kind == "addendum"
    # her biography (and the contacts annex, which carries it too) — not the meeting sheet, not the programme
    assert plan.include == frozenset({f"meeting:{tur.id}/biographies", "contacts"})
    assert ("Bilateral with Türkiye — Biographies", "changed") in [(c.title, c.what) for c in plan.changes]
    bios = next(c for c in plan.chapters if c.key == f"meeting:{tur.id}").counterparts[0]
    assert "chairs the WHO regional committee" in bios.biography


def test_every_change_makes_the_next_version_one_higher(world):
    store = world.store
    tur = world.meetings["tur"]
    versions = [_print(store, PackOptions(meeting_id=tur.id)).version]
    for n in range(1, 4):
        _revise_brief(store, tur.id, f"Key message, revision {n}.")
        versions.append(_print(store, PackOptions(meeting_id=tur.id)).version)
    assert versions == [1, 2, 3, 4]
