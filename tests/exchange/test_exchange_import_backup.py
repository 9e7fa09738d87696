"""The backup an import takes: only when it writes, and of the state before it."""

from __future__ import annotations

from briefer.exchange.bundle import export_bundle
from briefer.exchange.merge import import_bundle
from briefer.model import Note
from briefer.store import Store
from briefer.store.wholefile.backup import list_backups
from tests.conftest import backup_copy
from exchange_world import build_world, snapshot


def _pair(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a = Store.open(tmp_path / "a" / "briefer.sqlite", user="anouk")
    w = build_world(a)
    export_bundle(a, tmp_path / "base.briefer")
    b = Store.open(tmp_path / "b" / "briefer.sqlite", user="pieter")
    import_bundle(b, tmp_path / "base.briefer")
    return a, b, w


def test_a_restore_into_an_empty_store_needs_no_backup(tmp_path):
    a, b, _ = _pair(tmp_path)
    with a, b:
        assert list_backups(b.backup_dir) == []
        assert snapshot(b) == snapshot(a)


def test_importing_a_bundle_again_takes_no_backup_and_leaves_the_file_unchanged(tmp_path):
    a, b, _ = _pair(tmp_path)
    a.close()
    path = b.path
    b.close()
    before = path.read_bytes()
    with Store.open(path, user="pieter") as again:
        report = import_bundle(again, tmp_path / "base.briefer")
        assert not report.changed and report.unchanged > 0
    assert path.read_bytes() == before
    assert list_backups(path.parent / "backups") == []


def test_an_import_that_writes_keeps_a_backup_of_the_state_before_it(tmp_path):
    a, b, w = _pair(tmp_path)
    with a, b:
        before = snapshot(b)
        a.notes.update(a.notes.get(w["note1"].id).evolve(body="Indonesia will sign in October."))
        new = a.notes.add(Note(meeting_id=w["m1"].id, author="Anouk", body="Follow-up call agreed."))
        export_bundle(a, tmp_path / "edits.briefer")
        report = import_bundle(b, tmp_path / "edits.briefer")
        assert (len(report.added), len(report.updated)) == (1, 1)
        backups = list_backups(b.backup_dir)
        assert [x.reason for x in backups] == ["import"]
        with Store.open(backup_copy(backups[0], tmp_path), user="check", backup_dir=tmp_path / "elsewhere") as old:
            # the backup holds the database as it was before the import, not what the import wrote
            assert snapshot(old) == before
            assert old.notes.find(new.id) is None
        assert b.notes.get(w["note1"].id).body == "Indonesia will sign in October."


def test_a_record_changed_locally_is_compared_by_content_not_taken_from_the_bundle(tmp_path):
    a, b, w = _pair(tmp_path)
    with a, b:
        mine = b.notes.update(b.notes.get(w["note2"].id).evolve(body="Pieter's own wording."))
        report = import_bundle(b, tmp_path / "base.briefer")
        # the bundle's older version is superseded by the local edit: nothing changes
        assert not report.changed
        assert b.notes.get(w["note2"].id) == mine


def test_the_quick_comparison_only_says_same_for_the_record_exactly_as_stored(tmp_path):
    from datetime import timedelta

    from briefer.store.exchange import ExchangeState

    a, b, w = _pair(tmp_path)
    with a, b:
        state = ExchangeState(b)
        stored = b.notes.get(w["note1"].id)
        rows = state.current_rows("notes", [stored.id])
        assert state.stored_as(rows[stored.id], stored)
        # any field, and times finer than the stored milliseconds, make it "not the same" (the exact path)
        assert not state.stored_as(rows[stored.id], stored.evolve(body=stored.body + "!"))
        finer = stored.model_copy(update={"updated_at": stored.updated_at + timedelta(microseconds=7)})
        assert not state.stored_as(rows[stored.id], finer)
        assert state.record_from("notes", rows[stored.id]) == stored
