"""A bilateral's own rules, as the advisor meets them: who sits at the table, what is refused and why."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from briefer.model import Meeting
from briefer.store.repository import invalid_record

T0 = datetime(2030, 3, 4, 9, 0, tzinfo=timezone.utc)
MINISTER = "11111111-1111-1111-1111-111111111111"
ADVISER = "22222222-2222-2222-2222-222222222222"
NOTE_TAKER = "33333333-3333-3333-3333-333333333333"
GUEST = "44444444-4444-4444-4444-444444444444"


def bilateral(**changes) -> Meeting:
    data = {"principal_id": MINISTER, "counterpart_country": "DEU", "start": T0, "end": T0 + timedelta(minutes=30),
            **changes}
    return Meeting(**data)


def test_the_note_taker_is_at_the_table_and_on_the_dutch_side():
    m = bilateral(nl_participant_ids=[ADVISER], counterpart_ids=[GUEST], note_taker_id=NOTE_TAKER)
    assert m.people_ids() == {MINISTER, ADVISER, GUEST, NOTE_TAKER}
    assert m.nl_side_ids() == {MINISTER, ADVISER, NOTE_TAKER}
    without = bilateral(nl_participant_ids=[ADVISER], counterpart_ids=[GUEST])
    assert without.people_ids() == {MINISTER, ADVISER, GUEST}
    assert without.nl_side_ids() == {MINISTER, ADVISER}


def test_the_minister_cannot_be_their_own_counterpart():
    with pytest.raises(ValidationError) as info:
        bilateral(counterpart_ids=[GUEST, MINISTER])
    assert str(invalid_record(info.value, "meeting")) == (
        "meeting: field 'counterpart_ids': the principal cannot be their own counterpart")
