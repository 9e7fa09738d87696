"""Findings, free-slot reasons, countdowns and bilateral labels read Dutch for a Dutch reader.

Every kind of finding is produced twice from the same store — once in English,
once in Dutch — and the Dutch one is checked for Dutch words and for the
absence of the English ones, with the data's own names (people, rooms,
session titles) blanked out first so "Room A" does not count as English.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from schedule_helpers import local

from briefer.model import Meeting, MeetingStatus, Organisation, Session
from briefer.schedule.conflicts import (
    BILATERAL_DURING_SPEECH,
    INTERPRETER_MISSING,
    OUTSIDE_DAYS,
    OUTSIDE_HOURS,
    PERSON_DOUBLE_BOOKED,
    ROOM_DOUBLE_BOOKED,
    ROOM_UNCONFIRMED,
    WALKING_TIME,
    check_schedule,
    conflicts_for,
)
from briefer.schedule.day import countdown_text, read_day
from briefer.schedule.items import ScheduleIndex, load_schedule
from briefer.schedule.slots import find_slots

#: English words that must not appear in a Dutch sentence.
ENGLISH = ("booked", "walk", "between", "and", "bilateral", "while", "speaking", "chairing", "places", "once",
           "outside", "conference", "hours", "days", "room", "has", "needs", "interpreter", "none", "assigned",
           "confirmed", "organisers", "busy", "break", "minute", "around", "cannot", "after", "before",
           "suitable", "free", "recorded", "head", "delegation", "only", "checked", "takes", "with",
           "is in", "are in")
#: English day and month abbreviations (case matters: Dutch writes "jun" too).
ENGLISH_DATES = ("Wed", "Thu", "Fri", "Jun")


def english_words(text: str, w) -> list[str]:
    for name in ("Bruno Bruins", "Anna Adviseur", "Nila Moeloek", "Agnès Buzyn", "Room A", "Room B",
                 "Plenary hall", "Plenary", "Huis ter Duin"):
        text = text.replace(name, "·")
    found = [word for word in ENGLISH if re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)]
    return found + [word for word in ENGLISH_DATES if re.search(rf"\b{word}\b", text)]


def meeting(w, start, end, *, country="IDN", room=None, **kw) -> Meeting:
    room = room if room is not None else w.room_a
    return w.store.meetings.add(Meeting(
        start=start, end=end, principal_id=w.minister.id, counterpart_country=country,
        room_id=room.id if room else None, status=MeetingStatus.CONFIRMED, **kw))


def session(w, start, end, *, room=None, title="Plenary", **kw) -> Session:
    room = room if room is not None else w.room_far
    return w.store.sessions.add(Session(title=title, start=start, end=end, room_id=room.id, **kw))


def by_code(findings) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in findings:
        out.setdefault(f.code, []).append(f.message)
    return out


@pytest.fixture
def messy(world):
    """A programme with every kind of finding at least once."""
    w = world
    session(w, local(19, 9), local(19, 10, 30), speaker_ids=[w.minister.id])                  # speech
    meeting(w, local(19, 10), local(19, 10, 20))                                               # ...during it
    meeting(w, local(19, 11), local(19, 11, 30), country="FRA", nl_participant_ids=[w.adviser.id])
    meeting(w, local(19, 11, 15), local(19, 11, 45), room=w.room_b, nl_participant_ids=[w.adviser.id])  # two people twice
    session(w, local(19, 11, 40), local(19, 12), room=w.room_b, title="Side event")           # room twice
    meeting(w, local(19, 14), local(19, 14, 20), country="FRA", room_confirmed=False)          # unconfirmed
    meeting(w, local(19, 14, 20), local(19, 14, 40), room=w.room_b)                            # no time to walk
    meeting(w, local(19, 7, 30), local(19, 7, 50), country="FRA", room=False,                  # too early, no room,
            interpreter_language="fr")                                                        # no interpreter
    meeting(w, local(21, 10), local(21, 10, 20), room=w.room_b)                                # not a conference day
    return w


def test_every_kind_of_finding_reads_dutch_with_the_same_codes_and_fields(messy):
    en = check_schedule(load_schedule(messy.store))
    nl = check_schedule(load_schedule(messy.store, lang="nl"))
    kinds = {BILATERAL_DURING_SPEECH, PERSON_DOUBLE_BOOKED, ROOM_DOUBLE_BOOKED, WALKING_TIME, OUTSIDE_DAYS,
             OUTSIDE_HOURS, ROOM_UNCONFIRMED, INTERPRETER_MISSING}
    assert {f.code for f in nl} == kinds
    # the same findings, field for field, only the sentence differs
    strip = [(f.code, f.severity, f.item_ids, f.person_ids, f.room_ids, f.start, f.end) for f in nl]
    assert strip == [(f.code, f.severity, f.item_ids, f.person_ids, f.room_ids, f.start, f.end) for f in en]
    for f_en, f_nl in zip(en, nl):
        assert f_en.message != f_nl.message
        assert english_words(f_nl.message, messy) == [], f_nl.message
    msgs = by_code(nl)
    assert msgs[BILATERAL_DURING_SPEECH] == [
        "Bruno Bruins heeft het bilaterale gesprek 'Bilateraal met Indonesië' (wo 19 jun 10:00–10:20, Room A) "
        "tijdens een spreek- of voorzittersrol bij 'Plenary' (wo 19 jun 09:00–10:30, Plenary hall)"]
    assert any(m.startswith("Anna Adviseur, Bruno Bruins moeten op twee plaatsen tegelijk zijn: "
                            "'Bilateraal met Frankrijk' (wo 19 jun 11:00–11:30, Room A) en "
                            "'Bilateraal met Indonesië'") for m in msgs[PERSON_DOUBLE_BOOKED])
    assert any(m.startswith("zaal Room B is dubbel gereserveerd: ") for m in msgs[ROOM_DOUBLE_BOOKED])
    assert ("Bruno Bruins: 0 min tussen 'Bilateraal met Frankrijk' (wo 19 jun 14:00–14:20, Room A) en "
            "'Bilateraal met Indonesië' (wo 19 jun 14:20–14:40, Room B), maar lopen van Room A naar Room B kost 5 min"
            in msgs[WALKING_TIME])
    assert msgs[OUTSIDE_DAYS] == ["het bilaterale gesprek 'Bilateraal met Indonesië' (vr 21 jun 10:00–10:20) "
                                  "valt buiten de conferentiedagen (19-06-2019 t/m 20-06-2019)"]
    assert msgs[OUTSIDE_HOURS] == ["het bilaterale gesprek 'Bilateraal met Frankrijk' (wo 19 jun 07:30–07:50) "
                                   "valt buiten de conferentietijden (08:00–20:00)"]
    assert sorted(msgs[ROOM_UNCONFIRMED]) == [
        "het bilaterale gesprek 'Bilateraal met Frankrijk' (wo 19 jun 07:30–07:50) heeft nog geen zaal",
        "het bilaterale gesprek 'Bilateraal met Frankrijk' (wo 19 jun 14:00–14:20): "
        "zaal Room A is nog niet door de organisatie bevestigd"]
    assert msgs[INTERPRETER_MISSING] == [
        "het bilaterale gesprek 'Bilateraal met Frankrijk' (wo 19 jun 07:30–07:50) heeft een tolk nodig (fr), "
        "maar er is nog geen tolk toegewezen"]


def test_one_person_double_booked_is_singular_in_dutch(world):
    meeting(world, local(19, 10), local(19, 10, 30))
    meeting(world, local(19, 10, 15), local(19, 10, 45), country="FRA", room=world.room_b)
    [f] = check_schedule(load_schedule(world.store, lang="nl"))
    assert f.code == PERSON_DOUBLE_BOOKED
    assert f.message.startswith("Bruno Bruins moet op twee plaatsen tegelijk zijn: ")


def test_a_moved_candidate_is_checked_in_dutch(world):
    """The timetable's drag check: the same finding as the full check, in the snapshot's language."""
    session(world, local(19, 9), local(19, 10, 30), speaker_ids=[world.minister.id])
    m = meeting(world, local(19, 12), local(19, 12, 20))
    schedule = load_schedule(world.store, lang="nl")
    moved = m.evolve(start=local(19, 10), end=local(19, 10, 20))
    [f] = conflicts_for(moved, ScheduleIndex(schedule))
    assert f.code == BILATERAL_DURING_SPEECH and "tijdens een spreek- of voorzittersrol" in f.message


def test_an_organisation_is_named_by_acronym_in_both_languages(world):
    who = world.store.organisations.add(Organisation(name="World Health Organization", acronym="WHO"))
    world.store.meetings.add(Meeting(start=local(19, 10), end=local(19, 10, 20), principal_id=world.minister.id,
                                     counterpart_organisation_id=who.id, room_id=world.room_a.id,
                                     room_confirmed=False))
    assert "'Bilateraal met WHO'" in check_schedule(load_schedule(world.store, lang="nl"))[0].message
    assert "'Bilateral with WHO'" in check_schedule(load_schedule(world.store))[0].message


def test_free_slot_reasons_and_notes_read_dutch(world):
    s = world.store
    s.sessions.add(Session(title="Opening", start=local(19, 8), end=local(19, 9), room_id=world.room_far.id,
                           speaker_ids=[world.minister.id]))
    from briefer.model import Person

    lnv = s.people.add(Person(given_name="Carola", family_name="Schouten", principal_title="Minister van LNV"))
    s.meetings.add(Meeting(start=local(19, 9, 30), end=local(19, 10), principal_id=lnv.id,
                           counterpart_country="IDN", room_id=world.room_a.id, status=MeetingStatus.CONFIRMED))
    for room in (world.room_a, world.room_b):
        s.sessions.add(Session(title="Busy", start=local(20, 8), end=local(20, 12), room_id=room.id))
    index = ScheduleIndex(load_schedule(s, lang="nl"))
    r = find_slots(index, world.minister.id, country="IDN", limit=2)
    reasons = [x.reason for x in r.rejected]
    assert "Bruno Bruins is bezet: 'Opening' (wo 19 jun 08:00–09:00, Plenary hall)" in reasons
    assert ("Bruno Bruins kan na 'Opening' (wo 19 jun 08:00–09:00, Plenary hall) niet op tijd van Plenary hall "
            "naar Room A lopen (30 min)") in reasons
    assert any(x.startswith("Nila Moeloek heeft een pauze van 5 minuten nodig rond 'Bilateraal met Indonesië'")
               for x in reasons)
    r = find_slots(index, world.minister.id, country="IDN", day=date(2019, 6, 20), limit=1)
    assert r.rejected[0].reason == "er is geen geschikte zaal vrij"
    r = find_slots(index, world.minister.id, country="DEU", limit=1)
    assert r.notes == ("voor Duitsland is geen delegatieleider vastgelegd; "
                       "alleen de agenda van de bewindspersoon is bekeken",)
    for reason in [x.reason for x in find_slots(index, world.minister.id, country="IDN", limit=2).rejected]:
        assert english_words(reason, world) == [], reason
    with pytest.raises(ValueError, match="21-06-2019 is geen conferentiedag"):
        find_slots(index, world.minister.id, country="IDN", day=date(2019, 6, 21))
    with pytest.raises(ValueError, match="past niet binnen de conferentietijden"):
        find_slots(index, world.minister.id, country="IDN", duration=timedelta(hours=13))


def test_countdown_in_dutch_and_english():
    assert countdown_text(timedelta(minutes=75), "nl") == "1 u 15 min"
    assert countdown_text(timedelta(minutes=64, seconds=1), "nl") == "1 u 05 min"
    assert countdown_text(timedelta(seconds=30), "nl") == "1 min"
    assert countdown_text(timedelta(minutes=75)) == "1 h 15 min"


def test_todays_conflicts_are_in_the_language_asked_for(world):
    session(world, local(19, 9), local(19, 10, 30), speaker_ids=[world.minister.id])
    meeting(world, local(19, 10), local(19, 10, 20))
    tz = local(19, 0).tzinfo
    nl = read_day(world.store, world.minister.id, local(19, 8), None, date(2019, 6, 19), tz, lang="nl")
    en = read_day(world.store, world.minister.id, local(19, 8), None, date(2019, 6, 19), tz)
    assert [f.code for f in nl.conflicts] == [f.code for f in en.conflicts] == [BILATERAL_DURING_SPEECH]
    assert "'Bilateraal met Indonesië'" in nl.conflicts[0].message
    assert "'Bilateral with Indonesia'" in en.conflicts[0].message


def test_an_unknown_language_is_refused(world):
    with pytest.raises(ValueError, match="unknown language 'de'"):
        load_schedule(world.store, lang="de")
