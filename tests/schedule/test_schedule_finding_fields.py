"""What a finding names besides its sentence: the rooms involved, its one-line form and its JSON form.

The Programme view marks the rooms a finding names, and the JSON form is what
a script or a report reads: a room left out, or a time lost, is a finding
pointing at nothing.
"""

from __future__ import annotations

import json

from schedule_helpers import local

from briefer.model import Meeting, MeetingStatus
from briefer.schedule.conflicts import INTERPRETER_MISSING, ROOM_UNCONFIRMED, WARNING, check_schedule
from briefer.schedule.items import load_schedule


def _add(w, start, end, **kw) -> Meeting:
    return w.store.meetings.add(Meeting(start=start, end=end, principal_id=w.minister.id, counterpart_country="IDN",
                                        status=MeetingStatus.CONFIRMED, **kw))


def test_a_finding_about_a_meeting_in_a_room_names_that_room(world):
    m = _add(world, local(19, 10), local(19, 10, 30), room_id=world.room_a.id, interpreter_language="id")
    [finding] = check_schedule(load_schedule(world.store))
    assert (finding.code, finding.item_ids, finding.room_ids) == (INTERPRETER_MISSING, (m.id,), (world.room_a.id,))


def test_a_finding_about_a_meeting_without_a_room_names_no_room(world):
    _add(world, local(19, 10), local(19, 10, 30), interpreter_language="id")
    findings = check_schedule(load_schedule(world.store))
    assert [(f.code, f.room_ids) for f in findings] == [(INTERPRETER_MISSING, ()), (ROOM_UNCONFIRMED, ())]


def test_a_finding_reads_as_one_line_and_as_json(world):
    m = _add(world, local(19, 10), local(19, 10, 30), room_id=world.room_a.id, room_confirmed=False)
    [finding] = check_schedule(load_schedule(world.store))
    assert str(finding) == f"warning: {finding.message}"
    assert finding.message.startswith("the bilateral 'Bilateral with Indonesia' (Wed 19 Jun 10:00–10:30)")
    data = json.loads(json.dumps(finding.to_dict()))
    assert data == {
        "code": ROOM_UNCONFIRMED, "severity": WARNING, "message": finding.message,
        "item_ids": [m.id], "person_ids": [world.minister.id], "room_ids": [world.room_a.id],
        "start": "2019-06-19T08:00:00+00:00", "end": "2019-06-19T08:30:00+00:00",
    }
