"""``briefer pack`` and ``briefer prints`` on a real database in the data directory."""
from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from briefer import paths
from briefer.cli import main
from briefer.store import Store

from packs_world import build_world


@pytest.fixture
def cli_world(data_dir):
    p = paths.resolve(str(data_dir))
    paths.ensure_data_dir(p)
    with Store.open(p.database, user="tester") as store:
        world = build_world(store)
    return world


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_pack_for_a_person_by_name(cli_world, tmp_path, capsys, read_pack):
    out = tmp_path / "bruins.pdf"
    code, stdout, err = run(capsys, "pack", "--for", "Bruins", "-o", str(out), "--lang", "en", "--final",
                               "--override", "cleared by the head of the private office")
    assert code == 0, err
    pack = read_pack(out)
    assert f"{pack.pages} pages, copy 1, version 1" in stdout
    assert "DRAFT" not in pack.text and "Bilateral with Türkiye" in pack.top()
    code, stdout, _ = run(capsys, "prints")
    assert code == 0 and "Bruno Bruins" in stdout and "bruins.pdf" in stdout


def test_meeting_brief_and_addendum_from_the_command_line(cli_world, tmp_path, capsys):
    meeting = cli_world.meetings["tur"].id[:8]
    code, stdout, err = run(capsys, "pack", "--meeting", meeting, "-o", str(tmp_path / "one.pdf"))
    assert code == 0, err
    assert len(PdfReader(str(tmp_path / "one.pdf")).pages) == 1
    # what the advisor reads: the brief's one page counted in English ("1 page", not "1 pages")
    assert "meeting brief for Bruno Bruins: 1 page, copy 1, version 1" in stdout
    run(capsys, "pack", "--for", "Bruins", "-o", str(tmp_path / "full.pdf"))
    code, stdout, err = run(capsys, "pack", "--changes-since", "2", "-o", str(tmp_path / "add.pdf"))
    assert code == 0, err
    assert "nothing changed since copy 2 — no addendum written, none registered" in stdout
    # an empty addendum would take a copy number and a new version for content that did not change
    assert not (tmp_path / "add.pdf").exists()
    code, stdout, _ = run(capsys, "prints", "--json")
    assert [(r["number"], r["kind"], r["version"]) for r in json.loads(stdout)] == [(1, "meeting", 1), (2, "pack", 1)]


def test_password_is_prompted_twice(cli_world, tmp_path, capsys, monkeypatch):
    answers = iter(["s3cret!", "s3cret!"])
    monkeypatch.setattr("briefer.cli.packs._terminal", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    out = tmp_path / "locked.pdf"
    code, stdout, err = run(capsys, "pack", "--for", "Bruins", "-o", str(out), "--password")
    assert code == 0, err
    assert "encrypted" in stdout
    reader = PdfReader(str(out))
    assert reader.is_encrypted and reader.decrypt("s3cret!") != 0


def test_mismatched_passwords_write_nothing(cli_world, tmp_path, capsys, monkeypatch):
    answers = iter(["one", "two"])
    monkeypatch.setattr("briefer.cli.packs._terminal", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    out = tmp_path / "locked.pdf"
    code, _, err = run(capsys, "pack", "--for", "Bruins", "-o", str(out), "--password")
    assert code == 1 and "passwords differ" in err and not out.exists()


@pytest.mark.parametrize("args, message", [
    (["--from", "19-06-2019"], "--from"),
    (["--sections", "programme,gossip"], "unknown section 'gossip'"),
    (["--classification", "TOP SECRET"], "unknown classification"),
])
def test_bad_arguments_are_one_line_errors(cli_world, tmp_path, capsys, args, message):
    out = tmp_path / "x.pdf"
    code, _, err = run(capsys, "pack", "--for", "Bruins", "-o", str(out), *args)
    assert code != 0 and message in err and "Traceback" not in err and not out.exists()


def test_unknown_person_and_nothing_to_print(cli_world, tmp_path, capsys):
    code, _, err = run(capsys, "pack", "--for", "Nobody Known", "-o", str(tmp_path / "x.pdf"))
    assert code == 3 and "no person called" in err
    code, _, err = run(capsys, "pack", "--for", "Bruins", "--from", "2019-06-21", "--to", "2019-06-22",
                       "-o", str(tmp_path / "x.pdf"))
    assert code == 8 and "nothing to print" in err
    code, _, err = run(capsys, "pack", "--changes-since", "99", "-o", str(tmp_path / "x.pdf"))
    assert code == 3 and "no printed pack with copy number 99" in err


def test_warns_about_characters_the_font_lacks(cli_world, tmp_path, capsys, data_dir):
    p = paths.resolve(str(data_dir))
    with Store.open(p.database, user="tester") as store:
        person = store.people.get(cli_world.meetings["tur"].counterpart_ids[0])
        store.people.update(person.evolve(biography="Studied the sign 𓂀 in Luxor; 北京 prints."))
    code, _, err = run(capsys, "pack", "--for", "Bruins", "-o", str(tmp_path / "x.pdf"))
    assert code == 0 and "no glyphs for 𓂀" in err
    code, out, _ = run(capsys, "prints", "--json", "--for", "Bruins")
    assert code == 0 and '"number": 1' in out


def test_final_with_an_override_is_recorded_in_the_register(cli_world, tmp_path, capsys):
    code, _, err = run(capsys, "pack", "--for", "Bruins", "-o", str(tmp_path / "f.pdf"), "--final")
    assert code == 6 and "not final: Bilateral with Türkiye (draft)" in err and not (tmp_path / "f.pdf").exists()
    code, _, err = run(capsys, "pack", "--for", "Bruins", "-o", str(tmp_path / "f.pdf"), "--override", "why")
    assert code != 0 and "--override only applies to a --final pack" in err
    code, _, err = run(capsys, "pack", "--for", "Bruins", "-o", str(tmp_path / "f.pdf"), "--final",
                       "--override", "the minister leaves tonight")
    assert code == 0, err
    code, out, _ = run(capsys, "prints")
    assert "final over non-final briefs by tester: the minister" in out
    code, _, err = run(capsys, "pack", "--for", "Bruins", "-o", str(tmp_path / "u.pdf"), "--classification", "none")
    assert code == 6 and "cannot be marked unclassified" in err


def test_a_one_page_brief_that_runs_long_says_so(cli_world, tmp_path, capsys, data_dir):
    p = paths.resolve(str(data_dir))
    with Store.open(p.database, user="tester") as store:
        brief = store.meeting_briefs.list(meeting_id=cli_world.meetings["tur"].id)[0]
        store.meeting_briefs.update(brief.evolve(key_messages=[f"Message {i}: " + "word " * 120 for i in range(40)]))
    code, out, err = run(capsys, "pack", "--meeting", cli_world.meetings["tur"].id[:8], "-o", str(tmp_path / "one.pdf"))
    assert code == 0 and "warning: the one-page brief runs to" in err
    code, out, err = run(capsys, "pack", "--meeting", cli_world.meetings["pol"].id[:8], "-o", str(tmp_path / "pol.pdf"))
    assert code == 0 and "runs to" not in err
