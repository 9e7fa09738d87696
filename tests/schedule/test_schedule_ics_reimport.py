"""Re-importing an organiser's programme as it changes: what calendar programs do to a file
(EXDATE, moved series, cancellations, categories) must do the same to the sessions."""

from __future__ import annotations

from schedule_helpers import local

from briefer.model import SessionKind
from briefer.schedule.ics_import import CANCELLED_MARK, import_calendar


def ics(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e.strip()}\r\nDTSTAMP:20190601T120000Z\r\nEND:VEVENT\r\n" for e in events)
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Organisers//Programme//EN\r\n" + body
            + "END:VCALENDAR\r\n").encode()


def event(uid: str, title: str, start: str, end: str, *extra: str) -> str:
    lines = [f"UID:{uid}", f"SUMMARY:{title}", f"DTSTART;TZID=Europe/Amsterdam:{start}",
             f"DTEND;TZID=Europe/Amsterdam:{end}", *extra]
    return "\r\n".join(lines)


COFFEE = event("coffee", "Coffee", "20190619T103000", "20190619T110000", "RRULE:FREQ=DAILY;COUNT=2")


def sessions(store, title=None):
    return sorted((s for s in store.sessions.list() if title is None or title in s.title), key=lambda s: s.start)


def test_an_occurrence_taken_out_with_exdate_is_removed(conference_store):
    s = conference_store
    import_calendar(s, ics(COFFEE))
    assert [x.start for x in sessions(s)] == [local(19, 10, 30), local(20, 10, 30)]
    plan = import_calendar(s, ics(COFFEE + "\r\nEXDATE;TZID=Europe/Amsterdam:20190620T103000"))
    assert plan.count("delete") == 1 and "no longer in the organisers' programme" in plan.changes[-1].detail
    assert [x.start for x in sessions(s)] == [local(19, 10, 30)]


def test_a_moved_series_updates_its_sessions_instead_of_duplicating_them(world):
    s = world.store
    import_calendar(s, ics(COFFEE))
    first = sessions(s)[0]
    s.sessions.update(first.evolve(attendee_ids=[world.adviser.id]))
    moved = COFFEE.replace("20190619T103000", "20190619T110000").replace("20190619T110000\r\nDTEND",
                                                                          "20190619T110000\r\nDTEND")
    moved = moved.replace("DTEND;TZID=Europe/Amsterdam:20190619T110000", "DTEND;TZID=Europe/Amsterdam:20190619T113000")
    plan = import_calendar(s, ics(moved))
    after = sessions(s)
    assert [x.start for x in after] == [local(19, 11), local(20, 11)]  # two, not four
    assert plan.count("add") == 0 and plan.count("delete") == 0 and plan.count("update") == 2
    assert after[0].id == first.id and after[0].attendee_ids == [world.adviser.id]
    assert import_calendar(s, ics(moved)).count("update") == 0  # and it settles


def test_one_moved_instance_does_not_duplicate(conference_store):
    s = conference_store
    import_calendar(s, ics(COFFEE))
    instance = event("coffee", "Coffee", "20190620T150000", "20190620T153000",
                     "RECURRENCE-ID;TZID=Europe/Amsterdam:20190620T103000")
    import_calendar(s, ics(COFFEE, instance))
    assert [x.start for x in sessions(s)] == [local(19, 10, 30), local(20, 15)]


def test_kinds_from_categories_and_telling_titles_with_a_neutral_default(conference_store):
    s = conference_store
    import_calendar(s, ics(
        COFFEE,
        event("rec", "Welcome reception", "20190619T190000", "20190619T210000"),
        event("side", "Antimicrobials in aquaculture", "20190620T080000", "20190620T090000", "CATEGORIES:Side Event"),
        event("photo", "Family photo", "20190620T131500", "20190620T133000"),
        event("lunch", "Ministerial working lunch", "20190620T123000", "20190620T131500"),
    ))
    kinds = {x.title: x.session_kind for x in sessions(s)}
    assert kinds == {"Coffee": SessionKind.BREAK, "Welcome reception": SessionKind.RECEPTION,
                     "Antimicrobials in aquaculture": SessionKind.SIDE_EVENT, "Family photo": SessionKind.PLENARY,
                     "Ministerial working lunch": SessionKind.PLENARY}
    break_ = event("tea", "Tea break", "20190620T153000", "20190620T160000")
    import_calendar(s, ics(break_))
    assert {x.title: x.session_kind for x in sessions(s)}["Tea break"] == SessionKind.BREAK
    # a kind someone set by hand is not guessed over on re-import
    photo = next(x for x in sessions(s) if x.title == "Family photo")
    s.sessions.update(photo.evolve(session_kind=SessionKind.PRESS))
    import_calendar(s, ics(event("photo", "Family photo", "20190620T131500", "20190620T133000")))
    assert s.sessions.get(photo.id).session_kind == SessionKind.PRESS


def test_a_cancelled_event_on_first_import_is_skipped_with_its_reason(conference_store):
    plan = import_calendar(conference_store, ics(event("gone", "Field trip", "20190620T140000", "20190620T170000",
                                                       "STATUS:CANCELLED")))
    assert plan.count("unchanged") == 0 and conference_store.sessions.count() == 0
    [skip] = plan.skipped
    assert skip.title == "Field trip" and "cancelled by the organisers" in skip.reason


def test_a_cancelled_session_keeps_the_dutch_speaking_role_and_is_marked(world):
    s = world.store
    panel = event("panel", "Panel on financing", "20190619T140000", "20190619T150000")
    import_calendar(s, ics(panel))
    [session] = sessions(s)
    s.sessions.update(session.evolve(speaker_ids=[world.minister.id], speaking_role="Intervention, 3 min",
                                     speaking_notes="Stress the Dutch fund"))
    plan = import_calendar(s, ics(panel + "\r\nSTATUS:CANCELLED"))
    [keep] = [c for c in plan.changes if c.action == "keep"]
    assert "a Dutch speaker or chair" in keep.detail and "speaking notes" in keep.detail
    kept = s.sessions.get(session.id)
    assert kept.title == CANCELLED_MARK + "Panel on financing"
    assert kept.speaking_notes == "Stress the Dutch fund" and kept.speaker_ids == [world.minister.id]
    again = import_calendar(s, ics(panel + "\r\nSTATUS:CANCELLED"))
    assert s.sessions.get(session.id).title == CANCELLED_MARK + "Panel on financing" and not again.writes
    # the organisers reinstate it: the mark goes
    import_calendar(s, ics(panel))
    assert s.sessions.get(session.id).title == "Panel on financing"


def test_a_cancelled_session_without_anything_of_ours_is_removed(conference_store):
    s = conference_store
    panel = event("panel", "Panel on financing", "20190619T140000", "20190619T150000")
    import_calendar(s, ics(panel))
    plan = import_calendar(s, ics(panel + "\r\nSTATUS:CANCELLED"))
    assert plan.count("delete") == 1 and s.sessions.count() == 0
