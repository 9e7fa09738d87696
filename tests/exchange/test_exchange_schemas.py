"""The bundle's JSON Schemas as another program's author meets them (issue 22: mutants of
``briefer/exchange/schemas.py``): regenerated with ``python -m briefer.exchange.schemas`` into a checkout, and
used to validate the records of a bundle Briefer wrote."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import jsonschema
import pytest

import briefer
from briefer.exchange.bundle import export_bundle
from briefer.exchange.schemas import FOLDER, main, published
from briefer.store import Store
from exchange_world import build_world


def _written(root) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in (root / FOLDER).glob("*.schema.json")}


def test_regenerating_writes_every_schema_into_a_checkout_and_again_over_the_old_ones(tmp_path, capsys):
    checkout = tmp_path / "briefer"  # a fresh checkout: docs/schemas/bundle does not exist yet
    assert main([str(checkout)]) == 0
    schemas = published()
    assert _written(checkout) == schemas and len(schemas) > 10
    assert capsys.readouterr().out == f"wrote {len(schemas)} schemas to {checkout / FOLDER}\n"
    (checkout / FOLDER / "notes.schema.json").write_text("{}", encoding="utf-8")  # an old schema
    assert main([str(checkout)]) == 0
    assert _written(checkout) == schemas


def test_the_command_writes_into_the_current_folder_or_the_one_it_is_given(tmp_path):
    # run from another folder, the command must still import this checkout's briefer (not an installed one)
    env = dict(os.environ, PYTHONPATH=str(Path(briefer.__file__).resolve().parents[1]))
    here, there = tmp_path / "here", tmp_path / "there"
    here.mkdir()
    for args, into in (([], here), ([str(there)], there)):
        done = subprocess.run([sys.executable, "-m", "briefer.exchange.schemas", *args], cwd=here,
                              capture_output=True, text=True, timeout=120, env=env)
        assert done.returncode == 0, done.stderr
        assert done.stdout == f"wrote {len(published())} schemas to {into / FOLDER}\n"
        assert _written(into) == published()


@pytest.fixture
def bundle(tmp_path):
    store = Store.open(tmp_path / "r.sqlite", user="anouk")
    build_world(store)
    path = tmp_path / "all.briefer"
    export_bundle(store, path)
    store.close()
    return path


def test_the_records_of_a_bundle_briefer_wrote_validate_and_one_without_its_id_does_not(bundle):
    schemas = {name.removesuffix(".schema.json"): json.loads(text) for name, text in published().items()}
    checked = refused = 0
    with zipfile.ZipFile(bundle) as z:
        for member in z.namelist():
            if not (member.startswith("records/") and member.endswith(".jsonl")):
                continue
            table = member.removeprefix("records/").removesuffix(".jsonl")
            validator = jsonschema.Draft202012Validator(schemas[table])
            for line in z.read(member).decode("utf-8").splitlines():
                data = json.loads(line)["data"]
                validator.validate(data)
                checked += 1
                # an id, a timestamp: what Briefer would make up if missing must be in the record
                for made_up in ("id", "created_at", "updated_at"):
                    if made_up in data:
                        broken = {k: v for k, v in data.items() if k != made_up}
                        assert not validator.is_valid(broken), (table, made_up)
                        refused += 1
    assert checked > 10 and refused == 3 * checked  # every record has all three
