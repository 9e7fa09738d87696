"""Changing the conference, as an advisor meets it: a bad choice or a stale screen refused, long refusals
kept short, a session running to midnight on the last day kept, a change read back after reopening."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from briefer.errors import InvalidRecord, Refused, StaleRevision
from briefer.model import Conference, Meeting, Person, Session
from briefer.store.conference_settings import change_conference
from briefer.store.store import Store

BAKU = "Asia/Baku"  # UTC+4, no summer time


def utc(y, mo, d, h=0, mi=0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=timezone.utc)


@pytest.fixture
def cop(tmp_path):
    path = tmp_path / "cop29.sqlite"
    store = Store.open(path, user="tester")
    store.conference_repo.add(Conference(name="COP29", city="Baku", start_date=date(2024, 11, 11),
                                         end_date=date(2024, 11, 22), timezone=BAKU))
    yield store, path
    store.close()


def test_a_keep_that_is_neither_choice_is_refused_and_nothing_changes(cop):
    store, _ = cop
    store.sessions.add(Session(title="Opening plenary", start=utc(2024, 11, 11, 6), end=utc(2024, 11, 11, 8)))
    with pytest.raises(InvalidRecord) as e:
        change_conference(store, {"timezone": "Europe/Amsterdam"}, keep="both")
    assert "wall-clock or instants" in str(e.value)
    assert store.require_conference().timezone == BAKU


def test_a_change_made_from_a_stale_screen_is_refused(cop):
    store, _ = cop
    seen = store.require_conference().revision
    change_conference(store, {"city": "Baku, Olympic Stadium"}, revision=seen)
    with pytest.raises(StaleRevision):
        change_conference(store, {"name": "COP 29"}, revision=seen)
    conf = store.require_conference()
    assert (conf.name, conf.city) == ("COP29", "Baku, Olympic Stadium")


def test_a_refusal_names_the_five_earliest_records_and_counts_the_rest(cop):
    store, _ = cop
    for hour in (13, 7, 11, 5, 9, 6, 8):  # 22 November, added out of order
        store.sessions.add(Session(title=f"Side event {hour:02d}", start=utc(2024, 11, 22, hour),
                                   end=utc(2024, 11, 22, hour, 30)))
    with pytest.raises(Refused) as e:
        change_conference(store, {"end_date": date(2024, 11, 21)})
    message = str(e.value)
    assert message.startswith("7 records would fall outside the conference days")
    named = [f"session 'Side event {h:02d}' (2024-11-22 {h + 4:02d}:00)" for h in (5, 6, 7, 8, 9)]
    assert "; ".join(named) + " and 2 more;" in message
    assert "Side event 11" not in message and "Side event 13" not in message


def test_five_records_outside_are_all_named_without_more(cop):
    store, _ = cop
    for hour in (5, 6, 7, 8, 9):
        store.sessions.add(Session(title=f"Side event {hour:02d}", start=utc(2024, 11, 22, hour),
                                   end=utc(2024, 11, 22, hour, 30)))
    with pytest.raises(Refused) as e:
        change_conference(store, {"end_date": date(2024, 11, 21)})
    assert "Side event 09" in str(e.value) and "more" not in str(e.value)


def test_a_session_running_to_midnight_on_the_last_day_does_not_block_a_change(cop):
    store, path = cop
    # 23:00–24:00 in Baku on the last day: it ends as the conference ends
    store.sessions.add(Session(title="Final stocktake", start=utc(2024, 11, 22, 19), end=utc(2024, 11, 22, 20)))
    change_conference(store, {"name": "COP29 Baku"})
    store.close()
    reopened = Store.open(path, user="tester")
    try:
        assert reopened.require_conference().name == "COP29 Baku"
    finally:
        reopened.close()


def test_a_timezone_of_the_same_hours_keeps_every_record_untouched(cop):
    store, path = cop
    opening = store.sessions.add(Session(title="Opening plenary", start=utc(2024, 11, 11, 6),
                                         end=utc(2024, 11, 11, 8)))
    # Dubai is UTC+4 like Baku: keeping the wall-clock times moves nothing
    result = change_conference(store, {"timezone": "Asia/Dubai"}, keep="wall-clock")
    assert (result.moved_sessions, result.moved_meetings) == (0, 0)
    assert store.sessions.get(opening.id).revision == 1
    assert result.conference.timezone == "Asia/Dubai"


def test_a_late_session_kept_at_its_wall_clock_time_in_a_zone_far_east_is_not_refused(cop):
    store, path = cop
    # 22:00–23:00 in Baku on the last day; at the same instants it would be 03:00 the next day in Tokyo,
    # but the advisor keeps the wall-clock times: 22:00 in Tokyo, still on the last day
    late = store.sessions.add(Session(title="Ministerial dinner", start=utc(2024, 11, 22, 18),
                                      end=utc(2024, 11, 22, 19)))
    result = change_conference(store, {"timezone": "Asia/Tokyo"}, keep="wall-clock")
    assert result.moved_sessions == 1
    store.close()
    reopened = Store.open(path, user="tester")
    try:
        conf = reopened.require_conference()
        assert conf.timezone == "Asia/Tokyo"
        dinner = reopened.sessions.get(late.id)
        assert dinner.start == utc(2024, 11, 22, 13)
        assert f"{conf.local(dinner.start):%Y-%m-%d %H:%M}" == "2024-11-22 22:00"
    finally:
        reopened.close()


def test_a_refusal_names_the_records_by_their_time_sessions_and_bilaterals_mixed(cop):
    store, _ = cop
    minister = store.people.add(Person(given_name="Sophie", family_name="Hermans", principal_title="Minister"))
    store.sessions.add(Session(title="Side event on methane", start=utc(2024, 11, 22, 7), end=utc(2024, 11, 22, 8)))
    # added after the session, but held earlier that day
    store.meetings.add(Meeting(principal_id=minister.id, counterpart_country="IDN",
                               start=utc(2024, 11, 22, 5), end=utc(2024, 11, 22, 5, 30)))
    with pytest.raises(Refused) as e:
        change_conference(store, {"end_date": date(2024, 11, 21)})
    message = str(e.value)
    assert message.startswith("2 records would fall outside the conference days")
    bilateral, session = message.index("bilateral '"), message.index("session 'Side event on methane'")
    assert bilateral < session and "(2024-11-22 09:00)" in message[bilateral:session]
    assert store.require_conference().end_date == date(2024, 11, 22)


def test_a_session_running_one_second_past_midnight_is_outside_a_last_day_moved_to_its_start(cop):
    store, _ = cop
    # 23:00 on the 21st to 00:00:01 on the 22nd in Baku (a calendar import keeps seconds)
    store.sessions.add(Session(title="Late stocktake", start=utc(2024, 11, 21, 19),
                               end=datetime(2024, 11, 21, 20, 0, 1, tzinfo=timezone.utc)))
    with pytest.raises(Refused) as e:
        change_conference(store, {"end_date": date(2024, 11, 21)})
    assert "1 record would fall outside" in str(e.value) and "Late stocktake" in str(e.value)
    assert store.require_conference().end_date == date(2024, 11, 22)


def test_six_records_outside_name_five_and_one_more(cop):
    store, _ = cop
    for hour in (5, 6, 7, 8, 9, 10):
        store.sessions.add(Session(title=f"Side event {hour:02d}", start=utc(2024, 11, 22, hour),
                                   end=utc(2024, 11, 22, hour, 30)))
    with pytest.raises(Refused) as e:
        change_conference(store, {"end_date": date(2024, 11, 21)})
    message = str(e.value)
    assert message.startswith("6 records would fall outside")
    assert "Side event 09" in message and "Side event 10" not in message and " and 1 more;" in message
