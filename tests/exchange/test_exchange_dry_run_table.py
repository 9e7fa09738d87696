"""`briefer import --dry-run` shows, record by record, what an import would do — and of what kind each record is.

Before merging a colleague's bundle an advisor reads the table: *added note
…*, *updated meeting …*, *deleted note …*. The kind column is how she tells a
note from the meeting it belongs to.
"""

from __future__ import annotations

from briefer import paths
from briefer.cli import main
from briefer.exchange.bundle import export_bundle
from briefer.model import Action, Note
from briefer.store import Store
from exchange_world import build_world, snapshot


def _rows(out: str) -> list[tuple[str, str, str]]:
    """(change, kind, id) of each table row the command printed."""
    rows = []
    for line in out.splitlines():
        words = line.split()
        if len(words) >= 3 and words[0] in {"added", "updated", "conflict", "deleted", "kept"}:
            rows.append((words[0], words[1], words[2]))
    return rows


def test_the_dry_run_table_names_each_record_s_change_and_kind(tmp_path, capsys):
    a_dir, b_dir = tmp_path / "a", tmp_path / "b"
    for folder in (a_dir, b_dir):
        paths.ensure_data_dir(paths.resolve(folder))
    with Store.open(paths.resolve(a_dir).database, user="anouk") as a:
        w = build_world(a)
        export_bundle(a, tmp_path / "start.briefer")
    with Store.open(paths.resolve(b_dir).database, user="pieter") as b:
        from briefer.exchange.merge import import_bundle

        import_bundle(b, tmp_path / "start.briefer")
    with Store.open(paths.resolve(a_dir).database, user="anouk") as a:
        new_note = a.notes.add(Note(meeting_id=w["m1"].id, author="Anouk", body="Added after the meeting"))
        a.meetings.update(a.meetings.get(w["m2"].id).evolve(press_line="No comment on the German position."))
        new_action = a.actions.add(Action(description="Call Berlin", meeting_id=w["m2"].id, owner="DIZ"))
        a.notes.delete(w["note2"].id)
        export_bundle(a, tmp_path / "later.briefer")
    with Store.open(paths.resolve(b_dir).database, user="pieter") as b:
        before = snapshot(b)

    assert main(["--data-dir", str(b_dir), "import", str(tmp_path / "later.briefer"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert sorted(_rows(out)) == sorted([
        ("added", "note", new_note.id[:8]),
        ("added", "action", new_action.id[:8]),
        ("updated", "meeting", w["m2"].id[:8]),
        ("deleted", "note", w["note2"].id[:8]),
    ])
    assert "dry run — nothing changed: 2 added, 1 updated, 0 conflicts, 1 deleted" in out
    with Store.open(paths.resolve(b_dir).database, user="pieter") as b:
        assert snapshot(b) == before
