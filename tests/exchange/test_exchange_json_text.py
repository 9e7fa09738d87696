"""The JSON report as a person opening the file sees it, and the actions' dates as a program reads them."""

from __future__ import annotations

import json

import pytest

from briefer.exchange.json_report import render_json
from briefer.exchange.report import build_notes_report
from briefer.model import Action
from briefer.store import Store
from exchange_world import build_world


@pytest.fixture
def world(tmp_path):
    s = Store.open(tmp_path / "r.sqlite", user="anouk")
    w = build_world(s)
    yield s, w
    s.close()


def test_an_actions_due_date_is_an_iso_date_and_an_action_without_one_has_null(world):
    store, w = world
    store.actions.add(Action(description="Keep in touch with the Indonesian delegation", meeting_id=w["m1"].id,
                             owner="Directie Internationale Zaken"))
    data = json.loads(render_json(build_notes_report(store, lang="en")))
    due = {a["what"]: a["due"] for m in data["meetings"] for a in m["actions"]}
    assert due == {"Send draft twinning proposal to Jakarta": "2019-07-15",
                   "Brief Søren Ærø-Müller on the outcome": "2019-07-01",
                   "Keep in touch with the Indonesian delegation": None}


def test_the_file_is_indented_by_two_and_names_are_written_as_people_spell_them(world):
    store, _ = world
    text = render_json(build_notes_report(store, lang="nl"))
    lines = text.splitlines()
    assert lines[0] == "{" and lines[1].startswith('  "$schema": ') and lines[-1] == "}"
    assert '\n    {\n      "id": ' in text  # a meeting, two levels down
    # a text editor shows "Søren Ærø-Müller", not "S\u00f8ren …"
    assert "Søren Ærø-Müller" in text and "\\u00" not in text
