"""The benchmark data generator makes valid, deterministic data (other benchmarks depend on it)."""

from __future__ import annotations

import pytest

from benchmarks import generate
from briefer.store import Store
from briefer.store.integrity import check_store

pytestmark = pytest.mark.slow  # two generations of a small data set: ~10 s


def _make(path, seed):
    store = Store.open(path, user="generator")
    generate.generate(store, seed, notes=300, meetings=120, progress=lambda _msg: None)
    return store


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    d = tmp_path_factory.mktemp("gen")
    a, b = _make(d / "a.sqlite", 5), _make(d / "b.sqlite", 5)
    yield a, b
    a.close()
    b.close()


def test_generated_data_is_valid(pair):
    store, _ = pair
    assert [f for f in check_store(store) if f.severity == "error"] == []
    counts = store.counts()
    assert counts["countries"] == 200 and counts["country_briefs"] == 200
    assert counts["meetings"] == 120 and counts["meeting_briefs"] == 120
    assert counts["notes"] == 300
    assert counts["rooms"] == 30 and counts["sessions"] == 400


def test_same_seed_gives_the_same_database(pair):
    a, b = pair
    for repo in ("meetings", "notes", "people", "country_briefs", "actions"):
        dump = lambda s: [r.model_dump(mode="json") for r in getattr(s, repo).list()]  # noqa: E731
        assert dump(a) == dump(b), repo


def test_notes_read_like_amr_conference_notes(pair):
    store, _ = pair
    notes = store.notes.list()
    words = [len(n.body.split()) for n in notes]
    assert 50 <= min(words) and max(words) <= 620
    with_amr = sum("antimicrobial resistance" in n.body for n in notes)
    assert with_amr > len(notes) / 2
    assert len(store.search("antimicrobial resistance", limit=500)) > len(notes) / 2


def test_meetings_fall_within_conference_hours(pair):
    store, _ = pair
    conf = store.conference()
    for m in store.meetings.list():
        start, end = conf.local(m.start), conf.local(m.end)
        assert start.date() in conf.days()
        assert (start.hour, start.minute) >= (8, 0) and (end.hour, end.minute) <= (20, 0)
