"""Imports and exports pause Python's cycle collector and always switch it back on."""

from __future__ import annotations

import gc

import pytest

from briefer.errors import ImportFailed
from briefer.exchange.bundle import export_bundle
from briefer.exchange.merge import import_bundle
from briefer.model import Note
from briefer.store import Store


def test_the_collector_runs_again_after_an_import_and_an_export(tmp_path, monkeypatch):
    import briefer.exchange.merge as merge

    seen = []
    original = merge.read_bundle

    def reading(*args, **kwargs):  # records whether the collector runs while the bundle is read
        seen.append(gc.isenabled())
        return original(*args, **kwargs)

    monkeypatch.setattr(merge, "read_bundle", reading)
    with Store.open(tmp_path / "a.sqlite", user="a") as a:
        a.notes.add(Note(body="Antimicrobial resistance."))
        export_bundle(a, tmp_path / "a.briefer")
    assert gc.isenabled()
    with Store.open(tmp_path / "b.sqlite", user="b") as b:
        assert len(import_bundle(b, tmp_path / "a.briefer").added) == 1  # a restore (new file)
        assert import_bundle(b, tmp_path / "a.briefer").unchanged == 1  # the ordinary path
    assert seen == [False, False]
    assert gc.isenabled()


def test_the_collector_runs_again_after_a_refused_bundle(tmp_path):
    (tmp_path / "bad.briefer").write_bytes(b"not a zip")
    with Store.open(tmp_path / "b.sqlite", user="b") as b:
        with pytest.raises(ImportFailed):
            import_bundle(b, tmp_path / "bad.briefer")
    assert gc.isenabled()


def test_a_collector_switched_off_elsewhere_stays_off(tmp_path):
    (tmp_path / "bad.briefer").write_bytes(b"not a zip")
    gc.disable()
    try:
        with Store.open(tmp_path / "b.sqlite", user="b") as b:
            with pytest.raises(ImportFailed):
                import_bundle(b, tmp_path / "bad.briefer")
        assert not gc.isenabled()
    finally:
        gc.enable()
