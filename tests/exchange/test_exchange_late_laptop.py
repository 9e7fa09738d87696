"""The late laptop: a bundle made before a deletion must not bring the deleted record back.

After a conference the laptops come back one by one. Laptop A deletes a note;
laptop B, which exported its bundle before it heard of the deletion, is
imported on A later. The note stays deleted on A, and at the next round the
deletion reaches B. Only an edit made without knowledge of the deletion may
keep a record alive (tested in test_exchange_merge.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.exchange.bundle import export_bundle
from briefer.exchange.merge import import_bundle
from briefer.store import Store
from exchange_world import build_world


@pytest.fixture
def laptops(tmp_path: Path):
    a = Store.open(tmp_path / "a.sqlite", user="anouk")
    w = build_world(a)
    b = Store.open(tmp_path / "b.sqlite", user="pieter")
    export_bundle(a, tmp_path / "start.briefer")
    import_bundle(b, tmp_path / "start.briefer")
    yield a, b, w, tmp_path
    a.close()
    b.close()


def test_a_note_deleted_here_stays_deleted_when_an_older_bundle_comes_back(laptops):
    a, b, w, tmp = laptops
    late = tmp / "b-before-the-deletion.briefer"
    export_bundle(b, late)                    # B's bundle, made while the note still existed everywhere
    a.notes.delete(w["note2"].id)             # then A deletes it
    report = import_bundle(a, late)           # and B's bundle arrives late
    assert a.notes.find(w["note2"].id) is None
    assert report.added == [] and report.updated == [] and report.conflicted == []
    assert {n.id for n in a.notes.list()} == {w["note1"].id, w["note3"].id, w["secret"].id}


def test_the_deletion_reaches_the_late_laptop_at_the_next_round(laptops):
    a, b, w, tmp = laptops
    late = tmp / "late.briefer"
    export_bundle(b, late)
    a.notes.delete(w["note2"].id)
    import_bundle(a, late)
    export_bundle(a, tmp / "next-round.briefer")
    report = import_bundle(b, tmp / "next-round.briefer")
    assert [c.record_id for c in report.deleted] == [w["note2"].id]
    assert b.notes.find(w["note2"].id) is None
    # and B's next bundle does not resurrect it on A either
    export_bundle(b, tmp / "back.briefer")
    assert not import_bundle(a, tmp / "back.briefer").changed
    assert a.notes.find(w["note2"].id) is None


def test_a_deleted_meeting_with_its_notes_stays_deleted_after_a_late_bundle(laptops):
    a, b, w, tmp = laptops
    late = tmp / "late.briefer"
    export_bundle(b, late)
    for rec in [*a.notes.list(meeting_id=w["m2"].id), *a.actions.list(meeting_id=w["m2"].id)]:
        a.repo_for(type(rec)).delete(rec.id)
    a.meetings.delete(w["m2"].id)
    import_bundle(a, late)
    assert a.meetings.find(w["m2"].id) is None
    assert a.notes.list(meeting_id=w["m2"].id) == []


def test_a_meeting_deleted_with_its_notes_and_actions_is_deleted_on_the_other_laptop(laptops):
    """Deletions are applied dependents first: the notes go, then the meeting they pointed at."""
    a, b, w, tmp = laptops
    gone = [*a.notes.list(meeting_id=w["m2"].id), *a.actions.list(meeting_id=w["m2"].id)]
    for rec in gone:
        a.repo_for(type(rec)).delete(rec.id)
    a.meetings.delete(w["m2"].id)
    export_bundle(a, tmp / "deletions.briefer")
    report = import_bundle(b, tmp / "deletions.briefer")
    assert b.meetings.find(w["m2"].id) is None
    assert b.notes.list(meeting_id=w["m2"].id) == [] and b.actions.list(meeting_id=w["m2"].id) == []
    assert sorted(c.record_id for c in report.deleted) == sorted([w["m2"].id, *(r.id for r in gone)])
    assert report.kept == []
