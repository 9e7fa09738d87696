"""The shared outline of a brief (``briefer.brief_outline``), as the pack and the reading view both
lay it out: talking points under the priorities they have, and a country brief read on its own
ending with the lines the pack prints in each bilateral's sheet instead."""

from __future__ import annotations

import uuid

import pytest

from briefer.brief_outline import TopicLine, country_blocks, meeting_blocks
from briefer.model import CountryBrief, MeetingBrief, Priority, TalkingPoint


def _brief(*points: tuple[str, Priority]) -> MeetingBrief:
    return MeetingBrief(meeting_id=str(uuid.uuid4()),
                        talking_points=[TalkingPoint(text=text, priority=prio) for text, prio in points])


def _block(blocks, key: str):
    found = [b for b in blocks if b.key == key]
    assert len(found) == 1, [b.key for b in blocks]
    return found[0]


def test_talking_points_stand_under_their_own_priority_and_no_heading_stands_over_nothing():
    brief = _brief(("Ask about the lab data.", Priority.UNLIKELY), ("Thank the minister.", Priority.CERTAIN),
                   ("Raise the sales figures.", Priority.CERTAIN))
    points = _block(meeting_blocks(brief, "en"), "talking_points")
    assert points.heading == "Talking points"
    # most likely first; "May come up" has no points, so no sub-heading for it
    assert points.items == (
        ("Will certainly come up", ("Thank the minister.", "Raise the sales figures.")),
        ("Unlikely to come up", ("Ask about the lab data.",)),
    )
    dutch = _block(meeting_blocks(brief, "nl"), "talking_points")
    assert [heading for heading, _ in dutch.items] == ["Komt zeker aan bod", "Komt waarschijnlijk niet aan bod"]


def test_a_country_brief_read_on_its_own_ends_with_its_lines_under_a_note():
    cb = CountryBrief(country="TUR", summary="A key partner.", key_messages=["We value the cooperation."],
                      talking_points=[TalkingPoint(text="Thank them for the plan.")])
    keys = [b.key for b in country_blocks(cb, "en", with_lines=True)]
    assert keys[-3:] == ["lines_note", "key_messages", "talking_points"]
    note = _block(country_blocks(cb, "en", with_lines=True), "lines_note")
    assert note.kind == "note" and note.items == (
        "Printed in the meeting sheet of each bilateral with this country, where the meeting's own brief "
        "leaves them empty:",)
    # in the pack they are printed in the meeting sheets, not after the country brief
    assert [b.key for b in country_blocks(cb, "en")] == ["official_name", "summary"]


def test_a_country_brief_without_lines_gets_no_note_read_on_its_own():
    cb = CountryBrief(country="TUR", summary="A key partner.")
    assert [b.key for b in country_blocks(cb, "en", with_lines=True)] == ["official_name", "summary"]


def test_a_country_brief_s_sections_in_the_order_both_renderers_show_them():
    from briefer.brief_outline import TopicLine
    from briefer.model import Fact, SourceRef

    cb = CountryBrief(country="TUR", summary="A key partner.", relations_nl="Long-standing cooperation.",
                      facts=[Fact(label="Population", value="82 million", source="UN")],
                      asks=["Laboratory twinning"], offers=["Training for inspectors"],
                      sources=[SourceRef(title="Country report", publisher="WHO", date="2019", url="https://example.org/r"),
                               SourceRef(title="Embassy cable")])
    topic = TopicLine(heading="Action plan", value="Stage D", scale="levels")
    blocks = country_blocks(cb, "en", (topic,))
    assert [(b.key, b.heading) for b in blocks] == [
        ("official_name", ""), ("summary", ""), ("facts", "Facts"), ("topic", "Action plan"),
        ("relations_nl", "Relations with the Netherlands"), ("asks", "Their asks"), ("offers", "What we can offer"),
        ("sources", "Sources")]
    assert _block(blocks, "asks").items == ("Laboratory twinning",)
    assert _block(blocks, "offers").items == ("Training for inspectors",)
    assert _block(blocks, "sources").items == ("Country report, WHO, 2019 — https://example.org/r", "Embassy cable")
    assert _block(blocks, "facts").items == (("Population", "82 million", "UN"),)
    # empty fields give no block: no heading stands over nothing
    bare = CountryBrief(country="TUR", summary="  ", relations_nl="\n")
    assert [b.key for b in country_blocks(bare, "en")] == ["official_name"]


def test_a_country_s_topic_lines_with_levels_sources_years_and_what_is_missing():
    from briefer.brief_outline import topic_lines
    from briefer.model import Indicator, Scale, ScaleLevel
    from briefer.model.topics import TopicValue

    stages = Indicator(name_en="Action plan", name_nl="Actieplan", scale=Scale.LEVELS, chart=True,
                       levels=[ScaleLevel(code=c, text_en=f"Stage {c}", text_nl=f"Fase {c}") for c in "ABC"],
                       missing_en="Action plan: not reported")
    situation = Indicator(name_en="Situation")
    listed = Indicator(name_en="Region", scale=Scale.LEVELS, levels=[ScaleLevel(code="X", text_en="Europe")])
    silent = Indicator(name_en="Target year", scale=Scale.YEAR)

    def value(ind, v, source="", year=None):
        return {(ind.id, "TUR"): TopicValue(profile_id="p", indicator_id=ind.id, country="TUR", value=v,
                                            source=source, year=year)}

    values = {**value(stages, "B", "TrACSS", 2019), **value(situation, "High resistance.", "WHO"),
              **value(listed, "X")}
    tur = topic_lines([stages, situation, listed, silent], values, "TUR", "en")
    assert tur == (
        TopicLine(heading="Action plan", value="B — Stage B", scale="levels", source="TrACSS, 2019",
                  missing="Action plan: not reported", chart_levels=("A", "B", "C"), code="B"),
        TopicLine(heading="Situation", value="High resistance.", scale="text", source="WHO"),
        TopicLine(heading="Region", value="X — Europe", scale="levels", code="X"),
    )  # the target year has no value and nothing to say when missing: no line
    # a country that reported nothing: only the indicator that says so when missing, without source or level
    assert topic_lines([stages, situation, listed, silent], values, "POL", "en") == (
        TopicLine(heading="Action plan", value="", scale="value", missing="Action plan: not reported"),)
    assert topic_lines([stages], values, "TUR", "nl")[0].value == "B — Fase B"


def test_the_sheet_s_lines_for_room_interpreter_time_and_biographies():
    from datetime import datetime, timezone

    from briefer.brief_outline import bios_block, interpreter_line, room_line, time_span
    from briefer.model import Room

    room = Room(name="Bilateral room 1", floor="ground floor")
    assert room_line(room, "en") == "Bilateral room 1 (ground floor)"
    assert room_line(room, "en", confirmed=False) == "Bilateral room 1 (ground floor) — provisional, to be confirmed"
    assert room_line(Room(name="Plenary hall"), "en") == "Plenary hall"
    assert room_line(None, "en") == "to be confirmed"
    assert interpreter_line("tr", "Mehmet Öz", "en") == "Turkish — Mehmet Öz"
    assert interpreter_line("fr", None, "nl") == "Frans — nog te bevestigen"
    assert interpreter_line(None, "Mehmet Öz", "en") == "to be confirmed"
    start, end = datetime(2024, 11, 13, 9, 45, tzinfo=timezone.utc), datetime(2024, 11, 13, 10, 15, tzinfo=timezone.utc)
    assert time_span(start, end, "Europe/Amsterdam", "nl") == "10.45–11.15 uur"
    assert time_span(start, end, "Europe/Amsterdam", "nl", unit=False) == "10.45–11.15"
    assert time_span(start, end, "Europe/Amsterdam", "en") == "10:45–11:15"
    bios = bios_block([("Dr Ayşe Yılmaz", "Minister of Health", "Türkiye", "AY-sheh", "Led the ministry since 2018."),
                       ("Jan Jansen", "", "", "", ""),  # neither biography nor position: not listed
                       ("Lan Nguyễn", "", "Vietnam", "", "Trained as a doctor.")], "en")
    assert bios.heading == "Biographies" and bios.items == (
        ("Dr Ayşe Yılmaz", "Minister of Health, Türkiye", "Pronunciation: AY-sheh", "Led the ministry since 2018."),
        ("Lan Nguyễn", "Vietnam", "", "Trained as a doctor."))
    assert bios_block([("Jan Jansen", "", "", "", "")], "en") is None


def test_earlier_meetings_are_those_before_with_the_same_country_or_organisation_oldest_first():
    from datetime import datetime, timezone

    from briefer.brief_outline import EarlierMeetings, earlier_meetings
    from briefer.model import Meeting

    def at(hour, **kw):
        return Meeting(start=datetime(2024, 11, 13, hour, tzinfo=timezone.utc),
                       end=datetime(2024, 11, 13, hour, 30, tzinfo=timezone.utc), principal_id=str(uuid.uuid4()), **kw)

    who, fao = str(uuid.uuid4()), str(uuid.uuid4())
    now = at(12, counterpart_country="TUR")
    before, first, after = at(10, counterpart_country="TUR"), at(8, counterpart_country="TUR"), at(14, counterpart_country="TUR")
    other = at(9, counterpart_country="POL")
    assert earlier_meetings(now, [now, after, before, other, first]) == [first, before]
    org_now, org_before = at(12, counterpart_organisation_id=fao), at(9, counterpart_organisation_id=fao)
    assert earlier_meetings(org_now, [org_now, org_before, at(8, counterpart_organisation_id=who), before]) == [org_before]
    # the index a pack of hundreds of bilaterals uses gives the same answers, by country and by organisation
    everything = [now, after, before, other, first, org_now, org_before, at(8, counterpart_organisation_id=who)]
    index = EarlierMeetings(everything)
    assert index.before(now) == [first, before] and index.before(org_now) == [org_before]
    assert [index.before(m) for m in everything] == [earlier_meetings(m, everything) for m in everything]


def test_a_meeting_sheet_s_sections_in_the_order_both_renderers_show_them():
    from briefer.brief_outline import meeting_rows
    from briefer.model import BackgroundItem, DefensiveLine, Objective

    brief = MeetingBrief(meeting_id=str(uuid.uuid4()), point="Get their support for the declaration.",
                         objectives=[Objective(text="Secure support"), Objective(text="Agree a follow-up")],
                         key_messages=["We value the cooperation."], expected_positions=["They will ask for labs."],
                         talking_points=[TalkingPoint(text="Thank them.")],
                         defensive_lines=[DefensiveLine(question="Why colistin?", answer="Use has fallen.")],
                         background=[BackgroundItem(text="Hosts a regional office."),
                                     BackgroundItem(text="Budget cuts reported.", usable=False)])
    rows = meeting_rows("en", when="Wednesday, 10:45–11:15", room="Room 1", status="confirmed", nl_side="Minister",
                        other_side="", interpreter="to be confirmed", lead="Anne de Vries",
                        photo_opportunity="Handshake", attachments="Plan (2 pages)")
    assert rows == (("Time", "Wednesday, 10:45–11:15"), ("Room", "Room 1"), ("Status", "confirmed"),
                    ("Netherlands", "Minister"), ("Counterpart", "to be confirmed"),
                    ("Interpreter", "to be confirmed"), ("Leads the conversation", "Anne de Vries"),
                    ("Photo opportunity", "Handshake"), ("Attachments", "Plan (2 pages)"))
    blocks = meeting_blocks(brief, "en", rows=rows, press_line="No comment.",
                            previous_outcomes=(("2019", "Agreed to share data."),))
    assert [b.key for b in blocks] == ["point", "sheet", "objectives", "key_messages", "talking_points",
                                       "expected_positions", "defensive_lines", "background", "press_line",
                                       "previous_outcomes"]
    assert _block(blocks, "point").items == ("Get their support for the declaration.",)
    assert _block(blocks, "objectives").items == ("Secure support", "Agree a follow-up")
    assert _block(blocks, "expected_positions").items == ("They will ask for labs.",)
    background = _block(blocks, "background")
    assert background.items == ("Hosts a regional office.",) and background.secret == ("Budget cuts reported.",)
    assert _block(blocks, "previous_outcomes").items == (("2019", "Agreed to share data."),)
    # without a brief: the note says so, and the facts still stand; from the country brief: a note first
    assert [b.key for b in meeting_blocks(None, "en", rows=rows)] == ["sheet", "no_brief"]
    assert [b.key for b in meeting_blocks(MeetingBrief(meeting_id=str(uuid.uuid4()), key_messages=["A."]), "en",
                                          from_country=True, press_line="  ")] == ["brief_from_country", "key_messages"]


def test_the_release_line_names_the_author_only_when_there_is_one():
    from datetime import datetime, timezone

    from briefer.brief_outline import release_line
    from briefer.model import BriefStatus

    when = datetime(2024, 11, 13, 9, 0, tzinfo=timezone.utc)
    brief = MeetingBrief(meeting_id=str(uuid.uuid4()), status=BriefStatus.FINAL, author="Anne de Vries")
    line = release_line(brief.model_copy(update={"updated_at": when}), "en", "Europe/Amsterdam")
    assert line.startswith("Brief status: final · Author: Anne de Vries · ") and "2024" in line
    anonymous = release_line(brief.model_copy(update={"author": "", "updated_at": when}), "en", "Europe/Amsterdam")
    assert "Author" not in anonymous and anonymous.startswith("Brief status: final · ")


@pytest.mark.parametrize("usable", [True, False], ids=["usable only", "not for disclosure only"])
def test_background_of_one_kind_only_still_gets_its_block(usable):
    from briefer.model import BackgroundItem

    brief = MeetingBrief(meeting_id=str(uuid.uuid4()), background=[BackgroundItem(text="Hosts a regional office.",
                                                                                   usable=usable)])
    background = _block(meeting_blocks(brief, "en", rows=()), "background")
    assert (background.items, background.secret) == ((("Hosts a regional office.",), ()) if usable
                                                      else ((), ("Hosts a regional office.",)))
