"""Reference data as its dialogs list and open it: every room or organisation by label, and one by id."""

from __future__ import annotations

from briefer.model import Organisation, Room
from briefer.store.reference_data import reference_record, reference_records


def test_listed_by_label_in_the_readers_language_and_opened_by_id(conference_store):
    s = conference_store
    s.rooms.add(Room(name="Room B"))
    a = s.rooms.add(Room(name="room A"))
    s.organisations.add(Organisation(name="Council of Europe", name_nl="Raad van Europa", acronym_in_titles=False))
    s.organisations.add(Organisation(name="European Commission", name_nl="Europese Commissie", acronym_in_titles=False))
    assert [r.name for r in reference_records(s, Room)] == ["room A", "Room B"]  # case does not sort first
    assert [o.name for o in reference_records(s, Organisation, "nl")] == ["European Commission", "Council of Europe"]
    assert [o.name for o in reference_records(s, Organisation, "en")] == ["Council of Europe", "European Commission"]
    assert reference_record(s, Room, a.id).name == "room A" and reference_record(s, Room, "gone") is None
