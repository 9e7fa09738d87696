"""The names beside ids, read in the core: each part once, ahead on a worker's connection, or later after a rebind."""

from __future__ import annotations

from briefer.model import Meeting, MeetingBrief, Organisation, Person, Room
from briefer.model.base import BriefStatus
from briefer.store import Store
from briefer.store.names import Names
from tests.conftest import utc


def test_parts_are_read_by_id_and_a_preloaded_part_outlives_its_connection(conference_store, tmp_path):
    s = conference_store
    minister = s.people.add(Person(given_name="Bruno", family_name="Bruins", country="NLD"))
    room = s.rooms.add(Room(name="Room A"))
    org = s.organisations.add(Organisation(name="European Commission"))
    meeting = s.meetings.add(Meeting(principal_id=minister.id, counterpart_organisation_id=org.id,
                                     start=utc(2019, 6, 19, 10), end=utc(2019, 6, 19, 10, 30)))
    s.meeting_briefs.add(MeetingBrief(meeting_id=meeting.id, status=BriefStatus.FINAL))
    s.meetings.add(Meeting(principal_id=minister.id, counterpart_country="IDN",  # with a country: no organisation
                           start=utc(2019, 6, 19, 11), end=utc(2019, 6, 19, 11, 30)))

    with Store.open(s.path) as worker:  # a worker's own connection, closed before the names are used
        names = Names.load(worker).preload(("people", "organisations"))
    assert names.people[minister.id].family_name == "Bruins" and names.organisations[org.id].name == "European Commission"
    assert names.rooms == {}  # not read ahead, and no store to read it from: nothing rather than an error

    names = Names.load(s).preload(("people",)).rebind(s)  # read ahead, then the GUI thread's store for the rest
    assert names.rooms[room.id].name == "Room A"
    assert names.meeting_organisations == {meeting.id: org.id}
    assert names.meeting_brief_status == {meeting.id: BriefStatus.FINAL}
    assert str(names.tz) == "Europe/Amsterdam"  # the conference's, read when the names were made
