"""Resolving a conflict: the choices it accepts, a second resolution refused, a deleted record, a damaged copy.

An advisor resolves conflicts one by one after an exchange. A choice she did
not mean, or resolving the same conflict twice, changes nothing and says why;
a copy of a record she deleted meanwhile can still be taken back; a damaged
copy is refused with the record named, and stays open to be dealt with.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefer.errors import InvalidRecord, Refused
from briefer.exchange.bundle import export_bundle
from briefer.exchange.conflicts import get_conflict, list_conflicts, resolve
from briefer.exchange.merge import import_bundle
from briefer.store import Store
from exchange_world import build_world


@pytest.fixture
def conflict(tmp_path: Path):
    """Laptop A with one open conflict on a note: A's text current, B's text as the copy (and laptop B)."""
    a = Store.open(tmp_path / "a.sqlite", user="anouk")
    w = build_world(a)
    b = Store.open(tmp_path / "b.sqlite", user="pieter")
    export_bundle(a, tmp_path / "start.briefer")
    import_bundle(b, tmp_path / "start.briefer")
    note = w["note2"].id
    a.notes.update(a.notes.get(note).evolve(body="Version A"))
    b.notes.update(b.notes.get(note).evolve(body="Version B"))
    export_bundle(b, tmp_path / "b.briefer")
    import_bundle(a, tmp_path / "b.briefer")
    [view] = list_conflicts(a)
    yield a, note, view, b
    a.close()
    b.close()


def test_an_unknown_choice_is_refused_naming_the_choices(conflict):
    a, note, view, b = conflict
    with pytest.raises(ValueError, match="keep must be one of local, theirs, merged"):
        resolve(a, view.copy.id, "mine")
    assert a.notes.get(note).body == "Version A" and len(list_conflicts(a)) == 1


def test_a_conflict_resolved_once_cannot_be_resolved_again(conflict):
    a, note, view, b = conflict
    resolve(a, view.copy.id, "theirs")
    with pytest.raises(Refused) as caught:
        resolve(a, view.copy.id, "local")
    assert caught.value.message == f"conflict {view.copy.id[:8]} is already resolved (theirs)"
    assert a.notes.get(note).body == "Version B"


def test_the_copy_of_a_note_deleted_here_can_still_be_taken_back(conflict):
    a, note, view, b = conflict
    a.notes.delete(note)
    [again] = list_conflicts(a)
    assert again.current is None
    assert "Version B" in again.label and "Version B" not in view.label   # named from the copy itself
    restored = resolve(a, again.copy.id, "theirs")
    assert restored.body == "Version B" and a.notes.get(note).body == "Version B"
    # it comes back as a new revision after the deletion; every earlier version keeps its text in History
    history = a.notes.history(note)
    assert [(h.revision, h.action) for h in history] == [(1, "insert"), (2, "update"), (3, "delete"), (4, "resolve")]
    assert [h.data["body"] for h in history[1:]] == ["Version A", "Version A", "Version B"]
    # and B, which wrote Version B, takes the restored note without a new conflict
    export_bundle(a, Path(b.path).parent / "back.briefer")
    report = import_bundle(b, Path(b.path).parent / "back.briefer")
    assert report.conflicted == [] and b.notes.get(note).body == "Version B" and list_conflicts(b) == []
    assert list_conflicts(a) == []


def _damage(store: Store, conflict_id: str, **changes) -> None:
    data = json.loads(store.db.execute("SELECT data FROM conflicts WHERE id = ?", [conflict_id]).fetchone()[0])
    data.update(changes)
    with store.write():
        store.db.execute("UPDATE conflicts SET data = ? WHERE id = ?", [json.dumps(data), conflict_id])


def test_a_damaged_copy_is_refused_naming_the_record_and_stays_open(conflict):
    a, note, view, b = conflict
    _damage(a, view.copy.id, colour="red")
    with pytest.raises(InvalidRecord) as caught:
        resolve(a, view.copy.id, "theirs")
    assert caught.value.field == "colour" and caught.value.record == f"note {note}"
    assert a.notes.get(note).body == "Version A"
    assert [v.copy.id for v in list_conflicts(a)] == [view.copy.id]


def test_a_damaged_copy_of_a_deleted_note_is_listed_by_its_id(conflict):
    a, note, view, b = conflict
    a.notes.delete(note)
    _damage(a, view.copy.id, colour="red")
    shown = get_conflict(a, view.copy.id[:8])
    assert shown.current is None and shown.label == note


# ---------------------------------------------------------------- merging both sides
@pytest.fixture
def two_laptops(tmp_path: Path):
    a = Store.open(tmp_path / "a.sqlite", user="anouk")
    w = build_world(a)
    b = Store.open(tmp_path / "b.sqlite", user="pieter")
    export_bundle(a, tmp_path / "start.briefer")
    import_bundle(b, tmp_path / "start.briefer")
    yield a, b, w, tmp_path
    a.close()
    b.close()


def _conflict_after(a: Store, b: Store, tmp: Path):
    export_bundle(b, tmp / "from-b.briefer")
    import_bundle(a, tmp / "from-b.briefer")
    [view] = list_conflicts(a)
    return view


def test_merging_keeps_a_text_changed_only_here_as_it_is(two_laptops):
    a, b, w, tmp = two_laptops
    act = w["act1"].id
    a.actions.update(a.actions.get(act).evolve(description="Call the Indonesian embassy first"))
    b.actions.update(b.actions.get(act).evolve(owner="Pieter"))
    merged = resolve(a, _conflict_after(a, b, tmp).copy.id, "merged")
    assert merged.description == "Call the Indonesian embassy first"   # no other version appended
    assert merged.owner == "Pieter"


def test_merging_lists_changed_on_both_sides_keeps_every_item(two_laptops):
    a, b, w, tmp = two_laptops
    brief = w["brief1"].id
    a.meeting_briefs.update(a.meeting_briefs.get(brief).evolve(key_messages=["Thank Indonesia for co-chairing"]))
    b.meeting_briefs.update(b.meeting_briefs.get(brief).evolve(key_messages=["Offer twinning on surveillance"]))
    merged = resolve(a, _conflict_after(a, b, tmp).copy.id, "merged")
    assert merged.key_messages == ["Thank Indonesia for co-chairing", "Offer twinning on surveillance"]


def test_merging_a_date_changed_here_and_cleared_there_keeps_the_local_date(two_laptops):
    from datetime import date

    a, b, w, tmp = two_laptops
    act = w["act1"].id
    a.actions.update(a.actions.get(act).evolve(due=date(2019, 7, 20)))
    b.actions.update(b.actions.get(act).evolve(due=None))
    merged = resolve(a, _conflict_after(a, b, tmp).copy.id, "merged")
    assert merged.due == date(2019, 7, 20)


def test_taking_their_version_works_whatever_the_revision_numbers(two_laptops):
    a, b, w, tmp = two_laptops
    note = w["note1"].id
    for n in range(3):                                    # A saved three times, B once
        a.notes.update(a.notes.get(note).evolve(body=f"A, draft {n + 1}"))
    b.notes.update(b.notes.get(note).evolve(body="B's only version"))
    taken = resolve(a, _conflict_after(a, b, tmp).copy.id, "theirs")
    assert taken.body == "B's only version" and taken.revision == 5
    assert a.notes.get(note).body == "B's only version"
