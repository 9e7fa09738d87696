"""The bundle file: what it holds, a full round trip, and every kind of bad bundle refused whole."""

from __future__ import annotations

import hashlib
import json
import time
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest

from briefer.errors import ImportFailed
from briefer.exchange.bundle import FORMAT, FORMAT_VERSION, export_bundle, read_bundle
from briefer.exchange.merge import import_bundle
from briefer.model.base import utcnow
from briefer.store import Store
from bundle_zip import checksums, members_of, write_zip
from exchange_world import build_world, snapshot


@pytest.fixture
def world(tmp_path):
    s = Store.open(tmp_path / "a.sqlite", user="anouk")
    w = build_world(s)
    yield s, w
    s.close()


def test_manifest_lists_every_member_with_its_checksum(world, tmp_path):
    store, w = world
    out = tmp_path / "all.briefer"
    export_bundle(store, out)
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["format"] == FORMAT and manifest["format_version"] == FORMAT_VERSION
        assert manifest["source_install"] == store.install_id()
        assert manifest["counts"]["notes"] == 4 and manifest["counts"]["meetings"] == 2
        assert manifest["counts"]["attachments"] == 1
        names = set(zf.namelist()) - {"manifest.json"}
        assert names == set(manifest["members"])
        for name, info in manifest["members"].items():
            assert hashlib.sha256(zf.read(name)).hexdigest() == info["sha256"]
        assert zf.read(f"attachments/{w['att'].id}") == store.attachment_content(w["att"].id)
        lines = zf.read("records/notes.jsonl").decode("utf-8").splitlines()
        bodies = {json.loads(line)["data"]["body"] for line in lines}
        assert "Germany: één lijn on One Health." in bodies


def test_full_archive_restored_into_an_empty_store_gives_identical_data(world, tmp_path):
    store, w = world
    store.notes.update(store.notes.get(w["note1"].id).evolve(body="Edited: Indonesia will sign."))
    store.actions.delete(w["act2"].id)
    out = tmp_path / "all.briefer"
    export_bundle(store, out)
    with Store.open(tmp_path / "empty.sqlite", user="restore") as fresh:
        report = import_bundle(fresh, out)
        assert len(report.added) == sum(store.counts().values())
        assert snapshot(fresh) == snapshot(store)
        # the deletion travelled too
        assert fresh.actions.find(w["act2"].id) is None


def test_since_and_only_notes_limit_what_goes_in(world, tmp_path):
    store, w = world
    time.sleep(0.01)  # the world was written well before the cut, whatever the machine's speed
    cut = utcnow()
    store.notes.update(store.notes.get(w["note2"].id).evolve(body="Later addition"))
    out = tmp_path / "since.briefer"
    summary = export_bundle(store, out, since=cut - timedelta(milliseconds=1), only="notes")
    assert summary.counts == {"notes": 1, "outcomes": 0, "actions": 0}
    bundle = read_bundle(out)
    assert [i.obj.body for i in bundle.records["notes"]] == ["Later addition"]
    assert "meetings" not in bundle.records


# ---------------------------------------------------------------------- bad bundles
def _rewrite(src: Path, dst: Path, change, *, fix_checksums: bool = True) -> None:
    """Copy a bundle, letting ``change(members)`` alter its members; checksums are recomputed unless told."""
    members = members_of(src)
    manifest = json.loads(members.pop("manifest.json"))
    change(members, manifest)
    if fix_checksums:
        manifest["members"] = checksums(members)
    write_zip(dst, {"manifest.json": json.dumps(manifest).encode("utf-8"), **members}, compression=zipfile.ZIP_STORED)


def _edit_line(member: str, fn):
    def change(members, manifest):
        lines = members[member].decode().splitlines()
        lines[0] = fn(lines[0])
        members[member] = ("\n".join(lines) + "\n").encode()
    return change


def _set_field(field, value):
    def fn(line):
        item = json.loads(line)
        item["data"][field] = value
        return json.dumps(item)
    return fn


def _revalue(fn_data):
    """Change a record and give it a matching version name, so only validation or references can refuse it."""
    from briefer.store.exchange import version_hash

    def fn(line):
        item = json.loads(line)
        fn_data(item["data"])
        item["version"] = version_hash(item["data"])
        return json.dumps(item)
    return fn


BAD = {
    "not a zip": (None, "not a zip file", None),
    "wrong format version": (lambda m, man: man.update(format_version=99), "format version 99", "manifest.json"),
    "checksum mismatch": ("checksum", "checksum mismatch", "records/notes.jsonl"),
    "malformed JSON": (_edit_line("records/notes.jsonl", lambda line: line[:-5]), "malformed JSON",
                       "records/notes.jsonl: line 1"),
    "invalid record": (_edit_line("records/outcomes.jsonl", _revalue(lambda d: d.update(text="  "))),
                       "must not be empty", "records/outcomes.jsonl: outcome"),
    "version does not match": (_edit_line("records/notes.jsonl", _set_field("body", "forged")),
                               "does not match", "records/notes.jsonl: note"),
    "a value a model check cannot compare": (_edit_line("records/conference.jsonl", _revalue(
        lambda d: d.update(day_end="10:00:00Z"))), "field 'day_end': a local time of day", "records/conference.jsonl: conference"),
    "unknown reference": (_edit_line("records/notes.jsonl", _revalue(
        lambda d: d.update(meeting_id="00000000-0000-4000-8000-000000000000"))),
        "refers to an unknown meeting", "records/notes.jsonl: note"),
}


def _db_bytes(path: Path) -> bytes:
    return path.read_bytes()


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_bundle_is_refused_and_the_database_is_byte_for_byte_unchanged(world, tmp_path, case):
    store, w = world
    good = tmp_path / "good.briefer"
    export_bundle(store, good)
    bad = tmp_path / "bad.briefer"
    change, message, member = BAD[case]
    if change is None:
        bad.write_bytes(b"PK but not really a zip")
    elif change == "checksum":
        def flip(members, manifest):
            members["records/notes.jsonl"] = members["records/notes.jsonl"].replace(b"Indonesia", b"Indonesie")
        _rewrite(good, bad, flip, fix_checksums=False)
    else:
        _rewrite(good, bad, change)

    # the target: a store that already has data (B's laptop), closed so its file is settled
    target = tmp_path / "b.sqlite"
    with Store.open(target, user="pieter") as b:
        b.conference_repo.put(store.conference())
        for p in store.people.list():
            b.people.put(p)
    before = _db_bytes(target)
    with Store.open(target, user="pieter") as b:
        with pytest.raises(ImportFailed) as err:
            import_bundle(b, bad)
        if case == "unknown reference":
            # the same bundle without the forged line would have been accepted
            assert b.meetings.count() == 0
    text = str(err.value)
    assert message in text and str(bad) in text and "nothing was imported" in text
    if member:
        assert member in text
    assert _db_bytes(target) == before
    # and the check can fail: a good import does change the file
    with Store.open(target, user="pieter") as b:
        import_bundle(b, good)
    assert _db_bytes(target) != before


def test_refused_import_names_the_record_and_field(world, tmp_path):
    store, w = world
    good = tmp_path / "good.briefer"
    export_bundle(store, good)
    bad = tmp_path / "bad.briefer"
    _rewrite(good, bad, _edit_line("records/actions.jsonl", _revalue(lambda d: d.update(country="XXX"))))
    with Store.open(tmp_path / "c.sqlite") as c, pytest.raises(ImportFailed) as err:
        import_bundle(c, bad)
    assert "records/actions.jsonl: action" in str(err.value) and "field 'country'" in str(err.value)


def test_a_bundle_of_another_conference_is_refused(world, tmp_path):
    from datetime import date

    from briefer.model import Conference

    store, w = world
    bundle = tmp_path / "all.briefer"
    export_bundle(store, bundle)
    with Store.open(tmp_path / "other.sqlite") as other:
        other.conference_repo.add(Conference(name="Another conference", start_date=date(2024, 1, 1),
                                             end_date=date(2024, 1, 2)))
        with pytest.raises(ImportFailed) as err:
            import_bundle(other, bundle)
        assert "records/conference.jsonl" in str(err.value) and "Another conference" in str(err.value)
        assert other.notes.count() == 0 and other.conference().name == "Another conference"
