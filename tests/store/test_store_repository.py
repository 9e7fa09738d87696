"""Store round-trips on real files: add, reopen, update, stale saves, delete, history, restore."""

from datetime import date, timedelta

import pytest

from briefer.errors import InvalidRecord, NotFound, Refused, StaleRevision
from briefer.model import (
    BackgroundItem,
    Conference,
    CountryBrief,
    DefensiveLine,
    Meeting,
    MeetingBrief,
    Note,
    Objective,
    Person,
    Priority,
    Room,
    Session,
    TalkingPoint,
)
from briefer.store import Store
from tests.conftest import utc


def _people(store):
    bruins = store.people.add(Person(given_name="Bruno", family_name="Bruins", principal_title="Minister"))
    moeloek = store.people.add(Person(given_name="Nila", family_name="Moeloek", country="IDN"))
    return bruins, moeloek


def test_everything_survives_closing_and_reopening(tmp_path):
    path = tmp_path / "b.sqlite"
    with Store.open(path) as s:
        s.conference_repo.add(Conference(name="AMR 2019", start_date=date(2019, 6, 19), end_date=date(2019, 6, 20)))
        bruins, moeloek = _people(s)
        room = s.rooms.add(Room(name="Bilateral room 1", suitable_for_bilaterals=True))
        m = s.meetings.add(Meeting(principal_id=bruins.id, counterpart_country="IDN", counterpart_ids=[moeloek.id],
                                   room_id=room.id, start=utc(2019, 6, 19, 9), end=utc(2019, 6, 19, 9, 30),
                                   interpreter_language="id"))
        brief = s.country_briefs.add(CountryBrief(
            country="IDN", key_messages=["Twinning"],
            talking_points=[TalkingPoint(text="MPTF pledge", priority=Priority.CERTAIN)],
            defensive_lines=[DefensiveLine(question="Why only 5 million?", answer="A first tranche.")],
            background=[BackgroundItem(text="Internal assessment", usable=False)]))
        s.meeting_briefs.add(MeetingBrief(meeting_id=m.id, objectives=[Objective(text="Agree on twinning")]))
    with Store.open(path) as s:
        again = s.meetings.get(m.id)
        assert again == m
        assert again.start.tzinfo is not None and again.start == utc(2019, 6, 19, 9)
        b = s.country_briefs.get(brief.id)
        assert b.background[0].usable is False and b.defensive_lines[0].answer == "A first tranche."
        assert s.meeting_briefs.list(meeting_id=m.id)[0].objectives[0].text == "Agree on twinning"
        assert s.conference().name == "AMR 2019"


def test_update_bumps_revision_and_refuses_stale_saves(store):
    bruins, _ = _people(store)
    v1 = store.people.get(bruins.id)
    v2 = store.people.update(v1.evolve(position="Minister for Medical Care"))
    assert (v1.revision, v2.revision) == (1, 2)
    assert v2.updated_at >= v1.updated_at and v2.created_at == v1.created_at
    with pytest.raises(StaleRevision, match="changed elsewhere"):
        store.people.update(v1.evolve(position="stale edit"))
    assert store.people.get(bruins.id).position == "Minister for Medical Care"


def test_two_connections_cannot_lose_an_update(tmp_path):
    path = tmp_path / "b.sqlite"
    with Store.open(path) as a, Store.open(path) as b:
        p = a.people.add(Person(family_name="Schouten"))
        pa, pb = a.people.get(p.id), b.people.get(p.id)
        a.people.update(pa.evolve(given_name="Carola"))
        with pytest.raises(StaleRevision):
            b.people.update(pb.evolve(given_name="Karola"))
        assert b.people.get(p.id).given_name == "Carola"


def test_history_and_restore_never_overwrite(store):
    cb = store.country_briefs.add(CountryBrief(country="GHA", summary="first"))
    cb2 = store.country_briefs.update(cb.evolve(summary="second"))
    store.country_briefs.update(cb2.evolve(summary="third"))
    hist = store.country_briefs.history(cb.id)
    assert [h.revision for h in hist] == [1, 2, 3]
    assert [h.data["summary"] for h in hist] == ["first", "second", "third"]
    assert all(h.changed_by == "tester" for h in hist)
    restored = store.country_briefs.restore(cb.id, 1)
    assert restored.summary == "first" and restored.revision == 4
    assert [h.data["summary"] for h in store.country_briefs.history(cb.id)] == ["first", "second", "third", "first"]


def test_unknown_references_are_refused_and_nothing_is_written(store):
    bruins, _ = _people(store)
    ghost = "22222222-2222-2222-2222-222222222222"
    with pytest.raises(InvalidRecord) as info:
        store.meetings.add(Meeting(principal_id=bruins.id, counterpart_country="IDN", counterpart_ids=[ghost],
                                   start=utc(2019, 6, 19, 9), end=utc(2019, 6, 19, 10)))
    assert info.value.field == "counterpart_ids" and "unknown person" in str(info.value)
    assert store.meetings.count() == 0
    assert store.db.execute("select count(*) from revisions where record_table='meetings'").fetchone()[0] == 0


def test_delete_refused_while_referenced_then_tombstoned(store):
    bruins, moeloek = _people(store)
    m = store.meetings.add(Meeting(principal_id=bruins.id, counterpart_country="IDN", counterpart_ids=[moeloek.id],
                                   start=utc(2019, 6, 19, 9), end=utc(2019, 6, 19, 10)))
    store.notes.add(Note(meeting_id=m.id, body="Agreed to twin."))
    with pytest.raises(Refused, match="1 note"):
        store.meetings.delete(m.id)
    with pytest.raises(Refused, match="1 meeting"):
        store.people.delete(moeloek.id)
    for n in store.notes.list(meeting_id=m.id):
        store.notes.delete(n.id)
    store.meetings.delete(m.id)
    with pytest.raises(NotFound):
        store.meetings.get(m.id)
    tomb = store.db.execute("select record_table, revision from tombstones where record_id = ?", [m.id]).fetchone()
    assert tomb == ("meetings", 2)


def test_sessions_must_lie_within_the_conference(conference_store):
    s = conference_store
    with pytest.raises(InvalidRecord) as info:
        s.sessions.add(Session(title="Too late", start=utc(2019, 6, 21, 8), end=utc(2019, 6, 21, 9)))
    assert info.value.field == "start" and "2019-06-19 to 2019-06-20" in str(info.value)
    ok = s.sessions.add(Session(title="Closing", start=utc(2019, 6, 20, 14), end=utc(2019, 6, 20, 15)))
    with pytest.raises(InvalidRecord):
        s.sessions.update(ok.evolve(start=utc(2019, 6, 18, 14), end=utc(2019, 6, 18, 15)))
    assert s.sessions.get(ok.id).start == utc(2019, 6, 20, 14)


def test_one_conference_per_database(conference_store):
    with pytest.raises(Refused, match="already holds the conference"):
        conference_store.conference_repo.add(
            Conference(name="Another", start_date=date(2020, 1, 1), end_date=date(2020, 1, 2)))


def test_list_filters_and_ordering(store):
    bruins, moeloek = _people(store)
    for h in (11, 9, 10):
        store.meetings.add(Meeting(principal_id=bruins.id, counterpart_country="IDN",
                                   start=utc(2019, 6, 19, h), end=utc(2019, 6, 19, h) + timedelta(minutes=20)))
    starts = [m.start.hour for m in store.meetings.list()]
    assert starts == [9, 10, 11]
    assert len(store.meetings.list(principal_id=bruins.id)) == 3
    assert store.meetings.list(principal_id=moeloek.id) == []
    with pytest.raises(ValueError):
        store.meetings.list(no_such_field=1)


def test_attachment_bytes_round_trip(store):
    from briefer.model import Attachment

    bruins, _ = _people(store)
    m = store.meetings.add(Meeting(principal_id=bruins.id, counterpart_country="IDN",
                                   start=utc(2019, 6, 19, 9), end=utc(2019, 6, 19, 10)))
    pdf = b"%PDF-1.4\n%demo\n"
    a = store.add_attachment(Attachment(title="Programme", filename="p.pdf", meeting_id=m.id), pdf)
    assert a.size == len(pdf) and len(a.sha256) == 64
    assert store.attachment_content(a.id) == pdf
