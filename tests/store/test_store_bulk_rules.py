"""A bulk load (a bundle import, the demo, a generator) obeys the rules a single save obeys.

``put_many`` is the store's one bulk write path; a rule checked only on a
single save would let a bundle bring in what the editor refuses.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefer.errors import InvalidRecord, Refused
from briefer.model import Conference, Session
from tests.conftest import utc


def test_a_session_outside_the_conference_days_is_refused_in_a_bulk_load(conference_store):
    inside = Session(title="Opening", start=utc(2019, 6, 19, 8), end=utc(2019, 6, 19, 9))
    outside = Session(title="Excursion", start=utc(2019, 6, 22, 8), end=utc(2019, 6, 22, 9))
    with pytest.raises(InvalidRecord) as caught:
        conference_store.sessions.put_many([inside, outside])
    assert caught.value.field == "start"
    assert "within the conference days (2019-06-19 to 2019-06-20)" in caught.value.message
    assert conference_store.sessions.list() == []   # the whole batch, not half of it


def test_a_second_conference_is_refused_in_a_bulk_load_of_one(conference_store):
    other = Conference(name="Another conference", start_date=date(2020, 5, 1), end_date=date(2020, 5, 2))
    with pytest.raises(Refused, match="already holds the conference 'Test conference'"):
        conference_store.conference_repo.put_many([other])
    assert [c.name for c in conference_store.conference_repo.list()] == ["Test conference"]
