"""Reading a bilateral's chapter, or a country brief, on screen (schedule/reading.py), without the window:
what the page says — the facts at the top of the sheet, who sits where, the biographies, the marking,
the release line, the banner of a cancelled meeting — as an advisor checks it before the pack is printed."""

from __future__ import annotations

from briefer.model import (
    BackgroundItem,
    Classification,
    CountryBrief,
    DefensiveLine,
    Meeting,
    MeetingBrief,
    MeetingStatus,
    Organisation,
    Outcome,
    Person,
)
from briefer.model.topics import Indicator, TopicProfile, TopicValue
from briefer.schedule.reading import country_reading, meeting_reading
from tests.conftest import utc


def rows(reading) -> dict[str, str]:
    [sheet] = [b for b in reading.parts[0].blocks if b.key == "sheet"]
    return dict(sheet.items)


def block(part, key):
    found = [b for b in part.blocks if b.key == key]
    return found[0] if found else None


def bilateral(world, **kw) -> Meeting:
    fields = dict(principal_id=world.minister.id, counterpart_country="IDN", counterpart_ids=[world.idn_minister.id],
                  start=utc(2019, 6, 19, 8, 45), end=utc(2019, 6, 19, 9, 15))
    fields.update(kw)
    return world.store.meetings.add(Meeting(**fields))


def test_the_sheet_names_everyone_once_with_their_position_and_the_note_taker_as_such(world):
    s = world.store
    who = s.organisations.add(Organisation(name="World Health Organization", acronym="WHO"))
    aide = s.people.add(Person(given_name="Dewi", family_name="Lestari", country="IDN", position="Chief of staff",
                               biography="Long at the ministry.", pronunciation="DAY-wee", organisation_id=who.id))
    unknown = s.people.add(Person(given_name="Raka", family_name="Putra", country="IDN"))  # no position, no biography
    taker = s.people.add(Person(given_name="Nora", family_name="Notulist", country="NLD", position="Policy officer"))
    m = bilateral(world, nl_participant_ids=[world.minister.id, world.adviser.id], note_taker_id=taker.id,
                  counterpart_ids=[world.idn_minister.id, aide.id, unknown.id], room_id=world.room_a.id,
                  room_confirmed=False, interpreter_language="id", interpreter_name="Sari")
    s.meeting_briefs.add(MeetingBrief(meeting_id=m.id, lead_id=world.adviser.id,
                                      photo_opportunity="Handshake at the start"))
    r = rows(meeting_reading(s, m.id, "en"))
    assert r == {
        "Time": "Wednesday 19 June 2019, 10:45–11:15",
        "Room": "Room A — provisional, to be confirmed",
        "Status": "requested",
        # the principal once (also listed among the participants), by title; a participant without one by name;
        # the note-taker last, saying so
        "Netherlands": "Bruno Bruins (Minister voor Medische Zorg)\nAnna Adviseur\n"
                       "Nora Notulist (Note-taker, Policy officer)",
        "Counterpart": "Nila Moeloek\nDewi Lestari (Chief of staff)\nRaka Putra",
        "Interpreter": "Indonesian — Sari",
        "Leads the conversation": "Anna Adviseur",
        "Photo opportunity": "Handshake at the start",
    }
    reading = meeting_reading(s, m.id, "en")
    bios = reading.parts[-1].blocks[0]
    # only a counterpart with a position or a biography; where they come from beside the position
    assert bios.key == "biographies" and bios.items == (
        ("Dewi Lestari", "Chief of staff, World Health Organization (WHO), Indonesia", "Pronunciation: DAY-wee",
         "Long at the ministry."),)


def test_a_counterpart_known_only_by_country_and_one_without_a_country(world):
    s = world.store
    envoy = s.people.add(Person(given_name="Budi", family_name="Santoso", country="IDN", position="Envoy"))
    stateless = s.people.add(Person(given_name="Ana", family_name="Lima", position="Rapporteur"))
    m = bilateral(world, counterpart_ids=[envoy.id, stateless.id])
    reading = meeting_reading(s, m.id, "nl")
    assert rows(reading)["Gesprekspartner"] == "Budi Santoso (Envoy)\nAna Lima (Rapporteur)"
    assert rows(reading)["Tolk"] == "nog te bevestigen" and "Voert het woord" not in rows(reading)
    assert "Fotomoment" not in rows(reading)
    bios = reading.parts[-1].blocks[0]
    assert [(name, where) for name, where, *_ in bios.items] == [("Budi Santoso", "Envoy, Indonesië"),
                                                                 ("Ana Lima", "Rapporteur")]


def test_a_name_in_its_own_script_stands_beside_the_latin_one(world):
    s = world.store
    jp = s.people.add(Person(given_name="Tarō", family_name="Yamada", family_name_first=True, native_name="山田太郎",
                             country="JPN", position="Vice-Minister"))
    same = s.people.add(Person(given_name="Kim", family_name="Lee", native_name="Kim Lee", country="JPN"))
    m = bilateral(world, counterpart_country="JPN", counterpart_ids=[jp.id, same.id])
    assert rows(meeting_reading(s, m.id, "en"))["Counterpart"] == "Yamada Tarō (山田太郎) (Vice-Minister)\nKim Lee"


def test_the_chapter_carries_the_highest_marking_of_meeting_brief_and_country_brief(world):
    s = world.store
    m = bilateral(world, classification=Classification.DEP_VERTROUWELIJK)
    s.country_briefs.add(CountryBrief(country="IDN", summary="Indonesia co-leads the AMR action package.",
                                      classification=Classification.STG_CONFIDENTIEEL))
    reading = meeting_reading(s, m.id, "en")
    assert reading.classification == Classification.STG_CONFIDENTIEEL
    assert reading.marking == "Stg. CONFIDENTIEEL" and reading.marking_label == "Classification of this chapter"
    alone = bilateral(world, counterpart_country="FRA", classification=Classification.DEP_VERTROUWELIJK,
                      counterpart_ids=[world.fra_minister.id])
    assert meeting_reading(s, alone.id, "en").classification == Classification.DEP_VERTROUWELIJK


def test_the_release_line_is_the_briefs_and_only_a_written_brief_has_one(world):
    s = world.store
    m = bilateral(world)
    assert meeting_reading(s, m.id, "en").parts[0].release == ""
    s.meeting_briefs.add(MeetingBrief(meeting_id=m.id, author="Anna Adviseur", point="Get the twinning signed"))
    release = meeting_reading(s, m.id, "en").parts[0].release
    assert release.startswith("Brief status: draft · Author: Anna Adviseur · ")


def test_a_cancelled_meeting_says_so_above_its_sheet_and_a_held_one_does_not(world):
    s = world.store
    cancelled = bilateral(world, status=MeetingStatus.CANCELLED)
    held = bilateral(world, status=MeetingStatus.HELD, start=utc(2019, 6, 20, 8), end=utc(2019, 6, 20, 8, 30))
    assert meeting_reading(s, cancelled.id, "en").parts[0].banner == "CANCELLED — this meeting will not take place"
    assert meeting_reading(s, cancelled.id, "nl").parts[0].banner == "GEANNULEERD — dit gesprek gaat niet door"
    assert meeting_reading(s, held.id, "en").parts[0].banner == ""
    assert rows(meeting_reading(s, held.id, "en"))["Status"] == "held"


def test_without_a_meeting_brief_the_country_briefs_messages_are_read_and_said_to_be_so(world):
    s = world.store
    m = bilateral(world)
    s.country_briefs.add(CountryBrief(country="IDN", summary="Indonesia co-leads the AMR action package.",
                                      key_messages=["Thank Indonesia for its leadership"]))
    sheet = meeting_reading(s, m.id, "en").parts[0]
    assert block(sheet, "brief_from_country").items == (
        "No meeting brief has been written yet; the messages and points below come from the country brief.",)
    assert block(sheet, "key_messages").items == ("Thank Indonesia for its leadership",)
    assert block(sheet, "no_brief") is None
    # the country part of the chapter does not say them again (they stand in the sheet, as in the pack)
    country = meeting_reading(s, m.id, "en").parts[1]
    assert country.title == "Country brief: Indonesia"
    assert [b.key for b in country.blocks] == ["official_name", "summary"]  # "Republic of Indonesia"
    # defensive lines alone are enough to read the country's lines
    jpn = bilateral(world, counterpart_country="JPN", counterpart_ids=[])
    s.country_briefs.add(CountryBrief(country="JPN", defensive_lines=[
        DefensiveLine(question="Why no Dutch pledge?", answer="We fund through the WHO.")]))
    sheet = meeting_reading(s, jpn.id, "en").parts[0]
    assert block(sheet, "brief_from_country") is not None
    assert block(sheet, "defensive_lines").items == (("Why no Dutch pledge?", "We fund through the WHO."),)
    # a country brief with nothing to say in the meeting: "no brief has been written"
    fra = bilateral(world, counterpart_country="FRA", counterpart_ids=[world.fra_minister.id])
    s.country_briefs.add(CountryBrief(country="FRA", summary="France chairs the G7 this year."))
    sheet = meeting_reading(s, fra.id, "en").parts[0]
    assert block(sheet, "no_brief").items == ("No brief has been written for this meeting yet.",)
    assert block(sheet, "brief_from_country") is None


def test_the_form_being_edited_is_read_instead_of_the_stored_brief(world):
    s = world.store
    m = bilateral(world)
    stored = s.meeting_briefs.add(MeetingBrief(meeting_id=m.id, point="Stored point", author="Anna Adviseur"))
    editing = stored.model_copy(update={"point": "Point being typed", "photo_opportunity": "Pool press"})
    reading = meeting_reading(s, m.id, "en", editing)
    assert block(reading.parts[0], "point").items == ("Point being typed",)
    assert rows(reading)["Photo opportunity"] == "Pool press"
    assert reading.parts[0].release.startswith("Brief status: draft · Author: Anna Adviseur")


def test_what_was_agreed_in_earlier_meetings_with_the_country_is_on_the_sheet(world):
    s = world.store
    first = bilateral(world, start=utc(2019, 6, 19, 7), end=utc(2019, 6, 19, 7, 30), status=MeetingStatus.HELD)
    s.outcomes.add(Outcome(meeting_id=first.id, text="Twinning agreed in principle"))
    later = bilateral(world, start=utc(2019, 6, 20, 7), end=utc(2019, 6, 20, 7, 30))
    assert block(meeting_reading(s, later.id, "en").parts[0], "previous_outcomes").items == (
        ("19 June 2019 — Bilateral with Indonesia", "Twinning agreed in principle"),)
    assert block(meeting_reading(s, first.id, "en").parts[0], "previous_outcomes") is None


def test_a_country_brief_read_on_its_own(world):
    s = world.store
    assert country_reading(s, "IDN", "en") is None  # none yet: the form opens instead
    profile = s.topic_profiles.add(TopicProfile(name_en="AMR", indicators=[
        Indicator(name_en="National action plan"), Indicator(name_en="Region", in_brief=False)]))
    plan, region = profile.indicators
    s.topic_values.add(TopicValue(profile_id=profile.id, indicator_id=plan.id, country="IDN", value="Adopted 2017",
                                  source="WHO", year=2018))
    s.topic_values.add(TopicValue(profile_id=profile.id, indicator_id=region.id, country="IDN", value="SEARO"))
    s.country_briefs.add(CountryBrief(country="IDN", summary="Indonesia co-leads the AMR action package.",
                                      key_messages=["Thank Indonesia"], classification=Classification.DEP_VERTROUWELIJK,
                                      background=[BackgroundItem(text="Cabinet reshuffle expected", usable=False)]))
    reading = country_reading(s, "IDN", "en")
    [part] = reading.parts
    assert part.title == "Country brief: Indonesia" and part.release.startswith("Brief status: draft · ")
    assert reading.marking == "Dep. VERTROUWELIJK" and reading.marking_label == "Classification of this chapter"
    topics = [b.items[0] for b in part.blocks if b.key == "topic"]
    assert [(t.heading, t.value, t.source) for t in topics] == [("National action plan", "Adopted 2017", "WHO, 2018")]
    # the lines printed in each bilateral's sheet, read here too, after a note saying so
    keys = [b.key for b in part.blocks]
    assert keys.index("lines_note") < keys.index("key_messages") < keys.index("background")
    assert block(part, "background").secret == ("Cabinet reshuffle expected",)
    # the form's version, not saved yet
    editing = s.country_briefs.list(country="IDN")[0].model_copy(update={"summary": "Being rewritten"})
    assert block(country_reading(s, "IDN", "en", editing).parts[0], "summary").items == ("Being rewritten",)
