"""Changing the conference after the fact: nothing moved or orphaned silently, one transaction, history."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

import pytest

from briefer.errors import InvalidRecord, Refused, StaleRevision
from briefer.model import Conference, Meeting, OpeningHours, Organisation, Person, Session
from briefer.schedule.conflicts import OUTSIDE_HOURS, check_schedule
from briefer.schedule.items import load_schedule
from briefer.store.conference_settings import KeepRequired, change_conference

BAKU = "Asia/Baku"  # UTC+4, no summer time


def utc(y, mo, d, h=0, mi=0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=timezone.utc)


@pytest.fixture
def cop(store):
    store.conference_repo.add(Conference(name="COP29", city="Baku", start_date=date(2024, 11, 11),
                                         end_date=date(2024, 11, 22), timezone=BAKU))
    minister = store.people.add(Person(given_name="Sophie", family_name="Hermans", principal_title="Minister"))
    ec = store.organisations.add(Organisation(name="European Commission", name_nl="Europese Commissie",
                                              acronym="EC", acronym_in_titles=False, article_en="the", article_nl="de"))
    opening = store.sessions.add(Session(title="Opening plenary", start=utc(2024, 11, 11, 6), end=utc(2024, 11, 11, 8)))
    closing = store.sessions.add(Session(title="Closing plenary", start=utc(2024, 11, 22, 12), end=utc(2024, 11, 22, 14)))
    # 21:00–21:30 in Baku
    late = store.meetings.add(Meeting(principal_id=minister.id, counterpart_organisation_id=ec.id,
                                      start=utc(2024, 11, 12, 17), end=utc(2024, 11, 12, 17, 30)))
    return store, {"minister": minister, "ec": ec, "opening": opening, "closing": closing, "late": late}


def outside_hours(store) -> list[str]:
    return [f.message for f in check_schedule(load_schedule(store)) if f.code == OUTSIDE_HOURS]


def test_a_21_00_bilateral_is_flagged_only_while_the_day_closes_at_20_00(cop):
    store, r = cop
    [message] = outside_hours(store)
    assert "Bilateral with the European Commission" in message and "08:00–20:00" in message
    change_conference(store, {"day_end": time(22, 0)})
    assert outside_hours(store) == []


def test_a_day_of_its_own_hours_decides_for_that_day_only(cop):
    store, r = cop
    change_conference(store, {"day_hours": {date(2024, 11, 12): OpeningHours(start=time(9), end=time(21, 30))}})
    assert outside_hours(store) == []
    conf = store.require_conference()
    assert conf.hours_on(date(2024, 11, 13)) == (time(8), time(20))
    assert conf.hours_on(date(2024, 11, 12)) == (time(9), time(21, 30))


def test_shortening_the_dates_is_refused_naming_what_would_fall_outside(cop):
    store, r = cop
    with pytest.raises(Refused) as e:
        change_conference(store, {"end_date": date(2024, 11, 21)})
    assert "session 'Closing plenary' (2024-11-22 16:00)" in str(e.value)
    assert "nothing was changed" in str(e.value)
    assert store.require_conference().end_date == date(2024, 11, 22)
    assert store.require_conference().revision == 1


def test_opening_hours_of_a_day_that_is_no_longer_a_conference_day_are_named(cop):
    store, r = cop
    change_conference(store, {"day_hours": {date(2024, 11, 22): OpeningHours(start=time(9), end=time(23))}})
    store.sessions.delete(r["closing"].id)
    with pytest.raises(InvalidRecord) as e:
        change_conference(store, {"end_date": date(2024, 11, 21)})
    assert "2024-11-22 is not a conference day" in str(e.value)


def test_a_new_timezone_with_timed_records_asks_what_to_keep(cop):
    store, r = cop
    with pytest.raises(KeepRequired) as e:
        change_conference(store, {"timezone": "Europe/Amsterdam"})
    assert "--keep wall-clock" in str(e.value) and ": 2 sessions and 1 bilateral have times" in str(e.value)
    assert store.require_conference().timezone == BAKU


def test_keeping_wall_clock_times_moves_every_record_in_one_revision_each(cop):
    store, r = cop
    result = change_conference(store, {"timezone": "Europe/Amsterdam"}, keep="wall-clock")
    assert (result.moved_sessions, result.moved_meetings) == (2, 1)
    late = store.meetings.get(r["late"].id)
    # 21:00 in Baku stays 21:00, now in Amsterdam (UTC+1 in November)
    assert late.start == utc(2024, 11, 12, 20)
    assert [h.action for h in store.meetings.history(late.id)] == ["insert", "update"]
    assert store.conference_repo.history(store.require_conference().id)[-1].data["timezone"] == "Europe/Amsterdam"


def test_keeping_instants_moves_nothing(cop):
    store, r = cop
    change_conference(store, {"timezone": "Asia/Tbilisi"}, keep="instants")
    assert store.meetings.get(r["late"].id).start == r["late"].start
    assert store.meetings.get(r["late"].id).revision == 1


def test_keeping_instants_is_refused_when_a_record_would_leave_the_days(cop):
    store, r = cop
    # the opening at 06:00 UTC is 10:00 in Baku, but 20:00 the day before in Honolulu
    with pytest.raises(Refused) as e:
        change_conference(store, {"timezone": "Pacific/Honolulu"}, keep="instants")
    assert "Opening plenary" in str(e.value)
    assert store.require_conference().timezone == BAKU


def test_a_failing_record_rolls_the_whole_change_back(cop, monkeypatch):
    store, r = cop
    real = store.meetings.update

    def broken(obj):
        raise StaleRevision("changed elsewhere")

    monkeypatch.setattr(store.meetings, "update", broken)
    with pytest.raises(StaleRevision):
        change_conference(store, {"timezone": "Europe/Amsterdam"}, keep="wall-clock")
    monkeypatch.setattr(store.meetings, "update", real)
    assert store.require_conference().timezone == BAKU
    assert store.sessions.get(r["opening"].id).revision == 1
