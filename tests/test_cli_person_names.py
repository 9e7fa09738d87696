"""`briefer person add|edit` records names as their bearers write them; `show` and `list` print them so."""

from __future__ import annotations

import pytest

from tests.conftest import run_cli as run
from briefer.store import Store


@pytest.fixture
def demo(cli_demo):
    return cli_demo


def people(data_dir):
    with Store.open(data_dir / "briefer.sqlite", user="t") as store:
        return {p.family_name: p for p in store.people.list()}


def test_add_takes_order_script_address_and_pronunciation(demo, capsys):
    code, out, err = run(capsys, "person", "add", "--family", "Yamada", "--given", "Tarō", "--country", "Japan",
                         "--native", "山田太郎", "--address-en", "H.E.", "--address-nl", "Z.E.",
                         "--pronunciation", "ya-MA-da TA-roh", "--position", "Minister of the Environment")
    assert code == 0, err
    assert out.endswith(": H.E. Yamada Tarō (山田太郎)\n")
    p = people(demo)["Yamada"]
    assert (p.family_name_first, p.native_name, p.honorific, p.honorific_nl, p.pronunciation, p.country) == (
        True, "山田太郎", "H.E.", "Z.E.", "ya-MA-da TA-roh", "JPN")
    code, out, _ = run(capsys, "show", "person", "Yamada")
    assert code == 0 and out.splitlines()[0] == "H.E. Yamada Tarō (山田太郎)"
    assert "H.E. (en), Z.E. (nl)" in out and "ya-MA-da TA-roh" in out and "family name first" in out
    code, out, _ = run(capsys, "list", "people")
    assert "H.E. Yamada Tarō" in out


def test_family_first_defaults_from_the_country_and_can_be_overridden(demo, capsys):
    assert run(capsys, "person", "add", "--family", "Kovalenko", "--given", "Yuliia", "--country", "UKR",
               "--native", "Юлія Коваленко")[0] == 0
    assert run(capsys, "person", "add", "--family", "Novák", "--given", "Katalin", "--country", "HUN",
               "--family-first")[0] == 0
    found = people(demo)
    assert found["Kovalenko"].full_name == "Yuliia Kovalenko"
    assert found["Novák"].full_name == "Novák Katalin"
    code, out, err = run(capsys, "person", "edit", "Novák", "--given-first", "--pronunciation", "NO-vaak")
    assert code == 0, err
    assert out.endswith(": Katalin Novák\n")
    assert people(demo)["Novák"].full_name == "Katalin Novák"
    assert people(demo)["Novák"].pronunciation == "NO-vaak"


def test_demo_vietnamese_names_come_family_first(demo, capsys):
    code, out, _ = run(capsys, "list", "people")
    assert "Dr Nguyễn Thị Hương" in out and "Thị Hương Nguyễn" not in out


def test_bad_input_names_the_option_and_changes_nothing(demo, capsys):
    before = people(demo)
    code, _, err = run(capsys, "person", "add", "--family", "X", "--country", "Atlantis")
    assert code == 1 and "--country" in err and "Atlantis" in err and "Traceback" not in err
    code, _, err = run(capsys, "person", "add", "--family", "  ")
    assert code == 1 and "family name" in err
    code, _, err = run(capsys, "person", "edit", "Nobody", "--given", "X")
    assert code == 3 and "no person called 'Nobody'" in err
    assert people(demo) == before
