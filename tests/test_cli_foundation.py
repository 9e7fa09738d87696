"""The command line as a user runs it: one clear line on errors, never a traceback."""

import json
import subprocess
import sys
from datetime import date

import pytest

from briefer import __version__
from briefer.cli import main
from briefer.model import Conference, Meeting, Note, Person
from briefer.store import Store
from tests.conftest import utc


def run(*args, env_data_dir=None):
    """Run ``python -m briefer`` in a subprocess, as a user would."""
    import os

    env = dict(os.environ)
    if env_data_dir:
        env["BRIEFER_DATA_DIR"] = str(env_data_dir)
    return subprocess.run([sys.executable, "-m", "briefer", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def seed(data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    with Store.open(data_dir / "briefer.sqlite") as s:
        s.conference_repo.add(Conference(name="AMR", start_date=date(2019, 6, 19), end_date=date(2019, 6, 20)))
        b = s.people.add(Person(given_name="Bruno", family_name="Bruins", principal_title="Minister"))
        m = s.meetings.add(Meeting(principal_id=b.id, counterpart_country="CUW", start=utc(2019, 6, 19, 7),
                                   end=utc(2019, 6, 19, 7, 30)))
        s.notes.add(Note(meeting_id=m.id, body="Twinning with Curaçao on surveillance."))
        return m


def test_version_in_a_subprocess(data_dir):
    r = run("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"Briefer {__version__}"
    assert not data_dir.exists()  # --version touches nothing


def test_list_and_show_meetings_in_conference_time(data_dir, capsys):
    m = seed(data_dir)
    assert main(["list", "meetings"]) == 0
    out = capsys.readouterr().out
    assert "Curaçao" in out and "09:00–09:30" in out and "to be confirmed" in out  # 07:00 UTC = 09:00 CEST
    assert main(["show", "meeting", m.id[:8]]) == 0
    out = capsys.readouterr().out
    assert "Bruno Bruins" in out and "Europe/Amsterdam" in out


def test_list_json_is_valid_json(data_dir, capsys):
    seed(data_dir)
    assert main(["list", "people", "--json"]) == 0
    people = json.loads(capsys.readouterr().out)
    assert [p["family_name"] for p in people] == ["Bruins"]


def test_search_folds_accents(data_dir, capsys):
    seed(data_dir)
    assert main(["search", "curacao"]) == 0
    out = capsys.readouterr().out
    assert "[Curaçao]" in out


def test_errors_are_one_line_with_a_code(data_dir, capsys):
    seed(data_dir)
    assert main(["show", "meeting", "ffffffff"]) == 3
    err = capsys.readouterr().err
    assert err.strip() == "briefer: error: no meeting with id 'ffffffff'"
    assert main(["show", "person", "Nobody Atall"]) == 3
    assert "no person called" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["list", "spaceships"])
    assert info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_check_passes_and_then_finds_a_broken_row(data_dir, capsys):
    seed(data_dir)
    assert main(["check"]) == 0
    assert "ok:" in capsys.readouterr().out
    with Store.open(data_dir / "briefer.sqlite") as s:  # damage one row behind the store's back
        s.db.execute("UPDATE meetings SET counterpart_country = 'XXX'")
        s.db.execute("UPDATE notes SET meeting_id = NULL")
        s.db.execute("PRAGMA foreign_keys = OFF")
        s.db.execute("UPDATE notes SET author_id = '33333333-3333-3333-3333-333333333333'")
        s.db.conn.commit()
    assert main(["check"]) == 1
    captured = capsys.readouterr()
    assert "counterpart_country" in captured.out and "ISO 3166" in captured.out
    assert "refers to a missing people record" in captured.out
    assert "problem" in captured.err and "found in" in captured.err


def test_bad_data_dir_is_a_clear_error_in_a_subprocess(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    r = run("--data-dir", str(blocker / "sub"), "list", "meetings")
    assert r.returncode == 5
    assert r.stderr.startswith("briefer: error:") and "cannot create the data directory" in r.stderr
    assert "Traceback" not in r.stderr
    r = run("--data-dir", "/proc/briefer-cannot-live-here", "list", "meetings")
    assert r.returncode == 5 and "Traceback" not in r.stderr


def test_corrupt_database_via_the_cli(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    (d / "briefer.sqlite").write_bytes(b"garbage" * 1000)
    r = run("--data-dir", str(d), "list", "meetings")
    assert r.returncode == 5
    assert "not a Briefer database" in r.stderr and "Traceback" not in r.stderr
    assert (d / "briefer.sqlite").read_bytes() == b"garbage" * 1000


def test_a_row_with_malformed_json_is_reported_not_a_traceback(data_dir, capsys):
    seed(data_dir)
    with Store.open(data_dir / "briefer.sqlite") as s:  # damage one row behind the store's back
        s.db.execute("UPDATE meetings SET counterpart_ids = '[not json'")
        s.db.conn.commit()
    assert main(["check"]) == 1
    assert "malformed JSON" in capsys.readouterr().out
    assert main(["list", "meetings"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("briefer: error:") and "counterpart_ids" in err and "malformed JSON" in err


def _registered(modules) -> dict[str, str]:
    """Each command the given modules register, and the module that registers it."""
    import argparse
    import importlib

    found = {}
    for module in modules:
        sub = argparse.ArgumentParser().add_subparsers(dest="command")
        importlib.import_module(f"briefer.cli.{module}").register(sub)
        found.update(dict.fromkeys(sub.choices, module))
    return found


def test_every_command_is_listed_with_the_module_that_registers_it():
    from briefer.cli import COMMAND_MODULE, COMMAND_MODULES

    assert COMMAND_MODULE == _registered(COMMAND_MODULES)


@pytest.mark.parametrize("argv", [
    ["list", "meetings"], ["--data-dir", "/d", "show", "meeting", "ab12"], ["--data-dir=/d", "topic", "list"],
    ["import-ics", "x.ics", "--dry-run"], ["backup"],
])
def test_a_command_is_parsed_by_its_own_module_s_parser_alone_as_by_the_whole_one(argv, capsys):
    import re

    from briefer.cli import COMMAND_MODULE, build_parser, command_word

    word = command_word(argv)
    assert word == next(a for a in argv if not a.startswith("-") and a != "/d")
    own = build_parser(command=word)
    with pytest.raises(SystemExit):  # argparse names what this parser can dispatch
        own.parse_args(["no-such-command"])
    commands = re.findall(r"'([a-z-]+)'", capsys.readouterr().err.split("choose from", 1)[1])
    assert set(commands) == {c for c, m in COMMAND_MODULE.items() if m == COMMAND_MODULE[word]}
    assert own.parse_args(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize("argv", [["lst", "meetings"], ["--bogus"], ["-h"]])
def test_what_names_no_known_command_gets_the_whole_parser_naming_every_command(argv, capsys):
    from briefer.cli import COMMAND_MODULE

    with pytest.raises(SystemExit) as ended:
        main(argv)
    out, err = capsys.readouterr()
    said = out + err
    assert ended.value.code == (0 if argv == ["-h"] else 2)
    assert "COMMAND" in said
    if argv[0] == "lst":  # argparse's "invalid choice" lists them all
        assert [c for c in COMMAND_MODULE if repr(c) not in err] == []
    if argv == ["-h"]:
        assert [c for c in COMMAND_MODULE if c not in out] == []
