"""Merging two laptops: one-sided changes, conflicts, several authors, deletions, idempotence, dry runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.exchange.bundle import export_bundle
from briefer.exchange.conflicts import MERGE_MARK, list_conflicts, resolve
from briefer.exchange.merge import import_bundle
from briefer.model import Note
from briefer.store import Store
from exchange_world import build_world, snapshot


class Laptops:
    """Two advisors' stores that start from the same archive."""

    def __init__(self, tmp_path: Path):
        self.tmp = tmp_path
        self.a = Store.open(tmp_path / "a.sqlite", user="anouk")
        self.w = build_world(self.a)
        self.b = Store.open(tmp_path / "b.sqlite", user="pieter")
        self.n = 0
        self.send(self.a, self.b)

    def send(self, src: Store, dst: Store, **kw):
        self.n += 1
        path = self.tmp / f"x{self.n}.briefer"
        export_bundle(src, path, **kw)
        return import_bundle(dst, path)

    def close(self):
        self.a.close()
        self.b.close()


@pytest.fixture
def laptops(tmp_path):
    lt = Laptops(tmp_path)
    yield lt
    lt.close()


def edit_note(store: Store, note_id: str, body: str) -> Note:
    return store.notes.update(store.notes.get(note_id).evolve(body=body))


def test_a_change_made_on_one_side_only_is_taken(laptops):
    a, b, w = laptops.a, laptops.b, laptops.w
    edit_note(b, w["note1"].id, "Pieter's correction")
    report = laptops.send(b, a)
    assert [c.record_id for c in report.updated] == [w["note1"].id]
    assert a.notes.get(w["note1"].id).body == "Pieter's correction"
    # and back: A's older version does not undo B's edit
    report = laptops.send(a, b)
    assert not report.changed
    assert b.notes.get(w["note1"].id).body == "Pieter's correction"
    assert list_conflicts(a) == [] and list_conflicts(b) == []


def test_a_change_on_both_sides_becomes_a_conflict_and_no_word_is_lost(laptops):
    a, b, w = laptops.a, laptops.b, laptops.w
    edit_note(a, w["note1"].id, "Anouk: Indonesia will sign in September.")
    edit_note(b, w["note1"].id, "Pieter: Indonesia will sign, date unclear.")
    report = laptops.send(b, a)
    assert [c.record_id for c in report.conflicted] == [w["note1"].id]
    assert a.notes.get(w["note1"].id).body == "Anouk: Indonesia will sign in September."  # local stays current
    [view] = list_conflicts(a)
    assert view.copy.data["body"] == "Pieter: Indonesia will sign, date unclear." and view.fields == ("body",)
    # the other side gets the mirror image
    laptops.send(a, b)
    assert b.notes.get(w["note1"].id).body == "Pieter: Indonesia will sign, date unclear."
    assert [v.copy.data["body"] for v in list_conflicts(b)] == ["Anouk: Indonesia will sign in September."]
    # exchanging again raises nothing new
    assert not laptops.send(b, a).changed and len(list_conflicts(a)) == 1


def test_resolving_a_conflict_by_merging_keeps_both_texts_and_settles_both_laptops(laptops):
    a, b, w = laptops.a, laptops.b, laptops.w
    base = a.actions.get(w["act1"].id)
    a.actions.update(base.evolve(description="Send draft twinning proposal to Jakarta by courier"))
    b.actions.update(b.actions.get(w["act1"].id).evolve(owner="Pieter", status="in_progress"))
    laptops.send(b, a)
    [view] = list_conflicts(a)
    merged = resolve(a, view.copy.id, "merged")
    # fields changed on one side only take that side; the common ancestor comes from the revisions
    assert merged.description == "Send draft twinning proposal to Jakarta by courier"
    assert merged.owner == "Pieter" and merged.status.value == "in_progress"
    assert list_conflicts(a) == []
    laptops.send(a, b)
    assert b.actions.get(w["act1"].id) == a.actions.get(w["act1"].id)
    assert list_conflicts(b) == []  # B's copy of A's old version was superseded by the merge
    assert not laptops.send(b, a).changed


def test_merging_text_changed_on_both_sides_keeps_both(laptops):
    a, b, w = laptops.a, laptops.b, laptops.w
    edit_note(a, w["note2"].id, "Version A")
    edit_note(b, w["note2"].id, "Version B")
    laptops.send(b, a)
    [view] = list_conflicts(a)
    body = resolve(a, view.copy.id, "merged").body
    assert body == f"Version A\n\n{MERGE_MARK}\nVersion B"


@pytest.mark.parametrize("keep, expected", [("local", "Version A"), ("theirs", "Version B")])
def test_resolving_by_choosing_a_side(laptops, keep, expected):
    a, b, w = laptops.a, laptops.b, laptops.w
    edit_note(a, w["note2"].id, "Version A")
    edit_note(b, w["note2"].id, "Version B")
    laptops.send(b, a)
    [view] = list_conflicts(a)
    resolve(a, view.copy.id, keep)
    assert a.notes.get(w["note2"].id).body == expected
    assert list_conflicts(a) == [] and len(list_conflicts(a, include_resolved=True)) == 1
    laptops.send(a, b)
    assert b.notes.get(w["note2"].id).body == expected and list_conflicts(b) == []


def test_notes_by_different_authors_on_one_meeting_are_all_kept(laptops):
    a, b, w = laptops.a, laptops.b, laptops.w
    a.notes.add(Note(meeting_id=w["m1"].id, author="Anouk", body="A's second note"))
    b.notes.add(Note(meeting_id=w["m1"].id, author="Pieter", body="B's note"))
    b.notes.add(Note(meeting_id=w["m1"].id, author="Karin", body="C's note, typed on B's laptop"))
    laptops.send(b, a)
    laptops.send(a, b)
    for s in (a, b):
        bodies = {n.body for n in s.notes.list(meeting_id=w["m1"].id)}
        assert {"A's second note", "B's note", "C's note, typed on B's laptop"} <= bodies
        assert len(bodies) == 5
    assert snapshot(a)["notes"] == snapshot(b)["notes"]


def test_a_deletion_travels(laptops):
    a, b, w = laptops.a, laptops.b, laptops.w
    a.notes.delete(w["note2"].id)
    report = laptops.send(a, b)
    assert [c.record_id for c in report.deleted] == [w["note2"].id]
    assert b.notes.find(w["note2"].id) is None
    assert not laptops.send(a, b).changed


def test_a_deletion_never_deletes_a_record_edited_on_the_other_side(laptops):
    a, b, w = laptops.a, laptops.b, laptops.w
    a.notes.delete(w["note2"].id)
    edit_note(b, w["note2"].id, "B kept writing here after A deleted it")
    report = laptops.send(a, b)
    assert not report.deleted and [c.record_id for c in report.kept] == [w["note2"].id]
    assert b.notes.get(w["note2"].id).body == "B kept writing here after A deleted it"
    # and A gets the edited note back
    laptops.send(b, a)
    assert a.notes.get(w["note2"].id).body == "B kept writing here after A deleted it"


def test_deleting_a_meeting_keeps_it_where_a_new_note_still_points_at_it(laptops):
    a, b, w = laptops.a, laptops.b, laptops.w
    for rec in [*a.notes.list(meeting_id=w["m2"].id), *a.actions.list(meeting_id=w["m2"].id)]:
        a.repo_for(type(rec)).delete(rec.id)
    a.meetings.delete(w["m2"].id)
    b.notes.add(Note(meeting_id=w["m2"].id, author="Pieter", body="Late note on the German meeting"))
    report = laptops.send(a, b)
    assert b.meetings.find(w["m2"].id) is not None
    assert w["m2"].id in [c.record_id for c in report.kept]


def test_importing_the_same_bundle_twice_changes_nothing_the_second_time(laptops, tmp_path):
    a, b, w = laptops.a, laptops.b, laptops.w
    edit_note(a, w["note1"].id, "A edits")
    edit_note(b, w["note1"].id, "B edits")
    a.notes.delete(w["note3"].id)
    a.notes.add(Note(meeting_id=w["m1"].id, author="Anouk", body="new"))
    bundle = tmp_path / "twice.briefer"
    export_bundle(a, bundle)
    assert import_bundle(b, bundle).changed
    b_path = b.path
    b.close()
    before = b_path.read_bytes()
    with Store.open(b_path, user="pieter") as again:
        report = import_bundle(again, bundle)
    assert not report.changed
    assert b_path.read_bytes() == before
    laptops.b = Store.open(b_path, user="pieter")


def test_dry_run_reports_and_changes_nothing(laptops):
    a, b, w = laptops.a, laptops.b, laptops.w
    edit_note(a, w["note1"].id, "A edits")
    edit_note(b, w["note1"].id, "B edits")
    a.notes.add(Note(meeting_id=w["m1"].id, author="Anouk", body="new"))
    edit_note(a, w["note2"].id, "A only")
    before = snapshot(b)
    path = laptops.tmp / "dry.briefer"
    export_bundle(a, path)
    report = import_bundle(b, path, dry_run=True)
    assert (len(report.added), len(report.updated), len(report.conflicted)) == (1, 1, 1)
    assert snapshot(b) == before and list_conflicts(b) == []
