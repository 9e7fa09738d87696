"""What a user sees after importing the organisers' programme, in the cases the first tests left open:
Outlook's colour categories beside the kind, a kind named in other words, a session only the Dutch
attendees hold on to, and titles and room names far longer than any programme should have."""

from __future__ import annotations

from pathlib import Path

from schedule_helpers import local

from briefer.model import SessionKind
from briefer.schedule.ics_import import CANCELLED_MARK, import_calendar

DATA = Path(__file__).parent / "data"
OUTLOOK = (DATA / "outlook_w_europe.ics").read_bytes()


def ics(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e.strip()}\r\nDTSTAMP:20190601T120000Z\r\nEND:VEVENT\r\n" for e in events)
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Organisers//Programme//EN\r\n" + body
            + "END:VCALENDAR\r\n").encode()


def event(uid: str, title: str, start: str, end: str, *extra: str) -> str:
    return "\r\n".join([f"UID:{uid}", f"SUMMARY:{title}", f"DTSTART;TZID=Europe/Amsterdam:{start}",
                        f"DTEND;TZID=Europe/Amsterdam:{end}", *extra])


def kinds(store) -> dict[str, SessionKind]:
    return {s.title: s.session_kind for s in store.sessions.list()}


def test_outlooks_colour_category_before_the_kind_does_not_hide_the_kind(conference_store):
    """Outlook writes its colour categories ("Blue Category") into CATEGORIES, often before the organisers'
    own: the kind is the category that names one, wherever it stands in the list."""
    s = conference_store
    data = OUTLOOK.replace(b"CATEGORIES:Panel", b"CATEGORIES:Blue Category,Side Event")
    data = data.replace(b"SUMMARY:Panel: One Health in practice", b"SUMMARY:One Health in practice")
    import_calendar(s, data)
    assert kinds(s)["One Health in practice"] == SessionKind.SIDE_EVENT
    # the organisers re-file it as a panel, still after the colour: the session follows
    plan = import_calendar(s, data.replace(b"CATEGORIES:Blue Category,Side Event", b"CATEGORIES:Blue Category,Panel"))
    assert [c.detail for c in plan.changes if c.action == "update"] == ["changed: session_kind"]
    assert kinds(s)["One Health in practice"] == SessionKind.PANEL


def test_a_category_that_names_the_kind_in_other_words_gives_the_kind(conference_store):
    """"Coffee Break", "Plenary session", "Pause-café": not a kind's own name, but a telling word in it."""
    s = conference_store
    import_calendar(s, ics(
        event("net", "Networking in the foyer", "20190619T103000", "20190619T110000", "CATEGORIES:Coffee Break"),
        event("fr", "Échange informel", "20190619T153000", "20190619T160000", "CATEGORIES:Pause-café"),
        event("ga", "Adoption of the declaration", "20190620T090000", "20190620T110000",
              "CATEGORIES:Red Category,Plenary session"),
        event("pr", "Ministers meet the press", "20190620T120000", "20190620T123000", "CATEGORIES:Media Relations"),
    ))
    assert kinds(s) == {"Networking in the foyer": SessionKind.BREAK, "Échange informel": SessionKind.BREAK,
                        "Adoption of the declaration": SessionKind.PLENARY, "Ministers meet the press": SessionKind.PRESS}


def test_a_cancelled_session_the_dutch_attendees_go_to_is_kept_and_marked(world):
    """Nobody of ours speaks, but two of ours put it in their day: the organisers' cancellation must not
    delete it from under them — it stays, marked, saying why, until someone deletes it by hand."""
    s = world.store
    panel = event("side", "Side event on vaccines", "20190619T140000", "20190619T150000")
    import_calendar(s, ics(panel))
    [session] = s.sessions.list()
    s.sessions.update(session.evolve(attendee_ids=[world.adviser.id, world.minister.id]))
    plan = import_calendar(s, ics(panel + "\r\nSTATUS:CANCELLED"))
    assert [(c.action, c.detail) for c in plan.changes] == [
        ("keep", "cancelled by the organisers, but kept and marked cancelled: Dutch attendees belong to it; "
                 "delete it by hand")]
    kept = s.sessions.get(session.id)
    assert kept.title == CANCELLED_MARK + "Side event on vaccines"
    assert kept.attendee_ids == [world.adviser.id, world.minister.id]
    assert (kept.start, kept.end) == (local(19, 14), local(19, 15))


def test_a_day_taken_out_of_a_series_stays_for_the_dutch_attendees_who_go(world):
    """The organisers drop the second day of a daily side event (EXDATE); two of ours were going that day."""
    s = world.store
    series = event("side", "Side event on vaccines", "20190619T140000", "20190619T150000", "RRULE:FREQ=DAILY;COUNT=2")
    import_calendar(s, ics(series))
    first, second = sorted(s.sessions.list(), key=lambda x: x.start)
    s.sessions.update(second.evolve(attendee_ids=[world.adviser.id]))
    plan = import_calendar(s, ics(series + "\r\nEXDATE;TZID=Europe/Amsterdam:20190620T140000"))
    assert [(c.action, c.detail) for c in plan.changes] == [
        ("unchanged", ""),
        ("keep", "no longer in the organisers' programme, but kept and marked cancelled: Dutch attendees belong to it; "
                 "delete it by hand")]
    kept = s.sessions.get(second.id)
    assert kept.title == CANCELLED_MARK + "Side event on vaccines" and kept.attendee_ids == [world.adviser.id]
    assert s.sessions.get(first.id).title == "Side event on vaccines"

def test_a_title_and_room_far_too_long_are_cut_and_a_second_import_leaves_them_alone(conference_store):
    """A programme generated with the whole abstract as its title and the venue's address block as its
    location: the session keeps the title's first 1,000 characters, the room its first 200 of name and
    of venue; importing the same file again finds nothing changed."""
    s = conference_store
    title = " ".join(f"word{i:04d}" for i in range(200))  # 1,999 characters
    room = "Hall " + "B" * 295
    venue = "Centre " + "C" * 293
    data = ics(event("long", title, "20190619T090000", "20190619T100000", f"LOCATION:{room}, {venue}"))
    plan = import_calendar(s, data)
    assert plan.summary() == "1 added, 0 updated, 0 removed, 0 unchanged, 0 skipped, 1 new room"
    [session] = s.sessions.list()
    assert session.title == title[:1000] and len(session.title) == 1000
    [stored] = s.rooms.list()
    assert (stored.name, stored.venue) == (room[:200], venue[:200])
    assert session.room_id == stored.id
    again = import_calendar(s, data)
    assert again.summary() == "0 added, 0 updated, 0 removed, 1 unchanged, 0 skipped"
    assert not again.writes
    assert s.sessions.get(session.id).revision == session.revision


def test_a_series_moved_and_shortened_keeps_each_days_session_on_its_own_day(world):
    """The organisers move the daily coffee from 10:30 to 11:00 and drop the first day: the second day's
    session (which two of ours go to) is the one moved, not the first day's taken for it."""
    s = world.store
    coffee = event("coffee", "Coffee", "20190619T103000", "20190619T110000", "RRULE:FREQ=DAILY;COUNT=2")
    import_calendar(s, ics(coffee))
    first, second = sorted(s.sessions.list(), key=lambda x: x.start)
    s.sessions.update(second.evolve(attendee_ids=[world.adviser.id, world.minister.id]))
    moved = event("coffee", "Coffee", "20190619T110000", "20190619T113000", "RRULE:FREQ=DAILY;COUNT=2",
                  "EXDATE;TZID=Europe/Amsterdam:20190619T110000")
    plan = import_calendar(s, ics(moved))
    assert [(c.action, c.detail) for c in plan.changes] == [
        ("update", "changed: start, end, external_uid"), ("delete", "no longer in the organisers' programme")]
    [kept] = s.sessions.list()
    assert kept.id == second.id and (kept.start, kept.end) == (local(20, 11), local(20, 11, 30))
    assert kept.attendee_ids == [world.adviser.id, world.minister.id] and kept.title == "Coffee"
    assert s.sessions.find(first.id) is None


def test_a_kind_named_exactly_in_any_category_wins_over_a_telling_word_in_another(conference_store):
    """"Side Events Track, Panel": a panel of the side-events track is a panel; "Site-Visit" (as some
    registration systems write the kind) is a site visit even though no telling word says so."""
    s = conference_store
    import_calendar(s, ics(
        event("p", "Antibiotics in the food chain", "20190619T140000", "20190619T150000",
              "CATEGORIES:Side Events Track,Panel"),
        event("v", "Erasmus MC laboratory", "20190620T140000", "20190620T170000", "CATEGORIES:Site-Visit"),
    ))
    assert kinds(s) == {"Antibiotics in the food chain": SessionKind.PANEL,
                        "Erasmus MC laboratory": SessionKind.SITE_VISIT}


def test_a_location_naming_the_room_then_its_building_is_that_room(conference_store):
    """"Foyer, Huis ter Duin": the foyer of the hotel — not the hotel, even where the hotel itself is also
    a room of the programme (its dinner); and no new room is made for a room already known."""
    from briefer.model import Room

    s = conference_store
    foyer = s.rooms.add(Room(name="Foyer"))
    s.rooms.add(Room(name="Huis ter Duin"))
    plan = import_calendar(s, ics(event("c", "Coffee", "20190619T103000", "20190619T110000",
                                        "LOCATION:Foyer, Huis ter Duin")))
    assert plan.new_rooms == ()
    [session] = s.sessions.list()
    assert session.room_id == foyer.id
