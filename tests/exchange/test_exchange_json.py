"""The JSON report as another program reads it: valid against its published schema, the same
enum values in every language, moments with offset and timezone name."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from jsonschema import Draft202012Validator

from briefer.cli import main
from briefer.exchange.json_report import SCHEMA_ID, render_json
from briefer.exchange.report import build_notes_report
from briefer.store import Store
from exchange_world import build_world

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "schemas" / "notes-report-1.schema.json"


@pytest.fixture
def world(tmp_path):
    s = Store.open(tmp_path / "r.sqlite", user="anouk")
    w = build_world(s)
    yield s, w
    s.close()


def _validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_the_report_follows_its_published_schema_in_both_languages(world):
    store, _ = world
    validator = _validator()
    for lang in ("en", "nl"):
        data = json.loads(render_json(build_notes_report(store, lang=lang)))
        assert data["$schema"] == SCHEMA_ID == validator.schema["$id"]
        errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(data)]
        assert errors == []


def test_enum_values_do_not_change_with_the_language(world):
    store, _ = world
    en = json.loads(render_json(build_notes_report(store, lang="en")))
    nl = json.loads(render_json(build_notes_report(store, lang="nl")))
    for key in ("status", "classification"):
        assert [m[key] for m in en["meetings"]] == [m[key] for m in nl["meetings"]]
    assert [m["status"] for m in nl["meetings"]] == ["held", "held"]
    assert [m["status_text"] for m in nl["meetings"]] == ["gehouden", "gehouden"]
    assert [a["status"] for m in nl["meetings"] for a in m["actions"]] == ["open", "open"]
    assert nl["meetings"][1]["classification"] == "DEP_VERTROUWELIJK"


def test_start_and_end_carry_offset_and_timezone_name(world):
    store, w = world
    [m] = json.loads(render_json(build_notes_report(store, meeting=w["m1"].id)))["meetings"]
    assert m["start"] == "2019-06-19T11:00:00+02:00" and m["end"] == "2019-06-19T11:30:00+02:00"
    assert m["timezone"] == "Europe/Amsterdam"
    start = datetime.fromisoformat(m["start"])
    assert start == w["m1"].start and start.astimezone(ZoneInfo(m["timezone"])).utcoffset() == start.utcoffset()


def test_a_broken_report_fails_the_schema():
    """The schema is not a rubber stamp: a localised enum or a moment without offset is refused."""
    validator = _validator()
    bad = {"$schema": SCHEMA_ID, "conference": "c", "language": "nl", "classification": "ONGERUBRICEERD",
           "omitted": 0, "meetings": [{
               "id": "x", "title": "t", "start": "2019-06-19T11:00:00", "end": "2019-06-19T11:30:00+02:00",
               "timezone": "Europe/Amsterdam", "day": "2019-06-19", "date": "d", "time": "t", "place": "p",
               "counterpart": "c", "principal": "p", "netherlands": [], "counterpart_side": [], "status": "gehouden",
               "status_text": "gehouden", "classification": "ONGERUBRICEERD", "objectives": [], "notes": [],
               "outcomes": [], "actions": []}]}
    messages = " ".join(e.message for e in validator.iter_errors(bad))
    assert "'gehouden' is not one of" in messages and "does not match" in messages


def test_cli_json_export_of_the_demo_validates(tmp_path):
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "demo"]) == 0
    out = tmp_path / "notes.json"
    assert main(["--data-dir", str(data), "export", "notes", "--format", "json", "--lang", "nl", "-o", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["meetings"] and list(_validator().iter_errors(doc)) == []
