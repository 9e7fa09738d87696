"""Ticked talking points are kept in the database file, per meeting, until unticked."""

from briefer.store import Store


def test_ticks_survive_reopening_and_untick_removes_them(tmp_path):
    path = tmp_path / "b.db"
    with Store.open(path) as s:
        s.checklist.tick("m1", "Invite Indonesia to the twinning programme.")
        s.checklist.tick("m1", "Ask about colistin.")
        s.checklist.tick("m2", "Ask about colistin.")
        s.checklist.tick("m1", "Ask about colistin.", False)
        s.checklist.tick("m1", "Invite Indonesia to the twinning programme.")  # ticking twice keeps one tick
    with Store.open(path) as s:
        assert list(s.checklist.ticked("m1")) == ["Invite Indonesia to the twinning programme."]
        assert list(s.checklist.ticked("m2")) == ["Ask about colistin."]
        assert s.checklist.ticked("m3") == {}
        when = s.checklist.ticked("m2")["Ask about colistin."]
        assert when.tzinfo is not None
