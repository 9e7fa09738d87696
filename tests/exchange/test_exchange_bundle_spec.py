"""docs/bundle-format.md is enough to write a bundle: an independent writer, built from the
document and the published JSON Schemas only (json, hashlib, zipfile — no Briefer code),
writes bundles that Briefer imports, however they were zipped again; and Briefer's own
bundles, old and new, still import."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import uuid
import zipfile
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from briefer.errors import ImportFailed
from briefer.exchange.bundle import export_bundle
from briefer.exchange.merge import import_bundle
from briefer.exchange.schemas import published
from briefer.store import Store
from bundle_zip import checksums, write_zip
from exchange_world import build_world

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "bundle-format.md"
SCHEMAS = ROOT / "docs" / "schemas" / "bundle"
BOM = b"\xef\xbb\xbf"


# ---------------------------------------------------------------- the independent writer (from the document)
def version_as_written(data: dict) -> str:
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def schema(table: str) -> Draft202012Validator:
    return Draft202012Validator(json.loads((SCHEMAS / f"{table}.schema.json").read_text(encoding="utf-8")))


def bundle_members(tables: dict[str, list[dict]], bom: bool = False) -> dict[str, bytes]:
    members = {}
    for table, records in tables.items():
        validator = schema(table)
        lines = []
        for data in records:
            errors = [e.message for e in validator.iter_errors(data)]
            assert errors == [], errors  # the writer checks its own records against the published schema
            lines.append(json.dumps({"version": version_as_written(data), "ancestors": [], "data": data},
                                    ensure_ascii=False))
        members[f"records/{table}.jsonl"] = (BOM if bom else b"") + ("\n".join(lines) + "\n").encode("utf-8")
    manifest = {
        "format": "briefer-bundle", "format_version": 1, "app_version": "othertool 2.3",
        "source_install": str(uuid.uuid4()), "created_at": "2019-06-20T17:02:11.123Z",
        "scope": {"only": "notes", "since": None},
        "counts": {t: len(r) for t, r in tables.items()},
        "members": checksums(members),
    }
    members["manifest.json"] = (BOM if bom else b"") + json.dumps(manifest, indent=2).encode("utf-8")
    return members


def unpack(members: dict[str, bytes], folder: Path) -> Path:
    for name, content in members.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(content)
    return folder


# ---------------------------------------------------------------- tests
@pytest.fixture
def world(tmp_path):
    s = Store.open(tmp_path / "a.sqlite", user="anouk")
    w = build_world(s)
    yield s, w
    s.close()


def notes_for(w) -> dict[str, list[dict]]:
    return {"notes": [
        # only what the schema requires, timestamps as RFC 3339 allows them
        {"id": str(uuid.uuid4()), "meeting_id": w["m1"].id, "author": "Mirjam", "body": "Follow up in Jakarta.",
         "created_at": "2019-06-20T17:02:11.123Z", "updated_at": "2019-06-20T19:02:11.5+02:00"},
        {"id": str(uuid.uuid4()), "meeting_id": w["m2"].id, "body": "Één lijn, ça va.", "note_kind": "prep",
         "created_at": "2019-06-20t17:02:11z", "updated_at": "2019-06-20T17:02:11Z"},
    ], "actions": [
        {"id": str(uuid.uuid4()), "description": "Send the twinning letter", "meeting_id": w["m1"].id,
         "due": "2019-07-01", "created_at": "2019-06-20T17:30:00+02:00", "updated_at": "2019-06-20T17:30:00+02:00"},
    ]}


ZIPPED = {
    "deflate": {},
    "stored (7-Zip -mx0)": {"compression": zipfile.ZIP_STORED},
    "bzip2": {"compression": zipfile.ZIP_BZIP2},
    "lzma": {"compression": zipfile.ZIP_LZMA},
    "directory entries": {"directories": True},
    "a zipped folder (Explorer, Finder)": {"folder": "Anouk notes/", "directories": True, "litter": True},
}


@pytest.mark.parametrize("how", list(ZIPPED))
@pytest.mark.parametrize("bom", [False, True], ids=["utf-8", "bom"])
def test_a_bundle_written_from_the_document_imports(world, tmp_path, how, bom):
    store, w = world
    tables = notes_for(w)
    path = write_zip(tmp_path / "other.briefer", bundle_members(tables, bom=bom), **ZIPPED[how])
    report = import_bundle(store, path)
    assert len(report.added) == 3, report.summary()
    mirjam = store.notes.get(tables["notes"][0]["id"])
    assert mirjam.body == "Follow up in Jakarta." and mirjam.author == "Mirjam"
    assert mirjam.updated_at.isoformat() == "2019-06-20T17:02:11.500000+00:00"
    assert store.actions.get(tables["actions"][0]["id"]).due.isoformat() == "2019-07-01"
    # importing it again changes nothing: the written names lead to the stored versions
    again = import_bundle(store, path)
    assert not again.added and not again.updated and not again.conflicted, again.summary()


def test_a_deletion_time_in_any_rfc3339_form_is_stored_in_utc(world, tmp_path):
    store, w = world
    tables = notes_for(w)
    import_bundle(store, write_zip(tmp_path / "one.briefer", bundle_members(tables)))
    note = tables["notes"][0]
    export_bundle(store, tmp_path / "mine.briefer")
    with zipfile.ZipFile(tmp_path / "mine.briefer") as zf:
        [mine] = [json.loads(x) for x in zf.read("records/notes.jsonl").splitlines()
                  if json.loads(x)["data"]["id"] == note["id"]]
    tomb = {"table": "notes", "id": note["id"], "revision": mine["data"]["revision"] + 1,
            "deleted_at": "2019-06-21T10:15:00.5+02:00", "deleted_by": "othertool",
            "ancestors": [mine["version"], *mine["ancestors"]]}
    members = {"tombstones.jsonl": (json.dumps(tomb) + "\n").encode()}
    manifest = {"format": "briefer-bundle", "format_version": 1, "members": checksums(members)}
    members["manifest.json"] = json.dumps(manifest).encode()
    report = import_bundle(store, write_zip(tmp_path / "del.briefer", members))
    assert len(report.deleted) == 1 and store.notes.find(note["id"]) is None
    [row] = store.db.execute("SELECT deleted_at FROM tombstones WHERE record_id = ?", [note["id"]]).fetchall()
    assert row[0] == "2019-06-21T08:15:00.500Z"
    tomb["deleted_at"] = "21 June 2019"
    members = {"tombstones.jsonl": (json.dumps(tomb) + "\n").encode()}
    manifest["members"] = checksums(members)
    members["manifest.json"] = json.dumps(manifest).encode()
    with pytest.raises(ImportFailed, match="is not an RFC 3339 time"):
        import_bundle(store, write_zip(tmp_path / "bad.briefer", members))


def test_the_written_name_is_kept_among_the_versions_it_supersedes(world, tmp_path):
    store, w = world
    tables = notes_for(w)
    import_bundle(store, write_zip(tmp_path / "other.briefer", bundle_members(tables)))
    export_bundle(store, tmp_path / "back.briefer")
    with zipfile.ZipFile(tmp_path / "back.briefer") as zf:
        lines = [json.loads(x) for x in zf.read("records/notes.jsonl").splitlines()]
    [line] = [x for x in lines if x["data"]["id"] == tables["notes"][0]["id"]]
    assert version_as_written(tables["notes"][0]) in line["ancestors"]
    assert line["version"] != version_as_written(tables["notes"][0])  # stored under the normalised name


@pytest.mark.skipif(shutil.which("zip") is None, reason="the zip command is not installed")
def test_zip_dash_r_of_an_unpacked_bundle_imports(world, tmp_path):
    store, w = world
    export_bundle(store, tmp_path / "briefer.briefer")  # Briefer's own bundle, unpacked and zipped again
    with zipfile.ZipFile(tmp_path / "briefer.briefer") as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    folder = unpack(members, tmp_path / "unpacked")
    subprocess.run(["zip", "-q", "-r", str(tmp_path / "again.briefer"), "."], cwd=folder, check=True)
    subprocess.run(["zip", "-q", "-r", str(tmp_path / "folder.briefer"), "unpacked"], cwd=tmp_path, check=True)
    for name in ("again.briefer", "folder.briefer"):
        fresh = Store.open(tmp_path / f"{name}.sqlite", user="pieter")
        report = import_bundle(fresh, tmp_path / name)
        assert fresh.notes.count() == store.notes.count() and report.added, name
        fresh.close()


def test_the_documents_example_line_imports_as_it_stands(store):
    text = DOC.read_text(encoding="utf-8")
    block = text.split("A minimal note", 1)[1]
    line = re.search(r"```json\n(.*?)\n```", block, re.S).group(1)
    item = json.loads(line)
    assert item["version"] == version_as_written(item["data"])  # the document computes its own example right
    members = {"records/notes.jsonl": (line + "\n").encode("utf-8")}
    manifest = {"format": "briefer-bundle", "format_version": 1, "members": checksums(members)}
    members["manifest.json"] = json.dumps(manifest).encode("utf-8")
    path = write_zip(Path(store.path).parent / "example.briefer", members)
    import_bundle(store, path)
    assert store.notes.get(item["data"]["id"]).body == "Indonesia will co-sign."


def test_a_wrong_version_name_is_refused_saying_what_was_expected(world, tmp_path):
    store, w = world
    tables = notes_for(w)
    members = bundle_members(tables)
    line = members["records/notes.jsonl"].split(b"\n")[0]
    good = json.loads(line)["version"]
    members = {"records/notes.jsonl": line.replace(good.encode(), b"0" * 20) + b"\n"}
    manifest = {"format": "briefer-bundle", "format_version": 1, "members": checksums(members)}
    members["manifest.json"] = json.dumps(manifest).encode()
    with pytest.raises(ImportFailed) as exc:
        import_bundle(store, write_zip(tmp_path / "bad.briefer", members))
    message = str(exc.value)
    assert "'00000000000000000000'" in message and f"expected {good}" in message
    assert "docs/bundle-format.md" in message and "nothing was imported" in message
    assert store.notes.find(tables["notes"][0]["id"]) is None


def test_briefers_own_bundles_still_import_under_their_own_names(world, tmp_path):
    """The normalised form (what Briefer has always written) is still the stored version name."""
    store, w = world
    export_bundle(store, tmp_path / "all.briefer")
    fresh = Store.open(tmp_path / "fresh.sqlite", user="pieter")
    import_bundle(fresh, tmp_path / "all.briefer")
    export_bundle(fresh, tmp_path / "back.briefer")
    report = import_bundle(store, tmp_path / "back.briefer")
    assert not report.added and not report.updated and not report.conflicted, report.summary()
    fresh.close()


def test_the_published_schemas_are_the_models():
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in SCHEMAS.glob("*.schema.json")}
    assert on_disk == published(), "run: python -m briefer.exchange.schemas"
