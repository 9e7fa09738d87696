"""Three advisors' laptops after a conference: conflicts, deletions and old edits passed along.

Bundles do not go round in a neat circle: a laptop passes on what it got from
another, a deletion reaches a laptop that never had the record, an older edit
arrives after a newer one. Each test is one such round, as it happens.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.exchange.bundle import export_bundle
from briefer.exchange.conflicts import list_conflicts, resolve
from briefer.exchange.merge import import_bundle
from briefer.model import Note
from briefer.store import Store
from exchange_world import build_world


class Round:
    def __init__(self, tmp: Path):
        self.tmp, self.n = tmp, 0
        self.a = Store.open(tmp / "a.sqlite", user="anouk")
        self.w = build_world(self.a)
        self.b = Store.open(tmp / "b.sqlite", user="pieter")
        self.c = Store.open(tmp / "c.sqlite", user="carla")
        self.send(self.a, self.b)
        self.send(self.a, self.c)

    def send(self, src: Store, dst: Store):
        self.n += 1
        path = self.tmp / f"bundle-{self.n}.briefer"
        export_bundle(src, path)
        return import_bundle(dst, path)

    def edit(self, store: Store, note_id: str, body: str) -> None:
        store.notes.update(store.notes.get(note_id).evolve(body=body))


@pytest.fixture
def laptops(tmp_path):
    r = Round(tmp_path)
    yield r
    for s in (r.a, r.b, r.c):
        s.close()


def test_a_conflict_is_passed_on_to_a_third_laptop(laptops):
    a, b, c, w = laptops.a, laptops.b, laptops.c, laptops.w
    note = w["note1"].id
    laptops.edit(b, note, "Pieter: Indonesia will sign, date unclear.")
    laptops.send(b, c)                                     # C has B's version, like B
    laptops.edit(a, note, "Anouk: Indonesia will sign in September.")
    laptops.send(a, b)                                     # B: a conflict, B's version current
    report = laptops.send(b, c)                            # C gets B's version (the same) and the conflict copy
    assert [ch.record_id for ch in report.conflicted] == [note]
    assert c.notes.get(note).body == "Pieter: Indonesia will sign, date unclear."
    assert [v.copy.data["body"] for v in list_conflicts(c)] == ["Anouk: Indonesia will sign in September."]


def test_an_older_edit_arriving_late_is_known_to_be_superseded(laptops):
    a, b, c, w = laptops.a, laptops.b, laptops.c, laptops.w
    note = w["note1"].id
    laptops.edit(a, note, "First correction")
    laptops.send(a, c)                                     # C has A's first correction
    laptops.edit(a, note, "Second correction")
    laptops.send(a, b)                                     # B jumps from the original to the second
    report = laptops.send(c, b)                            # C's first correction arrives late at B
    assert report.conflicted == [] and not report.changed
    assert b.notes.get(note).body == "Second correction" and list_conflicts(b) == []


def test_a_deletion_passes_through_a_laptop_that_never_had_the_record(laptops):
    a, b, c, w = laptops.a, laptops.b, laptops.c, laptops.w
    late = c.notes.add(Note(meeting_id=w["m1"].id, author="Carla", body="Written on C"))
    laptops.send(c, a)
    a.notes.delete(late.id)
    laptops.send(a, b)                                     # B never had the note; it learns of the deletion
    assert b.notes.find(late.id) is None
    laptops.send(c, b)                                     # C's bundle, made before the deletion
    assert b.notes.find(late.id) is None                   # the note does not come back on B
    laptops.send(b, c)
    assert c.notes.find(late.id) is None                   # and the deletion reaches C through B


def test_a_conflict_resolved_on_one_laptop_is_settled_on_the_other(laptops):
    a, b, w = laptops.a, laptops.b, laptops.w
    note = w["note2"].id
    laptops.edit(a, note, "Version A")
    laptops.edit(b, note, "Version B")
    laptops.send(b, a)
    laptops.send(a, b)                                     # both laptops hold the conflict
    assert len(list_conflicts(a)) == 1 and len(list_conflicts(b)) == 1
    [view] = list_conflicts(a)
    resolve(a, view.copy.id, "theirs")                     # A takes B's version
    laptops.send(a, b)
    assert b.notes.get(note).body == "Version B"
    assert list_conflicts(b) == []


def test_an_import_counts_what_it_left_unchanged(laptops):
    a, b, w = laptops.a, laptops.b, laptops.w
    old = laptops.tmp / "b-old.briefer"
    export_bundle(b, old)
    laptops.edit(a, w["note1"].id, "Edited on A after B's bundle was made")
    report = import_bundle(a, old)                         # B's older version: A's edit stays, nothing changes
    total = sum(len(repo.list()) for repo in a.repositories())
    assert not report.changed
    assert report.summary() == f"0 added, 0 updated, 0 conflicts, 0 deleted, 0 kept despite a deletion, {total} unchanged"


def test_a_note_resolved_and_then_deleted_leaves_no_open_conflict_elsewhere(laptops):
    a, b, w = laptops.a, laptops.b, laptops.w
    note = w["note2"].id
    laptops.edit(a, note, "Version A")
    laptops.edit(b, note, "Version B")
    laptops.send(b, a)
    laptops.send(a, b)                                     # both laptops hold the conflict
    [view] = list_conflicts(a)
    resolve(a, view.copy.id, "local")
    a.notes.delete(note)                                   # and then A deletes the note altogether
    report = laptops.send(a, b)
    assert [ch.record_id for ch in report.deleted] == [note]
    assert b.notes.find(note) is None
    assert list_conflicts(b) == []                         # no conflict left about a note that is gone


def test_a_conflict_copy_that_survives_a_deletion_becomes_the_note_and_its_conflict_closes(laptops):
    a, b, c, w = laptops.a, laptops.b, laptops.c, laptops.w
    note = w["note1"].id
    laptops.edit(a, note, "Anouk: Indonesia will sign in September.")
    laptops.send(a, c)                                     # C has A's version
    c.notes.delete(note)                                   # C deletes it, knowing A's version only
    laptops.edit(b, note, "Pieter: Indonesia will sign, date unclear.")
    laptops.send(b, a)                                     # A: a conflict, A's version current, B's a copy
    assert [v.copy.data["body"] for v in list_conflicts(a)] == ["Pieter: Indonesia will sign, date unclear."]
    report = laptops.send(c, a)                            # C's deletion supersedes A's version, not B's
    assert [ch.record_id for ch in report.kept] == [note]
    assert a.notes.get(note).body == "Pieter: Indonesia will sign, date unclear."
    assert list_conflicts(a) == []                         # the copy became the note: nothing left to resolve


def test_a_conflict_resolved_as_local_on_one_laptop_is_not_reopened_when_the_other_version_arrives_later(laptops):
    a, b, c, w = laptops.a, laptops.b, laptops.c, laptops.w
    note = w["note1"].id
    laptops.edit(b, note, "Pieter: Indonesia will sign, date unclear.")
    laptops.send(b, c)                                     # C has B's version, and nothing else
    laptops.edit(a, note, "Anouk: Indonesia will sign in September.")
    laptops.send(a, b)                                     # B: a conflict
    resolve(b, list_conflicts(b)[0].copy.id, "local")   # B keeps its own text: A's version is superseded
    report = laptops.send(b, c)                            # C: the same note, with the history B learnt
    assert report.conflicted == []
    report = laptops.send(a, c)                            # A's version arrives late at C: already superseded
    assert report.conflicted == [] and not report.changed
    assert c.notes.get(note).body == "Pieter: Indonesia will sign, date unclear." and list_conflicts(c) == []


def test_a_conflict_resolved_as_local_closes_on_the_laptop_it_was_passed_on_to(laptops):
    a, b, c, w = laptops.a, laptops.b, laptops.c, laptops.w
    note = w["note1"].id
    laptops.edit(b, note, "Pieter: Indonesia will sign, date unclear.")
    laptops.send(b, c)
    laptops.edit(a, note, "Anouk: Indonesia will sign in September.")
    laptops.send(a, b)
    laptops.send(b, c)                                     # C has B's version and A's as a conflict copy
    assert [v.copy.data["body"] for v in list_conflicts(c)] == ["Anouk: Indonesia will sign in September."]
    resolve(b, list_conflicts(b)[0].copy.id, "local")
    laptops.send(b, c)                                     # B's decision reaches C: the copy is closed there too
    assert list_conflicts(c) == []
    assert c.notes.get(note).body == "Pieter: Indonesia will sign, date unclear."


def test_an_import_that_only_adds_a_note_is_a_change(laptops):
    a, c, w = laptops.a, laptops.c, laptops.w
    new = c.notes.add(Note(meeting_id=w["m1"].id, author="Carla", body="Written on C"))
    report = laptops.send(c, a)
    assert [ch.record_id for ch in report.added] == [new.id] and report.updated == [] and report.deleted == []
    assert report.changed is True                          # the app asks to confirm, not "nothing to import"
