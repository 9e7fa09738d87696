"""Hostile bundles: mutated bytes, members and records — only BrieferErrors, and nothing changes.

Starts from a real bundle of a small world and mutates it at three depths: raw
bytes of the zip, whole members (with checksums fixed so the parser behind
them is reached), and single fields of single records (also with a matching
version name). A refused import must leave the database file byte for byte as
it was. ``BRIEFER_FUZZ_EXAMPLES`` (e.g. 3000) makes a long run.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer.errors import BrieferError
from briefer.exchange.bundle import export_bundle
from briefer.exchange.merge import import_bundle
from briefer.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "exchange"))
from exchange_world import build_world  # noqa: E402

EXAMPLES = int(os.environ.get("BRIEFER_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])

hostile = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2 ** 70), max_value=2 ** 70), st.floats(),
    st.text(max_size=40), st.lists(st.text(max_size=5), max_size=3), st.dictionaries(st.text(max_size=5), st.none()),
    st.sampled_from(["", "XXX", "not-a-uuid", "00000000-0000-4000-8000-000000000000", "2019-13-45T99:00:00Z",
                     "../../etc/passwd", "\x00", "'; DROP TABLE notes; --", "x" * 3000]),
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A good bundle from laptop A, and laptop B's database file to import into."""
    folder = tmp_path_factory.mktemp("bundlefuzz")
    with Store.open(folder / "a.sqlite", user="anouk") as a:
        build_world(a)
        export_bundle(a, folder / "good.briefer")
        with Store.open(folder / "b.sqlite", user="pieter") as b:
            b.conference_repo.put(a.conference())
            for p in a.people.list():
                b.people.put(p)
    with zipfile.ZipFile(folder / "good.briefer") as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    return folder, members


def _write(path: Path, members: dict[str, bytes], manifest: dict, *, fix: bool) -> None:
    if fix:
        manifest["members"] = {n: {"sha256": hashlib.sha256(c).hexdigest(), "size": len(c)} for n, c in members.items()}
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for n, c in members.items():
            zf.writestr(n, c)


def _import_expecting_refusal_or_success(folder: Path, bundle: Path, work: Path) -> None:
    target = work / "b.sqlite"
    shutil.copy(folder / "b.sqlite", target)
    before = target.read_bytes()
    try:
        with Store.open(target, user="pieter") as b:
            import_bundle(b, bundle)
    except BrieferError:
        assert target.read_bytes() == before, "a refused import changed the database"
    # anything else (a traceback) fails the test by propagating


#: Generators of the attacks a bundle's JSON and zip directory must survive (issue #14, item 7).
HOSTILE_JSON = ("deep", "bigint", "wrongtype", "bomb", "many")


def _nested(depth: int, kind: str) -> str:
    """JSON text nested ``depth`` levels (built as text: json.dumps itself recurses)."""
    if kind == "list":
        return "[" * depth + "]" * depth
    return '{"a":' * depth + "1" + "}" * depth


def _tombstone_line(rid: str) -> dict:
    return {"table": "notes", "id": rid, "revision": 2, "deleted_at": "2019-06-19T10:00:00Z", "deleted_by": "x",
            "ancestors": []}


def _hostile_json(data, depth: str, members: dict[str, bytes], manifest: dict, bundle: Path) -> None:
    """Write a bundle whose manifest matches its members, carrying one of the HOSTILE_JSON attacks."""
    from briefer.store.exchange import version_hash

    compression = zipfile.ZIP_STORED
    if depth in ("deep", "bigint"):
        name = data.draw(st.sampled_from(sorted(n for n in members if n.endswith(".jsonl")) + ["manifest.json"]))
        if depth == "deep":
            value = _nested(data.draw(st.one_of(st.integers(1, 80), st.integers(80, 6000))),
                            data.draw(st.sampled_from(["list", "object"])))
        else:
            digits = data.draw(st.one_of(st.integers(15, 25), st.integers(300, 320), st.integers(4000, 6000)))
            value = data.draw(st.sampled_from(["", "-"])) + "9" * digits
        if name == "manifest.json":
            text = json.dumps({**manifest, "extra": "@@"}).replace('"@@"', value)
            with zipfile.ZipFile(bundle, "w") as zf:
                zf.writestr("manifest.json", text)
                for n, c in members.items():
                    zf.writestr(n, c)
            return
        lines = members[name].decode().splitlines()
        k = data.draw(st.integers(0, len(lines) - 1))
        item = json.loads(lines[k])
        where = item["data"] if data.draw(st.booleans()) and isinstance(item.get("data"), dict) else item
        where[data.draw(st.sampled_from(sorted(where) + ["extra"]))] = "@@"
        lines[k] = json.dumps(item).replace('"@@"', value)
        members[name] = ("\n".join(lines) + "\n").encode()
    elif depth == "wrongtype":
        note = json.loads(members["records/notes.jsonl"].decode().splitlines()[0])
        name = data.draw(st.sampled_from(["tombstones.jsonl", "conflicts.jsonl", "records/notes.jsonl"]))
        if name == "tombstones.jsonl":
            item = _tombstone_line(note["data"]["id"])
        elif name == "conflicts.jsonl":
            item = {"table": "notes", "id": note["data"]["id"], "version": note["version"], "ancestors": [],
                    "source_install": "other", "data": note["data"]}
        else:
            item = note
        key = data.draw(st.sampled_from(sorted(item) + ["table"]))
        item[key] = data.draw(st.one_of(hostile, st.sampled_from([["notes"], {"notes": 1}, [], {}, 1.5, True])))
        if name == "records/notes.jsonl" and isinstance(item.get("data"), dict) and key != "version":
            item["version"] = version_hash(item["data"])
        members[name] = (json.dumps(item) + "\n").encode()
    elif depth == "bomb":  # a member that inflates far beyond its compressed size, its size told truthfully
        name = data.draw(st.sampled_from(sorted(members) + ["records/bomb.jsonl"]))
        members[name] = b"\0" * data.draw(st.integers(1, 4)) * 1024 * 1024 + data.draw(st.binary(max_size=20))
        compression = zipfile.ZIP_DEFLATED
    else:  # many members (the limit is lowered by the test so a small bundle reaches it)
        for i in range(data.draw(st.integers(1, 40))):
            members[f"attachments/extra-{i}"] = b"x"
    manifest["members"] = {n: {"sha256": hashlib.sha256(c).hexdigest(), "size": len(c)} for n, c in members.items()}
    with zipfile.ZipFile(bundle, "w", compression=compression) as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for n, c in members.items():
            zf.writestr(n, c)


@FUZZ
@given(data=st.data())
def test_mutated_bundles_are_refused_cleanly(corpus, tmp_path_factory, monkeypatch, data):
    monkeypatch.setattr("briefer.exchange.bundle.MAX_MEMBERS", 30)
    folder, good = corpus
    work = tmp_path_factory.mktemp("case")
    members = dict(good)
    manifest = json.loads(members.pop("manifest.json"))
    depth = data.draw(st.sampled_from(["bytes", "member", "field", "manifest", *HOSTILE_JSON]))
    bundle = work / "bad.briefer"
    if depth == "bytes":
        raw = bytearray((folder / "good.briefer").read_bytes())
        for _ in range(data.draw(st.integers(1, 8))):
            i = data.draw(st.integers(0, len(raw) - 1))
            raw[i] = data.draw(st.integers(0, 255))
        if data.draw(st.booleans()):
            raw = raw[: data.draw(st.integers(0, len(raw)))]
        bundle.write_bytes(bytes(raw))
    elif depth == "member":
        name = data.draw(st.sampled_from(sorted(members)))
        members[name] = data.draw(st.one_of(
            st.binary(max_size=200),
            st.just(members[name][: len(members[name]) // 2]),
            st.just(members[name] + b"\n{not json\n"),
            st.just(b'{"table": "notes"}\n' * 3),
        ))
        if data.draw(st.booleans()):
            members["../escape.txt"] = b"x"
        _write(bundle, members, manifest, fix=data.draw(st.booleans()))
    elif depth == "field":
        from briefer.store.exchange import version_hash

        name = data.draw(st.sampled_from(sorted(n for n in members if n.endswith(".jsonl") and members[n].strip())))
        lines = members[name].decode().splitlines()
        k = data.draw(st.integers(0, len(lines) - 1))
        item = json.loads(lines[k])
        target = item.get("data", item) if isinstance(item, dict) else item
        if isinstance(target, dict) and target:
            key = data.draw(st.sampled_from(sorted(target)))
            if data.draw(st.booleans()):
                target[key] = data.draw(hostile)
            else:
                target.pop(key)
        if isinstance(item, dict) and "data" in item and isinstance(item["data"], dict) and data.draw(st.booleans()):
            item["version"] = version_hash(item["data"])  # so validation, not the version check, must refuse it
        lines[k] = json.dumps(item)
        if data.draw(st.booleans()):
            lines.append(lines[k])  # the same record twice
        members[name] = ("\n".join(lines) + "\n").encode()
        _write(bundle, members, manifest, fix=True)
    elif depth == "manifest":
        key = data.draw(st.sampled_from(sorted(manifest)))
        manifest[key] = data.draw(hostile)
        _write(bundle, members, manifest, fix=False)
    else:
        _hostile_json(data, depth, members, manifest, bundle)
    _import_expecting_refusal_or_success(folder, bundle, work)


def test_a_member_lying_about_its_size_is_refused_before_it_is_decompressed(corpus, tmp_path):
    folder, good = corpus
    members = dict(good)
    manifest = json.loads(members.pop("manifest.json"))
    bundle = tmp_path / "bomb.briefer"
    with zipfile.ZipFile(bundle, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        manifest["members"] = {n: {"sha256": hashlib.sha256(c).hexdigest(), "size": len(c)} for n, c in members.items()}
        manifest["members"]["records/bomb.jsonl"] = {"sha256": "0" * 64, "size": 10}  # lies about its size
        zf.writestr("manifest.json", json.dumps(manifest))
        for n, c in members.items():
            zf.writestr(n, c)
        zf.writestr("records/bomb.jsonl", os.urandom(2 * 1024 * 1024))  # incompressible: only the lie refuses it
    with Store.open(tmp_path / "t.sqlite") as s:
        with pytest.raises(BrieferError, match="size does not match"):
            import_bundle(s, bundle)


# ---------------------------------------------------------------------- limits, one attack at a time
def _bundle(tmp_path: Path, members: dict[str, bytes], *, compression=zipfile.ZIP_STORED, manifest_text=None) -> Path:
    """A bundle whose manifest tells the truth about ``members`` (so only a limit can refuse it)."""
    manifest = {"format": "briefer-bundle", "format_version": 1, "source_install": "other",
                "members": {n: {"sha256": hashlib.sha256(c).hexdigest(), "size": len(c)} for n, c in members.items()}}
    path = tmp_path / "hostile.briefer"
    with zipfile.ZipFile(path, "w", compression=compression) as zf:
        zf.writestr("manifest.json", manifest_text if manifest_text is not None else json.dumps(manifest))
        for n, c in members.items():
            zf.writestr(n, c)
    return path


def _opened(self, *args, **kwargs):
    raise AssertionError("a member was decompressed before the limits refused the bundle")


def _refused(corpus, tmp_path, bundle: Path, *expected: str, inflating: bool = True) -> str:
    """Import ``bundle`` into a copy of laptop B: refused with a message holding ``expected``, nothing changed.

    ``inflating=False``: no member may even be opened (the zip directory alone must refuse it)."""
    folder, _ = corpus
    target = tmp_path / "b.sqlite"
    shutil.copy(folder / "b.sqlite", target)
    before = target.read_bytes()
    with Store.open(target, user="pieter") as b, pytest.MonkeyPatch.context() as patch:
        if not inflating:
            patch.setattr(zipfile.ZipFile, "open", _opened)
        with pytest.raises(BrieferError) as caught:
            import_bundle(b, bundle)
    message = str(caught.value)
    for part in expected:
        assert part in message, message
    assert "\n" not in message
    assert target.read_bytes() == before
    return message


def _note_line(corpus) -> str:
    return corpus[1]["records/notes.jsonl"].decode().splitlines()[0]


@pytest.mark.parametrize("kind", ["list", "object"])
def test_json_nested_thousands_deep_is_refused_naming_member_and_line(corpus, tmp_path, kind):
    note = _note_line(corpus)
    deep = note[:-1] + ',"extra":' + _nested(5000, kind) + "}"
    bundle = _bundle(tmp_path, {"records/notes.jsonl": (note + "\n" + deep + "\n").encode()})
    # the line's own object is the first level
    _refused(corpus, tmp_path, bundle, "records/notes.jsonl: line 2: the JSON nests 5001 levels deep (at most 64)")


def test_nesting_just_past_the_limit_is_refused_and_brackets_in_text_do_not_count(corpus, tmp_path):
    note = json.loads(_note_line(corpus))
    note["data"]["body"] = "[[[{{{" * 50 + ' "quoted [ \\" ] ' * 20  # 300 brackets, all inside a string
    from briefer.exchange.bundle import MODEL_BY_TABLE
    from briefer.store.exchange import record_json
    note["version"] = hashlib.sha256(record_json(MODEL_BY_TABLE["notes"].model_validate(note["data"]))).hexdigest()[:len(note["version"])]
    fine = json.dumps(note)
    too_deep = fine[:-1] + ',"extra":' + _nested(64, "list") + "}"  # 64 levels inside the line's own object
    bundle = _bundle(tmp_path, {"records/notes.jsonl": (fine + "\n" + too_deep + "\n").encode()})
    _refused(corpus, tmp_path, bundle, "records/notes.jsonl: line 2: the JSON nests 65 levels deep (at most 64)")


def test_a_deep_manifest_is_refused(corpus, tmp_path):
    bundle = _bundle(tmp_path, {}, manifest_text=_nested(5000, "list"))
    _refused(corpus, tmp_path, bundle, "manifest.json: the JSON nests 5000 levels deep")


@pytest.mark.parametrize("member", ["records/notes.jsonl", "manifest.json"])
def test_an_integer_of_thousands_of_digits_is_refused(corpus, tmp_path, member):
    huge = "9" * 5000
    if member == "manifest.json":
        bundle = _bundle(tmp_path, {}, manifest_text='{"format": "briefer-bundle", "n": ' + huge + "}")
        _refused(corpus, tmp_path, bundle, "manifest.json: the JSON holds a number of 5,000 digits (at most 20)")
    else:
        line = _note_line(corpus)[:-1] + ',"extra":' + huge + "}"
        bundle = _bundle(tmp_path, {member: (line + "\n").encode()})
        _refused(corpus, tmp_path, bundle, f"{member}: line 1: the JSON holds a number of 5,000 digits (at most 20)")


@pytest.mark.parametrize("value", [["notes"], {"notes": 1}, 7])
@pytest.mark.parametrize("member", ["tombstones.jsonl", "conflicts.jsonl"])
def test_a_table_of_the_wrong_type_is_a_field_error(corpus, tmp_path, member, value):
    note = json.loads(_note_line(corpus))
    good = _tombstone_line(note["data"]["id"]) if member == "tombstones.jsonl" else {
        "table": "notes", "id": note["data"]["id"], "version": note["version"], "ancestors": [],
        "source_install": "other", "data": note["data"]}
    bad = {**good, "table": value}
    bundle = _bundle(tmp_path, {member: (json.dumps(good) + "\n" + json.dumps(bad) + "\n").encode()})
    _refused(corpus, tmp_path, bundle, f"{member}: line 2: field 'table': unknown table {value!r}")


def test_a_bomb_that_tells_the_truth_about_its_sizes_is_refused_before_inflating(corpus, tmp_path):
    """Three members of zeros (~1,000 times their compressed size): the issue's 0.99 MB bundle, scaled down."""
    zeros = b"\0" * (8 * 1024 * 1024)
    bundle = _bundle(tmp_path, {f"records/{t}.jsonl": zeros for t in ("notes", "people", "actions")},
                     compression=zipfile.ZIP_DEFLATED)
    _refused(corpus, tmp_path, bundle, "records/notes.jsonl: member inflates", "times (at most 100;", inflating=False)


def test_members_too_large_together_are_refused_before_inflating(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr("briefer.exchange.bundle.MAX_TOTAL_BYTES", 3000)
    bundle = _bundle(tmp_path, {f"attachments/a{i}": os.urandom(1000) for i in range(4)})
    _refused(corpus, tmp_path, bundle, "the members are too large together (4,", inflating=False)


def test_too_many_members_are_refused_before_inflating(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr("briefer.exchange.bundle.MAX_MEMBERS", 10)
    bundle = _bundle(tmp_path, {f"attachments/a{i}": b"x" for i in range(10)})  # and the manifest: 11
    _refused(corpus, tmp_path, bundle, "too many members (11; a bundle holds at most 10)", inflating=False)


def test_a_member_twice_in_the_directory_is_refused(corpus, tmp_path):
    import warnings

    bundle = tmp_path / "twice.briefer"
    with warnings.catch_warnings(), zipfile.ZipFile(bundle, "w") as zf:
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name it writes
        zf.writestr("manifest.json", "{}")
        zf.writestr("records/notes.jsonl", b"a")
        zf.writestr("records/notes.jsonl", b"b")
    _refused(corpus, tmp_path, bundle, "records/notes.jsonl: member appears twice", inflating=False)


def test_members_sharing_their_bytes_are_refused(corpus, tmp_path):
    """The overlapping-member zip bomb: two directory entries pointing at the same compressed data."""
    bundle = _bundle(tmp_path, {"attachments/a": os.urandom(50_000)})
    with zipfile.ZipFile(bundle, "a") as zf:
        original = zf.getinfo("attachments/a")
        twin = zipfile.ZipInfo("attachments/b", original.date_time)
        for attr in ("compress_type", "compress_size", "file_size", "CRC", "header_offset", "flag_bits"):
            setattr(twin, attr, getattr(original, attr))
        zf.filelist.append(twin)
        zf.NameToInfo[twin.filename] = twin
        zf._didModify = True
    _refused(corpus, tmp_path, bundle, "members overlap in the file", inflating=False)


def test_an_ordinary_bundle_is_within_every_limit(corpus, tmp_path):
    folder, _ = corpus
    target = tmp_path / "b.sqlite"
    shutil.copy(folder / "b.sqlite", target)
    with Store.open(target, user="pieter") as b:
        report = import_bundle(b, folder / "good.briefer")
    assert report.added


@pytest.mark.parametrize(("key", "value", "expected"), [
    ("revision", "2", "tombstones.jsonl: line 1, deleted note {rid}: field 'revision': a deletion needs a revision number"),
    ("revision", True, "tombstones.jsonl: line 1, deleted note {rid}: field 'revision': a deletion needs a revision number"),
    ("deleted_at", ["2019"], "tombstones.jsonl: line 1, deleted note {rid}: field 'deleted_at': a deletion needs the time"),
    ("ancestors", {"a": 1}, "tombstones.jsonl: line 1, deleted note {rid}: field 'ancestors': ancestors must be a list"),
    ("id", ["x"], "tombstones.jsonl: line 1: field 'id': a deletion needs the record id"),
])
def test_a_deletion_with_a_field_of_the_wrong_type_names_line_and_field(corpus, tmp_path, key, value, expected):
    rid = json.loads(_note_line(corpus))["data"]["id"]
    bad = {**_tombstone_line(rid), key: value}
    bundle = _bundle(tmp_path, {"tombstones.jsonl": (json.dumps(bad) + "\n").encode()})
    _refused(corpus, tmp_path, bundle, expected.format(rid=rid))


def test_a_conflict_copy_whose_data_is_not_an_object_names_the_field(corpus, tmp_path):
    line = {"table": "notes", "id": "x", "version": "v", "ancestors": [], "data": ["not", "an", "object"]}
    bundle = _bundle(tmp_path, {"conflicts.jsonl": (json.dumps(line) + "\n").encode()})
    _refused(corpus, tmp_path, bundle, "conflicts.jsonl: line 1: field 'data': a record needs a 'data' object")
