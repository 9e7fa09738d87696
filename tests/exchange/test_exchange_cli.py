"""The exchange commands end to end, through ``briefer.cli.main`` on real data directories."""

from __future__ import annotations

import csv
import io

from briefer import paths
from briefer.cli import main
from briefer.store import Store
from exchange_world import build_world


def make_laptop(folder):
    paths.ensure_data_dir(paths.resolve(folder))
    with Store.open(paths.resolve(folder).database, user="anouk") as s:
        return build_world(s)


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_bundle_import_conflicts_and_exports(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    w = make_laptop(a)
    bundle = tmp_path / "all.briefer"
    code, out, _ = run(capsys, "--data-dir", str(a), "export", "bundle", "--all", "-o", str(bundle))
    assert code == 0 and "19 records, 0 deletions, 0 conflict copies" in out
    code, out, _ = run(capsys, "--data-dir", str(b), "import", str(bundle), "--dry-run")
    assert code == 0 and "dry run — nothing changed: 19 added" in out
    code, out, _ = run(capsys, "--data-dir", str(b), "list", "notes")
    assert "no notes yet" in out
    assert run(capsys, "--data-dir", str(b), "import", str(bundle))[0] == 0

    # both edit the same note; B sends its notes to A
    for folder, body in ((a, "A's version"), (b, "B's version")):
        with Store.open(paths.resolve(folder).database, user="x") as s:
            s.notes.update(s.notes.get(w["note1"].id).evolve(body=body))
    notes_bundle = tmp_path / "notes.briefer"
    run(capsys, "--data-dir", str(b), "export", "bundle", "--only", "notes", "--since", "2019-01-01",
        "-o", str(notes_bundle))
    code, out, _ = run(capsys, "--data-dir", str(a), "import", str(notes_bundle))
    assert ", 1 conflict, " in out and "briefer conflicts" in out  # one conflict, counted in English
    code, out, _ = run(capsys, "--data-dir", str(a), "conflicts")
    assert "note" in out and "body" in out
    conflict_id = out.splitlines()[2].split()[0]
    code, out, _ = run(capsys, "--data-dir", str(a), "conflicts", "show", conflict_id)
    assert "local:  A's version" in out and "theirs: B's version" in out
    code, out, _ = run(capsys, "--data-dir", str(a), "conflicts", "resolve", conflict_id, "--keep", "theirs")
    assert code == 0 and "resolved" in out
    assert "no conflicts" in run(capsys, "--data-dir", str(a), "conflicts")[1]

    for fmt in ("docx", "pdf", "md", "json"):
        target = tmp_path / f"report.{fmt}"
        code, out, _ = run(capsys, "--data-dir", str(a), "export", "notes", "--format", fmt, "--all",
                           "-o", str(target))
        assert code == 0 and target.stat().st_size > 0
    assert "B's version" in (tmp_path / "report.md").read_text(encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", str(a), "export", "actions", "--format", "csv", "--unclassified-only",
                       "-o", str(tmp_path / "actions.csv"))
    rows = list(csv.reader(io.StringIO((tmp_path / "actions.csv").read_text(encoding="utf-8-sig"))))
    assert len(rows) == 2 and "wrote 1 action to " in out  # the German meeting's action is classified


def test_user_mistakes_are_one_line_errors(tmp_path, capsys):
    make_laptop(tmp_path / "a")
    bad = tmp_path / "bad.briefer"
    bad.write_text("hello")
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "a"), "import", str(bad))
    assert code == 7 and err.count("\n") == 1 and "not a zip file" in err
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "a"), "export", "bundle", "--since", "yesterday",
                         "-o", str(tmp_path / "x.briefer"))
    assert code == 1 and "--since" in err and not (tmp_path / "x.briefer").exists()
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "a"), "export", "notes", "--format", "md",
                         "--country", "FRA", "-o", str(tmp_path / "fra.md"))
    assert code == 3 and "no meetings with FRA" in err
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "a"), "conflicts", "resolve", "abc", "--keep", "local")
    assert code == 3 and "no conflict" in err
