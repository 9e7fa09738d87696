"""The top of a bilateral's sheet, as a private office writes it: the point in one sentence, who
leads the conversation, and the photo opportunity — and nothing of them when the brief has none."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from briefer.model import Conference, Meeting, MeetingBrief, Person
from briefer.packs import PackOptions, build_pack
from briefer.store import Store
from briefer.store.db import connect
from briefer.store.migrations import migrations
from packs_world import utc

BRIEF = "0b1e0b1e-0000-4000-8000-000000000001"


def _sheet(world, tmp_path, read_pack, lang="en"):
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, meeting_id=world.meetings["tur"].id,
                                                 lang=lang), tmp_path / f"one-{lang}.pdf")
    return read_pack(result.path).text


def test_the_point_leads_the_sheet_with_who_leads_and_the_photo(world, tmp_path, read_pack):
    brief = world.store.meeting_briefs.list(meeting_id=world.meetings["tur"].id)[0]
    world.store.meeting_briefs.update(brief.evolve(
        point="Get Türkiye to co-sign the One Health declaration today.", lead_id=world.member.id,
        photo_opportunity="Handshake at the start, pool press only."))
    text = _sheet(world, tmp_path, read_pack)
    point = text.index("The point: Get Türkiye to co-sign the One Health declaration today.")
    assert point < text.index("Time") < text.index("Objectives")  # the first thing read on the sheet
    member = f"{world.member.given_name} {world.member.family_name}"
    assert f"Leads the conversation {member}" in text
    assert "Photo opportunity Handshake at the start, pool press only." in text
    dutch = _sheet(world, tmp_path, read_pack, lang="nl")
    assert "Waar het om gaat: Get Türkiye" in dutch and "Voert het woord" in dutch and "Fotomoment" in dutch


def test_a_brief_without_them_prints_no_empty_lines(world, tmp_path, read_pack):
    text = _sheet(world, tmp_path, read_pack)
    assert "The point" not in text and "Leads the conversation" not in text and "Photo opportunity" not in text


def test_an_old_database_opens_with_briefs_that_have_no_point(tmp_path):
    path = tmp_path / "old.sqlite"
    db = Database(connect(path))
    migrations.apply(db, stop_before="m140_meeting_brief_point_lead_photo")
    assert "point" not in db["meeting_briefs"].columns_dict
    store = Store(db, path, user="tester")
    store.conference_repo.add(Conference(name="World Health Assembly", start_date=date(2019, 6, 19),
                                         end_date=date(2019, 6, 20), city="Genève", timezone="Europe/Zurich"))
    minister = store.people.add(Person(given_name="Carola", family_name="Schouten", principal_title="Minister",
                                       country="NLD"))
    meeting = store.meetings.add(Meeting(start=utc(2019, 6, 19, 9), end=utc(2019, 6, 19, 10), principal_id=minister.id,
                                         counterpart_country="TUR"))
    db["meeting_briefs"].insert({"id": BRIEF, "meeting_id": meeting.id, "objectives": "[]", "key_messages": '["Hello"]',
                                 "talking_points": "[]", "expected_positions": "[]", "defensive_lines": "[]",
                                 "background": "[]", "status": "draft", "classification": "ONGERUBRICEERD",
                                 "author": "", "created_at": "2019-06-18T10:00:00.000Z",
                                 "updated_at": "2019-06-18T10:00:00.000Z", "revision": 1}, alter=False)
    db.close()
    with Store.open(path, user="tester") as store:
        brief = store.db["meeting_briefs"].get(BRIEF)
        assert (brief["point"], brief["lead_id"], brief["photo_opportunity"]) == ("", None, "")
        assert store.meeting_briefs.get(BRIEF).key_messages == ["Hello"]
        assert isinstance(store.meeting_briefs.get(BRIEF), MeetingBrief)
