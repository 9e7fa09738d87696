"""The exported calendar as a calendar program reads it: what the file says, not only that it parses.

Each test exports a minister's programme from a real store file and reads the bytes back with
icalendar (as Outlook, Google or Thunderbird would import them): the calendar's name and zone,
each event's times in the conference's zone, its status, free/busy, text and classification,
UIDs that stay the same from one export to the next, and the file's RFC 5545 form (CRLF, lines
folded at 75 octets, commas, semicolons and newlines escaped).
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from schedule_helpers import local

from briefer.model import (
    Classification,
    Conference,
    Meeting,
    MeetingStatus,
    Person,
    Room,
    Session,
    SessionKind,
    SpeakerNote,
)
from briefer.schedule.ics_export import export_calendar, record_id_from_uid, uid_for
from briefer.schedule.items import load_schedule

CALENDARS = Path(__file__).parent / "data"  # real files from Outlook, Google, Thunderbird (data/README.md)
NOW = datetime(2019, 6, 18, 20, 15, tzinfo=timezone.utc)


def export(w, **kw) -> bytes:
    return export_calendar(load_schedule(w.store, with_briefs=True), w.minister.id, now=NOW, **kw)


def read(data: bytes) -> tuple[icalendar.Calendar, dict[str, icalendar.Event]]:
    cal = icalendar.Calendar.from_ical(data)
    return cal, {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}


def test_the_calendar_is_named_for_the_minister_and_published_in_the_conference_zone(world):
    s = world.store
    s.sessions.add(Session(title="Opening plenary", start=local(19, 9), end=local(19, 10), speaker_ids=[world.minister.id]))
    cal, _ = read(export(world))
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["PRODID"]).startswith("-//Briefer//Briefer ")
    assert str(cal["CALSCALE"]) == "GREGORIAN"
    assert str(cal["METHOD"]) == "PUBLISH"  # a published calendar, not a meeting request to answer
    assert str(cal["X-WR-CALNAME"]) == "Test conference — Bruno Bruins"
    assert str(cal["X-WR-TIMEZONE"]) == "Europe/Amsterdam"


def test_a_session_the_minister_speaks_at_as_the_calendar_shows_it(world):
    s, minister = world.store, world.minister
    chair = s.people.add(Person(given_name="Tedros", family_name="Ghebreyesus", country="ETH"))
    other = world.idn_minister
    session = s.sessions.add(Session(
        title="Side event: AMR in Asia", session_kind=SessionKind.SIDE_EVENT, start=local(19, 13), end=local(19, 14),
        room_id=world.room_a.id, chair_id=chair.id, speaker_ids=[other.id, minister.id],
        description="Organised by Indonesia",
        speaker_notes=[SpeakerNote(person_id=minister.id, role="Reply, 3 min", notes="Thank Indonesia"),
                       SpeakerNote(person_id=other.id, role="Keynote", notes="Indonesia's own lines")]))
    _, evs = read(export(world))
    ev = evs["Side event: AMR in Asia"]
    assert str(ev["UID"]) == uid_for(session.id)
    assert ev.decoded("DTSTART") == local(19, 13) and ev.decoded("DTEND") == local(19, 14)
    assert ev.decoded("DTSTAMP") == NOW
    # when the record was made and last changed, to the second (what iCalendar keeps)
    assert ev.decoded("CREATED") == session.created_at.replace(microsecond=0)
    assert ev.decoded("LAST-MODIFIED") == session.updated_at.replace(microsecond=0)
    assert str(ev["STATUS"]) == "CONFIRMED"
    assert str(ev["TRANSP"]) == "OPAQUE"  # busy: nobody books the minister over it
    assert ev["CATEGORIES"].cats == ["side event"]
    assert str(ev["LOCATION"]) == "Room A, Huis ter Duin"
    assert str(ev["CLASS"]) == "PUBLIC"
    assert str(ev["DESCRIPTION"]) == (
        "Organised by Indonesia\n\nReply, 3 min\n\nSpeaking notes:\nThank Indonesia\n\n"
        "Chair: Tedros Ghebreyesus\n\nSpeakers: Nila Moeloek, Bruno Bruins")  # never the other speaker's notes


def test_a_classified_session_is_marked_in_the_calendar_and_left_out_of_a_public_one(world):
    s, minister = world.store, world.minister
    s.sessions.add(Session(title="Closed ministerial", start=local(20, 9), end=local(20, 10), speaker_ids=[minister.id],
                           classification=Classification.DEP_VERTROUWELIJK, description="The line on funding",
                           speaker_notes=[SpeakerNote(person_id=minister.id, role="Lead", notes="Hold at 5 %")]))
    s.sessions.add(Session(title="Coffee", session_kind=SessionKind.BREAK, start=local(20, 10), end=local(20, 10, 30),
                           attendee_ids=[minister.id]))
    _, evs = read(export(world))
    closed = evs["Closed ministerial"]
    assert str(closed["DESCRIPTION"]) == (
        "Dep. VERTROUWELIJK\n\nThe line on funding\n\nLead\n\nSpeaking notes:\nHold at 5 %\n\nSpeakers: Bruno Bruins")
    assert str(closed["CLASS"]) == "CONFIDENTIAL"
    assert "DESCRIPTION" not in evs["Coffee"]  # nothing to say: no empty description
    assert str(evs["Coffee"]["CLASS"]) == "PUBLIC"

    data = export(world, public=True)
    _, evs = read(data)
    closed = evs["Closed ministerial"]
    assert str(closed["DESCRIPTION"]) == "(classified content left out)\n\nSpeakers: Bruno Bruins"
    assert str(closed["CLASS"]) == "PUBLIC"
    for secret in (b"funding", b"Hold at", b"VERTROUWELIJK", b"Lead"):
        assert secret not in data


@pytest.mark.parametrize("status, shown", [
    (MeetingStatus.REQUESTED, "TENTATIVE"), (MeetingStatus.CONFIRMED, "CONFIRMED"),
    (MeetingStatus.HELD, "CONFIRMED"), (MeetingStatus.CANCELLED, "CANCELLED"),
])
def test_a_bilaterals_status_as_the_calendar_shows_it(world, status, shown):
    world.store.meetings.add(Meeting(start=local(19, 11), end=local(19, 11, 30), principal_id=world.minister.id,
                                     counterpart_country="FRA", status=status))
    _, evs = read(export(world))
    assert str(evs["Bilateral with France"]["STATUS"]) == shown


def test_a_requested_bilateral_in_an_unconfirmed_room_with_an_interpreter_to_be_found(world):
    s = world.store
    side_room = s.rooms.add(Room(name="Meeting room 3"))  # no venue recorded
    m = s.meetings.add(Meeting(start=local(19, 15), end=local(19, 15, 30), principal_id=world.minister.id,
                               nl_participant_ids=[world.adviser.id], counterpart_country="IDN",
                               room_id=side_room.id, room_confirmed=False, interpreter_language="id"))
    _, evs = read(export(world))
    ev = evs["Bilateral with Indonesia"]
    assert str(ev["UID"]) == uid_for(m.id)
    assert str(ev["LOCATION"]) == "Meeting room 3"
    assert ev["CATEGORIES"].cats == ["bilateral"]
    assert str(ev["TRANSP"]) == "OPAQUE" and str(ev["CLASS"]) == "PUBLIC"
    assert str(ev["DESCRIPTION"]) == (
        "Counterpart: Indonesia\n\nParticipants: Anna Adviseur, Bruno Bruins, Nila Moeloek\n\n"
        "Interpreter (Indonesian): to be assigned\n\nRoom not yet confirmed")
    s.meetings.update(s.meetings.get(m.id).evolve(room_confirmed=True, interpreter_name="Sari Dewi"))
    _, evs = read(export(world))
    assert str(evs["Bilateral with Indonesia"]["DESCRIPTION"]) == (
        "Counterpart: Indonesia\n\nParticipants: Anna Adviseur, Bruno Bruins, Nila Moeloek\n\n"
        "Interpreter (Indonesian): Sari Dewi")


def test_uids_stay_the_same_from_one_export_to_the_next_and_are_recognised_as_ours(world):
    s = world.store
    s.sessions.add(Session(title="Opening plenary", start=local(19, 9), end=local(19, 10), speaker_ids=[world.minister.id]))
    s.meetings.add(Meeting(start=local(19, 11), end=local(19, 11, 30), principal_id=world.minister.id,
                           counterpart_country="FRA"))
    first = {str(e["UID"]) for e in icalendar.Calendar.from_ical(export(world)).walk("VEVENT")}
    s.sessions.add(Session(title="Closing", start=local(20, 16), end=local(20, 17), speaker_ids=[world.minister.id]))
    second = {str(e["UID"]) for e in icalendar.Calendar.from_ical(export(world)).walk("VEVENT")}
    assert len(first) == 2 and first < second  # the same events keep their UIDs: Outlook updates, never copies
    ids = {r.id for r in (*s.sessions.list(), *s.meetings.list())}
    assert {record_id_from_uid(u) for u in second} == ids


def test_uids_written_by_other_calendar_programs_are_not_taken_for_ours():
    uids = []
    for path in sorted(CALENDARS.glob("*.ics")):
        try:
            cal = icalendar.Calendar.from_ical(path.read_bytes())
        except Exception:  # a broken file from the collection: nothing to read
            continue
        uids += [str(e["UID"]) for e in cal.walk("VEVENT") if "UID" in e]
    assert len(uids) > 10
    assert [u for u in uids if record_id_from_uid(u) is not None] == []
    record = "6f1c2a4e-8b0d-4c55-9a51-0d2e3f4a5b6c"
    assert record_id_from_uid(f"{record}@briefer") == record
    assert record_id_from_uid(f"{record}@google.com") is None  # another program's domain
    assert record_id_from_uid(f"{record[:-1]}@briefer") is None  # not a record id
    assert record_id_from_uid(record) is None  # no domain at all


def test_times_are_in_the_conferences_own_zone_wherever_it_is(store):
    ny = ZoneInfo("America/New_York")
    store.conference_repo.add(Conference(name="UN General Assembly", start_date=date(2019, 9, 23),
                                         end_date=date(2019, 9, 27), city="New York", timezone="America/New_York"))
    p = store.people.add(Person(given_name="Sigrid", family_name="Kaag", country="NLD"))
    store.sessions.add(Session(title="High-level meeting on UHC", start=datetime(2019, 9, 23, 9, tzinfo=ny),
                               end=datetime(2019, 9, 23, 12, 30, tzinfo=ny), speaker_ids=[p.id]))
    data = export_calendar(load_schedule(store), p.id, now=NOW)
    assert b"DTSTART;TZID=America/New_York:20190923T090000\r\n" in data
    assert b"DTEND;TZID=America/New_York:20190923T123000\r\n" in data
    cal, evs = read(data)
    assert [str(t["TZID"]) for t in cal.walk("VTIMEZONE")] == ["America/New_York"]
    start = evs["High-level meeting on UHC"].decoded("DTSTART")
    assert start.astimezone(timezone.utc) == datetime(2019, 9, 23, 13, tzinfo=timezone.utc)


def test_a_zone_without_a_yearly_rule_gets_a_vtimezone_that_covers_the_conference(store):
    """Tehran's changes follow the Persian calendar: no yearly rule, so the exact form for the years around."""
    tehran = ZoneInfo("Asia/Tehran")
    store.conference_repo.add(Conference(name="Tehran meeting", start_date=date(2019, 6, 19),
                                         end_date=date(2019, 6, 20), timezone="Asia/Tehran"))
    p = store.people.add(Person(given_name="Bruno", family_name="Bruins", country="NLD"))
    store.sessions.add(Session(title="Opening", start=datetime(2019, 6, 19, 9, tzinfo=tehran),
                               end=datetime(2019, 6, 19, 10, tzinfo=tehran), speaker_ids=[p.id]))
    cal, evs = read(export_calendar(load_schedule(store), p.id, now=NOW))
    (vtz,) = cal.walk("VTIMEZONE")
    assert str(vtz["TZID"]) == "Asia/Tehran"
    written = vtz.to_tz(lookup_tzid=False)  # the file's own rules, not icalendar's database
    # the year before to the year after: summer (+04:30) and winter (+03:30) in each
    for moment in (datetime(2018, 1, 1, tzinfo=timezone.utc), datetime(2018, 7, 1, tzinfo=timezone.utc),
                   datetime(2019, 6, 19, 5, tzinfo=timezone.utc), datetime(2020, 7, 1, tzinfo=timezone.utc),
                   datetime(2020, 12, 31, tzinfo=timezone.utc)):
        assert moment.astimezone(written).utcoffset() == moment.astimezone(tehran).utcoffset(), moment
    start = evs["Opening"].decoded("DTSTART")
    assert start.replace(tzinfo=written).astimezone(timezone.utc) == datetime(2019, 6, 19, 4, 30, tzinfo=timezone.utc)


def test_the_file_is_folded_and_escaped_as_rfc_5545_requires(world):
    s, minister = world.store, world.minister
    title = "Ministers' dialogue; AMR, One Health and the \\ of \"access\""
    description = ("Bespreekpunten voor de minister: één gezondheid, financiering, coördinatie met de "
                   "Wereldgezondheidsorganisatie; daarna een vraag-en-antwoordsessie met ngo's, 10 min.\n"
                   "Tweede regel: „samenwerking” – ‘Ελλάδα’ en 日本 en 🇳🇱.")
    room = s.rooms.add(Room(name="Zaal 1, begane grond", venue="World Forum; Den Haag"))
    s.sessions.add(Session(title=title, start=local(19, 16), end=local(19, 17), room_id=room.id,
                           speaker_ids=[minister.id], description=description))
    data = export(world)
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")  # every line ends CRLF
    lines = data.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in lines), max(lines, key=len)
    for line in lines:
        line.decode("utf-8")  # a fold never splits a character
    assert sum(line.startswith(b" ") for line in lines) >= 3  # the long lines were folded, not cut
    unfolded = data.replace(b"\r\n ", b"")
    assert b"SUMMARY:Ministers' dialogue\\; AMR\\, One Health and the \\\\ of \"access\"\r\n" in unfolded
    assert b"LOCATION:Zaal 1\\, begane grond\\, World Forum\\; Den Haag\r\n" in unfolded
    assert b"10 min.\\nTweede regel" in unfolded
    _, evs = read(data)
    ev = evs[title]  # read back exactly as written
    assert str(ev["LOCATION"]) == "Zaal 1, begane grond, World Forum; Den Haag"
    assert str(ev["DESCRIPTION"]) == description + "\n\nSpeakers: Bruno Bruins"


def test_exporting_again_later_with_nothing_changed_for_the_minister_keeps_every_sequence(world, monkeypatch):
    """Outlook treats a higher SEQUENCE as an update to accept. Exported again the next morning with
    nothing changed, or after a change to the bilateral that its event does not show (the press line),
    SEQUENCE stays as it was: only DTSTAMP (when exported) and LAST-MODIFIED move."""
    from briefer.model import MeetingBrief, Objective
    from briefer.schedule.ics_register import ExportRegister

    s = world.store
    m = s.meetings.add(Meeting(start=local(19, 11), end=local(19, 11, 30), principal_id=world.minister.id,
                               counterpart_country="FRA", status=MeetingStatus.CONFIRMED))
    brief = s.meeting_briefs.add(MeetingBrief(meeting_id=m.id, objectives=[Objective(text="Agree on AMR")]))
    register = ExportRegister()

    def export_at(moment):
        data = export_calendar(load_schedule(s, with_briefs=True), world.minister.id, now=moment, register=register)
        (ev,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
        return ev

    export_at(NOW)
    for text in ("Agree on AMR and vaccines", "Agree on AMR, vaccines and a twinning"):  # the brief, twice
        brief = s.meeting_briefs.update(s.meeting_briefs.get(brief.id).evolve(objectives=[Objective(text=text)]))
        before = export_at(NOW)
    assert int(before["SEQUENCE"]) == 3  # the bilateral's own record is still at revision 1
    morning = datetime(2019, 6, 19, 6, 30, 7, tzinfo=timezone.utc)
    again = export_at(morning)
    assert again.decoded("DTSTAMP") == morning and int(again["SEQUENCE"]) == 3
    saved = datetime(2019, 6, 19, 6, 12, 41, tzinfo=timezone.utc)  # the press line, saved that morning
    monkeypatch.setattr("briefer.store.repository.utcnow", lambda: saved)
    s.meetings.update(s.meetings.get(m.id).evolve(press_line="A constructive meeting"))
    after = export_at(morning)
    assert after.decoded("LAST-MODIFIED") == saved != before.decoded("LAST-MODIFIED")
    assert int(after["SEQUENCE"]) == 3


def test_a_fingerprint_kept_in_the_database_still_matches_the_same_event_after_an_upgrade():
    """The export register in the database keeps, per event, a fingerprint of what it showed. If the
    fingerprint of an unchanged event came out different after an upgrade, every event of every
    calendar would get SEQUENCE + 1 at the next export, and Outlook would show them all as updated.
    The value below is what this version stores for that event: it must not change."""
    from briefer.schedule.ics_export import fingerprint

    ams = ZoneInfo("Europe/Amsterdam")
    ev = icalendar.Event()
    ev.add("uid", "0b6d2c4e-1f3a-4b5c-8d9e-0a1b2c3d4e5f@briefer")
    ev.add("dtstamp", datetime(2019, 6, 18, 20, 15, tzinfo=timezone.utc))
    ev.add("summary", "Bilateral with Indonesia")
    ev.add("dtstart", datetime(2019, 6, 19, 11, tzinfo=ams))
    ev.add("dtend", datetime(2019, 6, 19, 11, 20, tzinfo=ams))
    ev.add("status", "CONFIRMED")
    assert fingerprint(ev) == "b82bedfc6c640a39ef5a3249210e611e"
    ev.add("sequence", 4)  # written after the fingerprint is taken, and not part of it anyway
    ev.add("last-modified", datetime(2019, 6, 18, 9, 0, tzinfo=timezone.utc))
    assert fingerprint(ev) == "b82bedfc6c640a39ef5a3249210e611e"


def test_a_dutch_export_reads_in_dutch_from_the_title_to_the_last_line(world):
    """``briefer ics --lang nl``: the minister's phone shows one language, not Dutch titles above
    English lines — the counterpart country, the interpreter's language and every line's words."""
    from briefer.model import CountryBrief, Fact, MeetingBrief, Objective

    s, minister = world.store, world.minister
    chair = s.people.add(Person(given_name="Tedros", family_name="Ghebreyesus", country="ETH"))
    s.sessions.add(Session(title="Slotzitting", start=local(20, 16), end=local(20, 17), chair_id=chair.id,
                           speaker_ids=[minister.id],
                           speaker_notes=[SpeakerNote(person_id=minister.id, role="Afsluiting", notes="Dank")]))
    s.sessions.add(Session(title="Besloten overleg", start=local(20, 9), end=local(20, 10), speaker_ids=[minister.id],
                           classification=Classification.DEP_VERTROUWELIJK, description="De lijn over financiering"))
    m = s.meetings.add(Meeting(start=local(19, 15), end=local(19, 15, 30), principal_id=minister.id,
                               counterpart_country="IDN", room_confirmed=False, interpreter_language="id"))
    s.meeting_briefs.add(MeetingBrief(meeting_id=m.id, objectives=[Objective(text="Samenwerking afspreken")]))
    s.country_briefs.add(CountryBrief(country="IDN", facts=[Fact(label="Inwoners", value="270 miljoen")]))

    def dutch(**kw):
        data = export_calendar(load_schedule(s, with_briefs=True, lang="nl"), minister.id, now=NOW, **kw)
        return read(data)[1]

    evs = dutch()
    assert str(evs["Bilateraal met Indonesië"]["DESCRIPTION"]) == (
        "Gesprekspartner: Indonesië\n\nDeelnemers: Bruno Bruins, Nila Moeloek\n\n"
        "Tolk (Indonesisch): nog toe te wijzen\n\nZaal nog niet bevestigd\n\n"
        "Doelen:\n- Samenwerking afspreken\n\nKernfeiten:\n- Inwoners: 270 miljoen")
    assert str(evs["Slotzitting"]["DESCRIPTION"]) == (
        "Afsluiting\n\nSpreektekst:\nDank\n\nVoorzitter: Tedros Ghebreyesus\n\nSprekers: Bruno Bruins")
    public = dutch(public=True)
    assert str(public["Besloten overleg"]["DESCRIPTION"]) == (
        "(gerubriceerde inhoud weggelaten)\n\nSprekers: Bruno Bruins")


def test_edits_the_calendar_never_shows_leave_the_event_as_it_was_however_many(world):
    """An adviser rewrites the press line of a bilateral three times after sending the minister's
    calendar. The event reads the same, so the next export must not present it as updated
    (Outlook shows a higher SEQUENCE as a change to accept). When the time then moves, the
    update goes out above everything written before, at least at the record's revision."""
    from briefer.schedule.ics_register import ExportRegister

    s, register = world.store, ExportRegister()
    m = s.meetings.add(Meeting(start=local(19, 11), end=local(19, 11, 30), principal_id=world.minister.id,
                               counterpart_country="FRA", status=MeetingStatus.CONFIRMED))

    def sequence() -> int:
        data = export_calendar(load_schedule(s, with_briefs=True), world.minister.id, now=NOW, register=register)
        (ev,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
        return int(ev["SEQUENCE"])

    assert sequence() == 1
    for line in ("Constructive", "A constructive meeting", "A constructive and open meeting"):
        s.meetings.update(s.meetings.get(m.id).evolve(press_line=line))
    assert s.meetings.get(m.id).revision == 4
    assert sequence() == 1
    s.meetings.update(s.meetings.get(m.id).evolve(start=local(19, 12), end=local(19, 12, 30)))
    assert sequence() == 5  # the record's revision: what an export without the register would write
