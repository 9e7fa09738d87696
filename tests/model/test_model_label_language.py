"""Records name themselves in the reader's language: ``label("nl")`` for the Dutch interface,
English by default (messages, the command line)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from briefer.model import Country, CountryBrief, Delegation, Meeting, MeetingBrief, Note, TopicProfile

T0 = datetime(2019, 6, 19, 7, 0, tzinfo=timezone.utc)
PID = "11111111-1111-1111-1111-111111111111"
OID = "22222222-2222-2222-2222-222222222222"


def test_a_bilateral_without_a_title_is_named_in_the_language_asked():
    m = Meeting(principal_id=PID, counterpart_country="DEU", start=T0, end=T0 + timedelta(minutes=30))
    assert m.label() == "Bilateral with Germany"
    assert m.label("nl") == "Bilateraal met Duitsland"
    org = Meeting(principal_id=PID, counterpart_organisation_id=OID, start=T0, end=T0 + timedelta(minutes=30))
    assert (org.label("en"), org.label("nl")) == ("Bilateral with organisation", "Bilateraal met organisatie")
    titled = m.evolve(title="Breakfast with the G7 ministers")
    assert titled.label("nl") == "Breakfast with the G7 ministers"  # a title typed by the user is kept


def test_countries_briefs_delegations_and_notes_in_dutch():
    assert Country(iso3="DEU").label("nl") == "Duitsland (DEU)"
    assert Country(iso3="DEU").label() == "Germany (DEU)"
    assert CountryBrief(country="DEU").label("nl") == "Landenoverzicht: Duitsland"
    assert CountryBrief(country="DEU").label() == "Country brief: Germany"
    assert MeetingBrief(meeting_id=PID).label("nl") == "Gespreksnotitie"
    assert Delegation(country="DEU").label("nl") == "Duitsland"
    assert Note(meeting_id=PID, body="").label("nl") == "(lege notitie)"
    assert Note(meeting_id=PID, body="").label() == "(empty note)"


def test_a_topic_profile_is_named_in_dutch_in_the_dutch_interface_and_in_english_without_a_dutch_name():
    climate = TopicProfile(name_en="Climate", name_nl="Klimaat")
    assert (climate.label(), climate.label("en"), climate.label("nl")) == ("Climate", "Climate", "Klimaat")
    assert TopicProfile(name_en="Climate").label("nl") == "Climate"


def test_a_bilateral_with_the_united_kingdom_is_titled_with_the_article_and_listed_without():
    from briefer.model.counterparts import counterpart_name

    m = Meeting(principal_id=PID, counterpart_country="GBR", start=T0, end=T0 + timedelta(minutes=30))
    assert (m.label(), m.label("nl")) == ("Bilateral with the United Kingdom", "Bilateraal met het Verenigd Koninkrijk")
    assert (counterpart_name(m, {}), counterpart_name(m, {}, "nl")) == ("the United Kingdom", "het Verenigd Koninkrijk")
    assert (counterpart_name(m, {}, article=False), counterpart_name(m, {}, "nl", article=False)) == (
        "United Kingdom", "Verenigd Koninkrijk")  # a list's column
