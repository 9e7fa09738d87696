"""Reading a bundle: the checks a file must pass before anything is imported, each seen from the
user's side — the file named, the reason given, the database left as it was, the file let go.

(Written for the mutation run of ``briefer/exchange/bundle.py``, issue 22: each test fails on a
mutant the other bundle tests let through.)"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from briefer.errors import ImportFailed
from briefer.exchange.bundle import export_bundle, read_bundle
from briefer.exchange.conflicts import list_conflicts
from briefer.exchange.merge import import_bundle
from briefer.store import Store
from bundle_zip import checksums, members_of, relisted, write_zip
from tests.open_files import handles_on
from exchange_world import build_world


@pytest.fixture
def world(tmp_path):
    s = Store.open(tmp_path / "a.sqlite", user="anouk")
    w = build_world(s)
    yield s, w
    s.close()


@pytest.fixture
def good(world, tmp_path) -> Path:
    store, _ = world
    path = tmp_path / "good.briefer"
    export_bundle(store, path)
    return path


def refused(tmp_path: Path, bundle: Path) -> str:
    """Import ``bundle`` into a new laptop's store; the refusal's text, after checking nothing was imported."""
    with Store.open(tmp_path / "b.sqlite", user="pieter") as b:
        with pytest.raises(ImportFailed) as err:
            import_bundle(b, bundle)
        assert b.notes.count() == 0 and b.meetings.count() == 0 and b.people.count() == 0
    text = str(err.value)
    assert str(bundle) in text and "nothing was imported" in text
    return text


def test_a_zip_without_a_manifest_is_not_a_bundle(tmp_path, good):
    # e.g. the user zipped the exported notes' folder without its manifest, or picked another zip
    members = members_of(good)
    del members["manifest.json"]
    bad = write_zip(tmp_path / "notes.zip", members)
    assert "not a Briefer bundle (no manifest.json)" in refused(tmp_path, bad)


def test_a_member_the_manifest_does_not_list_is_refused_by_name(tmp_path, good):
    # a record file slipped into the zip after it was written: not checked by any checksum, so not read
    members = members_of(good)
    members["records/extra.jsonl"] = b'{"version":"x","ancestors":[],"data":{}}\n'
    bad = write_zip(tmp_path / "extra.briefer", relisted(members, leave_out=("records/extra.jsonl",)))
    text = refused(tmp_path, bad)
    assert "member not listed in the manifest" in text and "records/extra.jsonl" in text


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads the open files from /proc")
def test_a_file_that_is_not_a_zip_is_let_go_when_it_is_refused(tmp_path):
    # on Windows a file still held open cannot be deleted or moved: refusing it must close it
    bad = tmp_path / "report.briefer"
    bad.write_bytes(b"PK\x03\x04 a damaged download, not a zip")
    with pytest.raises(ImportFailed) as err:
        read_bundle(bad)
    assert "not a Briefer bundle (not a zip file, or a damaged one)" in str(err.value)
    # the refusal (with its traceback) is still alive here, and with it the reader's frame
    assert handles_on(bad) == []


def test_a_conflict_names_the_laptop_its_other_version_came_from(world, tmp_path, good):
    # `briefer conflicts --json` shows it as source_install: whose laptop to ask about the other text
    a, w = world
    with Store.open(tmp_path / "b.sqlite", user="pieter") as b:
        import_bundle(b, good)
        note = w["note1"].id
        a.notes.update(a.notes.get(note).evolve(body="Anouk: Indonesia will sign in September."))
        b.notes.update(b.notes.get(note).evolve(body="Pieter: Indonesia will sign, date unclear."))
        from_a = tmp_path / "from-a.briefer"
        export_bundle(a, from_a)
        import_bundle(b, from_a)
        [view] = list_conflicts(b)
        assert view.copy.data["body"] == "Anouk: Indonesia will sign in September."
        assert view.copy.source_install == a.install_id() != b.install_id()


# ---------------------------------------------------------------- what the bundle says about itself
def test_the_manifest_counts_the_deletions_and_open_conflicts_it_carries(world, tmp_path):
    store, w = world
    store.actions.delete(w["act2"].id)
    out = tmp_path / "all.briefer"
    summary = export_bundle(store, out)
    assert (summary.tombstones, summary.conflicts) == (1, 0)
    with zipfile.ZipFile(out) as zf:
        counts = json.loads(zf.read("manifest.json"))["counts"]
    assert (counts["tombstones"], counts["conflicts"]) == (1, 0)


def test_a_deletion_keeps_the_name_of_who_made_it(world, tmp_path):
    store, w = world
    store.actions.delete(w["act2"].id)
    out = tmp_path / "all.briefer"
    export_bundle(store, out)
    [incoming] = read_bundle(out).tombstones["actions"]
    assert (incoming.tombstone.record_id, incoming.tombstone.deleted_by) == (w["act2"].id, "anouk")


# ---------------------------------------------------------------- a manifest or member that cannot be read
@pytest.mark.parametrize(("manifest", "why"), [
    (b'{"format": "briefer-bundle", "format_version": 1, "members": {}', "malformed JSON"),
    ('{"format": "briefer-bundle", "source_install": "Søren"}'.encode("latin-1"), "malformed JSON"),
], ids=["cut short", "not UTF-8"])
def test_a_manifest_that_is_not_json_is_refused_naming_it(tmp_path, manifest, why):
    bad = write_zip(tmp_path / "bad.briefer", {"manifest.json": manifest})
    text = refused(tmp_path, bad)
    assert f"manifest.json: {why}" in text or (why in text and "manifest.json" in text)


def test_a_member_whose_compressed_bytes_are_damaged_is_refused_naming_it(tmp_path, good):
    members = members_of(good)
    notes = members["records/notes.jsonl"]
    bad = write_zip(tmp_path / "bad.briefer", members)
    raw = bytearray(bad.read_bytes())
    # the deflated notes, somewhere after their local header: damage a stretch in the middle
    start = raw.index(b"records/notes.jsonl") + len("records/notes.jsonl")
    for i in range(start + 20, start + 60):
        raw[i] ^= 0xFF
    bad.write_bytes(bytes(raw))
    text = refused(tmp_path, bad)
    assert "records/notes.jsonl" in text and "cannot be read" in text
    assert len(notes) > 100  # the damage fell inside the member's data


# ---------------------------------------------------------------- re-zipped bundles
def test_two_bundles_zipped_together_are_not_taken_for_one(tmp_path, good):
    # "a/" and "b/": each a whole bundle; Briefer cannot tell which one was meant
    members = members_of(good)
    both = {f"{folder}/{n}": c for folder in ("a", "b") for n, c in members.items()}
    bad = write_zip(tmp_path / "both.zip", both)
    assert "not a Briefer bundle (no manifest.json)" in refused(tmp_path, bad)


@pytest.mark.parametrize("litter", ["__MACOSX/Anouk notes/Icon\r", "Anouk notes/__MACOSX/records"])
def test_everything_in_a_macosx_folder_is_passed_over(tmp_path, good, litter):
    # Finder puts resource forks there; whatever the file is called, it is not part of the bundle
    members = {f"Anouk notes/{n}": c for n, c in members_of(good).items()}
    members[litter] = b"\x00\x05\x16\x07"
    path = write_zip(tmp_path / "Anouk notes.zip", members)
    bundle = read_bundle(path)
    assert len(bundle.records["notes"]) == 4


# ---------------------------------------------------------------- messages quoting a hostile value
def hostile_deletion(tmp_path: Path, **fields) -> Path:
    line = {"table": "notes", "id": "n1", "revision": 2, "deleted_at": "2019-06-20T17:02:11Z", "ancestors": [],
            **fields}
    member = (json.dumps(line) + "\n").encode("utf-8")
    manifest = {"format": "briefer-bundle", "format_version": 1, "source_install": "other",
                "members": checksums({"tombstones.jsonl": member})}
    return write_zip(tmp_path / "hostile.briefer",
                     {"manifest.json": json.dumps(manifest).encode("utf-8"), "tombstones.jsonl": member})


def test_a_long_unknown_table_name_is_quoted_cut_to_sixty_characters(tmp_path):
    name = "memos_" + "x" * 100
    text = refused(tmp_path, hostile_deletion(tmp_path, table=name))
    quoted = repr(name)[:59] + "…"
    assert f"field 'table': unknown table {quoted}" in text


def test_a_long_deletion_time_that_is_not_a_time_is_quoted_to_forty_characters(tmp_path):
    when = "2019-06-20 at a quarter past five in the afternoon, local time"
    text = refused(tmp_path, hostile_deletion(tmp_path, deleted_at=when))
    assert f"{when[:40]!r} is not an RFC 3339 time" in text


def test_a_time_past_the_last_day_python_can_hold_is_refused_naming_the_note(tmp_path, good):
    # 9999-12-31 23:00 at UTC-5 is past 9999 in UTC: no valid time, and no traceback either
    from briefer.store.exchange import version_hash

    members = members_of(good)
    lines = members["records/notes.jsonl"].decode("utf-8").splitlines()
    item = json.loads(lines[0])
    item["data"]["updated_at"] = "9999-12-31T23:00:00-05:00"
    item["version"] = version_hash(item["data"])
    lines[0] = json.dumps(item, ensure_ascii=False)
    members["records/notes.jsonl"] = ("\n".join(lines) + "\n").encode("utf-8")
    bad = write_zip(tmp_path / "bad.briefer", relisted(members))
    text = refused(tmp_path, bad)
    assert f"records/notes.jsonl: note {item['data']['id']}" in text and "is not a valid note" in text


# ---------------------------------------------------------------- the limits, at their bounds
# A forged zip: each member's directory entry claims ``size`` bytes uncompressed while the member holds
# ``content``. The limits are checked on the directory alone, before anything is inflated, so the
# claimed sizes can be gigabytes without the test writing them. A zip that passes every limit is then
# refused for having no manifest — the message tells which check stopped it.
MiB, GiB = 1024**2, 1024**3
PASSED_THE_LIMITS = "not a Briefer bundle (no manifest.json)"


def forged(path: Path, members: list[tuple[str, bytes, int]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        for name, content, _ in members:
            zf.writestr(name, content)
    raw = bytearray(path.read_bytes())
    end = raw.rindex(b"PK\x05\x06")
    count = int.from_bytes(raw[end + 10:end + 12], "little")
    pos = int.from_bytes(raw[end + 16:end + 20], "little")
    claimed = {name: size for name, _, size in members}
    for _ in range(count):
        assert raw[pos:pos + 4] == b"PK\x01\x02"
        n, e, c = (int.from_bytes(raw[pos + k:pos + k + 2], "little") for k in (28, 30, 32))
        name = raw[pos + 46:pos + 46 + n].decode("utf-8")
        raw[pos + 24:pos + 28] = claimed[name].to_bytes(4, "little")  # uncompressed size, central directory
        local = int.from_bytes(raw[pos + 42:pos + 46], "little")
        raw[local + 22:local + 26] = claimed[name].to_bytes(4, "little")  # and in the local header
        pos += 46 + n + e + c
    path.write_bytes(bytes(raw))
    with zipfile.ZipFile(path) as zf:
        assert [i.file_size for i in zf.infolist()] == [size for _, _, size in members]
    return path


def refusal(path: Path) -> str:
    with pytest.raises(ImportFailed) as err:
        read_bundle(path)
    return str(err.value)


def test_a_member_inflating_a_hundred_times_is_no_bomb_and_a_hundred_and_one_times_is(tmp_path):
    content = os.urandom(16 * 1024)  # 16 KiB, stored: claiming 1.6 MB puts it above the 1 MiB the ratio is checked from
    at = forged(tmp_path / "at.zip", [("records/notes.jsonl", content, 100 * len(content))])
    assert PASSED_THE_LIMITS in refusal(at)
    over = forged(tmp_path / "over.zip", [("records/notes.jsonl", content, 101 * len(content))])
    assert "records/notes.jsonl: member inflates 101 times (at most 100;" in refusal(over)


def test_the_inflation_ratio_is_checked_only_above_one_mebibyte(tmp_path):
    # a small member may compress very well (a notes file of similar lines) and harms nothing
    at = forged(tmp_path / "at.zip", [("records/notes.jsonl", b"x", MiB)])
    assert PASSED_THE_LIMITS in refusal(at)
    over = forged(tmp_path / "over.zip", [("records/notes.jsonl", b"x", MiB + 1)])
    assert "records/notes.jsonl: member inflates" in refusal(over)


def test_a_member_of_two_gibibytes_is_within_the_limit_and_one_byte_more_is_not(tmp_path):
    at = forged(tmp_path / "at.zip", [("records/notes.jsonl", b"x", 2 * GiB)])
    text = refusal(at)
    assert "too large uncompressed" not in text and "member inflates" in text  # the ratio stops it instead
    over = forged(tmp_path / "over.zip", [("records/notes.jsonl", b"x", 2 * GiB + 1)])
    assert (f"records/notes.jsonl: member is too large uncompressed ({2 * GiB + 1:,} bytes; at most {2 * GiB:,})"
            in refusal(over))


def test_members_of_two_gibibytes_together_are_within_the_limit_and_one_mebibyte_more_is_not(tmp_path):
    # members of 1 MiB each are below the ratio check: only the total can refuse them
    at = forged(tmp_path / "at.zip", [(f"attachments/{i:04}", b"x", MiB) for i in range(2048)])
    assert PASSED_THE_LIMITS in refusal(at)
    over = forged(tmp_path / "over.zip", [(f"attachments/{i:04}", b"x", MiB) for i in range(2049)])
    assert f"the members are too large together ({2049 * MiB:,} bytes uncompressed; at most {2 * GiB:,})" in refusal(over)


def test_a_long_wrong_version_name_is_quoted_to_forty_characters(tmp_path, good):
    members = members_of(good)
    lines = members["records/notes.jsonl"].decode("utf-8").splitlines()
    item = json.loads(lines[0])
    item["version"] = "f" * 200  # another tool's idea of a version name
    lines[0] = json.dumps(item, ensure_ascii=False)
    members["records/notes.jsonl"] = ("\n".join(lines) + "\n").encode("utf-8")
    text = refused(tmp_path, write_zip(tmp_path / "bad.briefer", relisted(members)))
    assert f"the version name {repr(item['version'])[:40]} does not match the record's content" in text
