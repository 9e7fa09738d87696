"""Where the command line takes a country it takes its name too, read as the GUI's country field reads it."""

from __future__ import annotations

import pytest

from tests.conftest import run_cli as run


@pytest.fixture
def demo(cli_demo):
    return cli_demo


def test_export_notes_takes_a_country_name_in_english_or_dutch(demo, tmp_path, capsys):
    for given, name in (("VNM", "by-code.md"), ("Vietnam", "by-name.md"), ("vietnam", "lower.md")):
        code, out, err = run(capsys, "export", "notes", "--format", "md", "--country", given, "-o", str(tmp_path / name))
        assert code == 0, err
    by_code = (tmp_path / "by-code.md").read_text(encoding="utf-8")
    assert "Vietnam" in by_code
    assert (tmp_path / "by-name.md").read_text(encoding="utf-8") == by_code
    assert (tmp_path / "lower.md").read_text(encoding="utf-8") == by_code
    code, out, err = run(capsys, "export", "notes", "--format", "md", "--country", "Verenigd Koninkrijk",
                         "-o", str(tmp_path / "gbr.md"))
    assert code == 0 and "United Kingdom" in (tmp_path / "gbr.md").read_text(encoding="utf-8")


def test_slots_take_a_country_name(demo, capsys):
    code, by_code, _ = run(capsys, "slots", "--principal", "Bruins", "--country", "IND", "--limit", "2")
    assert code == 0
    code, by_name, _ = run(capsys, "slots", "--principal", "Bruins", "--country", "India", "--limit", "2")
    assert code == 0 and by_name == by_code


def test_show_brief_takes_a_country_name(demo, capsys):
    code, out, _ = run(capsys, "show", "brief", "Indonesië")
    assert code == 0 and out.startswith("Country brief: Indonesia")
    code, _, err = run(capsys, "show", "brief", "Ivoorkust")
    assert code == 3 and err.strip() == "briefer: error: no country brief for Côte d'Ivoire (CIV)"
    code, _, err = run(capsys, "show", "brief", "zzzz")
    assert code == 3 and "no country brief with id 'zzzz'" in err


def test_a_name_that_fits_several_or_none_is_one_line_naming_the_candidates(demo, tmp_path, capsys):
    code, _, err = run(capsys, "slots", "--principal", "Bruins", "--country", "nig")
    assert code == 1 and err.count("\n") == 1
    assert "'nig' could be Niger (NER), Nigeria (NGA)" in err and "--country" in err
    code, _, err = run(capsys, "export", "notes", "--format", "md", "--country", "Indonsia",
                       "-o", str(tmp_path / "x.md"))
    assert code == 1 and "'Indonsia' is not a country" in err and "did you mean Indonesia (IDN)?" in err
    assert not (tmp_path / "x.md").exists()
