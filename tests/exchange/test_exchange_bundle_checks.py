"""Reading a bundle: the checks a file must pass before anything is imported, each seen from the
user's side — the file named, the reason given, the database left as it was, the file let go.

(Written for the mutation run of ``briefer/exchange/bundle.py``, issue 22: each test fails on a
mutant the other bundle tests let through.)"""

from __future__ import annotations

import hashlib
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


def members_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    return path


def relisted(members: dict[str, bytes], *, leave_out: tuple[str, ...] = ()) -> dict[str, bytes]:
    """The members with a manifest listing each of them (but ``leave_out``) by its true checksum and size."""
    manifest = json.loads(members["manifest.json"])
    manifest["members"] = {n: {"sha256": hashlib.sha256(c).hexdigest(), "size": len(c)}
                           for n, c in members.items() if n != "manifest.json" and n not in leave_out}
    return {**members, "manifest.json": json.dumps(manifest).encode("utf-8")}


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


def open_paths() -> set[str]:
    """The files this process holds open (Linux: /proc/self/fd)."""
    found = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            found.add(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:
            pass
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads the open files from /proc")
def test_a_file_that_is_not_a_zip_is_let_go_when_it_is_refused(tmp_path):
    # on Windows a file still held open cannot be deleted or moved: refusing it must close it
    bad = tmp_path / "report.briefer"
    bad.write_bytes(b"PK\x03\x04 a damaged download, not a zip")
    with pytest.raises(ImportFailed) as err:
        read_bundle(bad)
    assert "not a Briefer bundle (not a zip file, or a damaged one)" in str(err.value)
    # the refusal (with its traceback) is still alive here, and with it the reader's frame
    assert str(bad) not in open_paths()


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
