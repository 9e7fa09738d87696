"""The print register (copy numbers, versions) and "changes since you printed" addenda."""

from __future__ import annotations

import pytest

from briefer.model import TalkingPoint
from briefer.packs import NothingChanged, PackOptions, build_pack
from briefer.store import Store
from briefer.store.print_register import PrintRegister


def test_copy_numbers_and_versions_are_registered(world, tmp_path, read_pack):
    store = world.store
    first = build_pack(store, PackOptions(recipient_id=world.minister.id), tmp_path / "a.pdf")
    second = build_pack(store, PackOptions(recipient_id=world.minister.id), tmp_path / "b.pdf")
    assert (first.number, first.version) == (1, 1)
    assert (second.number, second.version) == (2, 1)  # same content: same version, new copy
    brief = store.meeting_briefs.list(meeting_id=world.meetings["tur"].id)[0]
    store.meeting_briefs.update(brief.evolve(key_messages=["A new key message."]))
    third = build_pack(store, PackOptions(recipient_id=world.minister.id), tmp_path / "c.pdf")
    assert (third.number, third.version) == (3, 2)
    assert "Exemplaar 3" in read_pack(third.path).texts[0]
    rows = PrintRegister(store).list(world.minister.id)
    assert [r.number for r in rows] == [1, 2, 3]
    assert rows[0].printed_by == "tester" and rows[0].recipient_name == "Bruno Bruins"
    assert rows[2].pages == read_pack(third.path).pages
    assert {p.key for p in rows[0].parts} >= {"programme", "contacts", f"meeting:{world.meetings['tur'].id}/sheet"}


def test_register_survives_reopening(world, tmp_path):
    build_pack(world.store, PackOptions(recipient_id=world.minister.id), tmp_path / "a.pdf")
    path = world.store.path
    world.store.close()
    with Store.open(path) as again:
        assert [r.number for r in PrintRegister(again).list()] == [1]


def test_addendum_prints_exactly_the_changed_sections(world, tmp_path, read_pack):
    store = world.store
    tur, grc = world.meetings["tur"], world.meetings["grc"]
    build_pack(store, PackOptions(recipient_id=world.minister.id), tmp_path / "pack.pdf")
    brief = store.meeting_briefs.list(meeting_id=tur.id)[0]
    store.meeting_briefs.update(brief.evolve(talking_points=[*brief.talking_points, TalkingPoint(text="Invite Türkiye to the 2020 follow-up.")]))
    store.meetings.update(store.meetings.get(grc.id).evolve(room_id=None))  # the room was withdrawn

    result = build_pack(store, PackOptions(changes_since=1), tmp_path / "addendum.pdf")
    plan = result.plan
    assert plan.kind == "addendum" and plan.recipient_name == "Bruno Bruins"
    assert {c.title for c in plan.changes} == {
        "Programma", "Bilateraal met Turkije — Gespreksblad", "Bilateraal met Griekenland — Gespreksblad",
    }
    pack = read_pack(result.path)
    assert "Wijzigingen sinds exemplaar 1" in pack.texts[0]
    summary = pack.texts[1]
    assert "Wat is gewijzigd" in summary and "Bilateraal met Turkije — Gespreksblad — gewijzigd" in summary
    assert pack.top() == ["Inhoud", "Programma", "Bilateraal met Turkije", "Bilateraal met Griekenland"]
    assert "Invite Türkiye to the 2020 follow-up." in pack.text
    assert "Landenoverzicht" not in pack.text and "contactpersonen" not in pack.text and "Polish strategy" not in pack.text
    assert PrintRegister(store).get(result.number).base_number == 1


def test_addendum_with_nothing_changed_is_not_printed(world, tmp_path):
    """The copy in the binder is current: no file, no copy number, no new version (issue 17)."""
    build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "pack.pdf")
    with pytest.raises(NothingChanged, match="nothing changed since copy 1 for Bruno Bruins") as refused:
        build_pack(world.store, PackOptions(changes_since=1, lang="en"), tmp_path / "add.pdf")
    assert refused.value.plan.changes == ()
    assert not (tmp_path / "add.pdf").exists()
    assert [(r.number, r.version) for r in PrintRegister(world.store).list()] == [(1, 1)]


def test_addendum_names_removed_meetings(world, tmp_path):
    from briefer.model import MeetingStatus

    store = world.store
    build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "pack.pdf")
    store.meetings.update(store.meetings.get(world.meetings["pol"].id).evolve(status=MeetingStatus.CANCELLED))
    plan = build_pack(store, PackOptions(changes_since=1, lang="en"), tmp_path / "add.pdf").plan
    cancelled = {c.title for c in plan.changes if c.what == "cancelled — take these pages out of the binder"}
    assert "Bilateral with Poland — Meeting sheet" in cancelled
    assert not [c for c in plan.changes if c.what == "no longer in the pack"]


def test_addendum_keeps_the_period_and_sections_of_its_copy(world, tmp_path):
    from datetime import date

    from briefer.packs import Section

    store = world.store
    keep = frozenset(Section) - {Section.CONTACTS}
    build_pack(store, PackOptions(recipient_id=world.minister.id, start=date(2019, 6, 20), sections=keep), tmp_path / "d2.pdf")
    record = PrintRegister(store).get(1)
    assert record.period_start == date(2019, 6, 20) and "contacts" not in record.sections
    with pytest.raises(NothingChanged) as refused:
        build_pack(store, PackOptions(changes_since=1), tmp_path / "add.pdf")
    assert refused.value.plan.changes == ()  # nothing changed: not "day one is new", not "contacts are new"


def test_addendum_to_a_one_meeting_brief(world, tmp_path):
    store = world.store
    tur = world.meetings["tur"]
    build_pack(store, PackOptions(meeting_id=tur.id), tmp_path / "one.pdf")
    store.meetings.update(store.meetings.get(tur.id).evolve(interpreter_name="Zeynep Kaya"))
    plan = build_pack(store, PackOptions(changes_since=1), tmp_path / "add.pdf").plan
    assert plan.kind == "addendum" and [c.title for c in plan.changes] == ["Bilateraal met Turkije — Gespreksblad"]
