"""Autosaved drafts survive a closed store (a crash) and are offered back until discarded."""

from briefer.store import Store


def test_draft_survives_reopen_and_is_discarded(tmp_path):
    path = tmp_path / "d.sqlite"
    with Store.open(path) as s:
        s.drafts.save("note:new:m1", "Indonesia agreed to", meeting_id=None)
        s.drafts.save("note:new:m1", "Indonesia agreed to a twinning pilot")  # newer text replaces
    with Store.open(path) as s:
        drafts = s.drafts.all()
        assert [d.body for d in drafts] == ["Indonesia agreed to a twinning pilot"]
        s.drafts.discard("note:new:m1")
        assert s.drafts.get("note:new:m1") is None
    with Store.open(path) as s:
        assert s.drafts.all() == []


def test_unchecked_store_refuses_writes_until_allowed(tmp_path):
    import pytest

    from briefer.errors import Refused
    from briefer.model import Person
    from briefer.store.db import quick_check

    path = tmp_path / "c.sqlite"
    Store.open(path).close()
    with Store.open(path, check=False) as s:
        assert not s.writable
        with pytest.raises(Refused, match="still checking"):
            s.people.add(Person(family_name="Bruins"))
        assert s.people.count() == 0  # reading works meanwhile
        quick_check(s.db, path)  # the caller's check (in the GUI: on another connection, in the background)
        s.allow_writes()
        s.people.add(Person(family_name="Bruins"))
        assert s.people.count() == 1
